#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// PoolMon's own advice is "run it periodically and look for a Bytes column that keeps
// growing". This does the looking: per tag and pool, how fast it grows, how steadily, and
// when the pool would be full at that rate.
namespace poolscope {

struct TagGrowth {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::size_t points = 0;        // snapshots that show the tag
    bool perSecond = false;        // rates per second (the series has times), else per snapshot
    double bytesRate = 0;          // robust slope: the median of the step-to-step changes
    double allocsRate = 0;         // the same for outstanding allocations
    double steadiness = 0;         // share of steps in which the bytes grew, 0..1
    std::uint64_t firstBytes = 0;
    std::uint64_t lastBytes = 0;
    std::uint64_t peakBytes = 0;
    // At bytesRate, until the tag's pool reaches its maximum (the snapshot's summary).
    std::optional<double> untilExhaustion; // seconds or snapshots, as perSecond says
    bool leaking = false;
    std::string explanation; // one line, with the numbers behind the verdict
};

struct GrowthOptions {
    std::size_t minimumPoints = 3;  // fewer snapshots tell nothing about a trend
    double minimumSteadiness = 0.6; // a leak grows in most steps
    // ... and by enough of its size that it is not a random walk: this much over the
    // capture, or a smaller part when it grew in nearly every step.
    double minimumRelativeGrowth = 0.10;
    double steadyRelativeGrowth = 0.02;
    double nearlyEverySteps = 0.9;
};

// Every tag of the series, leaking ones first (fastest first), then the rest by growth.
// Linear in the number of rows of the whole series.
std::vector<TagGrowth> analyzeGrowth(const SnapshotSeries& series, const GrowthOptions& options = {});

} // namespace poolscope
