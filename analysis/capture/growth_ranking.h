#pragma once
#include "analysis/conclusions/growth.h"

#include <cstddef>
#include <string>
#include <vector>

namespace poolscope::capture {

// What capture prints after each screen: the screen's number and time, then the `top` tags
// as analyzeGrowth ranks them (leaking first, fastest first), one line each with the
// figures behind the verdict. Before the growth analysis has enough screens, says so.
std::string rankingText(std::size_t screen, double elapsedSeconds, std::size_t processes,
                        const std::vector<TagGrowth>& growth, std::size_t top);

} // namespace poolscope::capture
