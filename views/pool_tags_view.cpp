#include "pool_tags_view.h"

#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/leak_queries.h"
#include "model/format.h"
#include "views/chart_panel.h"
#include "views/compare_models.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

namespace poolscope::views {

namespace {

constexpr int kMaxLines = 8;

// Chart labels are short: the tag and its pool as poolmon abbreviates it.
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

std::uint64_t growthKey(PoolTag tag, PoolType type)
{
    return (std::uint64_t{tag.key()} << 8) | static_cast<std::uint64_t>(type);
}

QString tagLabel(PoolTag tag, PoolType type)
{
    return QStringLiteral("%1 %2").arg(QString::fromStdString(tag.display()), shortPool(type));
}

// The unit that keeps a chart's numbers readable: MB from 10 MB up, else KB.
struct Unit {
    double divisor;
    QString name;
};
Unit unitFor(double maximumBytes)
{
    return maximumBytes >= 10.0 * 1024 * 1024 ? Unit{1024.0 * 1024.0, QStringLiteral("MB")} : Unit{1024.0, QStringLiteral("KB")};
}

} // namespace

PoolTagsView::PoolTagsView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makePoolTagModel()), m_compareModel(makeTagCompareModel())
{
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_table = new RecordTableView(tr("Pool tags"), split);
    m_table->setModel(m_model.get());
    m_table->sortBy(BytesColumn, Qt::DescendingOrder);

    auto* charts = new QWidget(split);
    auto* chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Top tags by bytes:"), charts));
    m_topCount = new QSpinBox(charts);
    m_topCount->setRange(3, 50);
    m_topCount->setValue(15);
    m_topCount->setAccessibleName(tr("Number of tags in the chart"));
    top->addWidget(m_topCount);
    top->addStretch(1);
    chartLayout->addLayout(top);
    m_topChart = new ChartPanel(charts);
    chartLayout->addWidget(m_topChart, 3);
    m_seriesChart = new ChartPanel(charts);
    chartLayout->addWidget(m_seriesChart, 2);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 420});
    layout->addWidget(split);

    connect(m_topCount, &QSpinBox::valueChanged, this, &PoolTagsView::updateTopChart);
    connect(m_table, &RecordTableView::currentKeyChanged, this, [this](const QString& key) {
        if (!key.isEmpty())
            m_investigation.selectTag(key);
    });
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PoolTagsView::updateSeriesChart);
    connect(&m_investigation, &Investigation::tagSelected, this, [this](const QString& key) {
        if (!key.isEmpty() && m_table->currentKey() != key)
            m_table->selectKey(key);
    });
    connect(&m_investigation, &Investigation::sourceChanged, this, &PoolTagsView::analyzeSeries);
    connect(&m_investigation, &Investigation::snapshotChanged, this, &PoolTagsView::reload);
    connect(&m_investigation, &Investigation::baselineChanged, this, &PoolTagsView::reload);
    analyzeSeries();
    reload();
}

PoolTagsView::~PoolTagsView() = default;

void PoolTagsView::setTopCount(int count)
{
    m_topCount->setValue(count);
}

void PoolTagsView::analyzeSeries()
{
    m_leaking.clear();
    m_leakingOrder.clear();
    const SnapshotSeries* series = m_investigation.series();
    if (!series || series->size() < 2)
        return;
    for (const TagGrowth& g : analyzeGrowth(*series)) {
        if (!g.leaking)
            break;
        m_leaking.insert(growthKey(g.tag, g.type));
        m_leakingOrder.push_back(growthKey(g.tag, g.type));
    }
}

void PoolTagsView::reload()
{
    const Snapshot* snapshot = m_investigation.current();
    const Snapshot* baseline = m_investigation.baseline();
    const bool comparing = snapshot && baseline;
    m_model->setRows(snapshot && !comparing ? poolTagRows(*snapshot, m_investigation.descriptions()) : std::vector<PoolTagRow>{});
    m_compareModel->setRows(comparing ? tagCompareRows(*baseline, *snapshot, m_investigation.descriptions())
                                      : std::vector<TagCompareRow>{});
    if (comparing != m_comparing) {
        m_comparing = comparing;
        m_table->setModel(comparing ? static_cast<RecordTableBase*>(m_compareModel.get()) : m_model.get());
        m_table->sortBy(comparing ? TagCompareBytesDelta : int{BytesColumn}, Qt::DescendingOrder);
    }
    if (!m_investigation.selectedTag().isEmpty())
        m_table->selectKey(m_investigation.selectedTag());
    updateTopChart();
    updateSeriesChart();
}

