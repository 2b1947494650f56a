#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

// What the generated kernel's pool holds, block by block, for the tests of a pool scanner:
// the heaps and their segments, every tag's allocated blocks by backend, its big
// allocations, the freed blocks whose POOL_HEADER still shows it, and the damage done.
namespace poolscope::testdata {

// The kernel's pools as ExPoolState's pool node lists their heaps (Heaps[0], [1], [2]).
enum class PoolKind { NonPaged, NonPagedNx, Paged };

// One tag's blocks in one pool (nonpaged = both nonpaged heaps, or the nonpaged pages).
struct PlantedPoolUse {
    std::uint64_t lfhBlocks = 0, lfhBytes = 0;         // allocated LFH blocks
    std::uint64_t vsBlocks = 0, vsBytes = 0;           // allocated VS chunks
    std::uint64_t classicBlocks = 0, classicBytes = 0; // allocated blocks on classic pool pages
    std::uint64_t bigAllocations = 0, bigBytes = 0;    // PoolBigPageTable entries, whole pages
    std::uint64_t bigWithoutPages = 0; // of those, paged out: listed, their pages not in the dump
    // Freed blocks whose old POOL_HEADER still carries the tag (a header-counting scanner
    // over-counts by exactly this); freed blocks whose header was overwritten are not counted.
    std::uint64_t staleHeaders = 0;
    std::set<std::uint32_t> blockSizes; // bytes of its small blocks, POOL_HEADER included

    std::uint64_t smallBlocks() const { return lfhBlocks + vsBlocks + classicBlocks; }
    std::uint64_t blocks() const { return smallBlocks() + bigAllocations; }
    std::uint64_t bytes() const { return lfhBytes + vsBytes + classicBytes + bigBytes; }
};

struct PlantedPoolTag {
    PlantedPoolUse nonPaged, paged;
};

struct PlantedSegment {
    std::uint64_t address = 0; // 1 MB aligned _HEAP_PAGE_SEGMENT
    std::uint64_t heap = 0;    // its _SEGMENT_HEAP
};

struct PlantedSubsegment {
    std::uint64_t address = 0;   // the range's first byte (_HEAP_LFH_SUBSEGMENT / _HEAP_VS_SUBSEGMENT)
    std::uint64_t heap = 0;
    std::uint32_t pages = 0;
    std::uint32_t blockSize = 0; // LFH: the bucket's block size; VS: 0
};

// What --damage did to the pool (segment heap builds only).
struct PlantedPoolDamage {
    // pool-chunk-header: the VS chunk header overwritten, the block it held, and how many
    // allocated chunks follow it in its subsegment (no chunk walk reaches them).
    std::uint64_t chunkHeader = 0;
    std::uint64_t chunkBlock = 0;
    std::uint64_t chunksAfter = 0;
    // pool-page-missing: the VS subsegment page taken out of the dump and the POOL_HEADERs
    // of the allocated chunks with bytes on it, which a chunk walk loses: the blocks on it,
    // and one whose chunk header ends it while its POOL_HEADER starts the next page.
    std::uint64_t missingPage = 0;
    std::vector<std::uint64_t> blocksOnMissingPage;
    // pool-segment-cycle: the heap whose segment list loops (its last segment's Flink points
    // back at its second, or at itself when it has one).
    std::uint64_t cyclicHeap = 0;
    std::uint64_t cyclicSegment = 0; // the segment whose Flink was changed
};

struct PlantedPool {
    bool segmentHeap = false; // build >= 18362; else classic pool pages
    std::uint64_t heapKey = 0, lfhKey = 0; // RtlpHpHeapGlobals
    std::uint64_t exPoolState = 0, heapGlobals = 0;
    std::map<PoolKind, std::uint64_t> heaps; // _SEGMENT_HEAP by pool
    std::vector<PlantedSegment> segments;
    std::vector<PlantedSubsegment> lfhSubsegments, vsSubsegments;
    std::vector<std::uint64_t> classicPages; // classic builds: every pool page, in allocation order
    std::map<std::string, PlantedPoolTag> tags;
    std::uint64_t bigWithoutPages = 0;

    std::vector<std::uint64_t> leakedThreads;   // the handle case's terminated ETHREADs
    std::vector<std::uint64_t> referencedFiles; // ref-leak: FILE_OBJECT bodies only leakydrv.sys holds
    std::vector<std::uint64_t> leakBlocks;      // leakydrv.sys's blocks (data, 0x10 past the POOL_HEADER)
    PlantedPoolDamage damage;
};

} // namespace poolscope::testdata
