#include "dump_file.h"

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
    return InputError{m_name, 0, offset, std::move(message)};
}

Result<DumpFile> DumpFile::parse(DumpFile dump)
{
    const auto b = dump.bytes();
    if (b.size() < kHeaderSize)
        return dump.error(0, fmt::format("truncated: {} bytes, a kernel dump's header alone is {} bytes", b.size(), kHeaderSize));
    const auto signature = read<std::uint32_t>(b, 0);
    const auto valid = read<std::uint32_t>(b, 4);
    if (signature != kPage)
        return dump.error(0, "not a Windows kernel dump: it does not start with 'PAGE'");
    if (valid == kDump)
        return dump.error(4, "a 32-bit kernel dump ('PAGEDUMP'): PoolScope reads x64 dumps ('PAGEDU64')");
    if (valid != kDu64)
        return dump.error(4, "not a Windows kernel dump: 'PAGE' is not followed by 'DU64'");
    DumpHeader& h = dump.m_header;
    h.majorVersion = read<std::uint32_t>(b, 0x08);
    h.build = read<std::uint32_t>(b, 0x0c);
    h.directoryTableBase = read<std::uint64_t>(b, 0x10);
    h.pfnDatabase = read<std::uint64_t>(b, 0x18);
    h.psLoadedModuleList = read<std::uint64_t>(b, 0x20);
    h.psActiveProcessHead = read<std::uint64_t>(b, 0x28);
    h.machineType = read<std::uint32_t>(b, 0x30);
    h.processors = read<std::uint32_t>(b, 0x34);
    h.bugCheckCode = read<std::uint32_t>(b, 0x38);
    h.kdDebuggerDataBlock = read<std::uint64_t>(b, 0x80);
    h.requiredDumpSpace = read<std::uint64_t>(b, 0xfa0);
    if (h.machineType != 0x8664)
        return dump.error(0x30, fmt::format("machine type {:#x}: PoolScope reads x64 dumps (0x8664)", h.machineType));
    const auto type = read<std::uint32_t>(b, 0xf98);
    switch (type) {
    case 1:
    case 2:
    case 5:
    case 6:
        h.type = static_cast<DumpType>(type);
        break;
    case 4:
        return dump.error(0xf98, "a minidump (DumpType 4) holds no kernel memory to walk: a kernel, complete or "
                                 "automatic memory dump is needed");
    case 8:
    case 9:
    case 10:
        return dump.error(0xf98, fmt::format("a '.dump /k'-style dump (DumpType {}, RDMP) is not supported yet", type));
    default:
        return dump.error(0xf98, fmt::format("unknown DumpType {}", type));
    }
    // The low 12 bits of CR3 may hold a PCID; the frame above them must be there.
    if ((h.directoryTableBase & ~0xfffull) == 0)
        return dump.error(0x10, fmt::format("DirectoryTableBase {:#x} names no page table", h.directoryTableBase));
    const auto problem = h.type == DumpType::Full || h.type == DumpType::Kernel ? dump.readRuns() : dump.readBitmap();
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
    const std::uint64_t stored = (b.size() - m_dataStart) / kPageSize;
    m_presentPages = std::min(index, stored);
    m_missingPages = index - m_presentPages;
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
    const auto firstPage = read<std::uint64_t>(b, kHeaderSize + 0x20);
    const auto pages = read<std::uint64_t>(b, kHeaderSize + 0x30);
    if (pages == 0 || pages >= kMaxPfn)
        return error(kHeaderSize + 0x30, fmt::format("bitmap dump: {} pages is not a real size", pages));
    const std::uint64_t bitmapBytes = (pages + 7) / 8;
    if (kHeaderSize + 0x38 + bitmapBytes > b.size())
        return error(kHeaderSize + 0x38, fmt::format("truncated: the bitmap of {} pages does not fit the file", pages));
    if (firstPage < kHeaderSize + 0x38 + bitmapBytes || firstPage > b.size())
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
    const std::uint64_t stored = (b.size() - m_dataStart) / kPageSize;
    m_presentPages = std::min(present, stored);
    m_missingPages = present - m_presentPages;
    return std::nullopt;
}

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
        index = m_rank[word] + static_cast<std::uint64_t>(std::popcount(m_bitmap[word] & (bit - 1)));
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
