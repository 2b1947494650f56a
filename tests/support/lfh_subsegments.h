#pragma once
#include "tests/support/segment_heap.h"

#include <cstdint>
#include <map>
#include <vector>

namespace poolscope::testdata {

// A heap's low fragmentation heap: one bucket per block size, each a chain of LFH
// subsegments (ranges of 4, then 8, then 16 pages as the bucket fills), each holding
// BlockCount blocks of one size after its header and block bitmap. Blocks are handed out
// in a scattered order, as the LFH's randomised search does, and never reused.
class LfhSubsegments {
public:
    LfhSubsegments(HeapContext& context, SegmentHeap& heap) : m_c(context), m_heap(heap) {}

    // A block of `blockSize` bytes (POOL_HEADER included, at most 0x210) marked busy, with the
    // bitmap's "unused bytes" bit when the request leaves some of the block unused.
    Address allocate(std::uint32_t blockSize, bool unusedBytes);
    // Marks the block free (bits 00); its bytes stay as they are.
    void free(Address block);

    struct Range {
        Address address;
        std::uint32_t pages, blockSize;
    };
    const std::vector<Range>& subsegments() const { return m_order; }

private:
    struct Subsegment {
        std::uint32_t blockSize = 0, blockCount = 0, firstBlock = 0, stride = 1, handedOut = 0, freeCount = 0;
        std::vector<std::uint8_t> bitmap; // what the subsegment's BlockBitmap holds
    };
    struct Bucket {
        Address current = 0;
        std::uint32_t opened = 0;
    };
    Address open(std::uint32_t blockSize, Bucket& bucket);
    void setBits(Address subsegment, Subsegment& s, std::uint32_t index, std::uint8_t bits);

    HeapContext& m_c;
    SegmentHeap& m_heap;
    std::map<std::uint32_t, Bucket> m_buckets;
    std::map<Address, Subsegment> m_subsegments;
    std::vector<Range> m_order;
};

} // namespace poolscope::testdata
