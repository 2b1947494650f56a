#pragma once
#include "analysis/conclusions/pool_groups.h"
#include "analysis/inspection.h"
#include "analysis/read_control.h"
#include "analysis/source_open.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

// The dump's pool as the window reads it: a tag's blocks with what they hold, and one block
// as the inspector shows it. Qt-free on purpose: the pool's engine headers cannot follow Qt's
// keyword macros into one translation unit (analysis/record_index.h names a variable `slots`).
namespace poolscope::views {

// One tag's blocks in one pool of a dump, as !poolfind finds them, with what each holds:
// read once per tag while the source is open, then grouped and listed without reading the
// dump again.
struct TagAllocations {
    PoolTag tag;
    PoolType pool = PoolType::Unknown;
    std::vector<PoolAllocation> blocks;  // by address; free blocks that still carry the tag too
    std::vector<BlockContents> contents; // one per block
    // What each block's first pointer points at (for blocks without an object), named once
    // per pointer on the worker thread: naming reads the dump.
    std::unordered_map<Address, std::string> pointerNames;
    std::uint64_t allocated = 0, free = 0, undetermined = 0;
    std::uint64_t objects = 0;    // allocated blocks holding a kernel object
    // "323,155 of 323,160 Thre blocks hold TERMINATED threads of xxxxxx.EXE (pid 0x8e8)"
    std::string headline;
    // Where the body of the most common object type starts in its blocks (0 without objects).
    std::string objectType;
    std::uint32_t optionalHeaders = 0, bodyOffset = 0;
    std::size_t scanProblems = 0; // what the scan met on the way (Diagnostics lists the dump's)
    double seconds = 0;           // how long the lookup took

    // The names above as groupBlocks takes them; an address not named is printed.
    PointerNamer namer() const;
};

// Finds a tag's blocks in the source's pool (by the pool's paged-ness, as !poolfind 0 / 1
// does), reads their contents and names their pointers. Null when cancelled or without a pool.
std::shared_ptr<const TagAllocations> findTagAllocations(const OpenedSource& source, PoolTag tag, PoolType pool,
                                                         ReadControl& control);

// "Thre (Nonpaged): 323,160 outstanding, 323,158 found in the pool, 99.99%" (trackerAgreement).
std::string scanAgreement(const PoolTagScan& scan);

// The block of the source's pool that holds `address`, as a field tree (inspectPoolBlock);
// nothing, with `problem` saying why, when no block the scan reads holds it.
std::optional<Inspection> inspectBlockAt(const OpenedSource& source, const SnapshotIndex* index, Address address,
                                         std::string& problem);

} // namespace poolscope::views
