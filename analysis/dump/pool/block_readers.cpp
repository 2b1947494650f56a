#include "block_readers.h"

#include "analysis/dump/pool_tables_walk.h"
#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace poolscope {

namespace {

constexpr std::size_t kMaxProblemsPerWorker = 64;
constexpr std::uint32_t kPoolHeader = 0x10;
// A VS chunk of this size or more holds a big allocation: no POOL_HEADER, listed by the big
// page table instead (MemProcFS skips them for that reason).
constexpr std::uint64_t kBigThreshold = 0xfe0;
constexpr std::uint16_t kVsSignatureKey = 0x2bed;
constexpr Address kMaxResync = 0x10000;

template <typename T>
T fieldIn(std::span<const std::byte> bytes, std::size_t offset)
{
    T v{};
    std::memcpy(&v, bytes.data() + offset, sizeof v);
    return v;
}

std::uint64_t align16(std::uint64_t v)
{
    return (v + 15) & ~15ull;
}

struct PoolHeaderBytes {
    std::uint8_t previousSize, poolIndex, blockSize, poolType;
    std::uint32_t tag;
    std::uint32_t bytes() const { return std::uint32_t{blockSize} * 16; }
};

PoolHeaderBytes header(std::span<const std::byte> page, std::size_t offset)
{
    return {static_cast<std::uint8_t>(page[offset]), static_cast<std::uint8_t>(page[offset + 1]),
            static_cast<std::uint8_t>(page[offset + 2]), static_cast<std::uint8_t>(page[offset + 3]),
            fieldIn<std::uint32_t>(page, offset + 4)};
}

// A classic header's PoolType: 0 free, else (base type + 1) | POOL_IN_USE_MASK (4), the
// Windows Research Kernel's rule; the base type's low bit is paged.
PoolType classicType(std::uint8_t stored)
{
    const int base = (stored & ~4) - 1;
    return (base & 1) ? PoolType::Paged : PoolType::NonPaged;
}

} // namespace

BlockReader::BlockReader(const DumpFile& dump, std::uint64_t directoryTableBase, const PoolScanPlan& plan,
                         PoolSink& sink)
    : m_memory(dump, directoryTableBase), m_plan(plan), m_sink(sink)
{
}

std::span<const std::byte> BlockReader::page(Address va)
{
    const Address p = va & ~0xfffull;
    if (p == m_lastPage)
        return m_lastBytes;
    m_lastPage = p;
    m_lastBytes = m_memory.page(p);
    if (m_lastBytes.empty() && p != m_lastMissing) {
        m_lastMissing = p;
        ++counts.pagesMissing;
    }
    return m_lastBytes;
}

template <typename T>
bool BlockReader::value(Address va, T& out)
{
    const std::size_t offset = va & 0xfff;
    if (offset + sizeof(T) <= kPageSize) {
        const auto bytes = page(va);
        if (bytes.empty())
            return false;
        out = fieldIn<T>(bytes, offset);
        return true;
    }
    return m_memory.read(va, std::as_writable_bytes(std::span(&out, 1)));
}

void BlockReader::problem(Address at, std::string message)
{
    if (problems.size() < kMaxProblemsPerWorker)
        problems.push_back({at, std::move(message)});
    else
        ++problemsNotListed;
}

void BlockReader::emit(PoolAllocation block)
{
    switch (block.state) {
    case BlockState::Allocated:
        ++counts.allocated;
        break;
    case BlockState::Free:
        ++counts.freeWithTag;
        break;
    case BlockState::Undetermined:
        ++counts.undetermined;
        break;
    }
    m_sink.block(block);
}

PoolType BlockReader::heapType(const PoolRange& range, std::uint8_t& flags) const
{
    const PoolHeap& heap = m_plan.heaps[range.heap];
    if (heap.executable)
        flags |= PoolAllocation::kExecutable;
    return heap.type;
}

