#include "handle_tally.h"

#include "analysis/text/phrase.h"
#include "analysis/windbg/unnamed_process.h"
#include "model/format.h"

#include <unordered_set>

namespace poolscope {

using text::phrase;
using text::say;

HandleTally tallyHandles(const Snapshot& s)
{
    HandleTally tally;
    std::unordered_set<Address> listedIn;
    for (const Handle& h : s.handles) {
        ++tally.listed;
        if (h.process == kUnnamedProcess)
            ++tally.listedUnnamed;
        listedIn.insert(h.process);
    }
    for (const Process& p : s.processes) {
        if (listedIn.contains(p.address))
            continue;
        std::uint64_t byType = 0;
        for (const HandleTypeCount& c : p.handleCountsByType)
            byType += c.count;
        if (byType > 0)
            tally.countedByType += byType;
        else
            tally.countedPerProcess += p.handleCount.value_or(0);
    }
    return tally;
}

std::string handleTallyText(const HandleTally& t)
{
    const std::string counted = format::count(t.counted());
    if (t.listed == 0) {
        if (t.counted() == 0)
            return phrase("Handles", "no handles in this source");
        if (t.countedPerProcess == 0)
            return say(phrase("Handles", "{} handles counted by type, none listed one by one"), counted);
        if (t.countedByType == 0)
            return say(phrase("Handles", "{} handles counted per process, none listed one by one"), counted);
        return say(phrase("Handles", "{} handles counted by type or per process, none listed one by one"), counted);
    }
    std::string text = t.listed == 1 ? std::string(phrase("Handles", "1 handle listed"))
                                     : say(phrase("Handles", "{} handles listed"), format::count(t.listed));
    if (t.listedUnnamed == t.listed)
        text += say(phrase("Handles", ", all under {}"), unnamedProcessLabel());
    else if (t.listedUnnamed > 0)
        text += say(phrase("Handles", ", {} of them under {}"), format::count(t.listedUnnamed), unnamedProcessLabel());
    if (t.counted() > 0)
        text += say(phrase("Handles", "; {} more counted for processes whose handles are not listed"), counted);
    return text;
}

} // namespace poolscope
