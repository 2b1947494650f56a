#include "growth_ranking.h"

#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::capture {

std::string rankingText(std::size_t screen, double elapsedSeconds, std::size_t processes,
                        const std::vector<TagGrowth>& growth, std::size_t top)
{
    std::string out = fmt::format("screen {} at {:.1f} s: {} tag{}, {} process{} with handles\n", screen,
                                  elapsedSeconds, format::count(growth.size()), growth.size() == 1 ? "" : "s",
                                  format::count(processes), processes == 1 ? "" : "es");
    const std::size_t needed = GrowthOptions{}.minimumPoints;
    if (screen < needed) {
        out += fmt::format("  growth is ranked from screen {} on\n", needed);
        return out;
    }
    std::size_t shown = 0;
    for (const TagGrowth& g : growth) {
        if (shown == top)
            break;
        ++shown;
        out += fmt::format("  {:>2}. {} {:<8} {} {}\n", shown, g.tag.chars(), poolTypeName(g.type),
                           g.leaking ? "LEAKING" : "       ", g.explanation);
    }
    if (shown == 0)
        out += "  no tag on these screens\n";
    return out;
}

} // namespace poolscope::capture
