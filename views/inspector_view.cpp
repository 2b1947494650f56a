#include "inspector_view.h"

#include "model/format.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/tag_allocations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace poolscope::views {

namespace {

constexpr int kLinkRole = Qt::UserRole + 1;
constexpr int kListLinkRole = Qt::UserRole + 2;
constexpr std::size_t kMaxHistory = 200;

// The dock is narrow: field names and values wrap in their column instead of being cut, and
// each row is as tall as its longest cell laid out in its column's width.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* tree) : QStyledItemDelegate(tree), m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem wrapped(option);
        wrapped.rect = QRect(0, 0, textWidth(index), std::max(option.rect.height(), 1));
        wrapped.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    int textWidth(const QModelIndex& index) const
    {
        int width = m_tree->header()->sectionSize(index.column());
        if (index.column() == 0) {
            int depth = m_tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
                ++depth;
            width -= depth * m_tree->indentation();
        }
        return std::max(width, 24);
    }

    QTreeView* m_tree;
};

const InspectedField* findField(const std::vector<InspectedField>& fields, const QString& name)
{
    for (const auto& f : fields) {
        if (QString::fromStdString(f.name) == name)
            return &f;
        if (const InspectedField* inner = findField(f.children, name))
            return inner;
    }
    return nullptr;
}

} // namespace

InspectorView::InspectorView(Investigation& investigation, QWidget* parent) : QWidget(parent), m_investigation(investigation)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_back = new QToolButton(this);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = new QToolButton(this);
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    top->addWidget(m_back);
    top->addWidget(m_forward);
    top->addWidget(m_title, 1);
    layout->addLayout(top);

    // Where the walk is on its list, with the step's CONTAINING_RECORD, and the way on.
    m_stepBar = new QWidget(this);
    auto* stepLayout = new QHBoxLayout(m_stepBar);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    m_previousStep = new QToolButton(m_stepBar);
    m_previousStep->setObjectName(QStringLiteral("previousStep"));
    m_previousStep->setText(tr("Previous"));
    m_previousStep->setToolTip(tr("The previous entry: follow Blink (Alt+Up)"));
    m_previousStep->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_nextStep = new QToolButton(m_stepBar);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setText(tr("Next"));
    m_nextStep->setToolTip(tr("The next entry: follow Flink, as !list does (Alt+Down)"));
    m_nextStep->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_stepLabel = new QLabel(m_stepBar);
    m_stepLabel->setWordWrap(true);
    m_stepLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepLabel->setTextFormat(Qt::RichText);
    stepLayout->addWidget(m_previousStep, 0, Qt::AlignTop);
    stepLayout->addWidget(m_nextStep, 0, Qt::AlignTop);
    stepLayout->addWidget(m_stepLabel, 1);
    m_stepBar->setVisible(false);
    layout->addWidget(m_stepBar);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    // Rows grow or shrink with their column: lay them out again when a column's width changes.
    // Once per turn of the event loop: a layout that shows or hides the scroll bar resizes
    // the last column again.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] {
        if (std::exchange(m_relayoutPending, true))
            return;
        QMetaObject::invokeMethod(
            m_tree,
            [this] {
                m_relayoutPending = false;
                m_tree->doItemsLayout();
            },
            Qt::QueuedConnection);
    });
    m_tree->setToolTip(tr("Underlined values are pointers to records this source holds: Enter or double click opens them"));
    layout->addWidget(m_tree, 1);

    m_provenance = new QLabel(this);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_provenance);
    auto* heading = new QLabel(tr("<b>Check it in WinDbg</b>"), this);
    layout->addWidget(heading);
    m_commands = new QWidget(this);
    m_commandLayout = new QVBoxLayout(m_commands);
    m_commandLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_commands);

    connect(m_back, &QToolButton::clicked, this, &InspectorView::back);
    connect(m_forward, &QToolButton::clicked, this, &InspectorView::forward);
    connect(m_previousStep, &QToolButton::clicked, this, &InspectorView::previousStep);
    connect(m_nextStep, &QToolButton::clicked, this, &InspectorView::nextStep);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const QVariant list = item->data(1, kListLinkRole); list.isValid())
            followListLink(list.value<ListLink>());
        else if (const QVariant link = item->data(1, kLinkRole); link.isValid())
            showRecord(link.value<RecordRef>());
    });
    connect(&m_investigation, &Investigation::listStepRequested, this,
            [this](const ListRef& list, qulonglong step) { showStep(list, static_cast<std::size_t>(step)); });
    connect(&m_investigation, &Investigation::snapshotChanged, this, [this] {
        rebuildIndex();
        render();
    });
    connect(&m_investigation, &Investigation::sourceChanged, this, [this] {
        m_history.clear();
        m_position = 0;
        m_lastBlock.reset();
    });
    connect(&m_investigation, &Investigation::inspectRequested, this, [this](const QString& kind, const QString& key) {
        if (const auto ref = refFromKey(kind, key))
            showRecord(*ref);
    });
    connect(&m_investigation, &Investigation::recordInspectRequested, this, &InspectorView::showRecord);
    connect(&m_investigation, &Investigation::portSelected, this, [this](std::optional<Address> port) {
        if (port)
            showRecord({RecordKind::Port, *port, 0, {}, PoolType::Unknown});
    });
    connect(&m_investigation, &Investigation::tagSelected, this, [this](const QString& key) {
        if (const auto ref = refFromKey(QStringLiteral("tag"), key))
            showRecord(*ref);
    });
    rebuildIndex();
    render();
}

