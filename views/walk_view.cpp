#include "walk_view.h"

#include "analysis/conclusions/leak_queries.h"
#include "model/format.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"
#include "views/walk_model.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace poolscope::views {

namespace {

QString listLabel(const Snapshot& snapshot, const ListRef& list)
{
    const QString owner = QString::fromStdString(format::address(list.owner, snapshot.pointerSize));
    switch (list.kind) {
    case ListKind::PortQueue:
        for (const CompletionPort& port : snapshot.ports)
            if (port.address == list.owner && port.queuedEntries)
                return QObject::tr("Queue of port %1 (%2 queued)").arg(owner, QString::fromStdString(format::count(*port.queuedEntries)));
        return QObject::tr("Queue of port %1").arg(owner);
    case ListKind::ThreadIrps:
        return QObject::tr("IrpList of thread %1").arg(owner);
    case ListKind::ActiveProcesses:
        return QObject::tr("Process list (ActiveProcessLinks)");
    }
    return owner;
}

} // namespace

WalkView::WalkView(Investigation& investigation, QWidget* parent)
    : QWidget(parent), m_investigation(investigation), m_model(makeWalkModel())
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("List:"), this));
    m_lists = new QComboBox(this);
    m_lists->setMinimumContentsLength(40);
    m_lists->setToolTip(tr("The list to walk: a port's queue (EntryListHead), a thread's IrpList, the process list"));
    top->addWidget(m_lists);
    top->addStretch(1);
    layout->addLayout(top);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_ending = new QLabel(this);
    m_ending->setWordWrap(true);
    m_ending->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_ending);

    auto* commandRow = new QHBoxLayout;
    m_command = new QLineEdit(this);
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setToolTip(tr("The same walk in WinDbg: !list runs !irp on every entry"));
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the !list command to the clipboard"));
    commandRow->addWidget(new QLabel(tr("WinDbg:"), this));
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(copy);
    layout->addLayout(commandRow);

    m_table = new RecordTableView(tr("Steps"), this);
    m_table->setModel(m_model.get());
    layout->addWidget(m_table, 1);

    connect(copy, &QPushButton::clicked, this, &WalkView::copyCommand);
    connect(m_lists, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && static_cast<std::size_t>(index) < m_choices.size())
            m_investigation.selectList(m_choices[static_cast<std::size_t>(index)]);
    });
    connect(m_table, &RecordTableView::currentKeyChanged, this, [this](const QString& key) {
        if (m_updating || key.isEmpty() || !m_list)
            return;
        if (key.startsWith(QLatin1String("record:")))
            emit m_investigation.inspectRequested(m_list->kind == ListKind::ActiveProcesses ? QStringLiteral("process")
                                                                                          : QStringLiteral("irp"),
                                                  key.mid(7));
        else
            emit m_investigation.listStepRequested(*m_list, key.toULongLong());
    });
    connect(&m_investigation, &Investigation::snapshotChanged, this, &WalkView::reload);
    connect(&m_investigation, &Investigation::portSelected, this, [this](std::optional<Address> port) {
        if (port)
            setList(ListRef{ListKind::PortQueue, *port});
    });
    connect(&m_investigation, &Investigation::listSelected, this, &WalkView::setList);
    // Where the inspector is on this list: its row is selected, without asking for it again.
    connect(&m_investigation, &Investigation::listStepShown, this, [this](const ListRef& list, qulonglong step) {
        if (list != m_list || m_updating || !m_walk || step == 0 || step > m_walk->steps.size())
            return;
        // A row the user's filter hides stays hidden: the filter is theirs.
        const QString key = QString::number(step);
        const int row = m_model->rowOfKey(key);
        if (row < 0 || !m_table->proxy()->mapFromSource(m_model->index(row, 0)).isValid())
            return;
        m_updating = true;
        m_table->selectKey(key);
        m_updating = false;
    });
    reload();
}

WalkView::~WalkView() = default;

std::optional<RecordRef> WalkView::selectedRecord() const
{
    const QString key = m_table->currentKey();
    if (key.isEmpty() || !m_list || !m_walk)
        return std::nullopt;
    const RecordKind kind = m_list->kind == ListKind::ActiveProcesses ? RecordKind::Process : RecordKind::Irp;
    if (key.startsWith(QLatin1String("record:"))) {
        const auto record = parseAddressKey(key.mid(7));
        return record ? std::optional(RecordRef{kind, *record, 0, {}, PoolType::Unknown}) : std::nullopt;
    }
    const std::size_t step = key.toULongLong();
    if (step == 0 || step > m_walk->steps.size())
        return std::nullopt;
    const WalkStep& s = m_walk->steps[step - 1];
    if (!s.record || !s.inSource || (s.kind != ListEntryKind::Irp && s.kind != ListEntryKind::Process))
        return std::nullopt;
    return RecordRef{kind, *s.record, 0, {}, PoolType::Unknown};
}

