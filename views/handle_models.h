#pragma once
#include "analysis/conclusions/leak_queries.h"
#include "views/record_table_model.h"

#include <memory>
#include <vector>

namespace poolscope::views {

// A process holding handles to the object the user picked.
struct HolderRow {
    ObjectHolder holder;
    Address object = 0;
    std::uint8_t pointerSize = 8;
};
using HolderModel = RecordTableModel<HolderRow>;
std::vector<HolderRow> holderRows(const Snapshot& snapshot, Address object);
std::unique_ptr<HolderModel> makeHolderModel(QObject* parent = nullptr);

// One (process, object type) pair: "xxxxxx.EXE holds 323,155 Thread handles".
struct HandleTypeRow {
    const ProcessHandleTypes* process = nullptr;
    HandleTypeCount count;
    std::uint8_t pointerSize = 8;
};
using HandleTypeModel = RecordTableModel<HandleTypeRow>;
// `processes` must outlive the rows.
std::vector<HandleTypeRow> handleTypeRows(const std::vector<ProcessHandleTypes>& processes, std::uint8_t pointerSize);
std::unique_ptr<HandleTypeModel> makeHandleTypeModel(QObject* parent = nullptr);

enum HandleTypeColumn { HtProcessColumn, HtPidColumn, HtTypeColumn, HtCountColumn, HtShareColumn, HtTotalColumn,
                        HtSourceColumn, HtAddressColumn };

} // namespace poolscope::views
