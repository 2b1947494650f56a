#include "irp_view.h"

#include "analysis/conclusions/leak_queries.h"
#include "model/format.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/irp_group_model.h"
#include "views/irp_model.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_model.h"
#include "views/record_table_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace poolscope::views {

namespace {

constexpr IrpKey kKeys[] = {IrpKey::Process, IrpKey::Thread, IrpKey::File, IrpKey::Driver,
                            IrpKey::Status,  IrpKey::Completed, IrpKey::Port};

} // namespace

IrpView::IrpView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makeIrpModel()), m_groupModel(makeIrpGroupModel(m_key))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_scope = new QLabel(this);
    m_scope->setWordWrap(true);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* groupLabel = new QLabel(tr("&Group by:"), this);
    m_keys = new QComboBox(this);
    for (const IrpKey key : kKeys)
        m_keys->addItem(irpKeyTitle(key), static_cast<int>(key));
    m_keys->setToolTip(tr("Count the IRPs shown per process, thread, file, current driver, status, completed or port"));
    groupLabel->setBuddy(m_keys);
    m_allGroups = new QToolButton(this);
    m_allGroups->setObjectName(QStringLiteral("allGroups"));
    m_allGroups->setText(tr("All groups"));
    m_allGroups->setToolTip(tr("List the IRPs of every group again"));
    m_allGroups->setEnabled(false);
    m_all = new QCheckBox(tr("Show IRPs of every &port"), this);
    top->addWidget(m_scope, 1);
    top->addWidget(groupLabel);
    top->addWidget(m_keys);
    top->addWidget(m_allGroups);
    top->addSpacing(12);
    top->addWidget(m_all);
    layout->addLayout(top);

    m_split = new QSplitter(Qt::Vertical, this);
    QSplitter* split = m_split;
    m_groups = new RecordTableView(tr("IRPs per group"), split);
    m_groups->setModel(m_groupModel.get());
    m_groups->sortBy(IrpGroupCountColumn, Qt::DescendingOrder);
    m_table = new RecordTableView(tr("IRPs"), split);
    m_table->setModel(m_model.get());
    split->addWidget(m_groups);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    layout->addWidget(split, 1);
    setTabOrder(m_keys, m_allGroups);
    setTabOrder(m_allGroups, m_all);

    connect(m_all, &QCheckBox::toggled, this, &IrpView::reload);
    connect(m_keys, &QComboBox::activated, this,
            [this] { setGroupKey(static_cast<IrpKey>(m_keys->currentData().toInt())); });
    connect(m_allGroups, &QToolButton::clicked, this, [this] { selectGroup({}); });
    // A group is picked by selecting its row (a click, the arrows), not by the table taking
    // the focus, which only moves its current row; a reset's empty selection is no choice either.
    connect(m_groups->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_groups->table()->selectionModel()->selectedRows();
        const QString key = rows.isEmpty() ? QString() : rows.front().data(KeyRole).toString();
        if (!key.isEmpty() && key != m_group)
            selectGroup(key);
    });
    connect(m_table, &RecordTableView::currentKeyChanged, this, [this](const QString& key) {
        if (!key.isEmpty())
            emit m_investigation.inspectRequested(QStringLiteral("irp"), key);
    });
    connect(&m_investigation, &Investigation::snapshotChanged, this, &IrpView::reload);
    connect(&m_investigation, &Investigation::portSelected, this, &IrpView::reload);
    connect(&m_investigation, &Investigation::baselineChanged, this, &IrpView::reload);
    connect(&m_investigation, &Investigation::recordOpened, this, &IrpView::openRecord);
    reload();
}

IrpView::~IrpView() = default;

void IrpView::setShowAll(bool all)
{
    m_all->setChecked(all);
}

IrpKey IrpView::groupKey() const
{
    return m_key;
}

void IrpView::setGroupKey(IrpKey key)
{
    m_keys->setCurrentIndex(m_keys->findData(static_cast<int>(key)));
    if (key == m_key)
        return;
    m_key = key;
    m_group.clear();
    // The first column is named for the key: a model per key, swapped in before the old one goes.
    auto model = makeIrpGroupModel(key);
    m_groups->setModel(model.get());
    m_groupModel = std::move(model);
    m_groups->sortBy(IrpGroupCountColumn, Qt::DescendingOrder);
    reload();
}

bool IrpView::selectGroup(const QString& key)
{
    if (!key.isEmpty() && m_groupModel->rowOfKey(key) < 0)
        return false;
    m_group = key;
    if (key.isEmpty()) {
        m_groups->table()->clearSelection();
        m_groups->table()->setCurrentIndex({});
    } else if (m_groups->currentKey() != key) {
        m_groups->selectKey(key);
    }
    reloadIrps();
    return true;
}

void IrpView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitGroups();
}

void IrpView::fitGroups()
{
    // The summary as tall as its groups, up to a third of the view: one group is one line,
    // and the IRPs get the rest. Once the user drags the splitter, the sizes are theirs.
    if (m_userSized)
        return;
    const int wanted = std::min(m_groups->heightForAllRows(), m_split->height() / 3);
    m_split->setSizes({wanted, std::max(m_split->height() - wanted, 1)});
}