InspectorView::~InspectorView() = default;

std::optional<RecordRef> InspectorView::refFromKey(const QString& kind, const QString& key)
{
    RecordRef ref;
    if (kind == QLatin1String("tag")) {
        ref.kind = RecordKind::PoolTag;
        if (!parsePoolTagKey(key, ref.tag, ref.pool))
            return std::nullopt;
        return ref;
    }
    if (kind == QLatin1String("handle")) {
        const auto process = parseAddressKey(key.section(QLatin1Char('|'), 0, 0));
        bool ok = false;
        const auto value = key.section(QLatin1Char('|'), 1, 1).toULongLong(&ok, 16);
        if (!process || !ok)
            return std::nullopt;
        return RecordRef{RecordKind::Handle, *process, value, {}, PoolType::Unknown};
    }
    const auto address = parseAddressKey(key.section(QLatin1Char('|'), 0, 0));
    if (!address)
        return std::nullopt;
    ref.address = *address;
    if (kind == QLatin1String("port"))
        ref.kind = RecordKind::Port;
    else if (kind == QLatin1String("irp"))
        ref.kind = RecordKind::Irp;
    else if (kind == QLatin1String("file"))
        ref.kind = RecordKind::FileObject;
    else if (kind == QLatin1String("process"))
        ref.kind = RecordKind::Process;
    else if (kind == QLatin1String("thread"))
        ref.kind = RecordKind::Thread;
    else if (kind == QLatin1String("object"))
        ref.kind = RecordKind::Object;
    else
        return std::nullopt;
    return ref;
}

void InspectorView::showRecord(RecordRef ref)
{
    // By value: a link followed from the fields shown lives in m_shown, which selecting the
    // tag below renders anew before the record is shown.
    // All the blocks of a tag are listed in Allocations: the tag selected and that view in
    // front, then its figures here (after the view's own selection, which its coming forward shows).
    if (ref.kind == RecordKind::PoolBlock && ref.address == 0) {
        m_investigation.selectTag(poolTagKey(ref.tag, ref.pool));
        emit m_investigation.showViewRequested(Investigation::viewOf(RecordKind::PoolBlock));
    }
    go(Place{Place::At::Record, ref, {}, 0});
}

Inspection InspectorView::inspectBlock(const RecordRef& ref)
{
    if (m_lastBlock && m_lastBlock->first == ref)
        return m_lastBlock->second;
    Inspection out = inspect(*m_index, ref); // the title; for a tag's blocks, the scan's figures
    if (!ref.address)
        return out;
    const OpenedSource* source = m_investigation.source();
    const auto note = [&](const QString& name, const QString& value) {
        out.fields.push_back({name.toStdString(), value.toStdString(), {}, {}, {}});
    };
    if (!source || !source->pool) {
        out.found = false;
        note(tr("Pool"), tr("not in this source: pool blocks are read from a kernel dump's pool"));
        return out;
    }
    std::string problem;
    if (std::optional<Inspection> block = inspectBlockAt(*source, m_index.get(), ref.address, problem)) {
        out = std::move(*block);
    } else {
        out.found = false;
        note(tr("Pool"), QString::fromStdString(problem));
    }
    m_lastBlock.emplace(ref, out);
    return out;
}

