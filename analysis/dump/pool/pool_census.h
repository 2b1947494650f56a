#pragma once
#include "analysis/dump/pool/pool_scan.h"
#include "model/pool.h"

#include <array>
#include <vector>

// The pool counted per tag and pool, as the scan found it, and held against the tracker
// table of the same dump: the scan's own check on itself.
namespace poolscope {

class PoolCensusSink final : public PoolSink {
public:
    PoolCensusSink();
    void block(const PoolAllocation& block) override;

    struct Counters {
        std::uint32_t tag = 0;
        PoolType type = PoolType::Unknown;
        std::uint64_t allocated = 0, allocatedBytes = 0, free = 0, freeBytes = 0, undetermined = 0,
                      undeterminedBytes = 0, big = 0, bigMissing = 0;
        std::uint32_t minBytes = ~0u, maxBytes = 0;
        std::array<std::pair<std::uint32_t, std::uint64_t>, 6> sizes{}; // the first six sizes seen
    };
    const std::vector<Counters>& counters() const { return m_counters; }

private:
    Counters& slot(std::uint32_t tag, PoolType type);

    std::vector<std::uint32_t> m_index; // open addressing: counter index + 1, 0 empty
    std::vector<Counters> m_counters;
};

// The per-tag figures of all workers' sinks, sorted by tag then pool.
std::vector<PoolTagScan> mergeCensus(const std::vector<const PoolCensusSink*>& sinks);

// Sets each tag's trackerOutstanding from the tracker table (Allocs - Frees per pool), and
// adds a row for every tag the tracker has and the scan did not find.
void holdAgainstTracker(std::vector<PoolTagScan>& tags, const std::vector<PoolTagStat>& tracker);

// The sentence "Thre: 323,160 outstanding, 323,158 found in the pool (99.99%)".
std::string trackerAgreement(const PoolTagScan& tag);

// One sentence on the whole scan for the Overview and the report: how the pool was read, how
// many blocks, and whether every tag agrees with the tracker table (the ones that do not,
// named).
std::string poolScanSentence(const PoolScanSummary& scan);

// A difference worth a warning: more than 1% and more than 16 allocations apart.
bool disagreesWithTracker(const PoolTagScan& tag);

} // namespace poolscope
