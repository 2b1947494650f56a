#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <vector>

// The processes of a snapshot ranked by handle count, whatever the source: !process 0 0's
// HandleCount (TableSize on old kernels), the handles a dump's handle tables or !handle
// listed, the total of a handle count by type table.
namespace poolscope {

struct ProcessRow {
    const Process* process = nullptr;
    std::optional<std::uint64_t> handles;
    enum class HandlesFrom : std::uint8_t { None, Process, HandleEntries, TypeTable };
    HandlesFrom handlesFrom = HandlesFrom::None;
    std::optional<std::uint64_t> threads; // running threads
    bool threadsFromBlocks = false;       // counted from the THREAD blocks the source printed
    std::uint64_t exitedThreadsSeen = 0;  // TERMINATED threads of this process in the source
};

// Every process, most handles first; processes without a figure last, by pid.
std::vector<ProcessRow> rankProcesses(const Snapshot& snapshot);

} // namespace poolscope
