// The dump layer: DUMP_HEADER64, where each physical page is stored (runs and bitmap),
// x64 address translation with large and transition pages, and broken dumps.
#include "analysis/dump/address_space.h"
#include "analysis/dump/dump_file.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

using namespace poolscope;

namespace {

constexpr std::uint64_t kKernel = 0xfffff80000000000ull;

// Physical memory of a tiny machine, page by page, and the dump files that hold it.
class TinyMachine {
public:
    TinyMachine()
    {
        // Page tables: PML4 in page 1, PDPT in 2, PD in 3, PT in 4.
        entry(1, (kKernel >> 39) & 0x1ff, 2 * 0x1000 | 1);
        entry(2, 0, 3 * 0x1000 | 1);
        entry(3, 0, 4 * 0x1000 | 1);
        entry(4, 0, 5 * 0x1000 | 1);               // kKernel -> page 5
        entry(4, 1, 6 * 0x1000 | (1ull << 11));     // kKernel + 0x1000: transition PTE -> page 6
        entry(4, 2, 0);                             // kKernel + 0x2000: not mapped
        entry(3, 1, 0x200000 | 1 | (1ull << 7));    // kKernel + 2 MB: a 2 MB page at physical 2 MB
        entry(2, 1, 0x40000000ull | 1 | (1ull << 7)); // kKernel + 1 GB: a 1 GB page at physical 1 GB
        text(5, 0, "four kilobyte page");
        text(6, 0x10, "transition page");
        text(0x201, 0x20, "inside the 2 MB page");
        text(0x40000, 0x30, "inside the 1 GB page");
    }

    void entry(std::uint64_t page, std::uint64_t index, std::uint64_t value)
    {
        std::memcpy(m_pages[page].data() + index * 8, &value, 8);
    }
    void text(std::uint64_t page, std::size_t offset, const char* s) { std::memcpy(m_pages[page].data() + offset, s, std::strlen(s)); }

    std::vector<std::byte> header(std::uint32_t dumpType) const
    {
        std::vector<std::byte> h(0x2000);
        const auto put32 = [&](std::size_t at, std::uint32_t v) { std::memcpy(h.data() + at, &v, 4); };
        const auto put64 = [&](std::size_t at, std::uint64_t v) { std::memcpy(h.data() + at, &v, 8); };
        std::memcpy(h.data(), "PAGEDU64", 8);
        put32(0x08, 0xf);
        put32(0x0c, 19041);
        put64(0x10, 0x1000);
        put64(0x28, kKernel + 0x100);
        put32(0x30, 0x8664);
        put32(0x34, 2);
        put32(0xf98, dumpType);
        return h;
    }

    // A full dump with one run per group of consecutive pages.
    std::vector<std::byte> fullDump() const
    {
        std::vector<std::byte> out = header(1);
        std::vector<std::pair<std::uint64_t, std::uint64_t>> runs;
        for (const auto& [pfn, page] : m_pages) {
            if (!runs.empty() && runs.back().first + runs.back().second == pfn)
                ++runs.back().second;
            else
                runs.emplace_back(pfn, 1);
        }
        const std::uint32_t count = static_cast<std::uint32_t>(runs.size());
        std::memcpy(out.data() + 0x88, &count, 4);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            std::memcpy(out.data() + 0x88 + 16 + i * 16, &runs[i].first, 8);
            std::memcpy(out.data() + 0x88 + 16 + i * 16 + 8, &runs[i].second, 8);
        }
        for (const auto& [pfn, page] : m_pages)
            out.insert(out.end(), page.begin(), page.end());
        return out;
    }

