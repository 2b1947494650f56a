#pragma once
#include "analysis/conclusions/leak_queries.h"

#include <cstdint>
#include <string_view>
#include <vector>

// The judgements that call a record a leak's signature. The suspects ranking and the
// findings both ask here, so that one port or one process gets one verdict wherever it is
// shown.
namespace poolscope {

inline constexpr std::uint64_t kDeepQueue = 16;     // queued entries worth a look when nobody waits
inline constexpr std::uint64_t kManyHandles = 1000; // handles of one type that make an outlier ...
inline constexpr std::uint64_t kOutlierFactor = 10; // ... when ten times the next process's

// A port that shows the IOCP leak's signature: no thread waiting on it, and entries queued
// deep, or (a log that shows the port's IRPs but not its depth) only completed IRPs on it.
bool isStuckPort(const PortRanking& r);

// The process holding the most handles of one type, and the runner-up's count. The record
// standing for the processes a filtered log does not name takes no part: it may be several
// processes, so neither leads nor trails.
struct TypeLeader {
    const ProcessHandleTypes* first = nullptr;
    std::uint64_t firstCount = 0;
    std::uint64_t secondCount = 0;
    bool outlier = false; // far above every other process (>= 1,000, ten times the next)
};
TypeLeader leaderOfType(const std::vector<ProcessHandleTypes>& processes, std::string_view type);

} // namespace poolscope
