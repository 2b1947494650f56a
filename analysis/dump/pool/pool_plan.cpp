#include "pool_plan.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

namespace poolscope {

namespace {

void bigTable(const KernelLayout& layout, const PoolTables& tables, PoolScanPlan& plan)
{
    if (!tables.bigPageTable)
        return;
    plan.bigTable = tables.bigPageTable;
    plan.bigEntries = std::min(tables.bigPageEntries, kMaxBigPageEntries);
    plan.bigEntrySize = layout.bigPageSize;
    plan.bigVa = layout.bigPageVa;
    plan.bigKey = layout.bigPageKey;
    plan.bigPoolType = layout.bigPagePoolType;
    plan.bigBytes = layout.bigPageNumberOfBytes;
}

void kernelPagesOf(const AddressSpace& memory, const std::vector<std::pair<Address, Address>>& images,
                   PoolScanPlan& plan)
{
    KernelPages pages = mappedKernelPages(memory.dump(), memory.directoryTableBase(), images);
    plan.pageRuns = std::move(pages.runs);
    plan.kernelPages = pages.pages;
    if (pages.tablesMissing)
        plan.problems.push_back(
            {0, text::say(text::phrase("Pool", "{} page table pages are not in the dump: the kernel memory they map "
                                               "is not scanned"),
                          pages.tablesMissing)});
}

} // namespace

PoolScanPlan planPoolScan(const AddressSpace& memory, const KernelIdentity& kernel, std::uint32_t build,
                          const PoolTables& tables, const std::vector<std::pair<Address, Address>>& images)
{
    PoolScanPlan plan;
    plan.build = build;
    bigTable(kernel.layout, tables, plan);
    const std::optional<SegmentHeapLayout> heap = poolHeapLayout(kernel.layout, build);
    if (!heap) {
        plan.method = PoolScanSummary::Method::ClassicPages;
        kernelPagesOf(memory, images, plan);
        plan.howFound = text::say(
            text::phrase("Pool", "classic pool pages (build {} has no segment heap): {} mapped kernel pages outside "
                                 "the loaded images read as pool pages where their POOL_HEADERs tile the page"),
            build, plan.kernelPages);
        return plan;
    }
    plan.heap = heap;
    PoolHeapsFound found = findPoolHeaps(memory, kernel, *heap, build);
    for (std::string& problem : found.problems)
        plan.problems.push_back({found.poolState.value_or(0), std::move(problem)});
    if (found.heaps.empty() || !found.heapKey) {
        plan.method = PoolScanSummary::Method::HeaderScan;
        kernelPagesOf(memory, images, plan);
        plan.howFound = text::say(
            text::phrase("Pool", "header scan: {}; {} mapped kernel pages searched for POOL_HEADERs, whose blocks "
                                 "are counted as undetermined (allocated or free cannot be told without the heap)"),
            found.notes.empty() ? std::string(text::phrase("Pool", "the heaps were not found"))
                                : fmt::format("{}", fmt::join(found.notes, "; ")),
            plan.kernelPages);
        return plan;
    }
    plan.heaps = found.heaps;
    plan.heapKey = found.heapKey;
    plan.lfhKey = found.lfhKey;
    SegmentWalk walk = walkPoolSegments(memory, *heap, found.heaps, *found.heapKey, build);
    plan.ranges = std::move(walk.ranges);
    plan.segments = walk.segments;
    plan.largeRanges = walk.largeRanges;
    for (PoolProblem& problem : walk.problems)
        plan.problems.push_back(std::move(problem));
    if (!plan.lfhKey)
        plan.problems.push_back({0, text::phrase("Pool", "LFH subsegments are not read: their block offsets are "
                                                         "encoded with LfhKey, which was not found")});
    std::uint64_t lfh = 0, vs = 0;
    for (const PoolRange& range : plan.ranges)
        (range.backend == PoolBackend::Lfh ? lfh : vs) += 1;
    plan.howFound = text::say(text::phrase("Pool", "segment heap: {}; {} page segments, {} LFH and {} VS subsegments"),
                              fmt::join(found.notes, "; "), walk.segments, lfh, vs);
    return plan;
}

} // namespace poolscope
