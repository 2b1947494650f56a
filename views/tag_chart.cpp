#include "tag_chart.h"

#include "analysis/conclusions/leak_queries.h"
#include "model/format.h"
#include "views/pool_tag_model.h"

#include <QLocale>
#include <QObject>

#include <algorithm>

namespace poolscope::views {

namespace {

QString shortPool(PoolType type)
{
    switch (type) {
    case PoolType::NonPaged:
        return QStringLiteral("Nonp");
    case PoolType::Paged:
        return QStringLiteral("Paged");
    case PoolType::SessionNonPaged:
        return QStringLiteral("S Nonp");
    case PoolType::SessionPaged:
        return QStringLiteral("S Paged");
    case PoolType::Unknown:
        break;
    }
    return QStringLiteral("?");
}

// Each bar's figure in its own unit: a 51 KB tag beside a 199 MB one reads "51.5 KB", not "0.1 MB".
QString barLabel(double bytes)
{
    if (bytes >= 1024.0 * 1024.0)
        return QStringLiteral("%1 MB").arg(QLocale().toString(bytes / (1024.0 * 1024.0), 'f', 1));
    if (bytes >= 1024.0)
        return QStringLiteral("%1 KB").arg(QLocale().toString(bytes / 1024.0, 'f', 1));
    return QStringLiteral("%1 B").arg(QLocale().toString(bytes, 'f', 0));
}

} // namespace

QString tagChartLabel(PoolTag tag, PoolType type)
{
    return QStringLiteral("%1 %2").arg(QString::fromStdString(tag.display()), shortPool(type));
}

std::uint64_t tagPoolKey(PoolTag tag, PoolType type)
{
    return (std::uint64_t{tag.key()} << 8) | static_cast<std::uint64_t>(type);
}

ChartUnit chartUnitFor(double maximumBytes)
{
    return maximumBytes >= 10.0 * 1024 * 1024 ? ChartUnit{1024.0 * 1024.0, QStringLiteral("MB")}
                                              : ChartUnit{1024.0, QStringLiteral("KB")};
}

ChartData topTagsChart(const Snapshot& snapshot, std::size_t top, const std::unordered_set<std::uint64_t>& growing)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Bars;
    TagQuery query;
    query.top = top;
    const auto tags = rankTags(snapshot, query);
    double maximum = 0;
    for (const PoolTagStat* stat : tags)
        maximum = std::max(maximum, static_cast<double>(stat->bytes.value_or(0)));
    const ChartUnit unit = chartUnitFor(maximum);
    chart.title = QObject::tr("Top %1 tags by bytes").arg(tags.size());
    chart.valueAxis = unit.name;
    ChartSeries steady;
    steady.name = QObject::tr("Growing steadily");
    ChartSeries bytes;
    bytes.name = growing.empty() ? QObject::tr("Bytes") : QObject::tr("Other");
    for (const PoolTagStat* stat : tags) {
        const double value = static_cast<double>(stat->bytes.value_or(0)) / unit.divisor;
        const bool grows = growing.count(tagPoolKey(stat->tag, stat->type)) != 0;
        chart.categories << (grows ? QStringLiteral("▲ ") : QString()) + tagChartLabel(stat->tag, stat->type);
        chart.valueLabels << barLabel(static_cast<double>(stat->bytes.value_or(0)));
        const QString tag = QString::fromStdString(stat->tag.display());
        const QString pool = poolTypeText(stat->type);
        const QString size = QString::fromStdString(format::bytes(stat->bytes));
        const QString allocations = stat->outstanding
            ? QString::fromStdString(format::count(static_cast<std::uint64_t>(std::max<std::int64_t>(0, *stat->outstanding))))
            : QObject::tr("an unknown number of");
        QString tip = grows ? QObject::tr("%1 (%2): %3 in %4 allocations; grows steadily over the series").arg(tag, pool, size, allocations)
                            : QObject::tr("%1 (%2): %3 in %4 allocations").arg(tag, pool, size, allocations);
        if (!stat->description.empty())
            tip += QStringLiteral("\n") + QString::fromStdString(stat->description);
        chart.toolTips << tip;
        chart.keys << poolTagKey(stat->tag, stat->type);
        steady.values.push_back(grows ? value : 0.0);
        bytes.values.push_back(grows ? 0.0 : value);
    }
    if (std::any_of(steady.values.begin(), steady.values.end(), [](double v) { return v > 0; })) {
        chart.kind = ChartData::Kind::StackedBars;
        chart.series.push_back(std::move(steady));
    }
    chart.series.push_back(std::move(bytes));
    return chart;
}

} // namespace poolscope::views
