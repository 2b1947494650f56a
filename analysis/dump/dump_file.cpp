#include "dump_file.h"

#include "analysis/dump/dump_description.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace poolscope {

namespace {

constexpr std::uint64_t kHeaderSize = 0x2000;
constexpr std::uint32_t kPage = 0x45474150;  // "PAGE"
constexpr std::uint32_t kDu64 = 0x34365544;  // "DU64"
constexpr std::uint32_t kDump = 0x504d5544;  // "DUMP" (32-bit dumps; and the bitmap header's second word)
constexpr std::uint32_t kSdmp = 0x504d4453;  // "SDMP"
constexpr std::uint32_t kFdmp = 0x504d4446;  // "FDMP"
constexpr std::uint64_t kRunsOffset = 0x88;
constexpr std::uint64_t kRunsAreaEnd = 0x88 + 700;
constexpr std::uint64_t kMaxPfn = 1ull << 40; // 4 PB of physical memory: anything above is garbage

template <typename T>
T read(std::span<const std::byte> bytes, std::uint64_t offset)
{
    T value{};
    std::memcpy(&value, bytes.data() + offset, sizeof(T));
    return value;
}

} // namespace

Result<DumpFile> DumpFile::open(const std::string& path)
{
    auto mapped = MappedFile::open(path);
    if (!mapped)
        return mapped.error();
    DumpFile dump;
    dump.m_name = path;
    dump.m_mapped = std::make_shared<MappedFile>(std::move(mapped.value()));
    return parse(std::move(dump));
}

Result<DumpFile> DumpFile::fromBytes(std::vector<std::byte> bytes, std::string name)
{
    DumpFile dump;
    dump.m_name = std::move(name);
    dump.m_owned = std::make_shared<std::vector<std::byte>>(std::move(bytes));
    return parse(std::move(dump));
}

std::span<const std::byte> DumpFile::bytes() const
{
    if (m_mapped)
        return m_mapped->bytes();
    if (m_owned)
        return {m_owned->data(), m_owned->size()};
    return {};
}

InputError DumpFile::error(std::uint64_t offset, std::string message) const
{
    // Once the header is read, a broken file still tells what it is.
    if (m_header.build != 0)
        message += fmt::format(". The header says: {}; {}", describeDump(m_header),
                               describeFileSize(m_header, bytes().size()));
    return InputError{m_name, 0, offset, std::move(message)};
}

