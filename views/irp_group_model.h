#pragma once
#include "analysis/conclusions/irp_groups.h"
#include "views/record_table_model.h"

#include <memory>
#include <vector>

namespace poolscope::views {

// One group of the IRPs shown: "IOCPLeak.exe (pid 0x1a2c): 156 IRPs, 156 completed".
struct IrpGroupRow {
    IrpGroup group;
    std::uint64_t total = 0; // IRPs in all groups, for the share
    std::uint8_t pointerSize = 8;
    const IrpGroupValue& value() const { return group.values.front(); }
};

using IrpGroupModel = RecordTableModel<IrpGroupRow>;

// The groups of `irps` by one key, largest first.
std::vector<IrpGroupRow> irpGroupRows(const Snapshot& snapshot, const std::vector<const Irp*>& irps, IrpKey key);
// The first column is named for the key ("Process", "Status", ...).
std::unique_ptr<IrpGroupModel> makeIrpGroupModel(IrpKey key, QObject* parent = nullptr);
// The key views use for a group: the same for the same value in any snapshot.
QString irpGroupKey(const IrpGroupValue& value);
// "Process", "Thread", "File", "Driver", "Status", "Completed", "Port", translated.
QString irpKeyTitle(IrpKey key);

enum IrpGroupColumn { IrpGroupValueColumn, IrpGroupNoteColumn, IrpGroupCountColumn, IrpGroupCompletedColumn,
                      IrpGroupShareColumn };

} // namespace poolscope::views
