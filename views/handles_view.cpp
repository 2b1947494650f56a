#include "handles_view.h"

#include "model/format.h"
#include "views/chart_panel.h"
#include "views/compare_models.h"
#include "views/completion_port_model.h"
#include "views/handle_models.h"
#include "views/investigation.h"
#include "views/record_table_view.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace poolscope::views {

namespace {

constexpr std::size_t kChartProcesses = 10;
constexpr std::size_t kChartTypes = 6;

} // namespace

HandlesView::HandlesView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_holderModel(makeHolderModel()),
      m_typeModel(makeHandleTypeModel()), m_compareModel(makeHandleTypeCompareModel())
{
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical, this);

    auto* holders = new QWidget(split);
    auto* holdersLayout = new QVBoxLayout(holders);
    holdersLayout->setContentsMargins(0, 0, 0, 0);
    m_holdersTitle = new QLabel(holders);
    m_holdersTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    holdersLayout->addWidget(m_holdersTitle);
    m_holders = new RecordTableView(tr("Holders"), holders);
    m_holders->setModel(m_holderModel.get());
    holdersLayout->addWidget(m_holders);

    auto* lower = new QSplitter(Qt::Horizontal, split);
    m_types = new RecordTableView(tr("Handles by process and object type"), lower);
    m_types->setModel(m_typeModel.get());
    m_types->sortBy(HtCountColumn, Qt::DescendingOrder);
    m_chart = new ChartPanel(lower);
    lower->addWidget(m_types);
    lower->addWidget(m_chart);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    split->addWidget(holders);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split);

    connect(m_types, &RecordTableView::currentKeyChanged, this, [this](const QString& key) {
        if (const auto process = parseAddressKey(key.section(QLatin1Char('|'), 0, 0)))
            m_investigation.selectProcess(process);
    });
    connect(m_holders, &RecordTableView::keyActivated, this, [this](const QString& key) {
        emit m_investigation.inspectRequested(QStringLiteral("process"), key);
    });
    connect(&m_investigation, &Investigation::processSelected, this, [this](std::optional<Address> process) {
        if (!process || m_types->currentKey().startsWith(addressKey(*process) + QLatin1Char('|')))
            return;
        // The process's largest type: the first of its rows in the default order.
        for (const ProcessHandleTypes& p : m_counts)
            if (p.processAddress == *process && !p.counts.empty()) {
                m_types->selectKey(addressKey(*process) + QLatin1Char('|') + QString::fromStdString(p.counts.front().type));
                return;
            }
    });
    connect(&m_investigation, &Investigation::objectSelected, this, &HandlesView::reloadHolders);
    connect(&m_investigation, &Investigation::snapshotChanged, this, &HandlesView::reload);
    connect(&m_investigation, &Investigation::baselineChanged, this, &HandlesView::reload);
    reload();
}

HandlesView::~HandlesView() = default;

QString HandlesView::holdersTitle() const
{
    return m_holdersTitle->text();
}

void HandlesView::reload()
{
    const Snapshot* snapshot = m_investigation.current();
    m_typeModel->setRows({}); // the rows point into m_counts
    m_counts = snapshot ? handleCountsByType(*snapshot) : std::vector<ProcessHandleTypes>{};
    m_typeModel->setRows(handleTypeRows(m_counts, snapshot ? snapshot->pointerSize : 8));
    const Snapshot* baseline = m_investigation.baseline();
    const bool comparing = snapshot && baseline;
    m_compareModel->setRows(comparing ? handleTypeCompareRows(*baseline, *snapshot) : std::vector<HandleTypeCompareRow>{});
    if (comparing != m_comparing) {
        m_comparing = comparing;
        m_types->setModel(comparing ? static_cast<RecordTableBase*>(m_compareModel.get()) : m_typeModel.get());
        m_types->sortBy(comparing ? HandleTypeCompareDelta : int{HtCountColumn}, Qt::DescendingOrder);
    }
    reloadHolders();
    updateChart();
}