    std::vector<std::byte> bitmapDump() const
    {
        std::vector<std::byte> out = header(5);
        const std::uint64_t pages = 0x40000 + 64; // a multiple of 32 past the last page
        std::vector<std::byte> bmp(0x38 + pages / 8);
        std::memcpy(bmp.data(), "SDMPDUMP", 8);
        const std::uint64_t firstPage = 0x2000 + ((bmp.size() + 0xfff) & ~0xfffull);
        std::memcpy(bmp.data() + 0x20, &firstPage, 8);
        const std::uint64_t present = m_pages.size();
        std::memcpy(bmp.data() + 0x28, &present, 8);
        std::memcpy(bmp.data() + 0x30, &pages, 8);
        for (const auto& [pfn, page] : m_pages)
            bmp[0x38 + pfn / 8] |= std::byte(1u << (pfn % 8));
        out.insert(out.end(), bmp.begin(), bmp.end());
        out.resize(firstPage);
        for (const auto& [pfn, page] : m_pages)
            out.insert(out.end(), page.begin(), page.end());
        return out;
    }

private:
    std::map<std::uint64_t, std::array<std::byte, 4096>> m_pages = {
        {1, {}}, {2, {}}, {3, {}}, {4, {}}, {5, {}}, {6, {}}, {0x200, {}}, {0x201, {}}, {0x40000, {}},
    };
};

std::string readText(const AddressSpace& space, std::uint64_t va, std::size_t n)
{
    std::string s(n, '\0');
    if (!space.read(va, std::as_writable_bytes(std::span(s.data(), s.size()))))
        return "(unreadable)";
    return s;
}

void checkTranslation(const DumpFile& dump)
{
    const AddressSpace space(dump);
    EXPECT_EQ(readText(space, kKernel, 18), "four kilobyte page");
    EXPECT_EQ(readText(space, kKernel + 0x1010, 15), "transition page");
    EXPECT_EQ(readText(space, kKernel + 0x200000 + 0x1020, 20), "inside the 2 MB page");
    EXPECT_EQ(readText(space, kKernel + 0x40000000ull + 0x30, 20), "inside the 1 GB page");
    EXPECT_EQ(space.translate(kKernel + 0x40000000ull + 0x30).physical, 0x40000030u);
    const auto unmapped = space.translate(kKernel + 0x2000);
    EXPECT_FALSE(unmapped.physical);
    EXPECT_NE(unmapped.failure.find("not mapped"), std::string::npos) << unmapped.failure;
    // Mapped by a 2 MB page, but a page the dump does not hold.
    std::string why;
    std::array<std::byte, 8> buffer{};
    EXPECT_FALSE(space.read(kKernel + 0x200000 + 0x5000, buffer, &why));
    EXPECT_NE(why.find("does not hold"), std::string::npos) << why;
    EXPECT_FALSE(space.translate(0x0000900000000000ull).physical); // not canonical
    EXPECT_EQ(space.readValue<std::uint32_t>(kKernel), 0x72756f66u); // "four"
}

Result<DumpFile> fromBytes(std::vector<std::byte> bytes)
{
    return DumpFile::fromBytes(std::move(bytes), "tiny.dmp");
}

} // namespace

TEST(DumpFile, FullDumpHeaderRunsAndTranslation)
{
    const TinyMachine machine;
    auto dump = fromBytes(machine.fullDump());
    ASSERT_TRUE(dump.ok()) << dump.error().describe();
    EXPECT_EQ(dump->header().build, 19041u);
    EXPECT_EQ(dump->header().type, DumpType::Full);
    EXPECT_EQ(dump->header().directoryTableBase, 0x1000u);
    EXPECT_EQ(dump->header().psActiveProcessHead, kKernel + 0x100);
    EXPECT_EQ(dump->presentPages(), 9u);
    EXPECT_EQ(dump->pageOffset(5), 0x2000u + 4 * 4096);
    EXPECT_FALSE(dump->pageOffset(7));
    EXPECT_EQ(dump->pageOffset(0x40000), 0x2000u + 8 * 4096);
    checkTranslation(*dump);
}

