#pragma once
#include "model/snapshot.h"
#include "views/chart_panel.h"

#include <cstddef>

namespace poolscope::views {

// The deepest completion ports (the !icpleak ranking) as bars of queued entries, each named
// by its address, the holders and waiting threads in the tooltip. keys are addressKey()s.
ChartData deepestPortsChart(const Snapshot& snapshot, std::size_t top = 5);

} // namespace poolscope::views
