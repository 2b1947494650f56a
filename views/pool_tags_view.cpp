#include "pool_tags_view.h"

#include "analysis/conclusions/correlation.h"
#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/leak_queries.h"
#include "model/format.h"
#include "views/chart_panel.h"
#include "views/tag_chart.h"
#include "views/compare_models.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace poolscope::views {

namespace {

constexpr int kMaxLines = 8;
// The tags drawn beside one selected tag because their changes follow it (correlateTags).
constexpr std::size_t kMaxPartners = 3;
// Lines whose largest values differ by this much are read on a log scale by default.
constexpr double kLogSpread = 20.0;

} // namespace

PoolTagsView::PoolTagsView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makePoolTagModel()), m_compareModel(makeTagCompareModel())
{
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* tablePane = new QWidget(split);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* tableActions = new QHBoxLayout;
    m_allocations = new QPushButton(tr("&Allocations (!poolfind)"), tablePane);
    m_allocations->setObjectName(QStringLiteral("openAllocations"));
    tableActions->addWidget(m_allocations);
    tableActions->addStretch(1);
    tableLayout->addLayout(tableActions);
    m_table = new RecordTableView(tr("Pool tags"), tablePane);
    m_table->setLastColumnFitsText(); // descriptions whole: the table scrolls sideways
    tableLayout->addWidget(m_table, 1);
    m_table->setModel(m_model.get());
    m_table->sortBy(BytesColumn, Qt::DescendingOrder);
    m_table->table()->setContextMenuPolicy(Qt::CustomContextMenu);

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
    m_topChart->setCategoriesClickable(true);
    chartLayout->addWidget(m_topChart, 3);
    m_growthBox = new QWidget(charts);
    auto* growthLayout = new QVBoxLayout(m_growthBox);
    growthLayout->setContentsMargins(0, 0, 0, 0);
    auto* scaleRow = new QHBoxLayout;
    auto* scaleLabel = new QLabel(tr("Growth &scale:"), m_growthBox);
    m_scale = new QComboBox(m_growthBox);
    m_scale->addItem(tr("Bytes"), static_cast<int>(GrowthScale::Bytes));
    m_scale->addItem(tr("Bytes, log scale"), static_cast<int>(GrowthScale::LogBytes));
    m_scale->addItem(tr("Change since the first screen (%)"), static_cast<int>(GrowthScale::SinceFirst));
    m_scale->setToolTip(tr("A log scale or the change since the first screen lets a small tag and a large one "
                           "be read on one chart"));
    scaleLabel->setBuddy(m_scale);
    scaleRow->addWidget(scaleLabel);
    scaleRow->addWidget(m_scale);
    scaleRow->addStretch(1);
    growthLayout->addLayout(scaleRow);
    m_seriesChart = new ChartPanel(m_growthBox);
    growthLayout->addWidget(m_seriesChart, 1);
    chartLayout->addWidget(m_growthBox, 2);
    split->addWidget(tablePane);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 420});
    layout->addWidget(split);

    connect(m_topCount, &QSpinBox::valueChanged, this, &PoolTagsView::updateTopChart);
    connect(m_scale, &QComboBox::activated, this, [this] {
        m_scaleChosen = true;
        updateSeriesChart();
    });
    // A bar of the top chart selects its tag in the table.
    connect(m_topChart, &ChartPanel::categoryActivated, this, [this](int index) {
        const QString key = m_topChart->data().keys.value(index);
        if (!key.isEmpty())
            m_table->selectKey(key);
    });
    connect(m_table, &RecordTableView::currentKeyChanged, this, [this](const QString& key) {
        if (!key.isEmpty())
            m_investigation.selectTag(key);
        updateAllocationsButton();
    });
    // The tag's blocks: the button, Enter or a double click on a row, the row's menu, a
    // double click or the menu of a bar.
    connect(m_allocations, &QPushButton::clicked, this, [this] { openAllocations(m_table->currentKey()); });
    connect(m_table, &RecordTableView::keyActivated, this, &PoolTagsView::openAllocations);
    connect(m_table->table(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTableView* view = m_table->table();
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        const QString key = index.data(KeyRole).toString();
        m_table->selectKey(key);
        tagMenu(key, view->viewport()->mapToGlobal(pos));
    });
    connect(m_topChart, &ChartPanel::categoryOpened, this,
            [this](int index) { openAllocations(m_topChart->data().keys.value(index)); });
    connect(m_topChart, &ChartPanel::categoryMenuRequested, this, [this](int index, const QPoint& globalPos) {
        const QString key = m_topChart->data().keys.value(index);
        if (key.isEmpty())
            return;
        m_table->selectKey(key);
        tagMenu(key, globalPos);
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

bool PoolTagsView::openAllocations(const QString& key)
{
    RecordRef ref;
    ref.kind = RecordKind::PoolBlock;
    const OpenedSource* source = m_investigation.source();
    if (!source || !source->pool || !parsePoolTagKey(key, ref.tag, ref.pool))
        return false;
    m_investigation.openRecord(ref);
    return true;
}

void PoolTagsView::tagMenu(const QString& key, const QPoint& globalPos)
{
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Allocations (!poolfind)"));
    const OpenedSource* source = m_investigation.source();
    open->setEnabled(source && source->pool);
    open->setStatusTip(m_allocations->toolTip());
    if (menu.exec(globalPos) == open)
        openAllocations(key);
}

void PoolTagsView::updateAllocationsButton()
{
    const OpenedSource* source = m_investigation.source();
    const bool pool = source && source->pool;
    m_allocations->setEnabled(pool && !m_table->currentKey().isEmpty());
    m_allocations->setToolTip(
        pool ? tr("The selected tag's blocks in the dump's pool, grouped by what they hold (also Enter or a double "
                  "click on a row, or a double click on its bar)")
             : tr("Allocations are read from a kernel dump's pool pages; this source has none"));
}

void PoolTagsView::showModel()
{
    m_table->setModel(m_comparing ? static_cast<RecordTableBase*>(m_compareModel.get()) : m_model.get());
    m_table->sortBy(m_comparing ? TagCompareBytesDelta : int{BytesColumn}, Qt::DescendingOrder);
    if (m_comparing)
        m_table->showColumnsFirst({0, 1, TagCompareBytesDelta, TagCompareBytesDelta + 1}); // tag, pool, the changes
    // The pool's figures beside the tracker's (they are the model's last columns, for the CSV).
    if (!m_comparing && m_withPoolScan) {
        QHeaderView* header = m_table->table()->horizontalHeader();
        header->moveSection(header->visualIndex(InPoolColumn), header->visualIndex(OutstandingColumn) + 1);
        header->moveSection(header->visualIndex(FoundColumn), header->visualIndex(InPoolColumn) + 1);
    }
}

void PoolTagsView::setTopCount(int count)
{
    m_topCount->setValue(count);
}

PoolTagsView::GrowthScale PoolTagsView::growthScale() const
{
    return static_cast<GrowthScale>(m_scale->currentData().toInt());
}

void PoolTagsView::setGrowthScale(GrowthScale scale)
{
    m_scaleChosen = true;
    m_scale->setCurrentIndex(m_scale->findData(static_cast<int>(scale)));
    updateSeriesChart();
}

QString PoolTagsView::selectedTag() const
{
    return m_table->currentKey();
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
        m_leaking.insert(tagPoolKey(g.tag, g.type));
        m_leakingOrder.push_back(tagPoolKey(g.tag, g.type));
    }
}

void PoolTagsView::reload()
{
    const Snapshot* snapshot = m_investigation.current();
    const Snapshot* baseline = m_investigation.baseline();
    const bool comparing = snapshot && baseline;
    // A dump whose pool was read: the tag table gains the scan's columns (a model of its own,
    // so that a log's CSV keeps its columns).
    const bool withPoolScan = snapshot && snapshot->poolScan.has_value();
    std::unique_ptr<RecordTableModel<PoolTagRow>> previous;
    if (withPoolScan != m_withPoolScan) {
        previous = std::exchange(m_model, makePoolTagModel(withPoolScan)); // goes after the table has the new one
        m_withPoolScan = withPoolScan;
    }
    m_model->setRows(snapshot && !comparing ? poolTagRows(*snapshot, m_investigation.descriptions()) : std::vector<PoolTagRow>{});
    m_compareModel->setRows(comparing ? tagCompareRows(*baseline, *snapshot, m_investigation.descriptions())
                                      : std::vector<TagCompareRow>{});
    if (comparing != m_comparing || previous) {
        m_comparing = comparing;
        showModel();
    }
    updateAllocationsButton();
    if (!m_investigation.selectedTag().isEmpty())
        m_table->selectKey(m_investigation.selectedTag());
    updateTopChart();
    updateSeriesChart();
}

void PoolTagsView::updateTopChart()
{
    const Snapshot* snapshot = m_investigation.current();
    if (!snapshot) {
        ChartData none;
        none.kind = ChartData::Kind::Bars;
        m_topChart->show(none);
        return;
    }
    ChartData top = topTagsChart(*snapshot, static_cast<std::size_t>(m_topCount->value()), m_leaking);
    top.title.clear(); // "Top tags by bytes: 15" above it says it, in less height
    m_topChart->show(top);
}

void PoolTagsView::updateSeriesChart()
{
    ChartData chart;
    chart.kind = ChartData::Kind::Lines;
    const SnapshotSeries* series = m_investigation.series();
    // Growth means something only for a series: otherwise the top tags take its room.
    m_growthBox->setVisible(series && series->size() >= 2);
    if (!series || series->size() < 2) {
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
    // One tag selected: the tags that grow with it beside it (an Irp leak drags IoCo along),
    // named as such in the legend, with the figures in the title and the tooltip.
    m_partners.clear();
    QString partnerTitle;
    QStringList partnerTips;
    if (tags.size() == 1) {
        const TagCorrelation correlation = correlateTags(*series, tags.front().first, tags.front().second);
        partnerTips << QString::fromStdString(correlation.summary);
        for (const TagPartner& other : correlation.others) {
            if (!other.partner || m_partners.size() >= static_cast<qsizetype>(kMaxPartners))
                continue;
            tags.emplace_back(other.tag, other.type);
            m_partners << tagChartLabel(other.tag, other.type);
            partnerTips << tr("%1: %2").arg(m_partners.back(), QString::fromStdString(other.explanation));
            if (partnerTitle.isEmpty() && other.correlation)
                partnerTitle = tr("%1 grows with %2 (correlation %3)")
                                   .arg(m_partners.back(), tagChartLabel(tags.front().first, tags.front().second))
                                   .arg(QLocale().toString(*other.correlation, 'f', 2));
        }
        if (m_partners.size() > 1)
            partnerTitle = m_partners.size() == 2
                ? tr("%1 and 1 more grow with %2")
                      .arg(m_partners.front(), tagChartLabel(tags.front().first, tags.front().second))
                : tr("%1 and %3 more grow with %2")
                      .arg(m_partners.front(), tagChartLabel(tags.front().first, tags.front().second),
                           QLocale().toString(static_cast<qulonglong>(m_partners.size() - 1)));
    }
    m_seriesChart->setToolTip(partnerTips.join(QLatin1Char('\n')));
    // Nothing selected: the tags that grow steadily, fastest first.
    if (tags.empty()) {
        const auto& last = series->snapshots.back().poolTags;
        for (std::uint64_t key : m_leakingOrder) {
            if (tags.size() >= kMaxLines)
                break;
            for (const PoolTagStat& stat : last)
                if (tagPoolKey(stat.tag, stat.type) == key) {
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
    double smallestMaximum = 0;
    std::vector<std::vector<TagSeriesPoint>> points;
    for (const auto& [tag, type] : tags) {
        points.push_back(tagSeries(*series, tag, type));
        double lineMaximum = 0;
        for (const TagSeriesPoint& p : points.back())
            if (p.stat)
                lineMaximum = std::max(lineMaximum, static_cast<double>(p.stat->bytes.value_or(0)));
        maximum = std::max(maximum, lineMaximum);
        if (lineMaximum > 0)
            smallestMaximum = smallestMaximum > 0 ? std::min(smallestMaximum, lineMaximum) : lineMaximum;
    }
    // Unless the user chose, lines an order of magnitude apart get the log scale: on a linear
    // one the small tag lies flat on the axis, its growth invisible.
    if (!m_scaleChosen) {
        const GrowthScale automatic = smallestMaximum > 0 && maximum / smallestMaximum >= kLogSpread ? GrowthScale::LogBytes
                                                                                                        : GrowthScale::Bytes;
        const QSignalBlocker block(m_scale);
        m_scale->setCurrentIndex(m_scale->findData(static_cast<int>(automatic)));
    }
    const GrowthScale scale = growthScale();
    const ChartUnit unit = chartUnitFor(maximum);
    chart.title = scale == GrowthScale::SinceFirst ? tr("Change since the first of %1 snapshots").arg(series->size())
        : scale == GrowthScale::LogBytes           ? tr("Bytes over %1 snapshots, log scale").arg(series->size())
                                                   : tr("Bytes over %1 snapshots").arg(series->size());
    if (!partnerTitle.isEmpty())
        chart.title = tr("%1. %2").arg(partnerTitle, chart.title);
    chart.xAxis = timed ? tr("seconds") : tr("screen");
    chart.valueAxis = scale == GrowthScale::SinceFirst ? tr("change, %") : unit.name;
    chart.scale = scale == GrowthScale::LogBytes ? ChartData::Scale::Log : ChartData::Scale::Linear;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        ChartSeries line;
        line.name = tagChartLabel(tags[i].first, tags[i].second);
        if (m_partners.contains(line.name))
            line.name = tr("%1 (grows with it)").arg(line.name);
        std::optional<double> base; // the first screen's bytes, for SinceFirst
        for (const TagSeriesPoint& p : points[i]) {
            if (!p.stat || !p.stat->bytes)
                continue;
            const double x = timed && p.seconds ? *p.seconds : static_cast<double>(p.index + 1);
            const auto bytes = static_cast<double>(*p.stat->bytes);
            if (scale == GrowthScale::SinceFirst) {
                if (!base && bytes > 0)
                    base = bytes; // a tag absent at first is measured from where it appeared
                if (base)
                    line.points.emplace_back(x, 100.0 * (bytes / *base - 1.0));
            } else {
                line.points.emplace_back(x, bytes / unit.divisor);
            }
        }
        chart.series.push_back(std::move(line));
    }
    m_seriesChart->show(chart);
}

} // namespace poolscope::views