// LFH: a bucket's blocks of one size from FirstBlockOffset, two bits each in the bitmap;
// bit 0 is "busy". BlockOffsets are encoded with LfhKey and the subsegment's page number.
void BlockReader::lfh(const PoolRange& range)
{
    const SegmentHeapLayout& H = *m_plan.heap;
    counts.bytesScanned += range.bytes;
    ++counts.lfhSubsegments;
    std::uint32_t encoded = 0;
    std::uint16_t count = 0;
    if (!value(range.begin + H.lfhBlockOffsets, encoded) || !value(range.begin + H.lfhBlockCount, count)) {
        ++counts.rangesAbandoned;
        problem(range.begin, text::say(text::phrase("Pool", "LFH subsegment {:#x}: its header is not in the dump, so "
                                                            "its {} KB of blocks are not read"),
                                       range.begin, range.bytes / 1024));
        return;
    }
    if (!m_plan.lfhKey) {
        ++counts.rangesAbandoned;
        return; // said once by the plan
    }
    const std::uint32_t pageNumber = m_plan.build >= 26100 ? static_cast<std::uint32_t>(range.begin >> 12)
                                                           : static_cast<std::uint32_t>(range.begin) >> 12;
    const std::uint32_t decoded = encoded ^ static_cast<std::uint32_t>(*m_plan.lfhKey) ^ pageNumber;
    const std::uint32_t blockSize = decoded & 0xffff;
    const std::uint32_t first = decoded >> 16;
    const std::uint32_t bitmapBytes = (std::uint32_t{count} * 2 + 7) / 8;
    const bool fits = blockSize >= 0x10 && blockSize % 16 == 0 && first % 16 == 0
        && first >= H.lfhBlockBitmap + bitmapBytes && first < range.bytes && count > 0
        && std::uint64_t{count} * blockSize <= range.bytes - first;
    if (!fits) {
        ++counts.rangesAbandoned;
        problem(range.begin, text::say(text::phrase("Pool", "LFH subsegment {:#x}: its block offsets decode to blocks "
                                                            "of {:#x} bytes from {:#x}, {} of them, which do not fit "
                                                            "its {:#x} bytes (a wrong LfhKey or a damaged header): "
                                                            "its blocks are not read"),
                                       range.begin, blockSize, first, count, range.bytes));
        return;
    }
    std::vector<std::uint8_t> bitmap(bitmapBytes);
    if (!m_memory.read(range.begin + H.lfhBlockBitmap, std::as_writable_bytes(std::span(bitmap)))) {
        ++counts.rangesAbandoned;
        problem(range.begin, text::say(text::phrase("Pool", "LFH subsegment {:#x}: its block bitmap is not in the dump, "
                                                            "so its {} blocks are not read"),
                                       range.begin, count));
        return;
    }
    std::uint8_t flags = 0;
    const PoolType type = heapType(range, flags);
    std::uint64_t unread = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        const unsigned bits = (bitmap[i / 4] >> ((i % 4) * 2)) & 3;
        const Address block = range.begin + first + std::uint64_t{i} * blockSize;
        const auto bytes = page(block);
        if (bytes.empty()) {
            if (bits & 1)
                ++unread;
            continue;
        }
        const PoolHeaderBytes h = header(bytes, block & 0xfff);
        if (bits & 1) {
            PoolAllocation a{block, h.tag, blockSize, type, PoolBackend::Lfh, BlockState::Allocated, flags};
            if (bits & 2)
                a.flags |= PoolAllocation::kUnusedBytes;
            emit(a);
        } else if (h.tag != 0 && isPrintableTag(h.tag) && h.bytes() == blockSize) {
            // A freed block keeps its header: the bitmap, not the tag, says it is free.
            emit({block, h.tag, blockSize, type, PoolBackend::Lfh, BlockState::Free, flags});
        }
    }
    if (unread) {
        counts.blocksUnread += unread;
        problem(range.begin, text::say(text::phrase("Pool", "LFH subsegment {:#x}: {} allocated blocks lie on pages the "
                                                            "dump does not hold; their tags are not known"),
                                       range.begin, unread));
    }
}

