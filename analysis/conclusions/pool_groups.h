#pragma once
#include "analysis/dump/pool/block_object.h"
#include "model/pool_scan.h"

#include <functional>
#include <map>
#include <unordered_map>
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

// Groups blocks one at a time, so that a tag's million blocks are grouped without holding
// what each of them holds: a row keeps its counts and what one of its blocks holds.
class BlockGrouper {
public:
    BlockGrouper(std::vector<BlockKey> keys, PointerNamer namePointer);
    // `index` is the block's place in the caller's list (BlockGroupRow::sample); the row it
    // joined, in the order rows were made.
    std::uint32_t add(std::size_t index, const PoolAllocation& block, const BlockContents& contents);
    // The rows of a grouper that was given the blocks after this one's, as if this one had
    // been given them: its new rows follow in the order it made them, and a row both have
    // keeps this one's sample.
    void merge(BlockGrouper&& later);
    // Largest first. `rank`, when given, receives each row's place by the order rows were made.
    BlockGrouping finish(std::vector<std::uint32_t>* rank = nullptr);
    // After finish(): one block of each row and what it holds, in the rows' order.
    const std::vector<PoolAllocation>& sampleBlocks() const { return m_sampleBlocks; }
    const std::vector<BlockContents>& sampleContents() const { return m_sampleContents; }

private:
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    struct KeyEqual {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
    };

    // The last block's inputs to its key values and the row they made: a tag's blocks come by
    // address, and neighbours mostly hold the same kind of thing, so most blocks join the row
    // of the one before without their values being written again.
    struct LastBlock {
        bool valid = false, free = false, object = false, noHandles = false;
        std::uint32_t row = 0, bytes = 0;
        std::string type, state, processImage, name;
        std::optional<Address> process, firstPointer;
        std::optional<std::uint32_t> pid;
    };
    bool sameAsLast(const PoolAllocation& block, const BlockContents& contents) const;
    void rememberLast(const PoolAllocation& block, const BlockContents& contents, std::uint32_t row);
    std::uint32_t counted(std::uint32_t row, const PoolAllocation& block); // the block counted in the row
    const std::string& keyOf(const std::vector<std::string>& values);      // in m_key

    std::vector<BlockKey> m_keys;
    bool m_bySize = false;
    LastBlock m_last;
    PointerNamer m_namePointer;
    std::unordered_map<Address, std::string> m_named; // each distinct pointer named once
    std::unordered_map<std::string, std::uint32_t, KeyHash, KeyEqual> m_rowOf;
    std::vector<std::string> m_values; // the one being looked up, reused
    std::string m_key;
    BlockGrouping m_out;
    std::vector<PoolAllocation> m_sampleBlocks;
    std::vector<BlockContents> m_sampleContents;
};

// What a tag's blocks hold, told one block at a time (in the order of the tag's list).
class TagContentsTally {
public:
    TagContentsTally(PoolTag tag, PoolType type, const PointerNamer& namePointer);
    void add(std::size_t index, const PoolAllocation& block, const BlockContents& contents);
    // A tally of the same tag's blocks that follow this one's (slices read on other threads).
    void merge(TagContentsTally&& later);
    PoolTagContents finish();

private:
    PoolTagContents m_out;
    std::uint64_t m_counted = 0, m_unreadable = 0;
    std::map<std::string, std::uint64_t> m_types;
    struct Offset {
        std::uint64_t blocks = 0;
        std::uint32_t bodyOffset = 0; // of the first such block
    };
    std::map<std::pair<std::string, std::uint32_t>, Offset> m_offsets;
    BlockGrouper m_held, m_pointing, m_unhandled;
};

// What a tag's allocated blocks hold, for the snapshot: the headline, the groups, the
// objects without handles, the block-to-body offset of its objects.
PoolTagContents describeTagContents(PoolTag tag, PoolType type, const std::vector<PoolAllocation>& blocks,
                                    const std::vector<BlockContents>& contents, const PointerNamer& namePointer);

// The folder of a kernel path: "\ProgramData\Scanner\cache\item-0001.dat" -> "\ProgramData\Scanner\cache".
std::string folderOf(std::string_view path);

} // namespace poolscope
