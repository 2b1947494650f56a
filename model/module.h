#pragma once
#include "address.h"
#include "pool_tag.h"
#include "provenance.h"

#include <cstdint>
#include <optional>
#include <string>

namespace poolscope {

// A driver or the kernel as PsLoadedModuleList lists it (lm in the debugger), with how
// much of its image the dump held when it was searched for pool tags.
struct LoadedModule {
    Address base = 0;
    std::uint32_t size = 0;
    std::string name; // "ntoskrnl.exe", "leakydrv.sys"
    std::uint64_t pagesSearched = 0;
    std::uint64_t pagesMissing = 0; // pages of the image the dump does not hold
    Provenance where;
};

// How often a tag's four bytes occur in one module's image, as
// `!for_each_module s -a @#Base @#End "Thre"` counts them: a driver that allocates with a
// tag carries it as an immediate in its code.
struct TagInImage {
    PoolTag tag;
    std::uint32_t module = 0; // index into Snapshot::modules
    std::uint32_t occurrences = 0;
};

// An object type as the kernel keeps it (ObTypeIndexTable): its objects are allocated with
// its pool tag (_OBJECT_TYPE.Key), which links a tag to the objects a walk reaches.
struct ObjectTypeInfo {
    std::string name; // "Thread"
    PoolTag poolTag;  // "Thre"
    std::optional<std::uint64_t> totalObjects;
    std::optional<std::uint64_t> totalHandles;
    Address address = 0; // the _OBJECT_TYPE
};

} // namespace poolscope
