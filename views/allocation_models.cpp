#include "allocation_models.h"

#include "model/format.h"
#include "views/tag_allocations.h"
#include "views/completion_port_model.h"
#include "views/record_columns.h"

#include <QObject>

#include <unordered_map>

namespace poolscope::views {

namespace {

const char* blockKeySource(BlockKey key)
{
    switch (key) {
    case BlockKey::Size:
        return QT_TRANSLATE_NOOP("Column", "Size");
    case BlockKey::Type:
        return QT_TRANSLATE_NOOP("Column", "Type");
    case BlockKey::State:
        return QT_TRANSLATE_NOOP("Column", "State");
    case BlockKey::Owner:
        return QT_TRANSLATE_NOOP("Column", "Owner");
    case BlockKey::Pointer:
        return QT_TRANSLATE_NOOP("Column", "Points at");
    }
    return "";
}

const char* stateWord(BlockState state)
{
    switch (state) {
    case BlockState::Allocated:
        return QT_TRANSLATE_NOOP("Cell", "Allocated");
    case BlockState::Free:
        return QT_TRANSLATE_NOOP("Cell", "Free");
    case BlockState::Undetermined:
        return QT_TRANSLATE_NOOP("Cell", "Not known");
    }
    return "";
}

const char* backendWord(PoolBackend backend)
{
    switch (backend) {
    case PoolBackend::Lfh:
        return QT_TRANSLATE_NOOP("Cell", "LFH");
    case PoolBackend::Vs:
        return QT_TRANSLATE_NOOP("Cell", "VS");
    case PoolBackend::Big:
        return QT_TRANSLATE_NOOP("Cell", "big pool");
    case PoolBackend::Classic:
        return QT_TRANSLATE_NOOP("Cell", "pool page");
    case PoolBackend::HeaderScan:
        return QT_TRANSLATE_NOOP("Cell", "header scan");
    }
    return "";
}

std::string joined(const std::vector<std::string>& values)
{
    std::string out;
    for (const std::string& v : values) {
        out += v;
        out += '\x1f';
    }
    return out;
}

std::optional<std::uint64_t> nonNegative(std::int64_t v)
{
    return v >= 0 ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(v)) : std::nullopt;
}

} // namespace

QString blockKeyHeading(BlockKey key)
{
    return columns::heading(blockKeySource(key)).shown;
}

QString allocationGroupKey(const BlockGroupRow& row)
{
    return QString::fromStdString(joined(row.values));
}

AllocationGrouping groupAllocations(const TagAllocations& data, const std::vector<BlockKey>& keys, bool withFree)
{
    AllocationGrouping out;
    const PointerNamer namer = data.namer();
    BlockGrouping grouping = groupBlocks(data.blocks, data.contents, keys, namer, withFree);
    // Which row each block went to, so that picking a group lists its blocks at once: the
    // same values groupBlocks computed, looked up by their joined text.
    std::unordered_map<std::string, std::uint32_t> rowOf;
    rowOf.reserve(grouping.rows.size());
    for (std::size_t r = 0; r < grouping.rows.size(); ++r)
        rowOf.emplace(joined(grouping.rows[r].values), static_cast<std::uint32_t>(r));
    out.rowOfBlock.assign(data.blocks.size(), AllocationGrouping::kNoGroup);
    std::vector<std::string> values(keys.size());
    for (std::size_t i = 0; i < data.blocks.size(); ++i) {
        if (!withFree && data.blocks[i].state == BlockState::Free)
            continue;
        for (std::size_t k = 0; k < keys.size(); ++k)
            values[k] = blockKeyValue(keys[k], data.blocks[i], data.contents[i], namer);
        if (const auto it = rowOf.find(joined(values)); it != rowOf.end())
            out.rowOfBlock[i] = it->second;
    }
    out.rows.reserve(grouping.rows.size());
    for (BlockGroupRow& row : grouping.rows)
        out.rows.push_back({std::move(row), grouping.blocks, &data});
    return out;
}

std::vector<AllocationBlockRow> allocationBlockRows(const TagAllocations& data, const AllocationGrouping& grouping,
                                                    std::optional<std::uint32_t> group, bool withFree)
{
    std::vector<AllocationBlockRow> rows;
    rows.reserve(data.blocks.size());
    for (std::size_t i = 0; i < data.blocks.size(); ++i) {
        if (!withFree && data.blocks[i].state == BlockState::Free)
            continue;
        if (group && (i >= grouping.rowOfBlock.size() || grouping.rowOfBlock[i] != *group))
            continue;
        rows.push_back({&data.blocks[i], &data.contents[i], &data, 8});
    }
    return rows;
}

