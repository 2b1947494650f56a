#include "dump_builder.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

namespace poolscope::testdata {

namespace {

template <typename T>
void put(std::vector<std::byte>& out, std::size_t at, T value)
{
    std::memcpy(out.data() + at, &value, sizeof(T));
}

constexpr std::uint64_t kPage = 4096;
constexpr std::uint64_t kSlabPages = 1024;
constexpr std::uint64_t kHeaderSize = 0x2000;

// The holes of a PC's physical address map: page 0, the legacy video and ROM area below
// 1 MB, and the PCI window below 4 GB. RAM is every other frame, from frame 1 up.
bool isRam(std::uint64_t pfn)
{
    return pfn >= 1 && !(pfn >= 0x9f && pfn < 0x100) && !(pfn >= 0xc0000 && pfn < 0x100000);
}

// Windows 10 and 11 load the kernel's top-level page table around physical 0x1aa000
// (volatility3 looks for it between 0x1a0000 and 0x1b0000).
std::uint64_t directoryFrame(std::uint32_t build) { return build < 17134 ? 0x1aa : 0x1ad; }

// The self-map index is random since 1607: one per build, 0x1ed (the old fixed one) for
// some. None of them falls on a region the generated kernel or the tests use.
unsigned selfMapIndexFor(std::uint32_t build)
{
    if (build < 17134)
        return 0x1ed;
    if (build < 19041)
        return 0x1b3;
    if (build < 20000)
        return 0x1d2;
    if (build < 22000)
        return 0x153;
    if (build < 22600)
        return 0x1e4;
    if (build < 26000)
        return 0x171;
    return 0x12c;
}

// x64 CONTEXT offsets (the header's ContextRecord at 0x348).
constexpr std::size_t kContext = 0x348;
constexpr std::size_t kContextSize = 3000;

} // namespace

// Where each stored page goes: the file offset of the first page and, per physical frame,
// its index among the stored pages.
struct DumpBuilder::Layout {
    std::uint32_t dumpType = 1;
    std::vector<Run> runs;                   // RAM, for the header's PhysicalMemoryBlock
    std::uint64_t ramPages = 0;
    bool storesAllRam = true;                // complete dumps; else only the pages written
    std::vector<std::uint64_t> bitmapWords;  // bitmap dumps
    std::uint64_t bitmapBits = 0;
    std::uint64_t storedPages = 0;
    std::uint64_t dataStart = kHeaderSize;
    std::uint64_t fileSize = 0;
    const char* bitmapSignature = "SDMP";
    std::vector<Run> rdmpRanges; // RDMP dumps: the stored frames, in file order