void InspectorView::go(const Place& place)
{
    m_stepMessage.clear();
    if (!m_history.empty() && m_history[m_position] == place) {
        render();
        return;
    }
    if (!m_history.empty())
        m_history.resize(m_position + 1); // a new step drops what was ahead
    m_history.push_back(place);
    if (m_history.size() > kMaxHistory)
        m_history.erase(m_history.begin());
    m_position = m_history.size() - 1;
    if (place.at != Place::At::Record)
        m_investigation.selectList(place.list);
    render();
}

const ListWalk* InspectorView::walkOf(const ListRef& list)
{
    if (!m_index)
        return nullptr;
    for (const auto& [ref, walk] : m_walks)
        if (ref == list)
            return walk.get();
    m_walks.emplace_back(list, std::make_unique<ListWalk>(walkList(*m_index, list)));
    return m_walks.back().second.get();
}

std::optional<std::pair<ListRef, std::size_t>> InspectorView::position()
{
    if (!m_index || m_history.empty())
        return std::nullopt;
    const Place& place = m_history[m_position];
    switch (place.at) {
    case Place::At::Head:
        return std::pair{place.list, std::size_t{0}};
    case Place::At::Step:
        return std::pair{place.list, place.step};
    case Place::At::BackAtHead:
        if (const ListWalk* walk = walkOf(place.list))
            return std::pair{place.list, walk->steps.size() + 1};
        return std::nullopt;
    case Place::At::Record:
        break;
    }
    const auto list = listOfRecord(*m_index, place.record);
    if (!list)
        return std::nullopt;
    const ListWalk* walk = walkOf(*list);
    if (!walk || walk->end == WalkEnd::Unknown)
        return std::nullopt;
    if (place.record.kind == RecordKind::Port || place.record.kind == RecordKind::Thread)
        return std::pair{*list, std::size_t{0}};
    if (const auto step = stepOfEntry(*walk, place.record.address + walk->fieldOffset))
        return std::pair{*list, *step + 1};
    return std::nullopt;
}

bool InspectorView::followListLink(const ListLink& link)
{
    const ListWalk* walk = walkOf(link.list);
    if (!walk)
        return false;
    if (walk->head && link.target == *walk->head) {
        // Forward from the last entry is back at the head; anywhere else it is the head.
        const auto at = position();
        const bool fromLast = at && at->first == link.list && at->second >= 1 && at->second <= walk->steps.size()
            && walk->steps[at->second - 1].flink == link.target;
        go(Place{fromLast ? Place::At::BackAtHead : Place::At::Head, {}, link.list, 0});
        return true;
    }
    if (const auto step = stepOfEntry(*walk, link.target)) {
        go(Place{Place::At::Step, {}, link.list, *step + 1});
        return true;
    }
    m_stepMessage = tr("%1 is not an entry the walk of the %2 reaches (%3)")
                        .arg(QString::fromStdString(format::address(link.target, walk->pointerSize)),
                             QString::fromStdString(walk->title), QString::fromStdString(walk->ending));
    render();
    return false;
}

void InspectorView::showStep(const ListRef& list, std::size_t step)
{
    const ListWalk* walk = walkOf(list);
    if (!walk)
        return;
    if (step == 0)
        go(Place{Place::At::Head, {}, list, 0});
    else if (step <= walk->steps.size())
        go(Place{Place::At::Step, {}, list, step});
    else
        go(Place{Place::At::BackAtHead, {}, list, 0});
}

bool InspectorView::nextStep()
{
    const auto at = position();
    if (!at)
        return false;
    const ListWalk& walk = *walkOf(at->first);
    const std::size_t n = walk.steps.size();
    if (at->second < n) {
        go(Place{Place::At::Step, {}, at->first, at->second + 1});
        return true;
    }
    if (at->second == n && walk.end == WalkEnd::BackAtHead) {
        go(Place{Place::At::BackAtHead, {}, at->first, 0});
        return true;
    }
    m_stepMessage = at->second > n ? tr("The walk is complete: every entry was visited.")
                                   : tr("The walk stops here: %1.").arg(QString::fromStdString(walk.ending));
    render();
    return false;
}

