#pragma once
#include "analysis/dump/pool/dump_pool.h"
#include "analysis/inspection.h"
#include "analysis/pooltag_database.h"

#include <string>
#include <vector>

// A pool block as the debugger shows it: its `!poolfind` line, the page around it as
// `!pool ADDR` prints it, and the block itself as a field tree (POOL_HEADER, the way from the
// block to the object's body as CONTAINING_RECORD arithmetic, the object's fields with links
// to the thread, process or file records) with the WinDbg commands that confirm it.
namespace poolscope {

// "ffffb30a40012a60 : tag Thre, size     0x900, Nonpaged pool", as Windows 10's !poolfind
// prints it (the log reader reads it back).
std::string poolfindLine(const PoolAllocation& block);

// "Scanning large pool allocation table for tag 0x65726854 (Thre) (...)" and how the pool was
// read, as !poolfind's heading.
std::vector<std::string> poolfindHeading(const DumpPool& pool, PoolTag tag);

// !pool ADDR: "Pool page ... region is Nonpaged pool", one line per block of the page (the
// one holding ADDR starred), the tag's description under it.
std::vector<std::string> poolPageLines(const DumpPool& pool, const PoolPageView& view,
                                       const PoolTagDatabase* descriptions);

// The pool type's name as !poolfind and !pool print it ("Nonpaged pool", "Paged pool").
std::string poolRegionName(const PoolAllocation& block);

// The block as a field tree; `index` (the snapshot) turns the object's thread, process and
// file into links.
Inspection inspectPoolBlock(const DumpPool& pool, const SnapshotIndex* index, const PoolAllocation& block,
                            const BlockContents& contents);

// "block + 0x10 (POOL_HEADER) + 0x0 (optional headers) + 0x30 (OBJECT_HEADER) = body".
std::string bodyArithmetic(const PoolAllocation& block, const ObjectInBlock& object);

} // namespace poolscope
