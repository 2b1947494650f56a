#include "tag_modules.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope {

std::vector<ModuleWithTag> modulesWithTag(const Snapshot& snapshot, PoolTag tag)
{
    std::vector<ModuleWithTag> out;
    // tagsInImages is sorted by tag: the rows of one tag are together.
    const auto first = std::lower_bound(snapshot.tagsInImages.begin(), snapshot.tagsInImages.end(), tag,
                                        [](const TagInImage& row, PoolTag t) { return row.tag < t; });
    for (auto it = first; it != snapshot.tagsInImages.end() && it->tag == tag; ++it)
        if (it->module < snapshot.modules.size())
            out.push_back({&snapshot.modules[it->module], it->occurrences});
    std::stable_sort(out.begin(), out.end(),
                     [](const ModuleWithTag& a, const ModuleWithTag& b) { return a.occurrences > b.occurrences; });
    return out;
}

std::string modulesText(const std::vector<ModuleWithTag>& modules, std::size_t limit)
{
    std::string out;
    for (std::size_t i = 0; i < modules.size() && i < limit; ++i)
        out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", modules[i].module->name, modules[i].occurrences);
    if (modules.size() > limit)
        out += text::say(text::phrase("Explain", " +{} more"), modules.size() - limit);
    return out;
}

std::string moduleSearchCommand(PoolTag tag)
{
    return fmt::format("!for_each_module s -a @#Base @#End \"{}\"", tag.chars());
}

} // namespace poolscope
