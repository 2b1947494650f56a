#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// What a pool tag's allocations are, when the walks know them: an object type's objects
// are allocated with the type's pool tag (_OBJECT_TYPE.Key), IRPs with "Irp ", completion
// packets with "Icp ". This joins the tracker's figures to the records of a snapshot.
namespace poolscope {

// The object type whose objects carry `tag`: from the dump's type table when it has one,
// else the kernel's well-known types ("Thre" -> Thread, "Key " -> Key).
std::optional<std::string> objectTypeOfTag(const Snapshot& snapshot, PoolTag tag);
// The pool tag of an object type ("Thread" -> "Thre"), the same two ways.
std::optional<PoolTag> poolTagOfType(const Snapshot& snapshot, std::string_view type);

inline const PoolTag kIrpTag{"Irp "};
inline const PoolTag kCompletionPacketTag{"Icp "};

// How many bytes one allocation of a tag takes: the tracker's bytes over its outstanding
// allocations (the block size, header and rounding included), else the size of the blocks
// !poolfind or !pool showed with the tag.
struct BlockSize {
    std::uint64_t bytes = 0;
    std::string from; // "Thre: 208,968,960 bytes / 326,514 allocations" or "!poolfind blocks of Thre"
};
std::optional<BlockSize> blockSizeOfTag(const Snapshot& snapshot, PoolTag tag);

// The pool the kernel allocates a type's objects from (registry keys, tokens, directories
// and symbolic links from paged pool, the rest from nonpaged), for a tag no row shows.
PoolType poolOfObjectType(std::string_view type);

// A tag as !poolused and !poolfind take it: four characters, a trailing space written '?'
// ("Irp " -> "Irp?"), which the command line would otherwise drop.
std::string tagArgument(PoolTag tag);

// The tag's largest row (its nonpaged or paged pool), or null when the source has none.
const PoolTagStat* largestStatOf(const Snapshot& snapshot, PoolTag tag);
// Outstanding allocations of the tag over both pools; nothing when no row says.
std::optional<std::uint64_t> outstandingOf(const Snapshot& snapshot, PoolTag tag);

} // namespace poolscope