QString IrpView::scopeText() const
{
    return m_scope->text();
}

std::optional<RecordRef> IrpView::selectedRecord() const
{
    if (const auto irp = parseAddressKey(m_table->currentKey()))
        return RecordRef{RecordKind::Irp, *irp, 0, {}, PoolType::Unknown};
    if (const IrpGroupRow* row = m_groupModel->rowAt(m_groupModel->rowOfKey(m_group)))
        return row->value().record;
    return std::nullopt;
}

void IrpView::reload()
{
    const Snapshot* snapshot = m_investigation.current();
    const auto port = m_all->isChecked() ? std::nullopt : m_investigation.selectedPort();
    m_groupModel->setRows(snapshot ? irpGroupRows(*snapshot, irpsOnPort(*snapshot, port), m_key) : std::vector<IrpGroupRow>{});
    const auto& groups = m_groupModel->rows();
    m_groups->table()->setColumnHidden(IrpGroupNoteColumn, std::none_of(groups.begin(), groups.end(), [](const IrpGroupRow& r) {
                                           return !r.value().note.empty();
                                       }));
    fitGroups();
    if (!m_group.isEmpty() && m_groupModel->rowOfKey(m_group) < 0)
        m_group.clear(); // that group has no IRP here
    if (!m_group.isEmpty())
        m_groups->selectKey(m_group);
    reloadIrps();
}

void IrpView::reloadIrps()
{
    const Snapshot* snapshot = m_investigation.current();
    const auto port = m_all->isChecked() ? std::nullopt : m_investigation.selectedPort();
    const QString previous = m_table->currentKey();
    const Snapshot* baseline = m_investigation.baseline();
    std::vector<IrpRow> rows;
    if (snapshot)
        rows = baseline ? irpCompareRows(*baseline, *snapshot, port) : irpRows(*snapshot, port);
    if (snapshot && !m_group.isEmpty()) {
        // Each IRP's key read in the snapshot it comes from (a gone IRP from the baseline's).
        const IrpKeyReader now(*snapshot);
        const std::optional<IrpKeyReader> before = baseline ? std::optional<IrpKeyReader>(std::in_place, *baseline) : std::nullopt;
        std::erase_if(rows, [&](const IrpRow& row) {
            const IrpKeyReader& reader = std::string_view(row.change) == "gone" && before ? *before : now;
            return irpGroupKey(reader.value(*row.irp, m_key)) != m_group;
        });
    }
    // The Change column says something only when comparing; the state only when a thread's is known.
    const bool states = std::any_of(rows.begin(), rows.end(), [](const IrpRow& r) { return r.thread && !r.thread->state.empty(); });
    m_model->setRows(std::move(rows));
    m_table->table()->setColumnHidden(IrpChangeColumn, baseline == nullptr);
    m_table->table()->setColumnHidden(IrpThreadStateColumn, !states);
    m_allGroups->setEnabled(!m_group.isEmpty());

    QString scope;
    if (!snapshot)
        scope.clear();
    else if (port)
        scope = tr("IRPs queued on port <b>%1</b>").arg(QString::fromStdString(format::address(*port, snapshot->pointerSize)));
    else
        scope = m_all->isChecked() || !m_investigation.selectedPort()
            ? tr("Every IRP in this source (select a port to see only its IRPs)")
            : QString();
    if (const IrpGroupRow* group = m_groupModel->rowAt(m_groupModel->rowOfKey(m_group)))
        scope += tr("<br>Listed: the <b>%1</b> whose %2 is <b>%3</b>")
                     .arg(group->group.irps == 1 ? tr("one IRP")
                                                 : tr("%1 IRPs").arg(QString::fromStdString(format::count(group->group.irps))),
                          irpKeyTitle(m_key).toLower(),
                          QString::fromStdString(group->value().text).toHtmlEscaped());
    m_scope->setText(scope);
    if (!previous.isEmpty())
        m_table->selectKey(previous);
}

void IrpView::openRecord(const RecordRef& record)
{
    const Snapshot* snapshot = m_investigation.current();
    if (!snapshot)
        return;
    if (record.kind == RecordKind::Irp) {
        const SnapshotIndex index(*snapshot);
        const Irp* irp = index.irp(record.address);
        if (!irp)
            return;
        selectGroup({});
        if (irp->port && !m_all->isChecked())
            m_investigation.selectPort(*irp->port);
        else if (!irp->port)
            setShowAll(true);
        m_table->selectKey(addressKey(record.address));
        return;
    }
    if (record.kind != RecordKind::FileObject)
        return;
    // A file object: the IRPs issued on it, grouped by file with its group listed.
    setGroupKey(IrpKey::File);
    const auto find = [&] {
        for (const IrpGroupRow& row : m_groupModel->rows())
            if (row.value().record && row.value().record->address == record.address)
                return irpGroupKey(row.value());
        return QString();
    };
    QString key = find();
    if (key.isEmpty() && !m_all->isChecked()) {
        setShowAll(true); // its IRPs are on another port, or on none
        key = find();
    }
    m_table->table()->setCurrentIndex({});
    selectGroup(key);
}

} // namespace poolscope::views
