#pragma once
#include "analysis/capture/system_reading.h"

#include <string>

namespace poolscope::capture {

// One screen of a capture, as `poolmon /b` prints it (its header lines, its column header,
// its rows, largest bytes first), so that PoolScope's poolmon reader, and a person used to
// poolmon, read it as they read poolmon's; with the two lines the capture adds (when it was
// taken, each process's handles by type: poolmon_capture_lines.h). `previous` gives the
// per-refresh deltas in parentheses; the first screen has none.
std::string screenText(const SystemReading& reading, const SystemReading* previous, double elapsedSeconds);

} // namespace poolscope::capture