    std::uint64_t ramIndex(std::uint64_t pfn) const
    {
        std::uint64_t before = 0;
        for (const Run& r : runs) {
            if (pfn < r.basePage + r.pageCount)
                return before + (pfn - r.basePage);
            before += r.pageCount;
        }
        throw std::logic_error("a page outside the machine's RAM");
    }
};

DumpBuilder::DumpBuilder(std::uint32_t build) : m_build(build), m_selfMap(selfMapIndexFor(build))
{
    m_root = directoryFrame(build);
    std::byte* root = addPage(m_root);
    const std::uint64_t self = (m_root << 12) | 0x63; // present, writable, accessed, dirty
    std::memcpy(root + m_selfMap * 8, &self, 8);
}

std::uint64_t DumpBuilder::newPage()
{
    while (!isRam(m_nextPfn) || m_pages.contains(m_nextPfn))
        ++m_nextPfn;
    const std::uint64_t pfn = m_nextPfn++;
    addPage(pfn);
    return pfn;
}

std::byte* DumpBuilder::addPage(std::uint64_t pfn)
{
    if (m_slabs.empty() || m_slabPagesUsed == kSlabPages) {
        m_slabs.push_back(std::make_unique_for_overwrite<std::byte[]>(kSlabPages * kPage));
        m_slabPagesUsed = 0;
    }
    std::byte* page = m_slabs.back().get() + m_slabPagesUsed++ * kPage;
    std::memset(page, 0, kPage);
    m_pages[pfn] = page;
    return page;
}

std::uint64_t DumpBuilder::newAddressSpace()
{
    const std::uint64_t pfn = newPage();
    m_addressSpaces.insert(pfn);
    return pfn << 12;
}

std::uint64_t DumpBuilder::tableEntry(std::uint64_t tablePfn, std::uint64_t index)
{
    std::uint64_t entry = 0;
    std::memcpy(&entry, m_pages.at(tablePfn) + index * 8, 8);
    if (entry & 1)
        return entry >> 12 & 0xffffffffffull;
    const std::uint64_t pfn = newPage();
    entry = (pfn << 12) | 0x63;
    std::memcpy(m_pages.at(tablePfn) + index * 8, &entry, 8);
    return pfn;
}

std::uint64_t DumpBuilder::frameFor(std::uint64_t va)
{
    if (((va >> 39) & 0x1ff) == m_selfMap)
        throw std::logic_error("address " + std::to_string(va) + " lies in the page tables' self-map");
    std::uint64_t table = m_root;
    for (int level = 0; level < 4; ++level)
        table = tableEntry(table, (va >> (39 - 9 * level)) & 0x1ff);
    return table;
}

void DumpBuilder::write(std::uint64_t va, const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const std::byte*>(data);
    while (size > 0) {
        const std::size_t within = va & 0xfff;
        const std::size_t chunk = std::min<std::size_t>(size, kPage - within);
        if ((va >> 12) != m_lastVaPage) {
            m_lastPage = m_pages.at(frameFor(va));
            m_lastVaPage = va >> 12;
        }
        std::memcpy(m_lastPage + within, bytes, chunk);
        va += chunk;
        bytes += chunk;
        size -= chunk;
    }
}

void DumpBuilder::read(std::uint64_t va, void* out, std::size_t size) const
{
    auto* bytes = static_cast<std::byte*>(out);
    while (size > 0) {
        const std::size_t within = va & 0xfff;
        const std::size_t chunk = std::min<std::size_t>(size, kPage - within);
        std::uint64_t table = m_root;
        for (int level = 0; level < 4; ++level) {
            const auto page = m_pages.find(table);
            std::uint64_t entry = 0;
            if (page != m_pages.end())
                std::memcpy(&entry, page->second + ((va >> (39 - 9 * level)) & 0x1ff) * 8, 8);
            if (!(entry & 1))
                throw std::logic_error("reading address " + std::to_string(va) + ", which is not mapped");
            table = entry >> 12 & 0xffffffffffull;
        }
        std::memcpy(bytes, m_pages.at(table) + within, chunk);
        va += chunk;
        bytes += chunk;
        size -= chunk;
    }
}

void DumpBuilder::map(std::uint64_t va, std::size_t size)
{
    for (std::uint64_t page = va & ~0xfffull; page < va + size; page += kPage)
        frameFor(page);
}

void DumpBuilder::unmap(std::uint64_t va)
{
    std::uint64_t table = m_root;
    for (int level = 0; level < 3; ++level)
        table = tableEntry(table, (va >> (39 - 9 * level)) & 0x1ff);
    std::memset(m_pages.at(table) + ((va >> 12) & 0x1ff) * 8, 0, 8);
    m_lastVaPage = ~0ull;
}

std::vector<DumpBuilder::Run> DumpBuilder::ramRuns() const
{
    // At least the RAM the pages written need, rounded up to 2 MB; more when asked.
    const std::uint64_t top = m_pages.rbegin()->first;
    std::uint64_t needed = 0;
    for (const auto& [first, end] : {std::pair<std::uint64_t, std::uint64_t>{1, 0x9f}, {0x100, 0xc0000}, {0x100000, ~0ull}})
        if (top >= first)
            needed += std::min(top + 1, end) - first;
    needed = (needed + 511) & ~511ull;
    std::uint64_t remaining = std::max(needed, m_ramBytes / kPage);
    std::vector<Run> runs;
    for (const auto& [first, end] : {std::pair<std::uint64_t, std::uint64_t>{1, 0x9f}, {0x100, 0xc0000}, {0x100000, ~0ull}}) {
        if (remaining == 0)
            break;
        const std::uint64_t count = std::min(remaining, end - first);
        runs.push_back({first, count});
        remaining -= count;
    }
    return runs;
}

std::uint64_t DumpBuilder::ramPages() const
{
    std::uint64_t pages = 0;
    for (const Run& r : ramRuns())
        pages += r.pageCount;
    return pages;
}

DumpBuilder::Layout DumpBuilder::layout(Format format) const
{
    Layout l;
    l.runs = ramRuns();
    for (const Run& r : l.runs)
        l.ramPages += r.pageCount;
    l.dumpType = format == Format::Full ? 1u : format == Format::Live ? 6u : format == Format::Rdmp ? 8u : 5u;
    l.storesAllRam = format == Format::Full || format == Format::Bitmap;
    l.storedPages = l.storesAllRam ? l.ramPages : m_pages.size();
    if (format == Format::Full) {
        l.fileSize = kHeaderSize + l.storedPages * kPage;
        return l;
    }
    if (format == Format::Rdmp) {
        // {0x40, "RDMP", "DUMP", 0, MetadataSize, FirstPageOffset}, two u64 kdmp-parser
        // skips, the ranges and a zero range that ends them; the pages follow, range by range.
        for (const auto& entry : m_pages) {
            if (!l.rdmpRanges.empty() && l.rdmpRanges.back().basePage + l.rdmpRanges.back().pageCount == entry.first)
                ++l.rdmpRanges.back().pageCount;
            else
                l.rdmpRanges.push_back({entry.first, 1});
        }
        const std::uint64_t metadata = 0x10 + (l.rdmpRanges.size() + 1) * 16;
        l.dataStart = kHeaderSize + 0x20 + metadata;
        l.fileSize = l.dataStart + l.storedPages * kPage;
        return l;
    }
    // One bit per frame up to the top of RAM, in whole 64-bit words (volatility3 reads
    // 32-bit words, kdmp-parser bytes, PoolScope 64-bit words).
    const Run& last = l.runs.back();
    l.bitmapBits = ((last.basePage + last.pageCount + 63) / 64) * 64;
    l.bitmapWords.assign(l.bitmapBits / 64, 0);
    const auto set = [&](std::uint64_t pfn) { l.bitmapWords[pfn / 64] |= 1ull << (pfn % 64); };
    if (l.storesAllRam) {
        l.bitmapSignature = "FDMP";
        for (const Run& r : l.runs)
            for (std::uint64_t pfn = r.basePage; pfn < r.basePage + r.pageCount; ++pfn)
                set(pfn);
    } else {
        for (const auto& entry : m_pages)
            set(entry.first);
    }
    l.dataStart = kHeaderSize + ((0x38 + l.bitmapBits / 8 + kPage - 1) & ~(kPage - 1));
    l.fileSize = l.dataStart + l.storedPages * kPage;
    return l;
}

std::vector<std::byte> DumpBuilder::header(Format format, const Layout& where) const
{
    // Windows fills the header page with "PAGE" and then writes the fields it knows.
    std::vector<std::byte> out(kHeaderSize);
    for (std::size_t i = 0; i < kHeaderSize; i += 4)
        std::memcpy(out.data() + i, "PAGE", 4);
    std::memcpy(out.data(), "PAGEDU64", 8);
    put<std::uint32_t>(out, 0x08, 0xf); // a free build
    put<std::uint32_t>(out, 0x0c, m_build);
    put<std::uint64_t>(out, 0x10, m_root << 12);
    put<std::uint64_t>(out, 0x18, m_facts.pfnDatabase);
    put<std::uint64_t>(out, 0x20, m_moduleList);
    put<std::uint64_t>(out, 0x28, m_processListHead);
    put<std::uint32_t>(out, 0x30, 0x8664);
    put<std::uint32_t>(out, 0x34, m_processors);
    const bool live = format == Format::Live;
    put<std::uint32_t>(out, 0x38, live ? 0x161u : m_facts.bugCheckCode); // LIVE_SYSTEM_DUMP
    for (std::size_t i = 0; i < 4; ++i)
        put<std::uint64_t>(out, 0x40 + i * 8, live ? 0 : m_facts.bugCheckParameters[i]);
    put<std::uint64_t>(out, 0x80, m_debuggerData);

    // PHYSICAL_MEMORY_DESCRIPTOR64: the machine's RAM, in every dump type.
    std::fill(out.begin() + 0x88, out.begin() + kContext, std::byte{0});
    if (where.runs.size() > 42)
        throw std::runtime_error("too many physical memory runs for DUMP_HEADER64");
    put<std::uint32_t>(out, 0x88, static_cast<std::uint32_t>(where.runs.size()));
    put<std::uint64_t>(out, 0x90, where.ramPages);
    for (std::size_t i = 0; i < where.runs.size(); ++i) {
        put<std::uint64_t>(out, 0x98 + i * 16, where.runs[i].basePage);
        put<std::uint64_t>(out, 0x98 + i * 16 + 8, where.runs[i].pageCount);
    }

    // The CONTEXT of the processor that wrote the dump, in nt!KeBugCheckEx; kdmp-parser
    // checks that both copies of MxCsr agree.
    std::fill(out.begin() + kContext, out.begin() + 0xf98, std::byte{0}); // context and exception record
    put<std::uint32_t>(out, kContext + 0x30, 0x10005f);  // CONTEXT_ALL | CONTEXT_XSTATE (AMD64)
    put<std::uint32_t>(out, kContext + 0x34, 0x1f80);    // MxCsr
    put<std::uint16_t>(out, kContext + 0x38, 0x10);      // SegCs
    put<std::uint16_t>(out, kContext + 0x3a, 0x2b);      // SegDs
    put<std::uint16_t>(out, kContext + 0x3c, 0x2b);      // SegEs
    put<std::uint16_t>(out, kContext + 0x3e, 0x53);      // SegFs
    put<std::uint16_t>(out, kContext + 0x40, 0x2b);      // SegGs
    put<std::uint16_t>(out, kContext + 0x42, 0x18);      // SegSs
    put<std::uint32_t>(out, kContext + 0x44, 0x282);     // EFlags
    put<std::uint64_t>(out, kContext + 0x80, live ? 0x161u : m_facts.bugCheckCode); // Rcx: the first argument
    put<std::uint64_t>(out, kContext + 0x98, m_facts.contextRsp);
    put<std::uint64_t>(out, kContext + 0xf8, m_facts.contextRip);
    put<std::uint16_t>(out, kContext + 0x100, 0x27f);    // FltSave.ControlWord
    put<std::uint32_t>(out, kContext + 0x118, 0x1f80);   // FltSave.MxCsr
    put<std::uint32_t>(out, kContext + 0x11c, 0xffff);   // FltSave.MxCsr_Mask
    static_assert(kContext + kContextSize == 0xf00);

    put<std::uint32_t>(out, 0xf98, where.dumpType);
    put<std::uint64_t>(out, 0xfa0, where.fileSize); // RequiredDumpSpace
    put<std::uint64_t>(out, 0xfa8, m_facts.systemTime);
    std::fill(out.begin() + 0xfb0, out.begin() + 0x1030, std::byte{0});
    const char comment[] = "PoolScope generated test dump";
    std::memcpy(out.data() + 0xfb0, comment, sizeof comment);
    put<std::uint64_t>(out, 0x1030, m_facts.systemUpTime);
    std::fill(out.begin() + 0x1038, out.begin() + 0x1058, std::byte{0});
    put<std::uint32_t>(out, 0x1040, m_facts.productType);
    put<std::uint32_t>(out, 0x1044, m_facts.suiteMask);
    put<std::uint32_t>(out, 0x1050, live ? 0x10u : 0u); // DUMP_FILE_ATTRIBUTES.LiveDumpGeneratedDump
    put<std::uint32_t>(out, 0x1054, static_cast<std::uint32_t>(m_facts.systemTime >> 24));  // BootId

    if (!where.rdmpRanges.empty()) {
        std::vector<std::byte> rdmp(where.dataStart - kHeaderSize);
        put<std::uint32_t>(rdmp, 0x00, 0x40);
        std::memcpy(rdmp.data() + 4, "RDMPDUMP", 8);
        put<std::uint64_t>(rdmp, 0x10, where.dataStart - kHeaderSize - 0x20); // MetadataSize
        put<std::uint64_t>(rdmp, 0x18, where.dataStart);                       // FirstPageOffset
        for (std::size_t i = 0; i < where.rdmpRanges.size(); ++i) {
            put<std::uint64_t>(rdmp, 0x30 + i * 16, where.rdmpRanges[i].basePage);
            put<std::uint64_t>(rdmp, 0x38 + i * 16, where.rdmpRanges[i].pageCount);
        }
        out.insert(out.end(), rdmp.begin(), rdmp.end());
    }
    if (!where.bitmapWords.empty()) {
        std::vector<std::byte> bitmap(where.dataStart - kHeaderSize);
        std::memcpy(bitmap.data(), where.bitmapSignature, 4);
        std::memcpy(bitmap.data() + 4, "DUMP", 4);
        put<std::uint64_t>(bitmap, 0x20, where.dataStart);    // FirstPage
        put<std::uint64_t>(bitmap, 0x28, where.storedPages);  // TotalPresentPages
        put<std::uint64_t>(bitmap, 0x30, where.bitmapBits);   // Pages
        std::memcpy(bitmap.data() + 0x38, where.bitmapWords.data(), where.bitmapWords.size() * 8);
        out.insert(out.end(), bitmap.begin(), bitmap.end());
    }
    return out;
}

// A page as the dump stores it; processes' top-level tables get the kernel half now, when
// every kernel mapping exists.
std::vector<std::byte> DumpBuilder::pageContent(std::uint64_t pfn) const
{
    std::vector<std::byte> page(m_pages.at(pfn), m_pages.at(pfn) + kPage);
    if (m_addressSpaces.contains(pfn)) {
        const std::byte* root = m_pages.at(m_root);
        std::memcpy(page.data() + 256 * 8, root + 256 * 8, 256 * 8);
        const std::uint64_t self = (pfn << 12) | 0x63;
        std::memcpy(page.data() + m_selfMap * 8, &self, 8);
    }
    return page;
}

// Calls emitBytes(fileOffset, bytes, size) for the header and every page written, in file
// order; the caller leaves the rest (zero pages) as holes.
template <typename Emit>
void DumpBuilder::forEachStored(Format format, Emit&& emitBytes) const
{
    const Layout where = layout(format);
    const auto head = header(format, where);
    emitBytes(std::uint64_t{0}, head.data(), head.size(), where.fileSize);
    std::uint64_t index = 0;
    for (const auto& entry : m_pages) {
        const std::uint64_t at = where.dataStart + (where.storesAllRam ? where.ramIndex(entry.first) : index) * kPage;
        ++index;
        if (m_addressSpaces.contains(entry.first)) {
            const auto page = pageContent(entry.first);
            emitBytes(at, page.data(), page.size(), where.fileSize);
        } else {
            emitBytes(at, entry.second, kPage, where.fileSize);
        }
    }
}

void DumpBuilder::write(std::ostream& out, Format format) const
{
    std::uint64_t end = 0, size = 0;
    forEachStored(format, [&](std::uint64_t at, const std::byte* bytes, std::size_t count, std::uint64_t fileSize) {
        if (at != end)
            out.seekp(static_cast<std::streamoff>(at));
        out.write(reinterpret_cast<const char*>(bytes), static_cast<std::streamsize>(count));
        end = at + count;
        size = fileSize;
    });
    if (end < size) {
        // Seek to the last byte and write it: the pages between are holes in the file.
        out.seekp(static_cast<std::streamoff>(size - 1));
        out.put('\0');
    }
}

std::vector<std::byte> DumpBuilder::dump(Format format) const
{
    std::vector<std::byte> out;
    forEachStored(format, [&](std::uint64_t at, const std::byte* bytes, std::size_t count, std::uint64_t fileSize) {
        if (out.empty())
            out.resize(fileSize);
        std::memcpy(out.data() + at, bytes, count);
    });
    return out;
}

} // namespace poolscope::testdata