std::unique_ptr<AllocationGroupModel> makeAllocationGroupModel(const std::vector<BlockKey>& keys, QObject* parent)
{
    using R = AllocationGroupRow;
    AllocationGroupModel::Columns c;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        auto value = columns::text<R>(columns::heading(blockKeySource(keys[k])),
                                      [k](const R& r) { return k < r.group.values.size() ? r.group.values[k] : std::string(); });
        if (keys[k] == BlockKey::Size) {
            // "0x900" sorts as a number, not as text ("0x1000" is larger).
            value.sortByText = false;
            value.less = [](const R& a, const R& b) {
                return a.data->blocks[a.group.sample].bytes < b.data->blocks[b.group.sample].bytes;
            };
            value.alignment = columns::kRight;
        }
        c.push_back(value);
    }
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Blocks")),
                                  [](const R& r) { return std::optional<std::uint64_t>(r.group.blocks); }, true));
    auto share = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Share")), [](const R& r) {
        if (!r.total)
            return std::string{};
        const double fraction = static_cast<double>(r.group.blocks) / static_cast<double>(r.total);
        return fraction < 0.005 ? std::string("<1%") : format::percent(fraction); // a few blocks of many are not "0%"
    });
    share.exported = [](const R& r) {
        return r.total ? fmt::format("{:.4f}", 100.0 * static_cast<double>(r.group.blocks) / static_cast<double>(r.total))
                       : std::string{};
    };
    share.alignment = columns::kRight;
    share.less = [](const R& a, const R& b) { return a.group.blocks < b.group.blocks; };
    share.sortByText = false;
    share.toolTip = QObject::tr("The group's share of the blocks listed");
    c.push_back(share);
    c.push_back(columns::bytes<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Bytes")),
                                  [](const R& r) { return std::optional<std::uint64_t>(r.group.bytes); }));
    return std::make_unique<AllocationGroupModel>(std::move(c), [](const R& r) { return allocationGroupKey(r.group); },
                                                  parent);
}

std::unique_ptr<AllocationBlockModel> makeAllocationBlockModel(QObject* parent)
{
    using R = AllocationBlockRow;
    AllocationBlockModel::Columns c;
    auto address = columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Block")),
                                        [](const R& r) { return std::optional<Address>(r.block->block); });
    address.toolTip = QObject::tr("The block's POOL_HEADER (a big allocation's first page), as !poolfind lists it");
    c.push_back(address);
    auto size = columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Size")),
                                  [](const R& r) { return std::optional<std::uint64_t>(r.block->bytes); });
    size.text = [](const R& r) { return fmt::format("{:#x}", r.block->bytes); }; // as !poolfind and !pool print it
    size.toolTip = QObject::tr("The block with its POOL_HEADER, in hex as !poolfind prints it");
    c.push_back(size);
    auto state = columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "State")),
                                  [](const R& r) { return stateWord(r.block->state); });
    state.toolTip = QObject::tr("What the heap says of the block: a free block can still carry the tag");
    c.push_back(state);
    auto foundIn = columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Found in")), [](const R& r) {
        return r.block->flags & PoolAllocation::kPagesMissing ? QT_TRANSLATE_NOOP("Cell", "big pool, paged out")
                                                              : backendWord(r.block->backend);
    });
    foundIn.toolTip = QObject::tr("Where the scan found the block: an LFH or VS subsegment of a segment heap, the big "
                                  "pool table (paged out: its pages are not in the dump), a pool page");
    c.push_back(foundIn);
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Object type")), [](const R& r) {
        return r.contents->object ? r.contents->object->type : std::string();
    }));
    auto body = columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Body")), [](const R& r) {
        return r.contents->object ? std::optional<Address>(r.contents->object->body) : std::nullopt;
    });
    body.toolTip = QObject::tr("The object's body: what !object, !thread and !process take");
    c.push_back(body);
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "HandleCount")), [](const R& r) {
        return r.contents->object ? nonNegative(r.contents->object->handleCount) : std::nullopt;
    }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "PointerCount")), [](const R& r) {
        return r.contents->object ? nonNegative(r.contents->object->pointerCount) : std::nullopt;
    }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Object state")), [](const R& r) {
        return r.contents->object ? blockKeyValue(BlockKey::State, *r.block, *r.contents, {}) : std::string();
    }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Owner")), [](const R& r) {
        return r.contents->object ? blockKeyValue(BlockKey::Owner, *r.block, *r.contents, {}) : std::string();
    }));
    auto pointsAt = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Points at")), [](const R& r) {
        if (r.contents->object || !r.contents->firstPointer)
            return std::string();
        const auto it = r.data->pointerNames.find(*r.contents->firstPointer);
        return it != r.data->pointerNames.end() ? it->second : format::address(*r.contents->firstPointer);
    });
    pointsAt.toolTip = QObject::tr("What the first kernel pointer in a block without an object points at");
    c.push_back(pointsAt);
    return std::make_unique<AllocationBlockModel>(std::move(c), [](const R& r) { return addressKey(r.block->block); },
                                                  parent);
}

} // namespace poolscope::views
