#pragma once
#include "analysis/inspection.h"
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// How much of a tag's outstanding allocations the walks accounted for: "156 of 1,158
// outstanding Irp allocations are queued on port X; 1,002 were not reached by any walk".
// For the tags whose objects the walks know: IRPs, completion packets, threads, processes,
// files, ports, and every object type by its type's pool tag.
namespace poolscope {

struct CoveragePart {
    std::string what;             // "queued on port ffffe000`05248840", "pending on their threads"
    std::uint64_t count = 0;
    std::optional<RecordRef> record;
};

struct TagCoverage {
    PoolTag tag;
    std::string objects;                     // "IRPs", "Thread objects", "completion packets"
    std::optional<std::uint64_t> outstanding; // the tracker's (or !poolused's) figure, both pools
    std::uint64_t reached = 0;               // distinct records of those objects in the source
    std::vector<CoveragePart> parts;         // where the reached ones are, largest first
    std::string where;                       // the parts as one line: "156 queued on port ..., 10 ..."
    std::optional<std::uint64_t> notReached; // outstanding - reached, when both are known
    std::optional<std::uint64_t> typeTotal;  // _OBJECT_TYPE.TotalNumberOfObjects, in a dump
    std::string text;                        // the sentence, with the figures
};

// One row per tag with objects reached or with a known object kind and an outstanding
// figure; largest outstanding first.
std::vector<TagCoverage> tagCoverage(const Snapshot& snapshot);

// The coverage of one tag (as tagCoverage gives it), or nothing when the walks know no
// objects of that tag.
std::optional<TagCoverage> coverageOf(const Snapshot& snapshot, PoolTag tag);

} // namespace poolscope
