#pragma once
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/zombies.h"
#include "analysis/conclusions/leak_queries.h"
#include "analysis/conclusions/leak_signatures.h"
#include "analysis/conclusions/listed_blocks.h"

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
    ListedBlockRows listedRows; // tag rows counted from !poolfind's blocks

    std::string process(const Process* p, Address address) const; // "xxxxxx.EXE (pid 0x8e8)"
    std::string address(Address a) const;
    const Process* processAt(Address a) const;
};

// The most handles of one type and the runner-up, as !handle totals them per process.
TypeLeader leaderOfType(const Evidence& e, const std::string& type);

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
