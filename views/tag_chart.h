#pragma once
#include "model/snapshot.h"
#include "views/chart_panel.h"

#include <cstddef>
#include <cstdint>
#include <unordered_set>

namespace poolscope::views {

// The tag and its pool as poolmon abbreviates them ("Irp Nonp"): short enough to stand
// beside a bar at any window size.
QString tagChartLabel(PoolTag tag, PoolType type);
// A tag in one pool as one number, for sets of tags (the ones that grow steadily).
std::uint64_t tagPoolKey(PoolTag tag, PoolType type);

// The unit that keeps a chart's numbers readable: MB from 10 MB up, else KB.
struct ChartUnit {
    double divisor;
    QString name;
};
ChartUnit chartUnitFor(double maximumBytes);

// The `top` largest tags by bytes, one bar each named by tag and pool, the size at the bar's
// end and in the tooltip (with the description when there is one). Tags in `growing` (by
// tagPoolKey) are marked ▲ and drawn apart, in the warning colour. keys are poolTagKey()s.
ChartData topTagsChart(const Snapshot& snapshot, std::size_t top, const std::unordered_set<std::uint64_t>& growing);

} // namespace poolscope::views
