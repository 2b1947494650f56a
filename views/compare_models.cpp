#include "compare_models.h"

#include "analysis/pooltag_database.h"
#include "views/completion_port_model.h"
#include "views/pool_tag_model.h"
#include "views/record_columns.h"

namespace poolscope::views {

namespace {

std::string sideText(CompareSide side)
{
    // Only the unusual rows say something, so the eye finds them.
    switch (side) {
    case CompareSide::Both:
        return {};
    case CompareSide::BeforeOnly:
        return QT_TRANSLATE_NOOP("Cell", "gone");
    case CompareSide::AfterOnly:
        return QT_TRANSLATE_NOOP("Cell", "new");
    }
    return {};
}

template <typename Row>
RecordColumn<Row> sideColumn()
{
    auto c = columns::word<Row>(columns::heading(QT_TRANSLATE_NOOP("Column", "Change")), [](const Row& r) { return sideText(r.c.side); });
    c.toolTip = QObject::tr("new: only in the after snapshot; gone: only in the before one");
    return c;
}

} // namespace

std::vector<TagCompareRow> tagCompareRows(const Snapshot& before, const Snapshot& after, const PoolTagDatabase& descriptions)
{
    std::vector<TagCompareRow> rows;
    for (TagComparison& c : compareTags(before, after)) {
        const PoolTagStat* stat = c.after ? c.after : c.before;
        std::string description = stat->description;
        if (description.empty())
            if (const PoolTagDescription* known = descriptions.best(c.tag))
                description = known->description;
        rows.push_back({std::move(c), std::move(description), after.pointerSize});
    }
    return rows;
}

std::vector<PortCompareRow> portCompareRows(const Snapshot& before, const Snapshot& after)
{
    std::vector<PortCompareRow> rows;
    for (PortComparison& c : comparePorts(before, after))
        rows.push_back({std::move(c), after.pointerSize});
    return rows;
}

std::vector<HandleTypeCompareRow> handleTypeCompareRows(const Snapshot& before, const Snapshot& after)
{
    std::vector<HandleTypeCompareRow> rows;
    for (HandleTypeComparison& c : compareHandleTypes(before, after))
        rows.push_back({std::move(c), after.pointerSize});
    return rows;
}

std::unique_ptr<RecordTableModel<TagCompareRow>> makeTagCompareModel()
{
    using R = TagCompareRow;
    RecordTableModel<R>::Columns c;
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Tag")), [](const R& r) { return r.c.tag.display(); }));
    c.push_back(columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Pool")), [](const R& r) { return poolTypeCell(r.c.type); }));
    c.push_back(columns::bytes<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Bytes before")), [](const R& r) { return r.c.before ? r.c.before->bytes : std::nullopt; }));
    c.push_back(columns::bytes<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Bytes after")), [](const R& r) { return r.c.after ? r.c.after->bytes : std::nullopt; }));
    c.push_back(columns::signedBytes<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Δ Bytes")), [](const R& r) { return r.c.bytesDelta; }, true));
    c.push_back(columns::signedCount<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Δ Outstanding")), [](const R& r) { return r.c.outstandingDelta; }, true));
    c.push_back(sideColumn<R>());
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Description")), [](const R& r) { return r.description; }));
    return std::make_unique<RecordTableModel<R>>(std::move(c), [](const R& r) { return poolTagKey(r.c.tag, r.c.type); });
}

std::unique_ptr<RecordTableModel<PortCompareRow>> makePortCompareModel()
{
    using R = PortCompareRow;
    RecordTableModel<R>::Columns c;
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Port")), [](const R& r) { return std::optional<Address>(r.c.port); }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Queued before")), [](const R& r) { return r.c.depthBefore; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Queued after")), [](const R& r) { return r.c.depthAfter; }));
    c.push_back(columns::signedCount<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Δ Queued")), [](const R& r) { return r.c.depthDelta; }, true));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Waiting threads")), [](const R& r) {
        return r.c.after ? r.c.after->waitingThreads : std::nullopt;
    }));
    c.push_back(sideColumn<R>());
    return std::make_unique<RecordTableModel<R>>(std::move(c), [](const R& r) { return addressKey(r.c.port); });
}

std::unique_ptr<RecordTableModel<HandleTypeCompareRow>> makeHandleTypeCompareModel()
{
    using R = HandleTypeCompareRow;
    RecordTableModel<R>::Columns c;
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Process")), [](const R& r) {
        return r.c.image.empty() ? format::address(r.c.process, r.pointerSize) : r.c.image;
    }));
    c.push_back(columns::pid<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "PID")), [](const R& r) { return r.c.pid; }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Object type")), [](const R& r) { return r.c.type; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Handles before")), [](const R& r) { return r.c.before; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Handles after")), [](const R& r) { return r.c.after; }));
    c.push_back(columns::signedCount<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Δ Handles")), [](const R& r) { return r.c.countDelta; }, true));
    c.push_back(sideColumn<R>());
    return std::make_unique<RecordTableModel<R>>(std::move(c), [](const R& r) {
        return addressKey(r.c.process) + QLatin1Char('|') + QString::fromStdString(r.c.type);
    });
}

} // namespace poolscope::views
