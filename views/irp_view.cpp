#include "irp_view.h"

#include "model/format.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/irp_model.h"
#include "views/record_table_view.h"

#include <QCheckBox>
#include <QTableView>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace poolscope::views {

IrpView::IrpView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makeIrpModel())
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_scope = new QLabel(this);
    m_all = new QCheckBox(tr("Show IRPs of every port"), this);
    top->addWidget(m_scope, 1);
    top->addWidget(m_all);
    layout->addLayout(top);
    m_table = new RecordTableView(tr("IRPs"), this);
    m_table->setModel(m_model.get());
    layout->addWidget(m_table, 1);

    connect(m_all, &QCheckBox::toggled, this, &IrpView::reload);
    connect(m_table, &RecordTableView::currentKeyChanged, this, [this](const QString& key) {
        if (!key.isEmpty())
            emit m_investigation.inspectRequested(QStringLiteral("irp"), key);
    });
    connect(&m_investigation, &Investigation::snapshotChanged, this, &IrpView::reload);
    connect(&m_investigation, &Investigation::portSelected, this, &IrpView::reload);
    connect(&m_investigation, &Investigation::baselineChanged, this, &IrpView::reload);
    reload();
}

IrpView::~IrpView() = default;

void IrpView::setShowAll(bool all)
{
    m_all->setChecked(all);
}

void IrpView::reload()
{
    const Snapshot* snapshot = m_investigation.current();
    const auto port = m_all->isChecked() ? std::nullopt : m_investigation.selectedPort();
    const QString previous = m_table->currentKey();
    const Snapshot* baseline = m_investigation.baseline();
    m_model->setRows(!snapshot ? std::vector<IrpRow>{} : baseline ? irpCompareRows(*baseline, *snapshot, port) : irpRows(*snapshot, port));
    // The Change column says something only when comparing.
    m_table->table()->setColumnHidden(IrpChangeColumn, baseline == nullptr);
    if (!snapshot)
        m_scope->clear();
    else if (port)
        m_scope->setText(tr("IRPs queued on port <b>%1</b>")
                             .arg(QString::fromStdString(format::address(*port, snapshot->pointerSize))));
    else
        m_scope->setText(m_all->isChecked() || !m_investigation.selectedPort()
                             ? tr("Every IRP in this source (select a port to see only its IRPs)")
                             : QString());
    if (!previous.isEmpty())
        m_table->selectKey(previous);
}

} // namespace poolscope::views
