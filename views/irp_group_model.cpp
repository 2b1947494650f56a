#include "irp_group_model.h"

#include "model/format.h"
#include "views/record_columns.h"

#include <QObject>

namespace poolscope::views {

std::vector<IrpGroupRow> irpGroupRows(const Snapshot& snapshot, const std::vector<const Irp*>& irps, IrpKey key)
{
    std::vector<IrpGroupRow> rows;
    for (IrpGroup& group : groupIrps(snapshot, irps, {key}))
        rows.push_back({std::move(group), static_cast<std::uint64_t>(irps.size()), snapshot.pointerSize});
    return rows;
}

QString irpGroupKey(const IrpGroupValue& value)
{
    return QString::fromStdString(value.text) + QChar(0x1f) + QString::fromStdString(value.raw);
}

namespace {

const char* irpKeySource(IrpKey key)
{
    switch (key) {
    case IrpKey::Process:
        return QT_TRANSLATE_NOOP("Column", "Process");
    case IrpKey::Thread:
        return QT_TRANSLATE_NOOP("Column", "Thread");
    case IrpKey::File:
        return QT_TRANSLATE_NOOP("Column", "File");
    case IrpKey::Driver:
        return QT_TRANSLATE_NOOP("Column", "Driver");
    case IrpKey::Status:
        return QT_TRANSLATE_NOOP("Column", "Status");
    case IrpKey::Completed:
        return QT_TRANSLATE_NOOP("Column", "Completed");
    case IrpKey::Port:
        return QT_TRANSLATE_NOOP("Column", "Port");
    }
    return "";
}

} // namespace

QString irpKeyTitle(IrpKey key)
{
    return columns::heading(irpKeySource(key)).shown;
}

std::unique_ptr<IrpGroupModel> makeIrpGroupModel(IrpKey key, QObject* parent)
{
    using R = IrpGroupRow;
    IrpGroupModel::Columns c;
    c.push_back(columns::text<R>(columns::heading(irpKeySource(key)), [](const R& r) { return r.value().text; }));
    auto note = columns::text<R>(columns::heading(key == IrpKey::Thread ? QT_TRANSLATE_NOOP("Column", "Thread state")
                                                                   : QT_TRANSLATE_NOOP("Column", "Note")),
                                 [](const R& r) { return r.value().note; });
    c.push_back(note);
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "IRPs")), [](const R& r) { return std::optional<std::uint64_t>(r.group.irps); }, true));
    auto completed = columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Completed")), [](const R& r) { return std::optional<std::uint64_t>(r.group.completed); });
    completed.toolTip = QObject::tr("IRPs past their last stack location (CurrentLocation > StackCount)");
    c.push_back(completed);
    auto share = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Share")), [](const R& r) {
        return r.total ? format::percent(static_cast<double>(r.group.irps) / static_cast<double>(r.total)) : std::string{};
    });
    share.alignment = columns::kRight;
    share.less = [](const R& a, const R& b) { return a.group.irps < b.group.irps; };
    share.sortByText = false;
    c.push_back(share);
    return std::make_unique<IrpGroupModel>(std::move(c), [](const R& r) { return irpGroupKey(r.value()); }, parent);
}

} // namespace poolscope::views
