#pragma once
#include "analysis/dump/dump_file.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/pool/kernel_pages.h"
#include "analysis/dump/pool/pool_heaps.h"
#include "analysis/dump/pool/segment_walk.h"
#include "analysis/read_control.h"
#include "model/pool_scan.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

// Every block of the pool, read from the dump's pages in parallel: LFH subsegments by their
// bitmaps, VS subsegments by their chunk headers, the classic pool's pages by their chained
// POOL_HEADERs, the big page table by its entries; a header scan where none of that can
// be followed. Each block goes to a sink of the worker that read it; every read is bounded
// and a record that does not decode is a warning with its address, never a guess.
namespace poolscope {

// Where the pool lies and how to read it, found once per dump (pool_plan.h).
struct PoolScanPlan {
    PoolScanSummary::Method method = PoolScanSummary::Method::SegmentHeap;
    std::uint32_t build = 0;
    std::optional<SegmentHeapLayout> heap;
    std::vector<PoolHeap> heaps;
    std::optional<std::uint64_t> heapKey, lfhKey;
    std::vector<PoolRange> ranges;  // LFH and VS subsegments, by address
    std::vector<PageRun> pageRuns;  // classic pool or header scan: the kernel's mapped pages
    // The big page table and the layout of its entries.
    std::optional<Address> bigTable;
    std::uint64_t bigEntries = 0;
    std::uint32_t bigEntrySize = 0x18, bigVa = 0, bigKey = 0x08, bigPoolType = 0x0c, bigBytes = 0x10;
    std::uint64_t segments = 0, largeRanges = 0, kernelPages = 0;
    std::string howFound;
    std::vector<PoolProblem> problems; // found while mapping the pool
};

class PoolSink {
public:
    virtual ~PoolSink() = default;
    virtual void block(const PoolAllocation& block) = 0;
};

struct PoolScanOutcome {
    PoolScanSummary summary; // everything but the per-tag figures
    std::vector<PoolProblem> problems; // the plan's and the scan's, the first of each worker's
    std::uint64_t problemsNotListed = 0;
    bool cancelled = false;
};

struct PoolScanOptions {
    unsigned workers = 0; // 0: every core
    // Only the subsegments and pages that hold this address (what !pool reads), and no big
    // table entry but the one holding it.
    std::optional<Address> only;
    bool bigTable = true;
    // The problems met while mapping the pool, with the scan's own (off for a lookup).
    bool planProblems = true;
};

// `sinkFor(worker)` gives each worker its own sink (called once per worker, before it starts).
PoolScanOutcome scanPool(const DumpFile& dump, std::uint64_t directoryTableBase, const PoolScanPlan& plan,
                         const std::function<PoolSink&(unsigned worker)>& sinkFor, const PoolScanOptions& options,
                         ReadControl* control = nullptr);

unsigned poolScanWorkers(const PoolScanOptions& options);

} // namespace poolscope