namespace {

// A VS chunk header: Sizes (MemoryCost:16, UnsafeSize:16, UnsafePrevSize:16, Allocated:8)
// encoded with the header's address and HeapKey, sizes in 16-byte units. `raw` is the
// header as stored at `chunk`.
bool decodeChunkHeader(std::uint64_t raw, Address chunk, std::uint64_t heapKey, Address end,
                       std::uint64_t expectedPrevious, std::uint64_t& bytes, bool& allocated)
{
    const std::uint64_t d = raw ^ chunk ^ heapKey;
    bytes = ((d >> 16) & 0xffff) * 16;
    const std::uint64_t previous = ((d >> 32) & 0xffff) * 16;
    const std::uint64_t flag = (d >> 48) & 0xff;
    allocated = flag == 1;
    return bytes >= 0x20 && chunk + bytes <= end && flag <= 1
        && (expectedPrevious == ~0ull || previous == expectedPrevious);
}

} // namespace

bool BlockReader::decodeChunk(Address chunk, Address end, std::uint64_t expectedPrevious, std::uint64_t& bytes,
                              bool& allocated)
{
    std::uint64_t raw = 0;
    return value(chunk, raw) && decodeChunkHeader(raw, chunk, *m_plan.heapKey, end, expectedPrevious, bytes, allocated);
}

void BlockReader::vs(const PoolRange& range)
{
    const SegmentHeapLayout& H = *m_plan.heap;
    counts.bytesScanned += range.bytes;
    ++counts.vsSubsegments;
    std::uint16_t size = 0, signature = 0;
    if (!value(range.begin + H.vsSize, size) || !value(range.begin + H.vsSignature, signature)) {
        ++counts.rangesAbandoned;
        problem(range.begin, text::say(text::phrase("Pool", "VS subsegment {:#x}: its header is not in the dump, so its "
                                                            "{} KB of chunks are not read"),
                                       range.begin, range.bytes / 1024));
        return;
    }
    // Signature (15 bits; bit 15 is FullCommit) is Size ^ 0x2bed.
    if (((signature ^ kVsSignatureKey) & 0x7fff) != (size & 0x7fff)) {
        ++counts.rangesAbandoned;
        problem(range.begin, text::say(text::phrase("Pool", "VS subsegment {:#x}: its signature {:#x} does not match "
                                                            "its size {:#x} (^ 0x2bed): not read as a subsegment"),
                                       range.begin, signature, size));
        return;
    }
    if (!m_plan.heapKey) {
        ++counts.rangesAbandoned;
        return; // said once by the plan
    }
    const Address end = range.begin + range.bytes;
    Address chunk = range.begin + align16(H.vsSubsegmentSize);
    std::uint64_t previous = 0;
    while (chunk + H.vsChunkHeaderSize <= end) {
        std::uint64_t bytes = 0;
        bool allocated = false;
        if (!decodeChunk(chunk, end, previous, bytes, allocated)) {
            const bool missing = page(chunk).empty();
            const Address resumed = vsResync(chunk + 0x10, end);
            if (missing)
                problem(chunk, text::say(text::phrase("Pool", "VS subsegment {:#x}: the page of the chunk at {:#x} is not "
                                                              "in the dump; {} bytes up to {:#x} are not read"),
                                         range.begin, chunk, (resumed ? resumed : end) - chunk, resumed ? resumed : end));
            else
                problem(chunk, text::say(text::phrase("Pool", "VS subsegment {:#x}: the chunk header at {:#x} does not "
                                                              "decode to a chunk of this subsegment; {} bytes up to {:#x} "
                                                              "are not read"),
                                         range.begin, chunk, (resumed ? resumed : end) - chunk, resumed ? resumed : end));
            ++counts.rangesAbandoned;
            if (!resumed)
                return;
            chunk = resumed;
            previous = ~0ull;
            continue;
        }
        if (allocated)
            vsAllocated(range, chunk, bytes);
        else
            vsStale(range, chunk, bytes);
        previous = bytes;
        chunk += bytes;
    }
}

