#include "pool_tag_model.h"

#include "analysis/pooltag_database.h"
#include "views/record_columns.h"

namespace poolscope::views {

std::vector<PoolTagRow> poolTagRows(const Snapshot& snapshot, const PoolTagDatabase& descriptions)
{
    std::vector<PoolTagRow> rows;
    rows.reserve(snapshot.poolTags.size());
    for (const PoolTagStat& stat : snapshot.poolTags) {
        PoolTagRow row;
        row.stat = &stat;
        row.driver = stat.driver;
        row.description = stat.description;
        if (row.driver.empty() || row.description.empty()) {
            if (const PoolTagDescription* known = descriptions.best(stat.tag)) {
                if (row.driver.empty())
                    row.driver = known->binary;
                if (row.description.empty())
                    row.description = known->description;
            }
        }
        row.pointerSize = snapshot.pointerSize;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::unique_ptr<PoolTagModel> makePoolTagModel(QObject* parent)
{
    using R = PoolTagRow;
    PoolTagModel::Columns c;
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Tag")), [](const R& r) { return r.stat->tag.display(); }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Pool")), [](const R& r) { return std::string(poolTypeName(r.stat->type)); }));
    c.push_back(columns::bytes<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Bytes")), [](const R& r) { return r.stat->bytes; }, true));
    auto outstanding = columns::signedCount<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Outstanding")), [](const R& r) { return r.stat->outstanding; });
    // A count, not a change: no plus sign (it is signed only because poolmon's counters wrap).
    outstanding.text = [](const R& r) {
        const auto v = r.stat->outstanding;
        return !v ? std::string{} : *v < 0 ? format::signedCount(*v) : format::count(static_cast<std::uint64_t>(*v));
    };
    c.push_back(outstanding);
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Bytes/alloc")), [](const R& r) { return r.stat->bytesPerAlloc; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Allocs")), [](const R& r) { return r.stat->allocs; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Frees")), [](const R& r) { return r.stat->frees; }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Driver")), [](const R& r) { return r.driver; }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Description")), [](const R& r) { return r.description; }));
    c[OutstandingColumn].toolTip = QObject::tr("Allocations not yet freed (poolmon Diff, !poolused Allocs)");
    return std::make_unique<PoolTagModel>(std::move(c), [](const R& r) { return poolTagKey(r.stat->tag, r.stat->type); },
                                          parent);
}

QString poolTagKey(const PoolTag& tag, PoolType type)
{
    return QString::fromStdString(std::string(tag.chars())) + QLatin1Char('|')
        + QString::fromStdString(std::string(poolTypeName(type)));
}

bool parsePoolTagKey(const QString& key, PoolTag& tag, PoolType& type)
{
    const qsizetype bar = key.lastIndexOf(QLatin1Char('|'));
    if (bar != 4)
        return false;
    tag = PoolTag(key.left(4).toStdString());
    const std::string name = key.mid(5).toStdString();
    for (PoolType t : {PoolType::NonPaged, PoolType::Paged, PoolType::SessionNonPaged, PoolType::SessionPaged,
                       PoolType::Unknown})
        if (poolTypeName(t) == name) {
            type = t;
            return true;
        }
    return false;
}

} // namespace poolscope::views
