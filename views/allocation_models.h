#pragma once
#include "analysis/conclusions/pool_groups.h"
#include "views/record_table_model.h"

#include <memory>
#include <vector>

namespace poolscope::views {

struct TagAllocations;

// One group of a tag's blocks: "Thread, TERMINATED, xxxxxx.EXE (pid 0x8e8): 323,155 blocks".
struct AllocationGroupRow {
    BlockGroupRow group;
    std::uint64_t total = 0; // blocks in all groups, for the share
    const TagAllocations* data = nullptr;
};

// One block, as indices into the lookup's vectors: a million rows hold no text of their own.
struct AllocationBlockRow {
    const PoolAllocation* block = nullptr;
    const BlockContents* contents = nullptr;
    const TagAllocations* data = nullptr;
    std::uint8_t pointerSize = 8;
};

using AllocationGroupModel = RecordTableModel<AllocationGroupRow>;
using AllocationBlockModel = RecordTableModel<AllocationBlockRow>;

// The groups of a lookup's blocks by `keys`, largest first (free blocks too with `withFree`),
// and for each block the index of its row (or kNoGroup for a free block left out).
struct AllocationGrouping {
    static constexpr std::uint32_t kNoGroup = ~std::uint32_t{0};
    std::vector<AllocationGroupRow> rows;
    std::vector<std::uint32_t> rowOfBlock;
};
AllocationGrouping groupAllocations(const TagAllocations& data, const std::vector<BlockKey>& keys, bool withFree);

// The blocks of one group (its index in groupAllocations' rows), or of every group with an
// empty one; free blocks only with `withFree`.
std::vector<AllocationBlockRow> allocationBlockRows(const TagAllocations& data, const AllocationGrouping& grouping,
                                                    std::optional<std::uint32_t> group, bool withFree);

// A column per key, then Blocks, Share and Bytes.
std::unique_ptr<AllocationGroupModel> makeAllocationGroupModel(const std::vector<BlockKey>& keys, QObject* parent = nullptr);
std::unique_ptr<AllocationBlockModel> makeAllocationBlockModel(QObject* parent = nullptr);

// The key views use for a group: its values, the same for the same values in any lookup.
QString allocationGroupKey(const BlockGroupRow& row);
// "Size", "Type", "State", "Owner", "Points at", translated.
QString blockKeyHeading(BlockKey key);

enum AllocationBlockColumn { BlockAddressColumn, BlockSizeColumn, BlockStateColumn, BlockFoundInColumn,
                             BlockObjectTypeColumn, BlockBodyColumn, BlockHandleCountColumn, BlockPointerCountColumn,
                             BlockObjectStateColumn, BlockOwnerColumn, BlockPointsAtColumn };

} // namespace poolscope::views
