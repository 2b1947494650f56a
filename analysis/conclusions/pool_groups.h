#pragma once
#include "analysis/dump/pool/block_object.h"
#include "model/pool_scan.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A tag's blocks grouped by what they hold, so that "323,155 of 323,160 Thre blocks hold
// TERMINATED threads of xxxxxx.EXE" is one line instead of 323,160 rows: by size, by the
// object's type, by its state, by its owner, by what the block's first pointer points at.
namespace poolscope {

enum class BlockKey : std::uint8_t {
    Size,    // the block's bytes
    Type,    // the kernel object's type, "(no object)" for a driver's own block
    State,   // a thread's KTHREAD state, a process running or exited, an object without handles
    Owner,   // a thread's or process's process, a file's folder, an object's name
    Pointer, // what the block's first kernel pointer points at
};

std::optional<BlockKey> blockKeyNamed(std::string_view name); // "size", "type", "state", "owner", "pointer"
std::string_view blockKeyName(BlockKey key);
std::string blockKeyTitle(BlockKey key); // in the reader's language: "Size", "Type", ...

// What a pointer points at, the same words for every pointer to the same kind of thing:
// "leakydrv.sys+0x3040", "a File object with no handle".
using PointerNamer = std::function<std::string(Address)>;

struct BlockGroupRow {
    std::vector<std::string> values; // one per key
    std::uint64_t blocks = 0, bytes = 0;
    std::size_t sample = 0; // index of one block of the group
};

struct BlockGrouping {
    std::vector<BlockKey> keys;
    std::vector<BlockGroupRow> rows; // largest first
    std::uint64_t blocks = 0, bytes = 0;
};

std::string blockKeyValue(BlockKey key, const PoolAllocation& block, const BlockContents& contents,
                          const PointerNamer& namePointer);

// Allocated (and undetermined) blocks; free ones too with `withFree`.
// `rowOf`, when given, receives each block's row index (kNoRow for a block left out).
constexpr std::uint32_t kNoRow = ~0u;
BlockGrouping groupBlocks(const std::vector<PoolAllocation>& blocks, const std::vector<BlockContents>& contents,
                          const std::vector<BlockKey>& keys, const PointerNamer& namePointer, bool withFree = false,
                          std::vector<std::uint32_t>* rowOf = nullptr);

// What a tag's allocated blocks hold, for the snapshot: the headline, the groups, the
// objects without handles, the block-to-body offset of its objects.
PoolTagContents describeTagContents(PoolTag tag, PoolType type, const std::vector<PoolAllocation>& blocks,
                                    const std::vector<BlockContents>& contents, const PointerNamer& namePointer);

// The folder of a kernel path: "\ProgramData\Scanner\cache\item-0001.dat" -> "\ProgramData\Scanner\cache".
std::string folderOf(std::string_view path);

} // namespace poolscope