void HandlesView::reloadHolders()
{
    const Snapshot* snapshot = m_investigation.current();
    const auto object = m_investigation.selectedObject();
    if (!snapshot || !object) {
        m_holderModel->setRows({});
        m_holdersTitle->setText(tr("Select a completion port (or open an object from the inspector) to see the "
                                   "processes holding a handle to it."));
        return;
    }
    m_holderModel->setRows(holderRows(*snapshot, *object));
    const QString address = QString::fromStdString(format::address(*object, snapshot->pointerSize));
    m_holdersTitle->setText(m_holderModel->rows().empty()
                                ? tr("No process in this source holds a handle to <b>%1</b>.").arg(address)
                                : tr("Processes holding a handle to <b>%1</b>").arg(address));
}

void HandlesView::updateChart()
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.valueAxis = tr("handles");
    std::vector<const ProcessHandleTypes*> top;
    for (const ProcessHandleTypes& p : m_counts)
        top.push_back(&p);
    std::sort(top.begin(), top.end(), [](const ProcessHandleTypes* a, const ProcessHandleTypes* b) {
        return a->total != b->total ? a->total > b->total : a->processAddress < b->processAddress;
    });
    if (top.size() > kChartProcesses)
        top.resize(kChartProcesses);
    // The types that matter across these processes; the rest is "Other".
    std::map<std::string, std::uint64_t> typeTotals;
    for (const ProcessHandleTypes* p : top)
        for (const HandleTypeCount& c : p->counts)
            typeTotals[c.type] += c.count;
    std::vector<std::pair<std::string, std::uint64_t>> types(typeTotals.begin(), typeTotals.end());
    std::sort(types.begin(), types.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const bool other = types.size() > kChartTypes;
    if (other)
        types.resize(kChartTypes);
    const Snapshot* snapshot = m_investigation.current();
    chart.title = top.empty() ? tr("Handles by type") : tr("Handles of the %1 processes with the most").arg(top.size());
    // Category names must be unique (a bar axis merges equal names and the bars slide off
    // it): two svchost.exe are told apart by their pid, put first so that the axis's
    // eliding of long labels keeps it.
    std::map<std::string, int> seen;
    for (const ProcessHandleTypes* p : top)
        if (p->process)
            ++seen[p->process->imageName];
    for (const ProcessHandleTypes* p : top) {
        std::string name = p->process && !p->process->imageName.empty()
            ? p->process->imageName
            : format::address(p->processAddress, snapshot ? snapshot->pointerSize : 8);
        if (p->process && seen[p->process->imageName] > 1)
            name = (p->process->pid ? fmt::format("{:#x}", *p->process->pid)
                                    : format::address(p->processAddress, snapshot ? snapshot->pointerSize : 8))
                + " " + name;
        chart.categories << QString::fromStdString(name);
    }
    for (const auto& [type, total] : types) {
        ChartSeries series;
        series.name = QString::fromStdString(type);
        for (const ProcessHandleTypes* p : top) {
            const auto it = std::find_if(p->counts.begin(), p->counts.end(), [&](const HandleTypeCount& c) { return c.type == type; });
            series.values.push_back(it == p->counts.end() ? 0.0 : static_cast<double>(it->count));
        }
        chart.series.push_back(std::move(series));
    }
    if (other) {
        ChartSeries rest;
        rest.name = tr("Other");
        for (const ProcessHandleTypes* p : top) {
            std::uint64_t sum = 0;
            for (const HandleTypeCount& c : p->counts)
                if (std::none_of(types.begin(), types.end(), [&](const auto& t) { return t.first == c.type; }))
                    sum += c.count;
            rest.values.push_back(static_cast<double>(sum));
        }
        chart.series.push_back(std::move(rest));
    }
    m_chart->show(chart);
}

} // namespace poolscope::views
