#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/snapshot_builder.h"

#include <cstdint>
#include <vector>

namespace poolscope {

struct WalkLimits {
    std::uint64_t maxProcesses = 100000; // a list longer than this is a broken list
    std::uint64_t maxThreadsPerProcess = 1'000'000;
};

// The processes of PsActiveProcessHead, each with its pid, image name, handle table, pool
// quota, running threads and whether it has exited, into the builder. Bounded: a cycle or a link that leaves mapped memory ends the walk
// with a warning naming the address; every process found until then is kept.
// Returns the number of processes found; their EPROCESS addresses go to `found` when given.
std::uint64_t walkProcesses(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t listHead,
                            SnapshotBuilder& builder, const WalkLimits& limits = {},
                            std::vector<std::uint64_t>* found = nullptr);

} // namespace poolscope