TEST(DumpFile, BitmapDumpHoldsTheSamePages)
{
    const TinyMachine machine;
    auto dump = fromBytes(machine.bitmapDump());
    ASSERT_TRUE(dump.ok()) << dump.error().describe();
    EXPECT_EQ(dump->header().type, DumpType::Bitmap);
    EXPECT_EQ(dump->presentPages(), 9u);
    EXPECT_FALSE(dump->pageOffset(0x3ffff));
    EXPECT_FALSE(dump->pageOffset(1u << 30)); // far beyond the bitmap
    checkTranslation(*dump);
}

TEST(DumpFile, MappedFromDiskLikeAnyDump)
{
    const TinyMachine machine;
    const auto bytes = machine.fullDump();
    const auto path = std::filesystem::temp_directory_path() / ("poolscope-tiny-" + std::to_string(::getpid()) + ".dmp");
    {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    auto dump = DumpFile::open(path.string());
    ASSERT_TRUE(dump.ok()) << dump.error().describe();
    checkTranslation(*dump);
    std::filesystem::remove(path);
    EXPECT_FALSE(DumpFile::open(path.string()).ok());
}

TEST(DumpFile, BrokenDumpsAreClearErrors)
{
    const TinyMachine machine;
    const auto message = [](Result<DumpFile> r) { return r.ok() ? std::string("(opened)") : r.error().describe(); };

    auto bytes = machine.fullDump();
    EXPECT_NE(message(fromBytes({bytes.begin(), bytes.begin() + 100})).find("truncated"), std::string::npos);
    auto bad = bytes;
    bad[0] = std::byte('X');
    EXPECT_NE(message(fromBytes(bad)).find("does not start with 'PAGE'"), std::string::npos);
    bad = bytes;
    std::memcpy(bad.data() + 4, "DUMP", 4);
    EXPECT_NE(message(fromBytes(bad)).find("32-bit"), std::string::npos);
    bad = bytes;
    bad[0xf98] = std::byte(4);
    EXPECT_NE(message(fromBytes(bad)).find("minidump"), std::string::npos);
    bad = bytes;
    const std::uint32_t runs = 1000;
    std::memcpy(bad.data() + 0x88, &runs, 4);
    EXPECT_EQ(message(fromBytes(bad)), "tiny.dmp (offset 0x88): PhysicalMemoryBlock: 1000 runs (at most 42 fit the header)");
    bad = bytes;
    const std::uint32_t machineType = 0x14c;
    std::memcpy(bad.data() + 0x30, &machineType, 4);
    EXPECT_NE(message(fromBytes(bad)).find("x64"), std::string::npos);

    // A copy cut short: the header is fine, the last pages are missing and say so.
    auto cut = fromBytes({bytes.begin(), bytes.end() - 4096 - 100});
    ASSERT_TRUE(cut.ok());
    EXPECT_EQ(cut->presentPages(), 7u);
    EXPECT_EQ(cut->missingPages(), 2u);
    const AddressSpace space(*cut);
    EXPECT_EQ(readText(space, kKernel, 18), "four kilobyte page");
    EXPECT_EQ(readText(space, kKernel + 0x40000000ull + 0x30, 20), "(unreadable)");

    auto bitmap = machine.bitmapDump();
    bitmap[0x2000] = std::byte('X');
    EXPECT_NE(message(fromBytes(bitmap)).find("'SDMP' or 'FDMP'"), std::string::npos);
}

TEST(DumpFile, CyclicPageTablesCannotLoop)
{
    // A page table that points at itself at every level: translation has four steps, never more.
    TinyMachine machine;
    machine.entry(1, (kKernel >> 39) & 0x1ff, 1 * 0x1000 | 1);
    auto dump = fromBytes(machine.fullDump());
    ASSERT_TRUE(dump.ok());
    const AddressSpace space(*dump);
    const auto t = space.translate(kKernel);
    // Page 1 read again as the PDPT: its entry 0 is empty, so the walk ends there, named.
    EXPECT_FALSE(t.physical.has_value());
    EXPECT_NE(t.failure.find("PDPTE"), std::string::npos) << t.failure;
}