Result<DumpFile> DumpFile::parse(DumpFile dump)
{
    const auto b = dump.bytes();
    if (b.size() < 8)
        return dump.error(0, fmt::format("truncated: {} bytes, not even a dump's signature", b.size()));
    const auto signature = read<std::uint32_t>(b, 0);
    const auto valid = read<std::uint32_t>(b, 4);
    if (signature != kPage)
        return dump.error(0, "not a Windows kernel dump: it does not start with 'PAGE'");
    if (valid == kDump)
        return dump.error(4, "a 32-bit kernel dump ('PAGEDUMP'): PoolScope reads x64 dumps ('PAGEDU64')");
    if (valid != kDu64)
        return dump.error(4, "not a Windows kernel dump: 'PAGE' is not followed by 'DU64'");
    // The fields a cut-short header still holds, so that even then the file says what it is.
    const auto field = [&]<typename T>(T& out, std::uint64_t offset) {
        if (offset + sizeof(T) <= b.size())
            out = read<T>(b, offset);
    };
    DumpHeader& h = dump.m_header;
    field(h.majorVersion, 0x08);
    field(h.build, 0x0c);
    field(h.directoryTableBase, 0x10);
    field(h.pfnDatabase, 0x18);
    field(h.psLoadedModuleList, 0x20);
    field(h.psActiveProcessHead, 0x28);
    field(h.machineType, 0x30);
    field(h.processors, 0x34);
    field(h.bugCheckCode, 0x38);
    for (std::size_t i = 0; i < 4; ++i)
        field(h.bugCheckParameters[i], 0x40 + i * 8);
    field(h.kdDebuggerDataBlock, 0x80);
    std::uint32_t rawType = 0;
    field(rawType, 0xf98);
    h.type = static_cast<DumpType>(rawType);
    field(h.requiredDumpSpace, 0xfa0);
    field(h.systemTime, 0xfa8);
    if (b.size() < kHeaderSize)
        return dump.error(0, fmt::format("truncated: {} bytes, a kernel dump's header alone is {} bytes", b.size(),
                                         kHeaderSize));
    if (h.machineType != 0x8664)
        return dump.error(0x30, fmt::format("machine type {:#x}: PoolScope reads x64 dumps (0x8664)", h.machineType));
    const auto type = read<std::uint32_t>(b, 0xf98);
    switch (type) {
    case 1:
    case 2:
    case 5:
    case 6:
    case 8:
    case 9:
    case 10:
        h.type = static_cast<DumpType>(type);
        break;
    case 3:
        return dump.error(0xf98, "a header-only dump (DumpType 3): it holds no memory to walk");
    case 4:
        return dump.error(0xf98, "a small memory dump (DumpType 4, a triage minidump): it holds no kernel pool to "
                                 "walk; a kernel, complete or automatic memory dump is needed");
    default:
        return dump.error(0xf98, fmt::format("unknown DumpType {} (known: 1 complete, 2 kernel, 5 bitmap, 6 live "
                                             "kernel, 8/9/10 RDMP)",
                                             type));
    }
    // The low 12 bits of CR3 may hold a PCID; the frame above them must be there.
    if ((h.directoryTableBase & ~0xfffull) == 0)
        return dump.error(0x10, fmt::format("DirectoryTableBase {:#x} names no page table", h.directoryTableBase));
    // A summary (type 2) dump written with a bitmap header of its own is read as the bitmap.
    const bool bitmapHeader = b.size() >= kHeaderSize + 8
                              && (read<std::uint32_t>(b, kHeaderSize) == kSdmp || read<std::uint32_t>(b, kHeaderSize) == kFdmp)
                              && read<std::uint32_t>(b, kHeaderSize + 4) == kDump;
    std::optional<InputError> problem;
    if (h.type == DumpType::Full || (h.type == DumpType::Kernel && !bitmapHeader))
        problem = dump.readRuns();
    else if (h.type == DumpType::RdmpKernel || h.type == DumpType::RdmpKernelAndUser || h.type == DumpType::RdmpComplete)
        problem = dump.readRdmp();
    else
        problem = dump.readBitmap();
    if (problem)
        return *problem;
    return dump;
}

std::optional<InputError> DumpFile::readRuns()
{
    const auto b = bytes();
    const auto count = read<std::uint32_t>(b, kRunsOffset);
    const std::uint64_t maxRuns = (kRunsAreaEnd - kRunsOffset - 16) / 16;
    if (count == kPage || count > maxRuns)
        return error(kRunsOffset, fmt::format("PhysicalMemoryBlock: {} runs (at most {} fit the header)", count, maxRuns));
    m_dataStart = kHeaderSize;
    std::uint64_t index = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint64_t at = kRunsOffset + 16 + i * 16;
        Run run{read<std::uint64_t>(b, at), read<std::uint64_t>(b, at + 8), index};
        if (run.basePage >= kMaxPfn || run.pageCount >= kMaxPfn)
            return error(at, fmt::format("physical memory run {}: base page {:#x}, {} pages is not a real run", i,
                                         run.basePage, run.pageCount));
        if (!m_runs.empty() && run.basePage < m_runs.back().basePage + m_runs.back().pageCount)
            return error(at, fmt::format("physical memory run {} overlaps or precedes the run before it", i));
        index += run.pageCount;
        m_runs.push_back(run);
    }
    countStored(index);
    return std::nullopt;
}

