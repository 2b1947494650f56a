#include "vs_subsegments.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace poolscope::testdata {

namespace {

constexpr std::uint32_t kPages = 16;
constexpr std::uint32_t kBytes = kPages * 0x1000;
constexpr std::uint32_t kCommitBitmap = 0x10; // _HEAP_VS_SUBSEGMENT.CommitBitmap (facts §9)
constexpr std::uint16_t kSignatureKey = 0x2bed;
constexpr std::uint32_t kFreeChunkMin = 0x20; // a chunk header and its tree node

std::uint32_t align16(std::uint32_t v) { return (v + 15) & ~15u; }

} // namespace

void VsSubsegments::open()
{
    const SegmentHeapLayout& h = m_c.layout;
    DumpBuilder& m = m_c.memory;
    const Address va = m_heap.allocateRange(kPages, RangeKind::Vs);
    m.write64(va, va); // ListEntry: on no list of the VS context's (not laid out)
    m.write64(va + 8, va);
    m.write64(va + kCommitBitmap, ~0ull); // every page committed
    const auto size = static_cast<std::uint16_t>(kBytes / 16);
    m.write16(va + h.vsSize, size);
    m.write16(va + h.vsSignature, static_cast<std::uint16_t>((size ^ kSignatureKey) & 0x7fff)); // FullCommit 0
    m_chunks[va];
    m_current = va;
    m_cursor = align16(h.vsSubsegmentSize);
}

// Sizes = MemoryCost:16 | UnsafeSize:16 | UnsafePrevSize:16 | Allocated:8 | 8 spare bits,
// stored XORed with the header's own address and HeapKey (Scoop, MemProcFS, PoolViewer).
void VsSubsegments::writeChunkHeader(Address subsegment, const Chunk& chunk, std::uint32_t previousSize) const
{
    const Address va = subsegment + chunk.offset;
    const std::uint64_t sizes = (std::uint64_t{chunk.size / 16} << 16) | (std::uint64_t{previousSize / 16} << 32)
                              | (std::uint64_t{chunk.allocated ? 1u : 0u} << 48);
    m_c.memory.write64(va, sizes ^ va ^ m_c.heapKey);
    m_c.memory.write64(va + 8, 0); // AllocatedChunkBits, padding
}

// A chunk's header after its size or its neighbour changed; a free chunk's tree node (on
// no tree here: zeros) covers what was the start of its POOL_HEADER.
void VsSubsegments::rewrite(Address subsegment, std::vector<Chunk>& chunks, std::size_t i) const
{
    writeChunkHeader(subsegment, chunks[i], i ? chunks[i - 1].size : 0);
    if (!chunks[i].allocated) {
        constexpr std::array<std::uint8_t, 0x18> node{};
        m_c.memory.write(subsegment + chunks[i].offset + 8, node.data(), node.size());
    }
}

void VsSubsegments::appendFree(std::uint32_t offset, std::uint32_t size)
{
    std::vector<Chunk>& chunks = m_chunks.at(m_current);
    if (!chunks.empty() && !chunks.back().allocated)
        chunks.back().size += size; // free neighbours are one chunk
    else
        chunks.push_back({offset, size, 0, false});
    rewrite(m_current, chunks, chunks.size() - 1);
}

VsSubsegments::Placed VsSubsegments::allocate(std::uint32_t blockSize)
{
    if (blockSize < 0x20 || blockSize > 0xff0 || blockSize % 16)
        throw std::logic_error("a VS block is 0x20 to 0xff0 bytes in 16-byte steps");
    for (;;) {
        if (!m_current)
            open();
        const std::uint32_t at = m_cursor;
        std::uint32_t start = at, size = 0x10 + blockSize, header = at + 0x10;
        if ((header & 0xfff) == 0xff0) {
            // The POOL_HEADER is never in a page's last 16 bytes: it moves to the next page.
            header += 0x10;
            size += 0x10;
        } else if ((header & 0xfff) + blockSize > 0x1000) {
            // The data would cross a page: a free chunk first, so that this chunk's header
            // ends where the page does.
            header = (header & ~0xfffu) + 0x1000;
            start = header - 0x10;
        }
        const std::uint32_t end = start + size;
        // The subsegment's rest after the chunk must be nothing or a free chunk.
        if (end == kBytes || end + kFreeChunkMin <= kBytes) {
            if (start > at)
                appendFree(at, start - at);
            std::vector<Chunk>& chunks = m_chunks.at(m_current);
            chunks.push_back({start, size, header, true});
            writeChunkHeader(m_current, chunks.back(), chunks.size() > 1 ? chunks[chunks.size() - 2].size : 0);
            m_cursor = end;
            return {m_current + start, m_current + header};
        }
        finish();
    }
}

std::map<Address, std::vector<VsSubsegments::Chunk>>::iterator VsSubsegments::subsegmentOf(Address va)
{
    auto it = m_chunks.upper_bound(va);
    if (it == m_chunks.begin() || va - std::prev(it)->first >= kBytes)
        throw std::logic_error("an address in no VS subsegment");
    return std::prev(it);
}

void VsSubsegments::free(Address poolHeader)
{
    auto it = subsegmentOf(poolHeader);
    std::vector<Chunk>& chunks = it->second;
    const auto offset = static_cast<std::uint32_t>(poolHeader - it->first);
    auto found = std::upper_bound(chunks.begin(), chunks.end(), offset,
                                  [](std::uint32_t o, const Chunk& c) { return o < c.offset; });
    if (found == chunks.begin())
        throw std::logic_error("freeing before a VS subsegment's first chunk");
    std::size_t i = static_cast<std::size_t>(found - chunks.begin()) - 1;
    if (!chunks[i].allocated || chunks[i].header != offset)
        throw std::logic_error("freeing a VS chunk that is not allocated");
    chunks[i].allocated = false;
    // The headers swallowed by the merge stay in the free chunk as stale bytes.
    if (i + 1 < chunks.size() && !chunks[i + 1].allocated) {
        chunks[i].size += chunks[i + 1].size;
        chunks.erase(chunks.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
    if (i > 0 && !chunks[i - 1].allocated) {
        chunks[i - 1].size += chunks[i].size;
        chunks.erase(chunks.begin() + static_cast<std::ptrdiff_t>(i));
        --i;
    }
    rewrite(it->first, chunks, i);
    if (i + 1 < chunks.size())
        rewrite(it->first, chunks, i + 1); // its UnsafePrevSize changed
}

void VsSubsegments::finish()
{
    if (!m_current)
        return;
    if (m_cursor < kBytes)
        appendFree(m_cursor, kBytes - m_cursor);
    m_current = 0;
}

bool VsSubsegments::overwrittenByFreeChunk(Address poolHeader) const
{
    auto it = m_chunks.upper_bound(poolHeader);
    if (it == m_chunks.begin())
        return false;
    --it;
    const auto offset = poolHeader - it->first;
    for (const Chunk& c : it->second)
        if (offset >= c.offset && offset < c.offset + c.size)
            return !c.allocated && offset < c.offset + kFreeChunkMin;
    return false;
}

} // namespace poolscope::testdata
