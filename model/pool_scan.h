#pragma once
#include "address.h"
#include "pool_tag.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// What a scan of a dump's pool pages found: the blocks as the heap lays them out, each
// allocated or free as the heap itself says (never "a tag was there"), counted per tag
// and held against the tracker table of the same dump.
namespace poolscope {

// Which part of the pool a block was found in.
enum class PoolBackend : std::uint8_t {
    Lfh,        // a segment heap's low-fragmentation subsegment (blocks of one size, a bitmap)
    Vs,         // a segment heap's variable-size subsegment (encoded chunk headers)
    Big,        // the big page table (allocations of a page or more, no POOL_HEADER)
    Classic,    // a pool page of Windows 10 1607/1809 (POOL_HEADERs chained through the page)
    HeaderScan, // a POOL_HEADER found by its shape alone (the heap's own records not read)
};

// Allocated and Free are the heap's word (LFH bitmap, VS chunk header, a classic header's
// pool type, a big table entry); Undetermined: the dump cannot tell (a header scan).
enum class BlockState : std::uint8_t { Allocated, Free, Undetermined };

// One block of the pool: 24 bytes, so that a million blocks of one tag fit in 24 MB.
struct PoolAllocation {
    Address block = 0;     // the POOL_HEADER; a big allocation's first page
    std::uint32_t tag = 0; // the tag as stored (PoolTag::fromKey)
    std::uint32_t bytes = 0; // the block with its POOL_HEADER; a big allocation's NumberOfBytes
    PoolType type = PoolType::Unknown;
    PoolBackend backend = PoolBackend::Lfh;
    BlockState state = BlockState::Allocated;
    std::uint8_t flags = 0;

    static constexpr std::uint8_t kExecutable = 1;   // the NonPaged (not Nx) heap: an old driver's
    static constexpr std::uint8_t kPagesMissing = 2; // a big allocation whose pages the dump lacks
    static constexpr std::uint8_t kHeaderMoved = 4;  // a VS block whose POOL_HEADER starts the next page
    static constexpr std::uint8_t kUnusedBytes = 8;  // an LFH block marked as holding fewer bytes
    static constexpr std::uint8_t kTagUnread = 16;   // the block's page is not in the dump

    Address data() const { return backend == PoolBackend::Big ? block : block + 0x10; }
};

// One tag in one pool, as the scan found it.
struct PoolTagScan {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::uint64_t allocated = 0, allocatedBytes = 0;
    // Free blocks that still carry the tag (a freed LFH block, a stale header inside a free
    // VS chunk, a freed classic block): what a scan by tag alone would wrongly count.
    std::uint64_t freeWithTag = 0, freeBytes = 0;
    std::uint64_t undetermined = 0, undeterminedBytes = 0; // header scan only
    std::uint64_t big = 0;             // of the allocated, from the big page table
    std::uint64_t bigPagesMissing = 0; // of those, whose pages the dump does not hold
    std::uint32_t minBytes = 0, maxBytes = 0;
    std::vector<std::pair<std::uint32_t, std::uint64_t>> commonSizes; // (bytes, blocks), most first, at most 4
    // The tracker table's outstanding allocations of this tag and pool (Allocs - Frees),
    // when the dump's tracker has the tag.
    std::optional<std::int64_t> trackerOutstanding;
};

// A group of a tag's blocks that hold the same kind of thing.
struct PoolBlockGroup {
    std::string label;   // "TERMINATED Thread of xxxxxx.EXE (pid 0x8e8)", "leakydrv.sys+0x3040"
    std::uint64_t blocks = 0, bytes = 0;
    Address sample = 0;  // one block of the group
    std::optional<Address> sampleObject; // its object body
};

// What a tag's blocks hold, read from the blocks themselves (for the largest tags and the
// object tags with many blocks, when the dump was read).
struct PoolTagContents {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::uint64_t blocks = 0;  // allocated blocks read
    std::uint64_t objects = 0; // of them holding a kernel object
    std::string objectType;    // the most common object type
    std::uint32_t optionalHeaders = 0; // bytes between the POOL_HEADER and that type's object header
    std::uint32_t bodyOffset = 0;      // block to object body: POOL_HEADER + optional headers + OBJECT_HEADER
    // Objects referenced (PointerCount > 0) with no handle: held by kernel references alone.
    std::uint64_t withoutHandles = 0;
    std::string headline; // "323,155 of 323,160 Thre blocks hold TERMINATED threads of xxxxxx.EXE (pid 0x8e8)"
    std::vector<PoolBlockGroup> groups;    // by object type, state and owner; largest first, at most 5
    std::vector<PoolBlockGroup> pointers;  // blocks without an object, by what their first pointer points at
    std::vector<PoolBlockGroup> unhandled; // objects without handles, by owner (a file's folder)
};

// How the pool was found and how much of it was read.
struct PoolScanSummary {
    enum class Method : std::uint8_t { SegmentHeap, ClassicPages, HeaderScan };
    Method method = Method::SegmentHeap;
    std::string howFound; // "ExPoolState from the kernel's PDB; keys from RtlpHpHeapGlobals"
    std::uint64_t heaps = 0, segments = 0, lfhSubsegments = 0, vsSubsegments = 0, classicPages = 0;
    std::uint64_t bigEntries = 0;
    std::uint64_t bytesScanned = 0;
    std::uint64_t allocated = 0, freeWithTag = 0, undetermined = 0;
    // What could not be read: pages the dump lacks inside the pool's ranges, and the
    // blocks or chunks the scan could not reach (counted, each cause a warning).
    std::uint64_t pagesMissing = 0, blocksUnread = 0, rangesAbandoned = 0;
    std::vector<PoolTagScan> tags; // sorted by tag, then pool
    std::vector<PoolTagContents> contents;
};

} // namespace poolscope
