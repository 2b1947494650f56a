#pragma once
#include "tests/support/segment_heap.h"

#include <cstdint>
#include <map>
#include <vector>

namespace poolscope::testdata {

// A heap's variable size allocator: VS subsegments of 16 pages, each a chain of chunks
// from its header to its end. A chunk is a 16-byte header (sizes encoded with its own
// address and the heap key) and, when allocated, the POOL_HEADER and the data, which
// never cross a page: a chunk header that would end 0x10 before a page's end pushes the
// POOL_HEADER to the next page, and data that would cross a page gets a free chunk before
// it. Free chunks carry a tree node where an allocated chunk has its POOL_HEADER; freed
// neighbours are coalesced. Space is handed out in order and not reused.
class VsSubsegments {
public:
    VsSubsegments(HeapContext& context, SegmentHeap& heap) : m_c(context), m_heap(heap) {}

    struct Placed {
        Address chunk;      // the chunk header
        Address poolHeader; // where the POOL_HEADER goes
    };
    // A chunk for `blockSize` bytes (POOL_HEADER and data, at most 0xff0).
    Placed allocate(std::uint32_t blockSize);
    // Frees the chunk holding `poolHeader`, coalescing it with free neighbours.
    void free(Address poolHeader);
    // Closes the open subsegment: its rest becomes a free chunk.
    void finish();

    struct Chunk {
        std::uint32_t offset = 0; // from the subsegment
        std::uint32_t size = 0;   // bytes, header included
        std::uint32_t header = 0; // the POOL_HEADER's offset (0 for a chunk never allocated)
        bool allocated = false;
    };
    const std::map<Address, std::vector<Chunk>>& chunks() const { return m_chunks; }
    // Whether a POOL_HEADER sits where a free chunk keeps its tree node (overwritten).
    bool overwrittenByFreeChunk(Address poolHeader) const;
    void writeChunkHeader(Address subsegment, const Chunk& chunk, std::uint32_t previousSize) const;

private:
    void open();
    void appendFree(std::uint32_t offset, std::uint32_t size);
    void rewrite(Address subsegment, std::vector<Chunk>& chunks, std::size_t i) const;
    std::map<Address, std::vector<Chunk>>::iterator subsegmentOf(Address va);

    HeapContext& m_c;
    SegmentHeap& m_heap;
    std::map<Address, std::vector<Chunk>> m_chunks; // by subsegment, in address order
    Address m_current = 0;
    std::uint32_t m_cursor = 0;
};

} // namespace poolscope::testdata
