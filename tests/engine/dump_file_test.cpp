// The dump layer: DUMP_HEADER64, where each physical page is stored (runs and bitmap),
// x64 address translation with large and transition pages, and broken dumps.
#include "analysis/dump/address_space.h"
#include "analysis/dump/dump_description.h"
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
    // Even a header cut short tells what it is.
    EXPECT_EQ(message(fromBytes({bytes.begin(), bytes.begin() + 100})),
              "tiny.dmp: truncated: 100 bytes, a kernel dump's header alone is 8192 bytes. The header "
              "says: dump of type 0 of Windows build 19041, 2 processors; the file holds 100 B (the header announces "
              "no size)");
    auto bad = bytes;
    bad[0] = std::byte('X');
    EXPECT_NE(message(fromBytes(bad)).find("does not start with 'PAGE'"), std::string::npos);
    bad = bytes;
    std::memcpy(bad.data() + 4, "DUMP", 4);
    EXPECT_NE(message(fromBytes(bad)).find("32-bit"), std::string::npos);
    bad = bytes;
    bad[0xf98] = std::byte(4);
    EXPECT_NE(message(fromBytes(bad)).find("a small memory dump (DumpType 4, a triage minidump)"), std::string::npos);
    bad[0xf98] = std::byte(3);
    EXPECT_NE(message(fromBytes(bad)).find("a header-only dump (DumpType 3)"), std::string::npos);
    bad[0xf98] = std::byte(7);
    EXPECT_NE(message(fromBytes(bad)).find("unknown DumpType 7"), std::string::npos);
    EXPECT_NE(message(fromBytes(bad)).find("Windows build 19041"), std::string::npos);
    bad = bytes;
    const std::uint32_t runs = 1000;
    std::memcpy(bad.data() + 0x88, &runs, 4);
    EXPECT_EQ(message(fromBytes(bad)), "tiny.dmp (offset 0x88): PhysicalMemoryBlock: 1000 runs (at most 42 fit the "
                                       "header). The header says: complete memory dump of Windows build 19041, 2 "
                                       "processors; the file holds 44.0 KB (the header announces no size)");
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

// The debugger's own dumps (.dump /k, /ka: DumpType 8, 9; /f: 10) keep their pages in
// ranges after an RDMP header, in the layout kdmp-parser reads.
std::vector<std::byte> rdmpDump(const TinyMachine& machine, std::uint32_t type)
{
    const auto full = machine.fullDump();
    std::vector<std::byte> out(full.begin(), full.begin() + 0x2000);
    std::memcpy(out.data() + 0xf98, &type, 4);
    std::uint32_t runs = 0;
    std::memcpy(&runs, full.data() + 0x88, 4);
    std::vector<std::uint64_t> ranges;
    std::uint64_t pages = 0;
    for (std::uint32_t i = 0; i < runs; ++i) {
        std::uint64_t base = 0, count = 0;
        std::memcpy(&base, full.data() + 0x98 + i * 16, 8);
        std::memcpy(&count, full.data() + 0xa0 + i * 16, 8);
        ranges.push_back(base);
        ranges.push_back(count);
        pages += count;
    }
    ranges.push_back(0); // the list's end
    ranges.push_back(0);
    const std::uint64_t metadata = 0x10 + ranges.size() * 8;
    const std::uint64_t firstPage = 0x2020 + metadata;
    std::vector<std::byte> head(firstPage - 0x2000);
    const auto put = [&](std::size_t at, auto value) { std::memcpy(head.data() + at, &value, sizeof value); };
    put(0x00, std::uint32_t{0x40});
    std::memcpy(head.data() + 4, "RDMPDUMP", 8);
    put(0x10, metadata);
    put(0x18, firstPage);
    if (type == 10) {
        put(0x20, runs);
        put(0x28, pages);
    }
    std::memcpy(head.data() + 0x30, ranges.data(), ranges.size() * 8);
    out.insert(out.end(), head.begin(), head.end());
    out.insert(out.end(), full.begin() + 0x2000, full.end());
    return out;
}

