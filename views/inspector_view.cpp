#include "inspector_view.h"

#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace poolscope::views {

namespace {

constexpr int kLinkRole = Qt::UserRole + 1;
constexpr std::size_t kMaxHistory = 200;

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

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
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
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QVariant link = item->data(1, kLinkRole);
        if (link.isValid())
            showRecord(link.value<RecordRef>());
    });
    connect(&m_investigation, &Investigation::snapshotChanged, this, [this] {
        rebuildIndex();
        render();
    });
    connect(&m_investigation, &Investigation::sourceChanged, this, [this] {
        m_history.clear();
        m_position = 0;
    });
    connect(&m_investigation, &Investigation::inspectRequested, this, [this](const QString& kind, const QString& key) {
        if (const auto ref = refFromKey(kind, key))
            showRecord(*ref);
    });
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

void InspectorView::showRecord(const RecordRef& ref)
{
    if (!m_history.empty() && m_history[m_position] == ref)
        return;
    if (!m_history.empty())
        m_history.resize(m_position + 1); // a new step drops what was ahead
    m_history.push_back(ref);
    if (m_history.size() > kMaxHistory)
        m_history.erase(m_history.begin());
    m_position = m_history.size() - 1;
    render();
}

bool InspectorView::back()
{
    if (!canGoBack())
        return false;
    --m_position;
    render();
    return true;
}

bool InspectorView::forward()
{
    if (!canGoForward())
        return false;
    ++m_position;
    render();
    return true;
}

bool InspectorView::followField(const QString& name)
{
    const InspectedField* f = findField(m_shown.fields, name);
    if (!f || !f->link)
        return false;
    showRecord(*f->link);
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
    const Snapshot* snapshot = m_investigation.current();
    m_index = snapshot ? std::make_unique<SnapshotIndex>(*snapshot) : nullptr;
    m_indexedGeneration = m_investigation.generation();
}

QTreeWidgetItem* InspectorView::addField(const InspectedField& field, QTreeWidgetItem* parent)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, QString::fromStdString(field.name));
    item->setText(1, QString::fromStdString(field.value));
    if (field.link) {
        item->setData(1, kLinkRole, QVariant::fromValue(*field.link));
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
        return;
    }
    m_shown = inspect(*m_index, m_history[m_position]);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(m_shown.title).toHtmlEscaped()));
    for (const InspectedField& f : m_shown.fields)
        addField(f, nullptr);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_provenance->setText(m_shown.provenance.empty() ? QString() : tr("From %1").arg(QString::fromStdString(m_shown.provenance)));
    for (std::size_t i = 0; i < m_shown.commands.size(); ++i) {
        const DebuggerCommand& c = m_shown.commands[i];
        auto* row = new QWidget(m_commands);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLineEdit(QString::fromStdString(c.command), row);
        text->setReadOnly(true);
        text->setCursorPosition(0);
        text->setToolTip(QString::fromStdString(c.what));
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto* copy = new QPushButton(tr("Copy"), row);
        copy->setToolTip(tr("Copy '%1' to the clipboard").arg(QString::fromStdString(c.command)));
        connect(copy, &QPushButton::clicked, this, [this, i] { copyCommand(static_cast<int>(i)); });
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(copy);
        m_commandLayout->addWidget(row);
    }
}

} // namespace poolscope::views