bool InspectorView::previousStep()
{
    const auto at = position();
    if (!at)
        return false;
    const ListWalk& walk = *walkOf(at->first);
    const std::size_t n = walk.steps.size();
    if (at->second == 0) {
        if (n > 0 && walk.end == WalkEnd::BackAtHead) {
            go(Place{Place::At::Step, {}, at->first, n}); // the head's Blink: the last entry
            return true;
        }
        m_stepMessage = n == 0 ? tr("The list has no entry.")
                               : tr("The head's Blink leads to the last entry, which the walk did not reach: %1.")
                                     .arg(QString::fromStdString(walk.ending));
        render();
        return false;
    }
    if (at->second == 1)
        go(Place{Place::At::Head, {}, at->first, 0});
    else
        go(Place{Place::At::Step, {}, at->first, std::min(at->second - 1, n)});
    return true;
}

bool InspectorView::back()
{
    if (!canGoBack())
        return false;
    --m_position;
    m_stepMessage.clear();
    render();
    return true;
}

bool InspectorView::forward()
{
    if (!canGoForward())
        return false;
    ++m_position;
    m_stepMessage.clear();
    render();
    return true;
}

bool InspectorView::followField(const QString& name)
{
    const InspectedField* f = findField(m_shown.fields, name);
    // Copies: following a link renders the inspector anew, and m_shown with it.
    if (f && f->listLink) {
        const ListLink link = *f->listLink;
        return followListLink(link);
    }
    if (!f || !f->link)
        return false;
    const RecordRef link = *f->link;
    showRecord(link);
    return true;
}

QString InspectorView::title() const
{
    return QString::fromStdString(m_shown.title);
}

QString InspectorView::fieldValue(const QString& name) const
{
    const InspectedField* f = findField(m_shown.fields, name);
    return f ? QString::fromStdString(f->value) : QString();
}

QStringList InspectorView::commandTexts() const
{
    QStringList out;
    for (const DebuggerCommand& c : m_shown.commands)
        out << QString::fromStdString(c.command);
    return out;
}

void InspectorView::copyCommand(int index) const
{
    if (index >= 0 && index < static_cast<int>(m_shown.commands.size()))
        QApplication::clipboard()->setText(QString::fromStdString(m_shown.commands[static_cast<std::size_t>(index)].command));
}

void InspectorView::rebuildIndex()
{
    m_walks.clear();
    m_lastBlock.reset(); // its links point into the snapshot indexed
    const Snapshot* snapshot = m_investigation.current();
    m_index = snapshot ? std::make_unique<SnapshotIndex>(*snapshot) : nullptr;
    m_indexedGeneration = m_investigation.generation();
}

QTreeWidgetItem* InspectorView::addField(const InspectedField& field, QTreeWidgetItem* parent)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, QString::fromStdString(field.name));
    item->setText(1, QString::fromStdString(field.value));
    item->setToolTip(0, item->text(0)); // a long name is cut at the column's width
    item->setToolTip(1, item->text(1)); // long values (a link with its CONTAINING_RECORD) are cut
    if (field.listLink)
        item->setData(1, kListLinkRole, QVariant::fromValue(*field.listLink));
    if (field.link)
        item->setData(1, kLinkRole, QVariant::fromValue(*field.link));
    if (field.link || field.listLink) {
        QFont font = item->font(1);
        font.setUnderline(true);
        item->setFont(1, font);
        item->setForeground(1, palette().link());
    }
    for (const InspectedField& child : field.children)
        addField(child, item);
    return item;
}

