#pragma once
#include "analysis/dump/pool/dump_pool.h"
#include "analysis/read_control.h"
#include "model/module.h"
#include "model/pool.h"
#include "model/pool_scan.h"
#include "model/provenance.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace poolscope {

// The pool scan of a dump run on a thread of its own while the reader walks the handle
// tables, queues and threads. Both mostly wait on memory, so on two cores they overlap; the
// scan needs only the tracker table and the modules, read before the walks. What it has to
// say is held until the reader takes it, so that the snapshot's builder is only ever used
// from the reader's thread.
class PoolScanBeside {
public:
    // `pool`, `modules` and `control` are used until finish(); `control` only for its
    // cancellation (progress is taken by finish()).
    PoolScanBeside(const DumpPool& pool, std::vector<PoolTagStat> tracker, const std::vector<LoadedModule>& modules,
                   unsigned workers, const ReadControl& control);
    PoolScanBeside(const PoolScanBeside&) = delete;
    PoolScanBeside& operator=(const PoolScanBeside&) = delete;

    struct Outcome {
        std::optional<PoolScanSummary> summary; // none when cancelled
        std::vector<Diagnostic> diagnostics;    // how it was read, problems, disagreements
    };
    // Waits for the scan, reporting its progress as it goes into [from, to) of `total`.
    Outcome finish(ReadControl& control, std::uint64_t from, std::uint64_t to, std::uint64_t total);

private:
    void run(const DumpPool& pool, const std::vector<LoadedModule>& modules, unsigned workers,
             ReadControl control);

    std::vector<PoolTagStat> m_tracker;
    std::atomic<double> m_fraction{0.0};
    std::mutex m_lock;
    std::condition_variable m_finished;
    bool m_done = false; // under m_lock
    Outcome m_outcome;
    std::jthread m_thread; // last: started once everything it uses is in place
};

} // namespace poolscope