// After a chunk header that does not decode (or a missing page): the next place where two
// chunk headers in a row decode and agree (the second names the first's size as its
// previous one, or the first ends the subsegment), within 64 KB.
Address BlockReader::vsResync(Address from, Address end)
{
    for (Address at = from; at + 0x10 <= end && at < from + kMaxResync; at += 0x10) {
        std::uint64_t bytes = 0, next = 0;
        bool allocated = false;
        if (!decodeChunk(at, end, ~0ull, bytes, allocated))
            continue;
        if (at + bytes == end || decodeChunk(at + bytes, end, bytes, next, allocated))
            return at;
    }
    return 0;
}

void BlockReader::vsAllocated(const PoolRange& range, Address chunk, std::uint64_t bytes)
{
    std::uint8_t flags = 0;
    const PoolType type = heapType(range, flags);
    const Address chunkEnd = chunk + bytes;
    Address at = chunk + m_plan.heap->vsChunkHeaderSize;
    // The POOL_HEADER is never in the last 0x10 bytes of a page: it then starts the next one.
    if ((at & 0xfff) == 0xff0) {
        at += 0x10;
        flags |= PoolAllocation::kHeaderMoved;
    }
    if (chunkEnd - at >= kBigThreshold + kPoolHeader) {
        std::array<std::byte, 16> probe{};
        if (!m_memory.read(at, probe) || fieldIn<std::uint8_t>(std::span<const std::byte>(probe), 2) == 0)
            return; // a big allocation: no POOL_HEADER, the big page table lists it
    }
    const auto readHeader = [&](Address where, PoolHeaderBytes& out) {
        const auto p = page(where);
        if (p.empty())
            return false;
        out = header(p, where & 0xfff);
        return true;
    };
    PoolHeaderBytes h{};
    if (!readHeader(at, h)) {
        ++counts.blocksUnread;
        problem(at, text::say(text::phrase("Pool", "VS chunk {:#x} is allocated but the page of its POOL_HEADER ({:#x}) "
                                                   "is not in the dump; its tag is not known"),
                              chunk, at));
        return;
    }
    if (h.blockSize == 0 || at + h.bytes() > chunkEnd) {
        // Data that would cross a page starts the next page, its POOL_HEADER first
        // (MemProcFS's rule).
        const Address next = (at & ~0xfffull) + 0x1000;
        PoolHeaderBytes moved{};
        if (next + kPoolHeader <= chunkEnd && readHeader(next, moved) && moved.blockSize != 0
            && next + moved.bytes() <= chunkEnd) {
            at = next;
            h = moved;
            flags |= PoolAllocation::kHeaderMoved;
        } else {
            problem(at, text::say(text::phrase("Pool", "VS chunk {:#x} is allocated, but the POOL_HEADER at {:#x} claims "
                                                       "{:#x} bytes of the chunk's {:#x}: counted with the tag it shows"),
                                  chunk, at, h.bytes(), chunkEnd - at));
        }
    }
    emit({at, h.tag, h.blockSize ? h.bytes() : static_cast<std::uint32_t>(chunkEnd - at), type, PoolBackend::Vs,
          BlockState::Allocated, flags});
}

// A free chunk: a chunk freed next to another free one was coalesced into it, and its old
// chunk header and POOL_HEADER stay behind as stale bytes. They are reported as free blocks
// with their tag; a scan by tag alone would count them as allocations.
void BlockReader::vsStale(const PoolRange& range, Address chunk, std::uint64_t bytes)
{
    std::uint8_t flags = 0;
    const PoolType type = heapType(range, flags);
    const Address chunkEnd = chunk + bytes;
    std::uint64_t staleBytes = 0;
    for (Address at = chunk + 0x20; nextAllocatedChunk(at, chunkEnd, staleBytes);) {
        Address h = at + m_plan.heap->vsChunkHeaderSize;
        if ((h & 0xfff) == 0xff0)
            h += 0x10;
        const auto p = page(h);
        if (!p.empty()) {
            const PoolHeaderBytes ph = header(p, h & 0xfff);
            if (ph.blockSize != 0 && h + ph.bytes() <= at + staleBytes && isPrintableTag(ph.tag))
                emit({h, ph.tag, ph.bytes(), type, PoolBackend::Vs, BlockState::Free, flags});
        }
        at += staleBytes;
    }
}

