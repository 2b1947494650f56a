#pragma once
#include "model/pool_tag.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// What `poolscope-cli capture` reads from a running Windows at each tick, as plain values:
// the kernel's pool tag table, each process's handles by object type, and the memory
// figures of poolmon's header. The source is an interface so that tests feed realistic
// tables (a tag that grows) and the loop, the writer and the ranking run on Linux too;
// only NtSystemSource (nt_system_source.h) talks to Windows.
namespace poolscope::capture {

// One row of the kernel's pool tag table: counters since boot (SYSTEM_POOLTAG).
struct PoolTagCounters {
    PoolTag tag;
    std::uint64_t pagedAllocs = 0;
    std::uint64_t pagedFrees = 0;
    std::uint64_t pagedBytes = 0;
    std::uint64_t nonPagedAllocs = 0;
    std::uint64_t nonPagedFrees = 0;
    std::uint64_t nonPagedBytes = 0;
};

struct ProcessHandles {
    std::uint32_t pid = 0;
    std::string image; // empty when the process could not be named
    std::vector<std::pair<std::string, std::uint64_t>> byType; // object type, handles
};

// poolmon's header figures, in bytes (page faults: a count); absent when the system did not
// give them.
struct SystemMemory {
    std::optional<std::uint64_t> physical, available, pageFaults, kernelInRam, pagedInRam;
    std::optional<std::uint64_t> commit, commitLimit, commitPeak, nonPagedPool, pagedPool;
};

// A table is absent when the system would not give it; `...Problem` then says why, in words
// a user can act on ("... returned STATUS_ACCESS_DENIED: run it as administrator").
struct SystemReading {
    std::chrono::system_clock::time_point when;
    std::optional<std::vector<PoolTagCounters>> poolTags;
    std::string poolTagsProblem;
    std::optional<std::vector<ProcessHandles>> handles;
    std::string handlesProblem;
    SystemMemory memory;
    // Partial answers worth saying once ("the names of 2 object types are unknown").
    std::vector<std::string> notes;
};

class SystemTableSource {
public:
    virtual ~SystemTableSource() = default;
    // The tables as they are now. Never throws: what fails is said in the reading.
    virtual SystemReading read() = 0;
};

} // namespace poolscope::capture
