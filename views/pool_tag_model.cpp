#include "pool_tag_model.h"

#include "analysis/pooltag_database.h"
#include "views/record_columns.h"

#include <cmath>
#include <map>

namespace poolscope::views {

namespace {

// The pool scan's blocks found (allocated, or undetermined where only a header scan could
// read the pool) against the tracker's outstanding allocations.
std::optional<double> foundShare(const PoolTagScan* scan)
{
    if (!scan || !scan->trackerOutstanding || *scan->trackerOutstanding <= 0)
        return std::nullopt;
    return static_cast<double>(scan->allocated + scan->undetermined) / static_cast<double>(*scan->trackerOutstanding);
}

} // namespace

std::vector<PoolTagRow> poolTagRows(const Snapshot& snapshot, const PoolTagDatabase& descriptions)
{
    std::map<std::pair<PoolTag, PoolType>, const PoolTagScan*> scans;
    if (snapshot.poolScan)
        for (const PoolTagScan& scan : snapshot.poolScan->tags)
            scans.emplace(std::pair{scan.tag, scan.type}, &scan);
    std::vector<PoolTagRow> rows;
    rows.reserve(snapshot.poolTags.size());
    for (const PoolTagStat& stat : snapshot.poolTags) {
        PoolTagRow row;
        row.stat = &stat;
        if (const auto it = scans.find(std::pair{stat.tag, stat.type}); it != scans.end())
            row.scan = it->second;
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

std::unique_ptr<PoolTagModel> makePoolTagModel(bool withPoolScan, QObject* parent)
{
    using R = PoolTagRow;
    PoolTagModel::Columns c;
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Tag")), [](const R& r) { return r.stat->tag.display(); }));
    c.push_back(columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Pool")), [](const R& r) { return poolTypeCell(r.stat->type); }));
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
    if (withPoolScan) {
        auto inPool = columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "In pool")), [](const R& r) {
            return r.scan ? std::optional<std::uint64_t>(r.scan->allocated + r.scan->undetermined) : std::nullopt;
        });
        inPool.toolTip = QObject::tr("Allocated blocks with the tag found in the dump's pool pages (free blocks that "
                                     "still carry it are not counted)");
        c.push_back(inPool);
        auto found = columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Found")), [](const R& r) {
            const std::optional<double> share = foundShare(r.scan);
            if (!share)
                return std::string();
            // Two decimals near 100%, where a handful of blocks is the whole difference (as trackerAgreement says it).
            const bool close = std::abs(*share - 1.0) < 0.01
                && r.scan->allocated + r.scan->undetermined != static_cast<std::uint64_t>(*r.scan->trackerOutstanding);
            return close ? fmt::format("{:.2f}%", *share * 100.0) : format::percent(*share);
        });
        found.exported = [](const R& r) {
            const std::optional<double> share = foundShare(r.scan);
            return share ? fmt::format("{:.4f}", *share * 100.0) : std::string();
        };
        found.less = [](const R& a, const R& b) { return foundShare(a.scan) < foundShare(b.scan); };
        found.sortByText = false;
        found.alignment = columns::kRight;
        found.toolTip = QObject::tr("The blocks found in the pool as a share of the tracker's outstanding allocations: "
                                    "near 100% the scan accounts for the whole tag");
        c.push_back(found);
    }
    return std::make_unique<PoolTagModel>(std::move(c), [](const R& r) { return poolTagKey(r.stat->tag, r.stat->type); },
                                          parent);
}

const char* poolTypeCell(PoolType type)
{
    switch (type) {
    case PoolType::NonPaged:
        return QT_TRANSLATE_NOOP("Cell", "Nonpaged");
    case PoolType::Paged:
        return QT_TRANSLATE_NOOP("Cell", "Paged");
    case PoolType::SessionNonPaged:
        return QT_TRANSLATE_NOOP("Cell", "Session nonpaged");
    case PoolType::SessionPaged:
        return QT_TRANSLATE_NOOP("Cell", "Session paged");
    case PoolType::Unknown:
        break;
    }
    return QT_TRANSLATE_NOOP("Cell", "Unknown");
}

QString poolTypeText(PoolType type)
{
    return QCoreApplication::translate("Cell", poolTypeCell(type));
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
