#pragma once
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/zombies.h"
#include "analysis/conclusions/leak_queries.h"

#include <string>
#include <vector>

// The links after a tag's own: one builder per kind of allocation the walks know (threads
// and processes that exited, IRPs, completion packets, objects of a type), and the driver
// images for a tag no walk reaches. Used by explainLeaks.
namespace poolscope::explaining {

// What every builder looks at, computed once per snapshot.
struct Evidence {
    explicit Evidence(const Snapshot& snapshot);

    const Snapshot& s;
    ZombieReport zombies;
    std::vector<ProcessHandleTypes> handleTypes;
    std::vector<PortRanking> ports;

    std::string process(const Process* p, Address address) const; // "xxxxxx.EXE (pid 0x8e8)"
    std::string address(Address a) const;
    const Process* processAt(Address a) const;
};

// The most handles of one type and the runner-up, as !handle totals them per process.
struct TypeLeader {
    const ProcessHandleTypes* first = nullptr;
    std::uint64_t firstCount = 0;
    std::uint64_t secondCount = 0;
    bool outlier = false; // far above every other process (>= 1,000, ten times the next)
};
TypeLeader leaderOfType(const Evidence& e, const std::string& type);

// A port that shows the IOCP leak's signature: entries queued and no thread waiting.
bool isStuckPort(const PortRanking& r);

// The links from the objects to the holder; the conclusion when the chain reaches one.
void addExitedThreadLinks(const Evidence& e, LeakChain& chain);
void addExitedProcessLinks(const Evidence& e, LeakChain& chain);
void addIrpLinks(const Evidence& e, LeakChain& chain);
void addPacketLinks(const Evidence& e, LeakChain& chain);
void addObjectTypeLinks(const Evidence& e, LeakChain& chain, const std::string& type);
// The drivers that carry a tag no walk reaches; `poolWasRead`: the pool scan read its
// blocks, so no gap is said before the driver images.
void addUnknownTagLinks(const Evidence& e, LeakChain& chain, bool poolWasRead = false);

ExplainFigure countFigure(std::string name, std::uint64_t value);
ExplainFigure bytesFigure(std::string name, std::uint64_t value);
ExplainFigure percentFigure(std::string name, double fraction);

} // namespace poolscope::explaining