// From `at` on in 16-byte steps, the first place where the header of an allocated chunk
// decodes (as decodeChunk with any previous size), leaving `at` there. Most of a free chunk
// is old data: each page's steps are tried in one go, not through a page lookup each.
bool BlockReader::nextAllocatedChunk(Address& at, Address end, std::uint64_t& bytes)
{
    const std::uint64_t key = *m_plan.heapKey;
    while (at + 0x20 <= end) {
        const std::size_t offset = at & 0xfff;
        if (offset > kPageSize - 8) { // off the 16-byte grid, the header crosses a page
            bool allocated = false;
            if (decodeChunk(at, end, ~0ull, bytes, allocated) && allocated)
                return true;
            at += 0x10;
            continue;
        }
        const auto p = page(at);
        if (p.empty()) { // nothing decodes in a missing page: on to the same step in the next
            at += (kPageSize - offset + 0xf) & ~std::size_t{0xf};
            continue;
        }
        // An allocated chunk's header decodes to flag 1 in its seventh byte, and the address
        // it is xored with has the same seventh byte all through the page: that one byte rules
        // out nearly every place, read without the rest of the decoding.
        const auto flagByte = static_cast<std::uint8_t>(((at ^ key) >> 48) ^ 1);
        const std::size_t last = std::min<std::size_t>(kPageSize - 8, offset + ((end - 0x20 - at) & ~Address{0xf}));
        const auto* bytesOfPage = reinterpret_cast<const std::uint8_t*>(p.data());
        std::size_t o = offset;
        for (; o <= last; o += 0x10) {
            if (bytesOfPage[o + 6] != flagByte)
                continue;
            bool allocated = false;
            const Address here = at + (o - offset);
            if (decodeChunkHeader(fieldIn<std::uint64_t>(p, o), here, key, end, ~0ull, bytes, allocated) && allocated) {
                at = here;
                return true;
            }
        }
        at += o - offset;
    }
    return false;
}

void BlockReader::pages(Address begin, std::uint64_t count)
{
    m_itemType = PoolType::Unknown;
    m_untyped.clear();
    for (std::uint64_t i = 0; i < count; ++i) {
        const Address va = begin + i * kPageSize;
        const auto bytes = page(va);
        if (bytes.empty())
            continue;
        counts.bytesScanned += kPageSize;
        if (m_plan.method == PoolScanSummary::Method::ClassicPages) {
            if (classicPage(va, bytes))
                ++counts.classicPages;
        } else {
            headerScanPage(va, bytes);
        }
    }
    // Pages whose blocks were all freed carry no pool type: their neighbours' it is.
    for (PoolAllocation& block : m_untyped) {
        block.type = m_itemType;
        emit(block);
    }
    m_untyped.clear();
}

