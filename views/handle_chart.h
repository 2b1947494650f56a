#pragma once
#include "analysis/conclusions/leak_queries.h"
#include "views/chart_panel.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace poolscope::views {

// The processes with the most handles as stacked bars, one stack per process and one colour
// per object type (the `types` largest across them; the rest is "Other"), the total at the
// bar's end: the process holding 323,155 Thread handles stands out. keys are the processes'
// addressKey()s.
ChartData handleTypesChart(const std::vector<ProcessHandleTypes>& counts, std::uint8_t pointerSize,
                           std::size_t processes = 10, std::size_t types = 6);

} // namespace poolscope::views
