#include "walk_model.h"

#include "analysis/ntstatus.h"
#include "views/record_columns.h"

namespace poolscope::views {

std::vector<WalkRow> walkRows(const ListWalk& walk)
{
    std::vector<WalkRow> rows;
    rows.reserve(walk.steps.size() + walk.unreached.size());
    for (const WalkStep& step : walk.steps)
        rows.push_back({&step, true, walk.pointerSize});
    for (const WalkStep& step : walk.unreached)
        rows.push_back({&step, false, walk.pointerSize});
    return rows;
}

QString walkRowKey(const WalkRow& row)
{
    if (row.reached)
        return QString::number(row.step->number);
    return QStringLiteral("record:0x%1").arg(row.step->record.value_or(0), 0, 16);
}

std::unique_ptr<WalkModel> makeWalkModel(QObject* parent)
{
    using R = WalkRow;
    WalkModel::Columns c;
    auto step = columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Step")), [](const R& r) {
        return r.reached ? std::optional<std::uint64_t>(r.step->number) : std::nullopt;
    });
    step.toolTip = QObject::tr("In Flink order from the list head; empty for a record the walk did not reach");
    c.push_back(step);
    auto entry = columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Entry")), [](const R& r) { return r.step->entry; });
    entry.toolTip = QObject::tr("The _LIST_ENTRY: the previous entry's Flink");
    c.push_back(entry);
    auto record = columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Record")), [](const R& r) { return r.step->record; });
    record.toolTip = QObject::tr("CONTAINING_RECORD(entry, type, field): the entry minus the field's offset");
    c.push_back(record);
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Kind")), [](const R& r) { return std::string(entryKindName(r.step->kind)); }));
    auto flink = columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Flink")), [](const R& r) { return r.step->flink; });
    flink.toolTip = QObject::tr("Where the walk goes next: the next entry, or the list head");
    c.push_back(flink);
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Thread")), [](const R& r) { return r.step->thread; }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Process")), [](const R& r) {
        if (!r.step->processName.empty())
            return r.step->processName.str();
        return r.step->process ? format::address(*r.step->process, r.pointerSize) : std::string{};
    }));
    auto status = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Status")), [](const R& r) {
        return r.step->status ? ntstatusText(*r.step->status) : std::string{};
    });
    status.exported = [](const R& r) { return r.step->status ? fmt::format("{:#010x}", *r.step->status) : std::string{}; };
    status.less = [](const R& a, const R& b) { return a.step->status < b.step->status; };
    status.sortByText = false;
    status.toolTip = QObject::tr("IoStatus.Status (NTSTATUS), by name where it is a common one");
    c.push_back(status);
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "File")), [](const R& r) {
        if (!r.step->fileName.empty())
            return r.step->fileName.str();
        return r.step->file ? format::address(*r.step->file, r.pointerSize) : std::string{};
    }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Note")), [](const R& r) { return r.step->note; }));
    return std::make_unique<WalkModel>(std::move(c), [](const R& r) { return walkRowKey(r); }, parent);
}

} // namespace poolscope::views
