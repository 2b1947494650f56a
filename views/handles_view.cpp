#include "handles_view.h"

#include "model/format.h"
#include "views/chart_panel.h"
#include "views/compare_models.h"
#include "views/completion_port_model.h"
#include "views/handle_chart.h"
#include "views/handle_models.h"
#include "views/investigation.h"
#include "views/record_table_view.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>


#include <algorithm>

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
    m_types->showColumnsFirst({HtProcessColumn, HtTypeColumn, HtCountColumn, HtShareColumn});
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
        if (const auto process = parseAddressKey(key.section(QLatin1Char('|'), 0, 0))) {
            m_selected = RecordRef{RecordKind::Process, *process, 0, {}, PoolType::Unknown};
            m_investigation.selectProcess(process);
            emit m_investigation.inspectRequested(QStringLiteral("process"), addressKey(*process));
        }
    });
    const auto inspectHolder = [this](const QString& key) {
        if (const auto process = parseAddressKey(key)) {
            m_selected = RecordRef{RecordKind::Process, *process, 0, {}, PoolType::Unknown};
            emit m_investigation.inspectRequested(QStringLiteral("process"), key);
        }
    };
    connect(m_holders, &RecordTableView::currentKeyChanged, this, inspectHolder);
    connect(m_holders, &RecordTableView::keyActivated, this, inspectHolder);
    // A thread or an object opened from a finding: its holders are listed; it is what this view shows.
    connect(&m_investigation, &Investigation::recordOpened, this, [this](const RecordRef& record) {
        if (record.kind == RecordKind::Thread || record.kind == RecordKind::Object)
            m_selected = record;
    });
    connect(&m_investigation, &Investigation::sourceChanged, this, [this] { m_selected.reset(); });
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
        if (comparing)
            m_types->showColumnsFirst({0, 2, HandleTypeCompareDelta}); // process, type, change
        else
            m_types->showColumnsFirst({HtProcessColumn, HtTypeColumn, HtCountColumn, HtShareColumn});
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
    const Snapshot* snapshot = m_investigation.current();
    m_chart->show(handleTypesChart(m_counts, snapshot ? snapshot->pointerSize : 8, kChartProcesses, kChartTypes));
}

} // namespace poolscope::views
