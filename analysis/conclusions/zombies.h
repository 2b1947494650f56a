#pragma once
#include "analysis/conclusions/tag_objects.h"
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Threads and processes that have exited and are kept alive by handles: each holds its
// pool block (a thread object in "Thre", a process object in "Proc") until the last
// handle is closed. Seed 004's 323,155 terminated threads held by one process.
namespace poolscope {

struct ZombieHolder {
    // The process holding the handles; none for the zombies whose holder is not in the source.
    const Process* holder = nullptr;
    Address holderAddress = 0;
    std::uint64_t threads = 0;   // exited threads it holds handles to
    std::uint64_t processes = 0; // exited processes it holds handles to
    std::uint64_t handles = 0;   // its handles to them (a thread may be held twice)
    std::optional<std::uint64_t> threadPoolBytes;  // threads x the Thre block size
    std::optional<std::uint64_t> processPoolBytes; // processes x the Proc block size
    std::optional<Address> sampleThread;  // one of them, for the debugger
    std::optional<Address> sampleProcess;
};

struct ZombieReport {
    std::uint64_t exitedThreads = 0;   // TERMINATED threads in the source
    std::uint64_t exitedProcesses = 0; // exited processes in the source
    std::vector<ZombieHolder> holders; // most pool kept first; the unknown holder last
    // Exited threads and processes no handle of the source points at: kept by a handle the
    // source does not list, or by a pointer reference (their HandleCount says which).
    std::uint64_t threadsWithoutHolder = 0;
    std::uint64_t processesWithoutHolder = 0;
    std::uint64_t threadsWithHandleCount = 0; // of those, HandleCount >= 1 (!object or the header)
    std::optional<BlockSize> threadBlock;     // the Thre block size and where it came from
    std::optional<BlockSize> processBlock;
};

ZombieReport findZombies(const Snapshot& snapshot);

} // namespace poolscope
