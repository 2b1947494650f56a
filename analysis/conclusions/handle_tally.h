#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <string>

// How many handles a source tells of, and how: entries listed one by one (!handle, a dump's
// tables), or only counted (a per-type table, !process's HandleCount). Seed 004 lists no
// entry and counts 323,155 Thread handles in one process: "0 handles" there would contradict
// the count beside it.
namespace poolscope {

struct HandleTally {
    std::uint64_t listed = 0;        // entries, one by one
    std::uint64_t listedUnnamed = 0; // of them, under the process a filtered log does not name
    // Of the processes with no entry listed: the sums of their per-type tables, and the
    // HandleCount of those with no table.
    std::uint64_t countedByType = 0;
    std::uint64_t countedPerProcess = 0;

    std::uint64_t counted() const { return countedByType + countedPerProcess; }
};

HandleTally tallyHandles(const Snapshot& snapshot);

// "323,155 handles counted by type, none listed one by one", "4 handles listed, all under
// (a process the log does not name)", "no handles in this source".
std::string handleTallyText(const HandleTally& tally);

} // namespace poolscope
