#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_identity.h"
#include "analysis/dump/object_types.h"
#include "analysis/dump/pool_tables_walk.h"

#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// The kernel globals the walks start from, each found from the symbols when they are
// this kernel's, else by a validated heuristic; each checked before it is used.
struct KernelGlobalsFound {
    std::optional<ObjectTypeTable> types; // with the header cookie
    PoolTables pool;
    std::vector<std::string> notes;    // how each was found (info)
    std::vector<std::string> problems; // what was not found and what that costs (warnings)
};

// Where the kernel keeps its writable globals: the image's writable sections, or the whole
// image when its headers are not readable. What the heuristics search.
struct KernelDataRange {
    std::uint64_t begin, end;
};
std::vector<KernelDataRange> kernelDataRanges(const KernelIdentity& kernel);

KernelGlobalsFound resolveGlobals(const DumpFile& dump, const AddressSpace& memory, const KernelIdentity& kernel,
                                  const std::vector<std::uint64_t>& processes);

} // namespace poolscope