void InspectorView::render()
{
    m_tree->clear();
    while (QLayoutItem* item = m_commandLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
    // Another view may ask for a record before this one heard that the snapshot changed.
    if (m_indexedGeneration != m_investigation.generation())
        rebuildIndex();
    if (!m_index || m_history.empty()) {
        m_shown = {};
        m_title->setText(tr("Select a port, an IRP, a tag or a process: its fields show here."));
        m_provenance->clear();
        renderStepBar();
        return;
    }
    const Place place = m_history[m_position];
    const ListWalk* walk = place.at == Place::At::Record ? nullptr : walkOf(place.list);
    if (!walk)
        m_shown = place.record.kind == RecordKind::PoolBlock ? inspectBlock(place.record) : inspect(*m_index, place.record);
    else if (place.at == Place::At::Step)
        m_shown = inspectStep(*m_index, *walk, place.step - 1);
    else
        m_shown = inspectHead(*m_index, *walk);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(m_shown.title).toHtmlEscaped()));
    for (const InspectedField& f : m_shown.fields)
        addField(f, nullptr);
    m_tree->expandAll();
    // The names' own width (the wrapping delegate answers in the column's present width),
    // but never more than half: a long field name wraps rather than push the values (links
    // with their CONTAINING_RECORD) out of sight.
    int names = 0;
    const QFontMetrics metrics = m_tree->fontMetrics();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        int depth = 1;
        for (const QTreeWidgetItem* parent = (*it)->parent(); parent; parent = parent->parent())
            ++depth;
        names = std::max(names, metrics.horizontalAdvance((*it)->text(0)) + depth * m_tree->indentation() + 12);
    }
    m_tree->setColumnWidth(0, std::min(names, std::max(120, m_tree->viewport()->width() / 2)));
    m_provenance->setText(m_shown.provenance.empty() ? QString() : tr("From %1").arg(QString::fromStdString(m_shown.provenance)));
    for (std::size_t i = 0; i < m_shown.commands.size(); ++i) {
        const DebuggerCommand& c = m_shown.commands[i];
        auto* row = new QWidget(m_commands);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLineEdit(QString::fromStdString(c.command), row);
        text->setReadOnly(true);
        text->setCursorPosition(0);
        text->setToolTip(QStringLiteral("%1\n\n%2").arg(QString::fromStdString(c.command), QString::fromStdString(c.what)));
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto* copy = new QPushButton(tr("Copy"), row);
        copy->setToolTip(tr("Copy '%1' to the clipboard").arg(QString::fromStdString(c.command)));
        connect(copy, &QPushButton::clicked, this, [this, i] { copyCommand(static_cast<int>(i)); });
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(copy);
        m_commandLayout->addWidget(row);
    }
    renderStepBar();
}

void InspectorView::renderStepBar()
{
    m_stepText.clear();
    m_arithmetic.clear();
    const auto at = position();
    if (!at) {
        m_stepBar->setVisible(!m_stepMessage.isEmpty());
        m_previousStep->setEnabled(false);
        m_nextStep->setEnabled(false);
        m_stepLabel->setText(m_stepMessage.toHtmlEscaped());
        return;
    }
    const ListWalk& walk = *walkOf(at->first);
    const std::size_t n = walk.steps.size();
    emit m_investigation.listStepShown(at->first, at->second);
    const QString title = QString::fromStdString(walk.title);
    const auto total = walk.total();
    const QString count = total ? QString::fromStdString(format::count(*total)) : tr("an unknown number of");
    QString note;
    if (at->second == 0) {
        m_stepText = tr("the head of the list: %1 (%2 entries)").arg(title, count);
        if (walk.headFlink && walk.head && *walk.headFlink != *walk.head)
            m_arithmetic = tr("Next follows its Flink %1")
                               .arg(QString::fromStdString(format::address(*walk.headFlink, walk.pointerSize)));
    } else if (at->second > n) {
        m_stepText = tr("back at the head: %1, after %2 entries").arg(title, QString::fromStdString(format::count(std::uint64_t{n})));
    } else {
        const WalkStep& step = walk.steps[at->second - 1];
        m_stepText = QString::fromStdString(stepPosition(walk, step));
        m_arithmetic = QString::fromStdString(containingRecordText(walk, step));
        note = QString::fromStdString(step.note);
    }
    QString html = QStringLiteral("<b>%1</b>").arg(m_stepText.toHtmlEscaped());
    for (const QString& line : {m_arithmetic, note})
        if (!line.isEmpty())
            html += QStringLiteral("<br>%1").arg(line.toHtmlEscaped());
    if (!m_stepMessage.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(m_stepMessage.toHtmlEscaped()); // in the palette's text colour
    m_stepLabel->setText(html);
    m_previousStep->setEnabled(at->second > 0 || (n > 0 && walk.end == WalkEnd::BackAtHead));
    m_nextStep->setEnabled(at->second <= n);
    m_stepBar->setVisible(true);
}

} // namespace poolscope::views
