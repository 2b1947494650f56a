#include "pool_scan.h"

#include "analysis/dump/pool/block_readers.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace poolscope {

namespace {

constexpr std::uint64_t kPagesPerItem = 256;
constexpr std::uint64_t kBigEntriesPerItem = 4096;
constexpr std::size_t kMaxProblems = 200;

struct WorkItem {
    enum class Kind : std::uint8_t { Range, Pages, Big } kind;
    Address begin = 0;      // a range's index, a run's first page, a slice's first entry
    std::uint64_t count = 0; // pages, entries
    std::uint64_t weight = 0; // bytes, for progress
};

std::vector<WorkItem> workItems(const PoolScanPlan& plan, const PoolScanOptions& options)
{
    std::vector<WorkItem> items;
    const auto holds = [&](Address begin, std::uint64_t bytes) {
        return !options.only || (*options.only >= begin && *options.only < begin + bytes);
    };
    for (std::size_t i = 0; i < plan.ranges.size(); ++i)
        if (holds(plan.ranges[i].begin, plan.ranges[i].bytes))
            items.push_back({WorkItem::Kind::Range, i, 0, plan.ranges[i].bytes});
    for (const PageRun& run : plan.pageRuns) {
        if (options.only) {
            if (holds(run.begin, run.pages * kPageSize))
                items.push_back({WorkItem::Kind::Pages, *options.only & ~(kPageSize - 1), 1, kPageSize});
            continue;
        }
        for (std::uint64_t first = 0; first < run.pages; first += kPagesPerItem) {
            const std::uint64_t n = std::min(kPagesPerItem, run.pages - first);
            items.push_back({WorkItem::Kind::Pages, run.begin + first * kPageSize, n, n * kPageSize});
        }
    }
    if (options.bigTable && plan.bigTable)
        for (std::uint64_t first = 0; first < plan.bigEntries; first += kBigEntriesPerItem) {
            const std::uint64_t n = std::min(kBigEntriesPerItem, plan.bigEntries - first);
            items.push_back({WorkItem::Kind::Big, first, n, n * plan.bigEntrySize});
        }
    // The big subsegments first: a worker that takes a small one last is not left alone.
    std::stable_sort(items.begin(), items.end(), [](const WorkItem& a, const WorkItem& b) { return a.weight > b.weight; });
    return items;
}

void add(PoolScanSummary& total, const PoolScanSummary& part)
{
    total.lfhSubsegments += part.lfhSubsegments;
    total.vsSubsegments += part.vsSubsegments;
    total.classicPages += part.classicPages;
    total.bigEntries += part.bigEntries;
    total.bytesScanned += part.bytesScanned;
    total.allocated += part.allocated;
    total.freeWithTag += part.freeWithTag;
    total.undetermined += part.undetermined;
    total.pagesMissing += part.pagesMissing;
    total.blocksUnread += part.blocksUnread;
    total.rangesAbandoned += part.rangesAbandoned;
}

} // namespace

unsigned poolScanWorkers(const PoolScanOptions& options)
{
    if (options.workers)
        return options.workers;
    return std::max(1u, std::thread::hardware_concurrency());
}

PoolScanOutcome scanPool(const DumpFile& dump, std::uint64_t directoryTableBase, const PoolScanPlan& plan,
                         const std::function<PoolSink&(unsigned worker)>& sinkFor, const PoolScanOptions& options,
                         ReadControl* control)
{
    const std::vector<WorkItem> items = workItems(plan, options);
    std::uint64_t totalWeight = 0;
    for (const WorkItem& item : items)
        totalWeight += item.weight;
    const unsigned workers = static_cast<unsigned>(
        std::clamp<std::size_t>(items.size(), 1, poolScanWorkers(options)));

    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> stop{false};
    std::vector<std::unique_ptr<BlockReader>> readers;
    for (unsigned w = 0; w < workers; ++w)
        readers.push_back(std::make_unique<BlockReader>(dump, directoryTableBase, plan, sinkFor(w)));

    const auto work = [&](BlockReader& reader) {
        std::vector<std::byte> slice;
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= items.size())
                return;
            const WorkItem& item = items[i];
            switch (item.kind) {
            case WorkItem::Kind::Range: {
                const PoolRange& range = plan.ranges[item.begin];
                if (range.backend == PoolBackend::Lfh)
                    reader.lfh(range);
                else
                    reader.vs(range);
                break;
            }
            case WorkItem::Kind::Pages:
                reader.pages(item.begin, item.count);
                break;
            case WorkItem::Kind::Big: {
                slice.resize(item.count * plan.bigEntrySize);
                const AddressSpace memory(dump, directoryTableBase);
                if (memory.read(*plan.bigTable + item.begin * plan.bigEntrySize, slice))
                    reader.bigEntries(slice, options.only);
                else
                    reader.counts.blocksUnread += 0; // the tracker walk already says the table is short
                break;
            }
            }
            done.fetch_add(item.weight, std::memory_order_relaxed);
        }
    };

    if (workers == 1) {
        work(*readers[0]);
    } else {
        std::vector<std::thread> threads;
        for (unsigned w = 0; w < workers; ++w)
            threads.emplace_back([&, w] { work(*readers[w]); });
        // Progress and cancel from the calling thread: ReadControl is not shared.
        while (next.load(std::memory_order_relaxed) < items.size() && !stop.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (control) {
                control->report(done.load(), std::max<std::uint64_t>(totalWeight, 1));
                if (control->cancelled())
                    stop = true;
            }
        }
        for (std::thread& t : threads)
            t.join();
    }
    if (control) {
        control->report(totalWeight, std::max<std::uint64_t>(totalWeight, 1));
        if (control->cancelled())
            stop = true;
    }

    PoolScanOutcome out;
    out.cancelled = stop.load();
    out.summary.method = plan.method;
    out.summary.howFound = plan.howFound;
    out.summary.heaps = plan.heaps.size();
    out.summary.segments = plan.segments;
    if (options.planProblems)
        out.problems = plan.problems;
    for (const auto& reader : readers) {
        add(out.summary, reader->counts);
        out.problems.insert(out.problems.end(), reader->problems.begin(), reader->problems.end());
        out.problemsNotListed += reader->problemsNotListed;
    }
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const PoolProblem& a, const PoolProblem& b) { return a.address < b.address; });
    if (out.problems.size() > kMaxProblems) {
        out.problemsNotListed += out.problems.size() - kMaxProblems;
        out.problems.resize(kMaxProblems);
    }
    return out;
}

} // namespace poolscope
