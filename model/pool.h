#pragma once
#include "address.h"
#include "pool_tag.h"
#include "provenance.h"

#include <cstdint>
#include <optional>
#include <string>

namespace poolscope {

// The figures of !vm (and of the poolmon header): how full the pools are. Every figure
// is optional because each source tells only some of them. Sizes are in bytes.
struct PoolSummary {
    std::optional<std::uint64_t> nonPagedUsage;
    std::optional<std::uint64_t> nonPagedMaximum;
    std::optional<std::uint64_t> pagedUsage;
    std::optional<std::uint64_t> pagedMaximum;
    std::optional<std::uint64_t> physicalMemory;
    std::optional<std::uint64_t> availableMemory;
    std::optional<std::uint64_t> commit;
    std::optional<std::uint64_t> commitLimit;
    std::optional<std::uint64_t> commitPeak;
    std::optional<std::uint64_t> kernelInRam; // poolmon "InRam Krnl"
    std::optional<std::uint64_t> pagedInRam;  // poolmon "InRam ... P:"
    std::optional<std::uint64_t> pageFaults;
    Provenance where;

    bool empty() const
    {
        return !nonPagedUsage && !nonPagedMaximum && !pagedUsage && !pagedMaximum && !physicalMemory
            && !availableMemory && !commit && !commitLimit && !commitPeak && !kernelInRam && !pagedInRam
            && !pageFaults;
    }
};

// One row of poolmon or !poolused: one tag in one pool type.
// poolmon gives allocs and frees (and deltas since the last refresh); !poolused gives only
// what is outstanding. Absent figures stay absent.
struct PoolTagStat {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::optional<std::uint64_t> allocs;
    std::optional<std::uint64_t> frees;
    std::optional<std::int64_t> outstanding; // allocs - frees ("Diff"); signed: counters wrap
    std::optional<std::uint64_t> bytes;
    std::optional<std::uint64_t> bytesPerAlloc;
    std::optional<std::int64_t> allocsDelta; // change since the previous refresh
    std::optional<std::int64_t> freesDelta;
    std::optional<std::int64_t> bytesDelta;
    std::string driver;      // poolmon Mapped_Driver, or the binary from a description
    std::string description; // what the source printed for the tag, if anything
    Provenance where;
};

// One pool block seen by !poolfind or !pool (or found in a dump).
struct PoolBlock {
    Address address = 0;
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::optional<std::uint32_t> size;
    std::optional<std::uint32_t> previousSize;
    std::optional<bool> allocated;
    bool isProtected = false;
    bool largePool = false;
    Provenance where;
};

} // namespace poolscope
