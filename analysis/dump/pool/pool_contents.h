#pragma once
#include "analysis/conclusions/pool_groups.h"
#include "analysis/dump/pool/dump_pool.h"
#include "model/module.h"

#include <vector>

// What the blocks of the tags that matter hold, read when a dump is opened: the largest
// tags and the object tags with many blocks, grouped so the Overview and the explain chains
// can say it in one line.
namespace poolscope {

// What a pointer found in a block points at: a driver image and offset, a kernel object
// (and whether it has a handle), a pool block and its tag. The namer keeps what it looked
// up: one namer is used from one thread at a time.
PointerNamer poolPointerNamer(const DumpPool& pool, const std::vector<LoadedModule>& modules);

// The tags whose blocks are kept during the scan: the largest by the tracker's bytes, and the
// object types' tags with at least `minObjects` outstanding.
std::vector<std::uint32_t> tagsWorthReading(const std::vector<PoolTagStat>& tracker,
                                            const std::vector<std::uint32_t>& objectTypeKeys, std::size_t largest = 8,
                                            std::uint64_t minObjects = 100);

// Contents per tag and pool of the blocks the census kept, read a slice of `sliceBlocks` at
// a time on `workers` threads (0: every core); empty when the control says cancel.
std::vector<PoolTagContents> readPoolContents(const DumpPool& pool, const KeptBlocks& kept,
                                              const std::vector<LoadedModule>& modules, unsigned workers = 0,
                                              const ReadControl* control = nullptr, std::size_t sliceBlocks = 4096);

} // namespace poolscope
