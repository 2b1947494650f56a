#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Tags that grow together: over a series, how closely each other tag's step-to-step
// changes follow a chosen tag's. An Irp leak drags the allocations that go with each IRP
// along; a tag that leaks on its own rhythm moves independently, however steady it is.
// The measure is the correlation of the changes, not of the levels: two steady leaks have
// perfectly correlated levels and nothing in common.
namespace poolscope {

struct TagPartner {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::size_t steps = 0;             // steps where both tags have a figure before and after
    std::optional<double> correlation; // of their step changes; absent when either never varies
    std::optional<double> ratio;       // its change per unit of the chosen tag's change
    std::int64_t netChange = 0;        // its change over those steps
    bool partner = false;
    std::string explanation;
};

struct TagCorrelation {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    bool found = false;            // the tag is in the series
    bool allocations = true;       // changes in outstanding allocations; false: in bytes
    std::size_t steps = 0;         // steps with a figure for the chosen tag
    std::int64_t netChange = 0;
    bool constantSteps = false;    // the chosen tag changes by the same amount every step
    std::vector<TagPartner> others; // partners first, then by correlation, strongest first
    std::string summary;
};

struct CorrelationOptions {
    double partnerCorrelation = 0.8; // changes this correlated ...
    std::size_t minimumSteps = 4;    // ... over this many steps, and growing, make a partner
};

// `type` picks the chosen tag's pool; without it, the pool where the tag holds the most
// bytes on the last screen.
TagCorrelation correlateTags(const SnapshotSeries& series, PoolTag tag, std::optional<PoolType> type = std::nullopt,
                             const CorrelationOptions& options = {});

} // namespace poolscope