QString WalkView::heading() const
{
    return m_heading->text();
}

QString WalkView::ending() const
{
    return m_walk ? QString::fromStdString(m_walk->ending) : QString();
}

QString WalkView::command() const
{
    return m_command->text();
}

void WalkView::copyCommand() const
{
    QApplication::clipboard()->setText(m_command->text());
}

void WalkView::reload()
{
    const Snapshot* snapshot = m_investigation.current();
    m_index = snapshot ? std::make_unique<SnapshotIndex>(*snapshot) : nullptr;
    std::optional<ListRef> list = m_investigation.selectedList();
    if (!list && m_investigation.selectedPort())
        list = ListRef{ListKind::PortQueue, *m_investigation.selectedPort()};
    if (!list && snapshot) {
        // The !icpleak answer: the deepest port, where the walk of seed 002 starts.
        const auto ranking = rankPorts(*snapshot);
        if (!ranking.empty())
            list = ListRef{ListKind::PortQueue, ranking.front().port->address};
    }
    m_list = list;
    showWalk();
}

void WalkView::setList(std::optional<ListRef> list)
{
    if (!list || list == m_list)
        return;
    m_list = list;
    showWalk();
}

void WalkView::fillLists()
{
    const QSignalBlocker block(m_lists);
    m_lists->clear();
    m_choices.clear();
    const Snapshot* snapshot = m_investigation.current();
    if (!snapshot)
        return;
    for (const PortRanking& r : rankPorts(*snapshot))
        m_choices.push_back({ListKind::PortQueue, r.port->address});
    bool processes = false;
    for (const KernelList& seen : snapshot->lists) {
        if (seen.kind == ListKind::ThreadIrps)
            m_choices.push_back({ListKind::ThreadIrps, seen.owner});
        processes = processes || seen.kind == ListKind::ActiveProcesses;
    }
    if (processes)
        m_choices.push_back({ListKind::ActiveProcesses, 0});
    if (m_list && std::find(m_choices.begin(), m_choices.end(), *m_list) == m_choices.end())
        m_choices.push_back(*m_list);
    for (const ListRef& list : m_choices)
        m_lists->addItem(listLabel(*snapshot, list));
    if (m_list)
        m_lists->setCurrentIndex(static_cast<int>(std::find(m_choices.begin(), m_choices.end(), *m_list) - m_choices.begin()));
}

void WalkView::showWalk()
{
    m_updating = true;
    fillLists();
    m_walk = m_index && m_list ? std::make_unique<ListWalk>(walkList(*m_index, *m_list)) : nullptr;
    m_model->setRows(m_walk ? walkRows(*m_walk) : std::vector<WalkRow>{});
    if (!m_walk) {
        m_heading->setText(m_index ? tr("No list to walk: this source has no completion port. Follow a _LIST_ENTRY "
                                        "in the inspector, or open a dump or a log with dt nt!_KQUEUE and !list.")
                                   : QString());
        m_ending->clear();
        m_command->clear();
        m_updating = false;
        return;
    }
    const ListWalk& w = *m_walk;
    m_heading->setText(tr("<b>%1</b>: %2.%3 at +%4 (offsets: %5)")
                           .arg(QString::fromStdString(w.title).toHtmlEscaped(), QString::fromStdString(w.recordType),
                                QString::fromStdString(w.field), QStringLiteral("0x%1").arg(w.fieldOffset, 0, 16),
                                QString::fromStdString(w.offsetsSource.empty() ? std::string("x64") : w.offsetsSource)
                                    .toHtmlEscaped()));
    QString ending = tr("The walk: %1.").arg(QString::fromStdString(w.ending));
    for (const std::string& note : w.notes)
        ending += QLatin1Char(' ') + QString::fromStdString(note) + QLatin1Char('.');
    m_ending->setText(ending);
    const std::string command = listCommand(w);
    m_command->setText(QString::fromStdString(command));
    m_command->setCursorPosition(0);
    m_updating = false;
}

} // namespace poolscope::views
