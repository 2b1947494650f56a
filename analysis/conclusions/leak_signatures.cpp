#include "leak_signatures.h"

#include "analysis/windbg/unnamed_process.h"

namespace poolscope {

bool isStuckPort(const PortRanking& r)
{
    const CompletionPort& port = *r.port;
    if (!port.waitingThreads || *port.waitingThreads != 0)
        return false;
    return r.depth >= kDeepQueue || (r.irpsSeen > 0 && r.completedIrps == r.irpsSeen);
}

TypeLeader leaderOfType(const std::vector<ProcessHandleTypes>& processes, std::string_view type)
{
    TypeLeader leader;
    for (const ProcessHandleTypes& p : processes) {
        if (p.processAddress == kUnnamedProcess)
            continue;
        std::uint64_t n = 0;
        for (const HandleTypeCount& c : p.counts)
            if (c.type == type)
                n = c.count;
        if (n > leader.firstCount) {
            leader.secondCount = leader.firstCount;
            leader.firstCount = n;
            leader.first = &p;
        } else if (n > leader.secondCount) {
            leader.secondCount = n;
        }
    }
    leader.outlier = leader.first && leader.firstCount >= kManyHandles && leader.firstCount >= kOutlierFactor * leader.secondCount;
    return leader;
}

} // namespace poolscope