// Of the pages the index names, those the file is long enough to hold.
void DumpFile::countStored(std::uint64_t indexed)
{
    const std::uint64_t size = bytes().size();
    const std::uint64_t stored = size > m_dataStart ? (size - m_dataStart) / kPageSize : 0;
    m_presentPages = std::min(indexed, stored);
    m_missingPages = indexed - m_presentPages;
}

// The debugger's own dumps (.dump /k, /ka, /f): a header at 0x2000, then ranges of pages
// {first PFN, count}, the pages packed from FirstPageOffset in that order.
std::optional<InputError> DumpFile::readRdmp()
{
    const auto b = bytes();
    constexpr std::uint32_t kRdmp = 0x504d4452; // "RDMP"
    if (b.size() < kHeaderSize + 0x30)
        return error(kHeaderSize, "truncated: the RDMP header at 0x2000 is missing");
    if (read<std::uint32_t>(b, kHeaderSize) != 0x40 || read<std::uint32_t>(b, kHeaderSize + 4) != kRdmp
        || read<std::uint32_t>(b, kHeaderSize + 8) != kDump)
        return error(kHeaderSize, "RDMP dump: the header at 0x2000 is not {0x40, 'RDMP', 'DUMP'}");
    const auto metadataSize = read<std::uint64_t>(b, kHeaderSize + 0x10);
    const auto firstPage = read<std::uint64_t>(b, kHeaderSize + 0x18);
    if (metadataSize < 0x20 || metadataSize - 0x20 != firstPage - (kHeaderSize + 0x40) || metadataSize % 16 != 0)
        return error(kHeaderSize + 0x10, fmt::format("RDMP dump: metadata of {:#x} bytes does not end where the pages "
                                                     "start ({:#x})",
                                                     metadataSize, firstPage));
    // The ranges lie between the fixed header and the first page; a complete (/f) dump also
    // counts them and their pages, a range with page 0 ends the list of the others.
    const bool complete = m_header.type == DumpType::RdmpComplete;
    const std::uint64_t rangeCount = complete ? read<std::uint32_t>(b, kHeaderSize + 0x20) : ~0ull;
    const std::uint64_t totalPages = complete ? read<std::uint64_t>(b, kHeaderSize + 0x28) : ~0ull;
    std::uint64_t index = 0;
    for (std::uint64_t at = kHeaderSize + 0x30; at + 16 <= firstPage && m_runs.size() < rangeCount; at += 16) {
        if (at + 16 > b.size())
            return error(at, "truncated: the RDMP page ranges do not fit the file");
        if (index >= totalPages)
            break;
        Run run{read<std::uint64_t>(b, at), read<std::uint64_t>(b, at + 8), index};
        if (run.basePage == 0)
            break; // the list ends early
        if (run.basePage >= kMaxPfn || run.pageCount >= kMaxPfn)
            return error(at, fmt::format("RDMP page range at {:#x}: base page {:#x}, {} pages is not a real range", at,
                                         run.basePage, run.pageCount));
        if (!m_runs.empty() && run.basePage < m_runs.back().basePage + m_runs.back().pageCount)
            return error(at, "RDMP page ranges overlap or are out of order");
        index += run.pageCount;
        m_runs.push_back(run);
    }
    m_dataStart = firstPage;
    countStored(index);
    return std::nullopt;
}

