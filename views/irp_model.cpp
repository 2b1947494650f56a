#include "irp_model.h"

#include "analysis/conclusions/leak_queries.h"
#include "analysis/ntstatus.h"
#include "analysis/records_by_address.h"
#include "views/completion_port_model.h"
#include "views/record_columns.h"

#include <unordered_map>
#include <unordered_set>

namespace poolscope::views {

namespace {

const char* yesNo(const std::optional<bool>& value)
{
    return value ? (*value ? QT_TRANSLATE_NOOP("Cell", "yes") : QT_TRANSLATE_NOOP("Cell", "no")) : "";
}

std::string processText(const IrpRow& r)
{
    if (!r.process)
        return r.irp->process ? format::address(*r.irp->process, r.pointerSize) : std::string{};
    const std::string name = r.process->imageName.empty() ? format::address(r.process->address, r.pointerSize)
                                                          : r.process->imageName;
    return r.process->pid ? fmt::format("{} ({:#x})", name, *r.process->pid) : name;
}

} // namespace

std::vector<IrpRow> irpRows(const Snapshot& snapshot, std::optional<Address> port)
{
    const RecordsByAddress files(snapshot.fileObjects);
    const RecordsByAddress processes(snapshot.processes);
    const RecordsByAddress threads(snapshot.threads);
    const std::vector<const Irp*> irps = irpsOnPort(snapshot, port);
    std::vector<IrpRow> rows;
    rows.reserve(irps.size());
    for (const Irp* irp : irps) {
        IrpRow row{irp, nullptr, nullptr, nullptr, snapshot.pointerSize};
        if (irp->thread)
            row.thread = threads.find(*irp->thread);
        if (irp->fileObject)
            row.file = files.find(*irp->fileObject);
        if (irp->process)
            row.process = processes.find(*irp->process);
        rows.push_back(row);
    }
    return rows;
}

std::vector<IrpRow> irpCompareRows(const Snapshot& before, const Snapshot& after, std::optional<Address> port)
{
    std::unordered_set<Address> old;
    for (const Irp& irp : before.irps)
        old.insert(irp.address);
    std::unordered_set<Address> now;
    std::vector<IrpRow> rows = irpRows(after, port);
    for (IrpRow& row : rows) {
        now.insert(row.irp->address);
        row.change = old.count(row.irp->address) ? "" : QT_TRANSLATE_NOOP("Cell", "new");
    }
    for (IrpRow& row : irpRows(before, port))
        if (!now.count(row.irp->address)) {
            row.change = QT_TRANSLATE_NOOP("Cell", "gone");
            rows.push_back(row);
        }
    return rows;
}

std::unique_ptr<IrpModel> makeIrpModel(QObject* parent)
{
    using R = IrpRow;
    IrpModel::Columns c;
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "IRP")), [](const R& r) { return std::optional<Address>(r.irp->address); }));
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Thread")), [](const R& r) { return r.irp->thread; }));
    auto state = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Thread state")), [](const R& r) { return r.thread ? r.thread->state.str() : std::string{}; });
    state.toolTip = QObject::tr("The state !thread prints for the IRP's thread (Tail.Overlay.Thread)");
    c.push_back(state);
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Process")), [](const R& r) { return processText(r); }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "File")), [](const R& r) {
        if (r.file && !r.file->name.empty())
            return r.file->name;
        return r.irp->fileObject ? format::address(*r.irp->fileObject, r.pointerSize) : std::string{};
    }));
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Port")), [](const R& r) { return r.irp->port; }));
    auto status = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Status")), [](const R& r) {
        return r.irp->status ? ntstatusText(*r.irp->status) : std::string{};
    });
    status.exported = [](const R& r) { return r.irp->status ? fmt::format("{:#010x}", *r.irp->status) : std::string{}; };
    status.less = [](const R& a, const R& b) { return a.irp->status < b.irp->status; };
    status.sortByText = false;
    status.toolTip = QObject::tr("IoStatus.Status (NTSTATUS), by name where it is a common one");
    c.push_back(status);
    c.push_back(columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Completed")), [](const R& r) { return yesNo(r.irp->completed); }));
    c.push_back(columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Pending returned")), [](const R& r) { return yesNo(r.irp->pendingReturned); }));
    auto location = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Location")), [](const R& r) {
        if (!r.irp->currentLocation || !r.irp->stackCount)
            return std::string{};
        return fmt::format("{} / {}", *r.irp->currentLocation, *r.irp->stackCount);
    });
    location.toolTip = QObject::tr("CurrentLocation / StackCount: past the last location means completed");
    c.push_back(location);
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Driver")), [](const R& r) { return r.irp->currentDriver; }));
    auto change = columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Change")), [](const R& r) { return std::string(r.change); });
    change.toolTip = QObject::tr("When comparing: new (not in the baseline) or gone (only in the baseline)");
    c.push_back(change);
    return std::make_unique<IrpModel>(std::move(c), [](const R& r) { return addressKey(r.irp->address); }, parent);
}

} // namespace poolscope::views
