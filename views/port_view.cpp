#include "port_view.h"

#include "model/format.h"
#include "views/compare_models.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/record_table_view.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace poolscope::views {

PortView::PortView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makeCompletionPortModel()),
      m_compareModel(makePortCompareModel())
{
    auto* layout = new QVBoxLayout(this);
    m_answer = new QLabel(this);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_answer);
    m_table = new RecordTableView(tr("Completion ports"), this);
    m_table->setLastColumnWrapped(200); // the verdict is a sentence
    m_table->setModel(m_model.get());
    m_table->showColumnsFirst({PortRankColumn, PortAddressColumn, QueuedColumn, VerdictColumn});
    layout->addWidget(m_table, 1);

    connect(m_table, &RecordTableView::currentKeyChanged, this,
            [this](const QString& key) {
                // A reset of the table clears its current row: that is not the user's choice.
                if (!key.isEmpty())
                    m_investigation.selectPort(parseAddressKey(key));
            });
    connect(m_table, &RecordTableView::keyActivated, this, [this](const QString& key) {
        emit m_investigation.inspectRequested(QStringLiteral("port"), key);
    });
    connect(&m_investigation, &Investigation::snapshotChanged, this, &PortView::reload);
    connect(&m_investigation, &Investigation::baselineChanged, this, &PortView::reload);
    connect(&m_investigation, &Investigation::portSelected, this, [this](std::optional<Address> port) {
        if (port && m_table->currentKey() != addressKey(*port))
            m_table->selectKey(addressKey(*port));
    });
    m_table->sortBy(PortRankColumn, Qt::AscendingOrder);
    reload();
}

PortView::~PortView() = default;

void PortView::reload()
{
    const Snapshot* snapshot = m_investigation.current();
    const Snapshot* baseline = m_investigation.baseline();
    const bool comparing = snapshot && baseline;
    m_model->setRows(snapshot ? portRows(*snapshot) : std::vector<PortRow>{});
    m_compareModel->setRows(comparing ? portCompareRows(*baseline, *snapshot) : std::vector<PortCompareRow>{});
    if (comparing != m_comparing) {
        m_comparing = comparing;
        m_table->setModel(comparing ? static_cast<RecordTableBase*>(m_compareModel.get()) : m_model.get());
        if (comparing) {
            m_table->showColumnsFirst({0, PortCompareDepthDelta});
            m_table->sortBy(PortCompareDepthDelta, Qt::DescendingOrder);
        } else {
            m_table->showColumnsFirst({PortRankColumn, PortAddressColumn, QueuedColumn, VerdictColumn});
            m_table->sortBy(PortRankColumn, Qt::AscendingOrder);
        }
    }
    if (m_model->rows().empty()) {
        m_answer->setText(snapshot ? tr("No completion ports in this source. A KD log needs !icpleak, "
                                        "!handle … IoCompletion or dt nt!_KQUEUE output; a poolmon capture has none.")
                                   : QString());
    } else {
        const PortRow& top = m_model->rows().front();
        const QString holders = top.port().holders.empty()
            ? tr("no holder known")
            : top.port().holders.size() == 1
            ? tr("held by 1 process")
            : tr("held by %1 processes").arg(QLocale().toString(static_cast<qulonglong>(top.port().holders.size())));
        m_answer->setText(tr("<b>!icpleak:</b> port %1 has the most queued entries: <b>%2</b> (%3).")
                              .arg(QString::fromStdString(format::address(top.port().address, top.pointerSize)),
                                   QString::fromStdString(format::count(top.ranking.depth)), holders));
    }
    // The !icpleak answer is where the walk starts: with nothing picked yet, pick it, so the
    // IRPs, the holders and the inspector show the deepest port from the first screen.
    if (const auto port = m_investigation.selectedPort())
        m_table->selectKey(addressKey(*port));
    else if (!m_model->rows().empty() && m_model->rows().front().ranking.depth > 0)
        m_investigation.selectPort(m_model->rows().front().port().address);
}

QString PortView::answerText() const
{
    return m_answer->text();
}

} // namespace poolscope::views