// A classic pool page is tiled by its blocks: each POOL_HEADER's PreviousSize is the block
// before's BlockSize, and the last block ends at the page's end. A page that does not tile
// is not a pool page (or not one this scan can read), and nothing of it is counted.
bool BlockReader::classicPage(Address va, std::span<const std::byte> bytes)
{
    std::array<PoolHeaderBytes, kPageSize / 16> blocks{};
    std::array<std::uint16_t, kPageSize / 16> offsets{};
    std::size_t n = 0;
    std::uint32_t offset = 0;
    std::uint8_t previous = 0;
    bool anyAllocated = false;
    bool anyTag = false;
    while (offset < kPageSize) {
        const PoolHeaderBytes h = header(bytes, offset);
        if (h.blockSize == 0 || offset + h.bytes() > kPageSize || h.previousSize != previous)
            return false;
        if (h.poolType != 0) {
            // Allocated blocks carry tags (a protected tag has its top bit set).
            if (!isPrintableTag(h.tag & 0x7fffffffu))
                return false;
            anyAllocated = true;
        } else if (h.tag != 0 && !isPrintableTag(h.tag & 0x7fffffffu)) {
            return false;
        }
        anyTag |= h.tag != 0;
        blocks[n] = h;
        offsets[n++] = static_cast<std::uint16_t>(offset);
        previous = h.blockSize;
        offset += h.bytes();
    }
    // A page whose blocks were all freed still tiles, and its free blocks keep their tags.
    if (!anyAllocated && (n < 2 || !anyTag))
        return false;
    // A page belongs to one pool: its free blocks are that pool's (a page with none
    // allocated: the pool of its first free block's old POOL_HEADER, which keeps no type;
    // the page's address is what is left, and it says nothing here).
    PoolType pageType = PoolType::Unknown;
    for (std::size_t i = 0; i < n && pageType == PoolType::Unknown; ++i)
        if (blocks[i].poolType != 0)
            pageType = classicType(blocks[i].poolType);
    if (pageType != PoolType::Unknown)
        m_itemType = pageType;
    for (std::size_t i = 0; i < n; ++i) {
        const PoolHeaderBytes& h = blocks[i];
        if (h.poolType != 0)
            emit({va + offsets[i], h.tag, h.bytes(), classicType(h.poolType), PoolBackend::Classic,
                  BlockState::Allocated, 0});
        else if (h.tag != 0 && isPrintableTag(h.tag) && pageType != PoolType::Unknown)
            emit({va + offsets[i], h.tag, h.bytes(), pageType, PoolBackend::Classic, BlockState::Free, 0});
        else if (h.tag != 0 && isPrintableTag(h.tag))
            m_untyped.push_back({va + offsets[i], h.tag, h.bytes(), pageType, PoolBackend::Classic, BlockState::Free, 0});
    }
    return true;
}

// Without the heap's records: a POOL_HEADER as the 1903+ allocator writes it (PreviousSize
// and PoolIndex 0, bit 1 of PoolType set, a printable tag). Whether the block is still
// allocated is not known.
void BlockReader::headerScanPage(Address va, std::span<const std::byte> bytes)
{
    std::uint32_t offset = 0;
    while (offset + kPoolHeader <= kPageSize) {
        const PoolHeaderBytes h = header(bytes, offset);
        if (h.previousSize == 0 && h.poolIndex == 0 && h.blockSize >= 2 && (h.poolType & 2) && h.poolType < 0x80
            && isPrintableTag(h.tag) && (h.tag & 0xff) > 0x20) {
            emit({va + offset, h.tag, h.bytes(), (h.poolType & 1) ? PoolType::Paged : PoolType::NonPaged,
                  PoolBackend::HeaderScan, BlockState::Undetermined, 0});
            offset += h.bytes();
        } else {
            offset += kPoolHeader;
        }
    }
}

void BlockReader::bigEntries(std::span<const std::byte> entries, std::optional<Address> only)
{
    const std::size_t size = m_plan.bigEntrySize;
    for (std::size_t i = 0; i + size <= entries.size(); i += size) {
        const auto va = fieldIn<std::uint64_t>(entries, i + m_plan.bigVa);
        if (va == 0 || (va & 1))
            continue; // empty, or freed
        const auto bytes = fieldIn<std::uint64_t>(entries, i + m_plan.bigBytes);
        if (only && (*only < va || *only >= va + std::max<std::uint64_t>(bytes, 1)))
            continue;
        const auto key = fieldIn<std::uint32_t>(entries, i + m_plan.bigKey);
        const auto poolType = (fieldIn<std::uint32_t>(entries, i + m_plan.bigPoolType) >> 8) & 0xfff;
        ++counts.bigEntries;
        PoolAllocation a{va, key, static_cast<std::uint32_t>(std::min<std::uint64_t>(bytes, 0xffffffffu)),
                         (poolType & 1) ? PoolType::Paged : PoolType::NonPaged, PoolBackend::Big,
                         BlockState::Allocated, 0};
        if (m_memory.page(va).empty())
            a.flags |= PoolAllocation::kPagesMissing;
        emit(a);
    }
}

} // namespace poolscope
