#pragma once
#include "model/snapshot.h"
#include "views/record_table_model.h"

#include <memory>
#include <optional>
#include <vector>

namespace poolscope::views {

// One IRP with the names the user recognises: the file it was issued on and the process
// of its thread.
struct IrpRow {
    const Irp* irp = nullptr;
    const FileObject* file = nullptr;
    const Process* process = nullptr;
    const Thread* thread = nullptr; // for its state: a TERMINATED thread's IRPs are never completed to it
    std::uint8_t pointerSize = 8;
    // Compare mode: "new" (not in the baseline) or "gone" (only in the baseline).
    const char* change = "";
};

using IrpModel = RecordTableModel<IrpRow>;

// The IRPs queued on `port`, or every IRP when port is absent.
std::vector<IrpRow> irpRows(const Snapshot& snapshot, std::optional<Address> port);
// The IRPs of `after` and those of `before` that are gone, each marked; same port filter.
std::vector<IrpRow> irpCompareRows(const Snapshot& before, const Snapshot& after, std::optional<Address> port);
std::unique_ptr<IrpModel> makeIrpModel(QObject* parent = nullptr);

enum IrpColumn { IrpAddressColumn, IrpThreadColumn, IrpThreadStateColumn, IrpProcessColumn, IrpFileColumn, IrpPortColumn,
                 IrpStatusColumn, IrpCompletedColumn, IrpPendingColumn, IrpLocationColumn, IrpDriverColumn, IrpChangeColumn };

} // namespace poolscope::views
