#pragma once
#include "analysis/list_walk.h"
#include "views/record_table_model.h"

#include <memory>
#include <vector>

namespace poolscope::views {

// One step of a list's walk, or a record the source places on the list that the walk did
// not reach (a log's gap): the !list -x "!irp @$extret" output as a table row.
struct WalkRow {
    const WalkStep* step = nullptr;
    bool reached = true;
    std::uint8_t pointerSize = 8;
};

using WalkModel = RecordTableModel<WalkRow>;

std::vector<WalkRow> walkRows(const ListWalk& walk);
std::unique_ptr<WalkModel> makeWalkModel(QObject* parent = nullptr);

// The row key: the step number ("37"), or "record:0x..." for a record not reached.
QString walkRowKey(const WalkRow& row);

enum WalkColumn { WalkStepColumn, WalkEntryColumn, WalkRecordColumn, WalkKindColumn, WalkFlinkColumn,
                  WalkThreadColumn, WalkProcessColumn, WalkStatusColumn, WalkFileColumn, WalkNoteColumn };

} // namespace poolscope::views