void PoolTagsView::updateTopChart()
{
    ChartData chart;
    chart.kind = ChartData::Kind::Bars;
    const Snapshot* snapshot = m_investigation.current();
    if (!snapshot) {
        m_topChart->show(chart);
        return;
    }
    TagQuery query;
    query.top = static_cast<std::size_t>(m_topCount->value());
    const auto top = rankTags(*snapshot, query);
    double maximum = 0;
    for (const PoolTagStat* stat : top)
        maximum = std::max(maximum, static_cast<double>(stat->bytes.value_or(0)));
    const Unit unit = unitFor(maximum);
    chart.title = tr("Top %1 tags by bytes").arg(top.size());
    chart.valueAxis = unit.name;
    // Tags that grow steadily over the series are drawn apart, in the warning colour.
    ChartSeries growing;
    growing.name = tr("Growing steadily");
    ChartSeries bytes;
    bytes.name = m_leaking.empty() ? tr("Bytes") : tr("Other");
    for (const PoolTagStat* stat : top) {
        const double value = static_cast<double>(stat->bytes.value_or(0)) / unit.divisor;
        const bool leaking = m_leaking.count(growthKey(stat->tag, stat->type)) != 0;
        chart.categories << QStringLiteral("%1%2 %3 %4").arg(leaking ? QStringLiteral("▲ ") : QString(),
                                                              tagLabel(stat->tag, stat->type)).arg(value, 0, 'f', 1).arg(unit.name);
        growing.values.push_back(leaking ? value : 0.0);
        bytes.values.push_back(leaking ? 0.0 : value);
    }
    if (std::any_of(growing.values.begin(), growing.values.end(), [](double v) { return v > 0; })) {
        chart.kind = ChartData::Kind::StackedBars;
        chart.series.push_back(std::move(growing));
    }
    chart.series.push_back(std::move(bytes));
    m_topChart->show(chart);
}

void PoolTagsView::updateSeriesChart()
{
    ChartData chart;
    chart.kind = ChartData::Kind::Lines;
    const SnapshotSeries* series = m_investigation.series();
    if (!series || series->size() < 2) {
        chart.title = tr("Growth over time needs a series (a poolmon log with several screens)");
        m_seriesChart->show(chart);
        return;
    }
    // The selected tags, or the three that grew most from the first screen to the last.
    std::vector<std::pair<PoolTag, PoolType>> tags;
    for (const QModelIndex& index : m_table->table()->selectionModel()->selectedRows()) {
        PoolTag tag;
        PoolType type = PoolType::Unknown;
        if (parsePoolTagKey(index.data(KeyRole).toString(), tag, type) && tags.size() < kMaxLines)
            tags.emplace_back(tag, type);
    }
    // Nothing selected: the tags that grow steadily, fastest first.
    if (tags.empty()) {
        const auto& last = series->snapshots.back().poolTags;
        for (std::uint64_t key : m_leakingOrder) {
            if (tags.size() >= kMaxLines)
                break;
            for (const PoolTagStat& stat : last)
                if (growthKey(stat.tag, stat.type) == key) {
                    tags.emplace_back(stat.tag, stat.type);
                    break;
                }
        }
    }
    if (tags.empty()) {
        const Snapshot& first = series->snapshots.front();
        const Snapshot& last = series->snapshots.back();
        const auto key = [](const PoolTagStat& s) { return (std::uint64_t{s.tag.key()} << 8) | static_cast<std::uint64_t>(s.type); };
        std::unordered_map<std::uint64_t, std::int64_t> before;
        for (const PoolTagStat& old : first.poolTags)
            before[key(old)] = static_cast<std::int64_t>(old.bytes.value_or(0));
        std::vector<std::pair<std::int64_t, const PoolTagStat*>> growth;
        for (const PoolTagStat& stat : last.poolTags) {
            const auto it = before.find(key(stat));
            growth.emplace_back(static_cast<std::int64_t>(stat.bytes.value_or(0)) - (it == before.end() ? 0 : it->second), &stat);
        }
        std::sort(growth.begin(), growth.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t i = 0; i < growth.size() && i < 3; ++i)
            tags.emplace_back(growth[i].second->tag, growth[i].second->type);
    }
    const bool timed = std::all_of(series->snapshots.begin(), series->snapshots.end(),
                                   [](const Snapshot& s) { return s.secondsSinceStart.has_value(); });
    double maximum = 0;
    std::vector<std::vector<TagSeriesPoint>> points;
    for (const auto& [tag, type] : tags) {
        points.push_back(tagSeries(*series, tag, type));
        for (const TagSeriesPoint& p : points.back())
            if (p.stat)
                maximum = std::max(maximum, static_cast<double>(p.stat->bytes.value_or(0)));
    }
    const Unit unit = unitFor(maximum);
    chart.title = tr("Bytes over %1 snapshots").arg(series->size());
    chart.xAxis = timed ? tr("seconds") : tr("screen");
    chart.valueAxis = unit.name;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        ChartSeries line;
        line.name = tagLabel(tags[i].first, tags[i].second);
        for (const TagSeriesPoint& p : points[i]) {
            if (!p.stat || !p.stat->bytes)
                continue;
            const double x = timed && p.seconds ? *p.seconds : static_cast<double>(p.index + 1);
            line.points.emplace_back(x, static_cast<double>(*p.stat->bytes) / unit.divisor);
        }
        chart.series.push_back(std::move(line));
    }
    m_seriesChart->show(chart);
}

} // namespace poolscope::views