TEST(DumpFile, TheDebuggersRdmpDumpsAreReadByTheirRanges)
{
    const TinyMachine machine;
    for (const std::uint32_t type : {8u, 9u, 10u}) {
        SCOPED_TRACE(type);
        auto dump = fromBytes(rdmpDump(machine, type));
        ASSERT_TRUE(dump.ok()) << dump.error().describe();
        EXPECT_EQ(static_cast<std::uint32_t>(dump->header().type), type);
        EXPECT_EQ(dump->presentPages(), 9u);
        EXPECT_EQ(dump->missingPages(), 0u);
        checkTranslation(*dump);
    }
    EXPECT_EQ(dumpTypeName(fromBytes(rdmpDump(machine, 8))->header()), "kernel memory dump written by .dump /k");
    EXPECT_EQ(dumpTypeName(fromBytes(rdmpDump(machine, 10))->header()), "complete memory dump written by .dump /f");

    auto broken = rdmpDump(machine, 8);
    broken[0x2004] = std::byte('X');
    EXPECT_FALSE(fromBytes(broken).ok());
    broken = rdmpDump(machine, 8);
    const std::uint64_t wrongMetadata = 0x1000;
    std::memcpy(broken.data() + 0x2010, &wrongMetadata, 8);
    auto refused = fromBytes(broken);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("does not end where the pages start"), std::string::npos);
}

TEST(DumpFile, EachDumpTypeIsNamedAsTheHeaderSaysIt)
{
    const TinyMachine machine;
    EXPECT_EQ(dumpTypeName(fromBytes(machine.fullDump())->header()), "complete memory dump");
    auto bitmap = machine.bitmapDump();
    EXPECT_EQ(dumpTypeName(fromBytes(bitmap)->header()), "kernel memory dump (bitmap)");
    std::memcpy(bitmap.data() + 0x2000, "FDMP", 4);
    EXPECT_EQ(dumpTypeName(fromBytes(bitmap)->header()), "complete memory dump (bitmap)");
    bitmap[0xf98] = std::byte(6);
    EXPECT_EQ(dumpTypeName(fromBytes(bitmap)->header()), "live kernel memory dump");
    // A summary dump (2) with a bitmap header of its own is read through the bitmap.
    bitmap[0xf98] = std::byte(2);
    auto summary = fromBytes(bitmap);
    ASSERT_TRUE(summary.ok()) << summary.error().describe();
    EXPECT_EQ(dumpTypeName(summary->header()), "kernel memory dump (summary)");
    checkTranslation(*summary);
    // And with the runs of a complete dump, through the runs.
    auto runs = machine.fullDump();
    runs[0xf98] = std::byte(2);
    auto summaryRuns = fromBytes(runs);
    ASSERT_TRUE(summaryRuns.ok());
    checkTranslation(*summaryRuns);
}

TEST(DumpFile, HeaderFactsInWords)
{
    EXPECT_EQ(fileTimeText(133541209310000000), "2024-03-05 14:02:11 UTC");
    EXPECT_EQ(fileTimeText(0), "");
    EXPECT_EQ(fileTimeText(0x4547415045474150ull), ""); // "PAGEPAGE": not set
    EXPECT_EQ(bugCheckName(0xe2), "MANUALLY_INITIATED_CRASH");
    EXPECT_EQ(bugCheckName(0x1000007e), "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED");
    EXPECT_EQ(bugCheckName(0x12345), "");
    DumpHeader h;
    h.build = 26100;
    h.processors = 8;
    h.bugCheckCode = 0x161;
    h.type = DumpType::LiveKernelBitmap;
    h.systemTime = 133541209310000000;
    h.requiredDumpSpace = 8ull << 30;
    EXPECT_EQ(describeDump(h), "live kernel memory dump of Windows build 26100, 8 processors, bug check 0x161 "
                               "(LIVE_SYSTEM_DUMP), written 2024-03-05 14:02:11 UTC");
    EXPECT_EQ(describeFileSize(h, 64 << 10), "truncated: 64.0 KB of the 8.0 GB its header announces (RequiredDumpSpace)");
    EXPECT_EQ(describeFileSize(h, 8ull << 30), "the file is the 8.0 GB its header announces");
}
