#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/pool/pool_heaps.h"
#include "model/pool_scan.h"

#include <cstdint>
#include <string>
#include <vector>

// From each pool heap to the subsegments that hold its blocks: the heap's two segment
// contexts, each context's list of page segments (1 MB and 16 MB), each segment's page
// range descriptors, and the ranges they mark as LFH or VS subsegments. Every list walk
// is capped and stops at a cycle; a segment whose signature does not decode to its own
// segment context is skipped with a warning, never read as the heap's.
namespace poolscope {

struct PoolRange {
    Address begin = 0;
    std::uint32_t bytes = 0;
    PoolBackend backend = PoolBackend::Lfh; // Lfh or Vs
    std::uint16_t heap = 0;                  // index into PoolHeapsFound::heaps
};

struct PoolProblem {
    Address address = 0;
    std::string message;
};

struct SegmentWalk {
    std::vector<PoolRange> ranges; // sorted by address
    std::uint64_t segments = 0;
    std::uint64_t largeRanges = 0; // backend allocations, listed by the big page table
    std::vector<PoolProblem> problems;
};

constexpr std::uint64_t kMaxSegmentsPerContext = 1u << 20;

SegmentWalk walkPoolSegments(const AddressSpace& memory, const SegmentHeapLayout& layout,
                             const std::vector<PoolHeap>& heaps, std::uint64_t heapKey, std::uint32_t build);

} // namespace poolscope
