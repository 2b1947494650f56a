#pragma once
#include "analysis/conclusions/snapshot_compare.h"
#include "views/record_table_model.h"

#include <memory>
#include <string>
#include <vector>

// Compare mode's tables: the same records as the normal views, with before / after / delta
// columns (signed, sortable, drawn as growth or shrink) and rows on one side only marked.
namespace poolscope {
class PoolTagDatabase;
}

namespace poolscope::views {

struct TagCompareRow {
    TagComparison c;
    std::string description;
    std::uint8_t pointerSize = 8;
};
struct PortCompareRow {
    PortComparison c;
    std::uint8_t pointerSize = 8;
};
struct HandleTypeCompareRow {
    HandleTypeComparison c;
    std::uint8_t pointerSize = 8;
};

std::vector<TagCompareRow> tagCompareRows(const Snapshot& before, const Snapshot& after, const PoolTagDatabase& descriptions);
std::vector<PortCompareRow> portCompareRows(const Snapshot& before, const Snapshot& after);
std::vector<HandleTypeCompareRow> handleTypeCompareRows(const Snapshot& before, const Snapshot& after);

std::unique_ptr<RecordTableModel<TagCompareRow>> makeTagCompareModel();
std::unique_ptr<RecordTableModel<PortCompareRow>> makePortCompareModel();
std::unique_ptr<RecordTableModel<HandleTypeCompareRow>> makeHandleTypeCompareModel();

// The delta column each compare table sorts by by default.
constexpr int TagCompareBytesDelta = 4;
constexpr int PortCompareDepthDelta = 3;
constexpr int HandleTypeCompareDelta = 5;

} // namespace poolscope::views
