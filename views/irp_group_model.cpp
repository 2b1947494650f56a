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

QString irpKeyTitle(IrpKey key)
{
    switch (key) {
    case IrpKey::Process:
        return QObject::tr("Process");
    case IrpKey::Thread:
        return QObject::tr("Thread");
    case IrpKey::File:
        return QObject::tr("File");
    case IrpKey::Driver:
        return QObject::tr("Driver");
    case IrpKey::Status:
        return QObject::tr("Status");
    case IrpKey::Completed:
        return QObject::tr("Completed");
    case IrpKey::Port:
        return QObject::tr("Port");
    }
    return {};
}

std::unique_ptr<IrpGroupModel> makeIrpGroupModel(IrpKey key, QObject* parent)
{
    using R = IrpGroupRow;
    IrpGroupModel::Columns c;
    c.push_back(columns::text<R>(irpKeyTitle(key), [](const R& r) { return r.value().text; }));
    auto note = columns::text<R>(key == IrpKey::Thread ? QObject::tr("Thread state") : QObject::tr("Note"),
                                 [](const R& r) { return r.value().note; });
    c.push_back(note);
    c.push_back(columns::count<R>(QObject::tr("IRPs"), [](const R& r) { return std::optional<std::uint64_t>(r.group.irps); }, true));
    auto completed = columns::count<R>(QObject::tr("Completed"), [](const R& r) { return std::optional<std::uint64_t>(r.group.completed); });
    completed.toolTip = QObject::tr("IRPs past their last stack location (CurrentLocation > StackCount)");
    c.push_back(completed);
    auto share = columns::text<R>(QObject::tr("Share"), [](const R& r) {
        return r.total ? format::percent(static_cast<double>(r.group.irps) / static_cast<double>(r.total)) : std::string{};
    });
    share.alignment = columns::kRight;
    share.less = [](const R& a, const R& b) { return a.group.irps < b.group.irps; };
    share.sortByText = false;
    c.push_back(share);
    return std::make_unique<IrpGroupModel>(std::move(c), [](const R& r) { return irpGroupKey(r.value()); }, parent);
}

} // namespace poolscope::views
