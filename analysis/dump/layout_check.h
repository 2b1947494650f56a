#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/object_types.h"

#include <cstdint>
#include <string>
#include <vector>

// A built-in layout row is the offsets of one kernel line; a dump of another kernel read
// with it gives plausible nonsense (processes with garbage names, no handles, no ports).
// Before a row is trusted, its offsets are tried on the dump itself, the way an engineer
// sanity-checks `dt nt!_EPROCESS` output: the process list must come round with printable
// names and unique pids, threads must point back at their process, handle entries must
// decode to objects whose type index names a type.
namespace poolscope {

struct LayoutCheck {
    std::uint64_t processes = 0;         // on the list, back at its head
    std::uint64_t printableNames = 0;
    std::uint64_t uniquePids = 0;
    std::uint64_t threadsChecked = 0;
    std::uint64_t threadsPointingBack = 0; // _KTHREAD.Process and Cid.UniqueProcess agree
    std::uint64_t threadListsLost = 0;     // on pages the dump does not hold
    std::uint64_t handlesChecked = 0;
    std::uint64_t handlesTyped = 0;        // decode to a header whose type index names a type
    bool typesFound = false;
    bool listClosed = false; // the walk came back to the head
    bool listLost = false;   // it ran into a page the dump does not hold
    std::vector<std::string> failures; // what does not fit, in words, with figures

    bool fits() const { return failures.empty(); }
    // "12 processes round-trip with printable names and unique pids, 40 of 40 threads ..."
    std::string evidence() const;
};

// Tries `layout` on the dump. `processes` are the EPROCESS addresses the process walk
// found with it; `types` the object type table found (nothing when none could be). Reads
// at most a few hundred structures: it costs milliseconds on any dump.
LayoutCheck checkLayout(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t processListHead,
                        const std::vector<std::uint64_t>& processes, const ObjectTypeTable* types);

} // namespace poolscope
