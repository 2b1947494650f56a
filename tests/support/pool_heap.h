#pragma once
#include "analysis/dump/kernel_layout.h"
#include "tests/support/classic_pool.h"
#include "tests/support/lfh_subsegments.h"
#include "tests/support/planted_pool.h"
#include "tests/support/segment_heap.h"
#include "tests/support/vs_subsegments.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The generated kernel's pool, laid out as the kernel of the layout's build lays it out:
// from 1903 (18362) on the segment heaps (ExPoolState's pool node lists a NonPaged, a
// NonPagedNx and a Paged heap; requests up to 0x200 bytes go to the LFH, blocks up to 0xff0
// to VS subsegments), before it classic pool pages; bigger requests are whole pages listed
// in PoolBigPageTable. Every request goes through allocate(), which also leaves freed
// blocks behind as a running system does (the tag's first blocks get freed neighbours,
// filled like them), and records all of it in the PlantedPool.
namespace poolscope::testdata {

// Where the pool lives in the kernel's address space.
struct PoolRegions {
    Address nonPaged = 0, paged = 0;       // segments or pool pages
    Address bigNonPaged = 0, bigPaged = 0; // big allocations
    Address heaps = 0;                     // the three _SEGMENT_HEAPs, a page each
};

struct BigPoolPage {
    Address va = 0;
    std::uint32_t tag = 0;
    std::uint32_t poolType = 0; // POOL_TYPE: 0 NonPagedPool, 1 PagedPool, 0x200 NonPagedPoolNx
    std::uint64_t bytes = 0;
};

enum class PoolDamage { ChunkHeader, PageMissing, SegmentCycle };

class PoolHeap {
public:
    PoolHeap(DumpBuilder& memory, const KernelLayout& layout, PlantedPool& planted, const PoolRegions& regions);
    ~PoolHeap();

    bool segmentHeap() const { return m_context.has_value(); }
    // ExPoolState and RtlpHpHeapGlobals, the image globals a walk starts from.
    void writeGlobals(Address exPoolState, Address heapGlobals);

    struct Block {
        Address block = 0; // the POOL_HEADER, or a big allocation's first page
        Address data = 0;
        std::uint64_t trackedBytes = 0; // what the tracker counts: the block, or the whole pages
    };
    // `pagedOut`: a big allocation whose pages are not in the dump.
    Block allocate(std::string_view tag, std::uint64_t size, PoolKind pool, bool pagedOut = false);
    // Frees the stale blocks, closes open subsegments and pages, completes the record.
    void finish();
    const std::vector<BigPoolPage>& bigPages() const { return m_big; }
    void damage(PoolDamage what);

private:
    enum class Backend { Lfh, Vs, Classic };
    struct Heap {
        Heap(HeapContext& context, Address at, AddressCursor& space)
            : segments(context, at, space), lfh(context, segments), vs(context, segments)
        {
        }
        SegmentHeap segments;
        LfhSubsegments lfh;
        VsSubsegments vs;
    };
    struct Stale {
        Address header = 0, live = 0; // the freed block, and the block it copies
        std::uint32_t blockSize = 0;
        PoolKind pool = PoolKind::NonPagedNx;
        Backend backend = Backend::Lfh;
        std::string tag;
    };
    Address place(std::uint32_t tag, std::uint64_t size, std::uint32_t blockSize, PoolKind pool, Backend& backend);
    void record();

    DumpBuilder& m;
    PlantedPool& P;
    std::optional<HeapContext> m_context; // segment heap builds
    AddressCursor m_nonPaged, m_paged, m_bigNonPaged, m_bigPaged;
    std::array<std::unique_ptr<Heap>, 3> m_heaps;          // by PoolKind
    std::array<std::unique_ptr<ClassicPool>, 3> m_classic; // by PoolKind
    std::map<std::pair<std::string, bool>, int> m_smallCount; // a tag's first small blocks, by pool
    std::vector<Stale> m_stale;
    std::vector<BigPoolPage> m_big;
};

} // namespace poolscope::testdata
