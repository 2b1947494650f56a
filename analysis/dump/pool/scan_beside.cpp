#include "scan_beside.h"

#include "analysis/dump/pool/pool_census.h"
#include "analysis/dump/pool/pool_contents.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <chrono>

namespace poolscope {

PoolScanBeside::PoolScanBeside(const DumpPool& pool, std::vector<PoolTagStat> tracker,
                               const std::vector<LoadedModule>& modules, unsigned workers, const ReadControl& control)
    : m_tracker(std::move(tracker))
{
    ReadControl own = control.reportingTo([this](double fraction) { m_fraction.store(fraction, std::memory_order_relaxed); });
    m_thread = std::jthread([this, &pool, &modules, workers, own = std::move(own)]() mutable {
        run(pool, modules, workers, std::move(own));
        const std::lock_guard hold(m_lock);
        m_done = true;
        m_finished.notify_one();
    });
}

void PoolScanBeside::run(const DumpPool& pool, const std::vector<LoadedModule>& modules, unsigned workers,
                         ReadControl control)
{
    PoolScanOptions scan;
    scan.workers = workers;
    std::vector<PoolProblem> problems;
    KeptBlocks kept;
    PoolScanSummary summary =
        pool.census(m_tracker, problems, &control, scan, tagsWorthReading(m_tracker, pool.objectTypeKeys()), &kept);
    if (control.cancelled())
        return;
    summary.contents = readPoolContents(pool, kept, modules, workers, &control);
    if (control.cancelled())
        return;
    const Provenance top{0, 0, 0};
    std::vector<Diagnostic>& said = m_outcome.diagnostics;
    said.push_back({Severity::Info, top,
                    text::say(text::phrase("Pool", "pool scan: {}; {} read, {} allocated blocks, {} free blocks "
                                                   "still carrying a tag"),
                              summary.howFound, format::bytes(summary.bytesScanned), format::count(summary.allocated),
                              format::count(summary.freeWithTag))});
    for (PoolProblem& problem : problems)
        said.push_back({Severity::Warning, Provenance{0, 0, problem.address},
                        text::say(text::phrase("Pool", "pool scan: {}"), problem.message)});
    if (summary.pagesMissing || summary.blocksUnread)
        said.push_back({Severity::Warning, top,
                        text::say(text::phrase("Pool", "pool scan: {} pages of the pool are not in the dump; {} "
                                                       "allocated blocks on them have no readable tag"),
                                  format::count(summary.pagesMissing), format::count(summary.blocksUnread))});
    for (const PoolTagScan& tag : summary.tags)
        if (disagreesWithTracker(tag))
            said.push_back({Severity::Warning, top,
                            text::say(text::phrase("Pool", "pool scan and tracker table disagree on {}"),
                                      trackerAgreement(tag))});
    m_outcome.summary = std::move(summary);
}

PoolScanBeside::Outcome PoolScanBeside::finish(ReadControl& control, std::uint64_t from, std::uint64_t to,
                                               std::uint64_t total)
{
    // The walks are done: what is left of the bar is the scan's.
    {
        std::unique_lock hold(m_lock);
        while (!m_finished.wait_for(hold, std::chrono::milliseconds(20), [this] { return m_done; })) {
            const double fraction = m_fraction.load(std::memory_order_relaxed);
            control.report(from + static_cast<std::uint64_t>(fraction * static_cast<double>(to - from)), total);
        }
    }
    m_thread.join();
    control.report(to, total);
    return std::move(m_outcome);
}

} // namespace poolscope