std::optional<InputError> DumpFile::readBitmap()
{
    const auto b = bytes();
    if (b.size() < kHeaderSize + 0x38)
        return error(kHeaderSize, "truncated: the bitmap header is missing");
    const auto signature = read<std::uint32_t>(b, kHeaderSize);
    if ((signature != kSdmp && signature != kFdmp) || read<std::uint32_t>(b, kHeaderSize + 4) != kDump)
        return error(kHeaderSize, "bitmap dump: the header at 0x2000 does not start with 'SDMP' or 'FDMP' and 'DUMP'");
    m_header.completeBitmap = signature == kFdmp;
    const auto firstPage = read<std::uint64_t>(b, kHeaderSize + 0x20);
    const auto pages = read<std::uint64_t>(b, kHeaderSize + 0x30);
    if (pages == 0 || pages >= kMaxPfn)
        return error(kHeaderSize + 0x30, fmt::format("bitmap dump: {} pages is not a real size", pages));
    const std::uint64_t bitmapBytes = (pages + 7) / 8;
    if (kHeaderSize + 0x38 + bitmapBytes > b.size())
        return error(kHeaderSize + 0x38, fmt::format("truncated: the bitmap of {} pages does not fit the file", pages));
    // A first page past the end of the file is a copy cut right after its bitmap: every page
    // is then missing, which the reader reports with what the header still tells.
    if (firstPage < kHeaderSize + 0x38 + bitmapBytes)
        return error(kHeaderSize + 0x20, fmt::format("bitmap dump: the first page at {:#x} is not after the bitmap", firstPage));
    m_dataStart = firstPage;
    m_bitmap.assign((pages + 63) / 64, 0);
    std::memcpy(m_bitmap.data(), b.data() + kHeaderSize + 0x38, bitmapBytes);
    if (pages % 64 != 0)
        m_bitmap.back() &= (1ull << (pages % 64)) - 1; // bits past the last page mean nothing
    m_rank.resize(m_bitmap.size());
    std::uint64_t present = 0;
    for (std::size_t i = 0; i < m_bitmap.size(); ++i) {
        m_rank[i] = present;
        present += static_cast<std::uint64_t>(std::popcount(m_bitmap[i]));
    }
    countStored(present);
    return std::nullopt;
}

namespace {

// Counted in registers: without -mpopcnt (Debian builds for every x86-64), std::popcount is
// a call into the C runtime's table loop, a twentieth of a million-handle walk.
constexpr std::uint64_t bitsSet(std::uint64_t v)
{
    v = v - ((v >> 1) & 0x5555555555555555ull);
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (v * 0x0101010101010101ull) >> 56;
}
static_assert(bitsSet(0) == 0 && bitsSet(~0ull) == 64 && bitsSet(0x8000000000000001ull) == 2 && bitsSet(0xf0f0) == 8);

} // namespace

std::optional<std::uint64_t> DumpFile::pageOffset(std::uint64_t pfn) const
{
    std::uint64_t index = 0;
    if (!m_bitmap.empty()) {
        const std::uint64_t word = pfn / 64;
        if (word >= m_bitmap.size())
            return std::nullopt;
        const std::uint64_t bit = 1ull << (pfn % 64);
        if (!(m_bitmap[word] & bit))
            return std::nullopt;
        index = m_rank[word] + bitsSet(m_bitmap[word] & (bit - 1));
    } else {
        const auto it = std::upper_bound(m_runs.begin(), m_runs.end(), pfn,
                                         [](std::uint64_t p, const Run& r) { return p < r.basePage; });
        if (it == m_runs.begin())
            return std::nullopt;
        const Run& run = *std::prev(it);
        if (pfn >= run.basePage + run.pageCount)
            return std::nullopt;
        index = run.firstIndex + (pfn - run.basePage);
    }
    if (index >= m_presentPages)
        return std::nullopt; // named by the index, cut off by a truncated copy
    return m_dataStart + index * kPageSize;
}

std::span<const std::byte> DumpFile::physicalPage(std::uint64_t pfn) const
{
    const auto offset = pageOffset(pfn);
    if (!offset)
        return {};
    return bytes().subspan(*offset, kPageSize);
}

bool DumpFile::readPhysical(std::uint64_t address, std::span<std::byte> out) const
{
    const auto b = bytes();
    std::size_t done = 0;
    while (done < out.size()) {
        const std::uint64_t at = address + done;
        const auto offset = pageOffset(at / kPageSize);
        if (!offset)
            return false;
        const std::uint64_t within = at % kPageSize;
        const std::size_t chunk = static_cast<std::size_t>(std::min<std::uint64_t>(kPageSize - within, out.size() - done));
        std::memcpy(out.data() + done, b.data() + *offset + within, chunk);
        done += chunk;
    }
    return true;
}

} // namespace poolscope
