#pragma once
#include "model/address.h"

#include <cstdint>
#include <string>

namespace poolscope::testdata {

// Writes KD transcripts of the two leak cases PoolScope is built around, in the shapes
// the real debugger prints (see ../shared/seeds/002 and 004), at any scale. Tests assert
// that readers find exactly what was planted; benchmarks use large scales.
struct KdLogOptions {
    // Case 1: a process reads a file bound to a completion port and never dequeues.
    bool iocpLeak = true;
    std::size_t queuedIrps = 156;
    std::size_t noisePorts = 6; // healthy ports with waiting threads
    // Case 2: a process keeps handles to terminated threads.
    bool handleLeak = true;
    std::size_t leakedThreadHandles = 323155;
    // true: every handle as `!handle 0 3` prints it; false: the per-type count table only.
    bool handleEntries = false;
    std::size_t noiseProcesses = 40;
    std::size_t noiseHandlesPerProcess = 30;
    std::uint32_t seed = 1;
};

// What the generator planted, for assertions.
struct PlantedLeaks {
    Address port = 0;
    Address iocpProcess = 0;
    std::uint32_t iocpPid = 0;
    Address iocpThread = 0;
    Address iocpFileObject = 0;
    std::string iocpFileName;
    std::uint64_t portHandle = 0;
    Address handleLeakProcess = 0;
    std::uint32_t handleLeakPid = 0;
    std::string handleLeakImage;
    std::uint64_t threadHandles = 0;
    Address sampledThread = 0; // the TERMINATED thread shown with !thread and !object (type-table mode)
    std::uint64_t irpsOnPort = 0;
    std::uint64_t processes = 0;
};

std::string generateKdLog(const KdLogOptions& options, PlantedLeaks* planted = nullptr);

} // namespace poolscope::testdata
