#include "handle_models.h"

#include "views/completion_port_model.h"
#include "views/record_columns.h"

namespace poolscope::views {

namespace {

std::string imageOf(const ProcessHandleTypes& p, std::uint8_t pointerSize)
{
    if (p.process && !p.process->imageName.empty())
        return p.process->imageName;
    return format::address(p.processAddress, pointerSize);
}

} // namespace

std::vector<HolderRow> holderRows(const Snapshot& snapshot, Address object)
{
    std::vector<HolderRow> rows;
    for (ObjectHolder& holder : holdersOf(snapshot, object))
        rows.push_back({std::move(holder), object, snapshot.pointerSize});
    return rows;
}

std::unique_ptr<HolderModel> makeHolderModel(QObject* parent)
{
    using R = HolderRow;
    HolderModel::Columns c;
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Process")), [](const R& r) {
        return r.holder.imageName.empty() ? QCoreApplication::translate("Cell", "(unnamed)").toStdString() : r.holder.imageName;
    }));
    c.push_back(columns::pid<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "PID")), [](const R& r) { return r.holder.pid; }));
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "EPROCESS")), [](const R& r) { return std::optional<Address>(r.holder.process); }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Handles")), [](const R& r) {
        std::string text;
        for (std::uint64_t h : r.holder.handles)
            text += (text.empty() ? "" : ", ") + fmt::format("{:#x}", h);
        return text;
    }));
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Object")), [](const R& r) { return std::optional<Address>(r.object); }));
    return std::make_unique<HolderModel>(std::move(c), [](const R& r) { return addressKey(r.holder.process); }, parent);
}

std::vector<HandleTypeRow> handleTypeRows(const std::vector<ProcessHandleTypes>& processes, std::uint8_t pointerSize)
{
    std::vector<HandleTypeRow> rows;
    for (const ProcessHandleTypes& p : processes)
        for (const HandleTypeCount& count : p.counts)
            rows.push_back({&p, count, pointerSize});
    return rows;
}

std::unique_ptr<HandleTypeModel> makeHandleTypeModel(QObject* parent)
{
    using R = HandleTypeRow;
    HandleTypeModel::Columns c;
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Process")), [](const R& r) { return imageOf(*r.process, r.pointerSize); }));
    c.push_back(columns::pid<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "PID")), [](const R& r) {
        return r.process->process ? r.process->process->pid : std::nullopt;
    }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Object type")), [](const R& r) { return r.count.type; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Handles")), [](const R& r) { return std::optional<std::uint64_t>(r.count.count); },
                                  true));
    auto share = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Share")), [](const R& r) {
        return r.process->total ? format::percent(static_cast<double>(r.count.count) / static_cast<double>(r.process->total))
                                : std::string{};
    });
    share.alignment = columns::kRight;
    share.sortByText = false;
    share.less = [](const R& a, const R& b) {
        const auto f = [](const R& r) { return r.process->total ? static_cast<double>(r.count.count) / static_cast<double>(r.process->total) : 0.0; };
        return f(a) < f(b);
    };
    c.push_back(share);
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Process total")), [](const R& r) { return std::optional<std::uint64_t>(r.process->total); }));
    auto source = columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Counted from")), [](const R& r) {
        return r.process->fromHandleTable ? QT_TRANSLATE_NOOP("Cell", "handle entries") : QT_TRANSLATE_NOOP("Cell", "type table");
    });
    c.push_back(source);
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "EPROCESS")), [](const R& r) { return std::optional<Address>(r.process->processAddress); }));
    return std::make_unique<HandleTypeModel>(
        std::move(c),
        [](const R& r) { return addressKey(r.process->processAddress) + QLatin1Char('|') + QString::fromStdString(r.count.type); },
        parent);
}

} // namespace poolscope::views
