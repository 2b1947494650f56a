#include "allocations_view.h"

#include "model/format.h"
#include "views/allocation_loader.h"
#include "views/allocation_models.h"
#include "views/completion_port_model.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_view.h"
#include "views/wrapped_label.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace poolscope::views {

namespace {

// The grouping buttons, in the order a group's columns read: what the block holds, then
// what it points at, then its size.
constexpr BlockKey kKeys[] = {BlockKey::Type, BlockKey::State, BlockKey::Owner, BlockKey::Pointer, BlockKey::Size};

QString keyToolTip(BlockKey key)
{
    switch (key) {
    case BlockKey::Size:
        return AllocationsView::tr("Group by the block's size (with its POOL_HEADER, as !poolfind prints it)");
    case BlockKey::Type:
        return AllocationsView::tr("Group by the kernel object in the block (\"(no object)\" for a driver's own block)");
    case BlockKey::State:
        return AllocationsView::tr("Group by the object's state: a thread's state as !thread prints it, a process "
                                   "running or exited, an object with or without handles");
    case BlockKey::Owner:
        return AllocationsView::tr("Group by the process of a thread or process, the folder of a file, the name of "
                                   "another object");
    case BlockKey::Pointer:
        return AllocationsView::tr("Group the blocks without an object by what their first kernel pointer points at");
    }
    return {};
}

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString hex(std::uint64_t value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

const PoolTagScan* scanOf(const Snapshot* snapshot, PoolTag tag, PoolType pool)
{
    if (!snapshot || !snapshot->poolScan)
        return nullptr;
    for (const PoolTagScan& scan : snapshot->poolScan->tags)
        if (scan.tag == tag && scan.type == pool)
            return &scan;
    return nullptr;
}

} // namespace

AllocationsView::AllocationsView(Investigation& investigation, QWidget* parent)
    : QWidget(parent),
      m_investigation(investigation),
      m_grouping(std::make_unique<AllocationGrouping>()),
      m_blockModel(makeAllocationBlockModel()),
      m_keys{BlockKey::Type, BlockKey::State, BlockKey::Owner}
{
    m_groupModel = makeAllocationGroupModel(m_keys);
    m_loader = new AllocationLoader(this);
    auto* layout = new QVBoxLayout(this);

    // Which tag, and what the scan of the dump's pool already says of it: wrapped, never cut.
    m_header = new WrappedLabel(this);
    m_header->setObjectName(QStringLiteral("allocationsHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    m_progressRow = new QWidget(this);
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(m_progressRow);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(320);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelLookup"));
    m_cancel->setToolTip(tr("Stop looking the tag up in the pool"));
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    progressLayout->addStretch(1);
    m_progressRow->setVisible(false);
    layout->addWidget(m_progressRow);

    // Instead of empty tables: why there is nothing to list, and where to go instead.
    m_messageRow = new QWidget(this);
    auto* messageLayout = new QVBoxLayout(m_messageRow);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new WrappedLabel(m_messageRow);
    m_message->setObjectName(QStringLiteral("allocationsMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* messageButtons = new QHBoxLayout;
    m_showTags = new QPushButton(tr("Show Pool tags"), m_messageRow);
    m_showTags->setObjectName(QStringLiteral("showPoolTags"));
    m_showTags->setToolTip(tr("The tags with their counts, and the !poolfind rows a log holds"));
    m_retry = new QPushButton(tr("Look up again"), m_messageRow);
    m_retry->setObjectName(QStringLiteral("lookUpAgain"));
    messageButtons->addWidget(m_showTags);
    messageButtons->addWidget(m_retry);
    messageButtons->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addLayout(messageButtons);
    messageLayout->addStretch(1);
    m_messageRow->setVisible(false);
    layout->addWidget(m_messageRow, 1);

    m_content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_headline = new WrappedLabel(m_content);
    m_headline->setObjectName(QStringLiteral("allocationsHeadline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    contentLayout->addWidget(m_headline);
    // Where a block's object starts: what !object, !thread and !process take.
    m_bodyOffset = new WrappedLabel(m_content);
    m_bodyOffset->setObjectName(QStringLiteral("allocationsBodyOffset"));
    m_bodyOffset->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(m_bodyOffset);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group by:"), m_content));
    for (const BlockKey key : kKeys) {
        auto* button = new QCheckBox(blockKeyHeading(key), m_content);
        button->setObjectName(QStringLiteral("groupBy_") + QString::fromLatin1(blockKeyName(key).data(),
                                                                                static_cast<qsizetype>(blockKeyName(key).size())));
        button->setToolTip(keyToolTip(key));
        controls->addWidget(button);
        m_keyButtons.emplace_back(key, button);
        connect(button, &QCheckBox::toggled, this, [this, button](bool on) {
            std::vector<BlockKey> keys;
            for (const auto& [k, b] : m_keyButtons)
                if (b->isChecked())
                    keys.push_back(k);
            if (keys.empty() && !on) {
                const QSignalBlocker block(button);
                button->setChecked(true); // at least one key: no key is no grouping
                return;
            }
            setGroupKeys(keys);
        });
    }
    controls->addStretch(1);
    m_free = new QCheckBox(tr("Show &free blocks"), m_content);
    m_free->setToolTip(tr("Free blocks that still carry the tag: the heap says free, so they are not allocations and "
                          "are not counted; a scan by tag alone would count them"));
    controls->addWidget(m_free);
    contentLayout->addLayout(controls);

    m_split = new QSplitter(Qt::Vertical, m_content);
    m_groups = new RecordTableView(tr("Groups"), m_split);
    m_groups->setModel(m_groupModel.get());
    // The blocks, with which of them are listed and the way back to all of them.
    auto* blockPane = new QWidget(m_split);
    auto* blockLayout = new QVBoxLayout(blockPane);
    blockLayout->setContentsMargins(0, 0, 0, 0);
    auto* scopeRow = new QHBoxLayout;
    m_scope = new WrappedLabel(blockPane);
    m_scope->setObjectName(QStringLiteral("allocationsScope"));
    m_scope->setTextFormat(Qt::RichText);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allGroups = new QToolButton(blockPane);
    m_allGroups->setObjectName(QStringLiteral("allGroups"));
    m_allGroups->setText(tr("All groups"));
    m_allGroups->setToolTip(tr("List the blocks of every group again"));
    m_allGroups->setEnabled(false);
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_allGroups, 0, Qt::AlignTop);
    blockLayout->addLayout(scopeRow);
    m_blocks = new RecordTableView(tr("Blocks"), blockPane);
    m_blocks->setModel(m_blockModel.get());
    blockLayout->addWidget(m_blocks, 1);
    m_split->addWidget(m_groups);
    m_split->addWidget(blockPane);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    m_split->installEventFilter(this); // its first size comes when the blocks arrive, not with the view's
    contentLayout->addWidget(m_split, 1);
    m_content->setVisible(false);
    layout->addWidget(m_content, 1);
    m_front = m_groups;

    connect(m_loader, &AllocationLoader::progress, this, [this](int job, double fraction) {
        if (job == m_loader->currentJob())
            m_progress->setValue(static_cast<int>(fraction * 1000));
    });
    connect(m_loader, &AllocationLoader::loaded, this, [this](int, std::shared_ptr<const TagAllocations> result) {
        const QString key = poolTagKey(result->tag, result->pool);
        m_cache[key] = result;
        if (key == m_tagKey)
            showResult(std::move(result));
    });
    connect(m_loader, &AllocationLoader::cancelled, this, [this](int) {
        if (!m_progressRow->isVisibleTo(this))
            return; // cancelled because the source went: the view already says what replaced it
        m_progressRow->setVisible(false);
        showMessage(tr("The lookup was cancelled: no block of this tag is listed."), false, true);
    });
    connect(m_cancel, &QPushButton::clicked, this, &AllocationsView::cancelLookup);
    connect(m_retry, &QPushButton::clicked, this, &AllocationsView::lookUp);
    connect(m_showTags, &QPushButton::clicked, this,
            [this] { emit m_investigation.showViewRequested(QStringLiteral("tags")); });
    connect(m_free, &QCheckBox::toggled, this, [this] {
        if (m_data)
            regroup();
    });
    connect(m_allGroups, &QToolButton::clicked, this, [this] { selectGroup({}); });
    // A group is picked by selecting its row (a click, the arrows), not by the table taking
    // the focus; a reset's empty selection is no choice either.
    connect(m_groups->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_front = m_groups;
        const QModelIndexList rows = m_groups->table()->selectionModel()->selectedRows();
        const QString key = rows.isEmpty() ? QString() : rows.front().data(KeyRole).toString();
        if (!key.isEmpty() && key != m_group)
            selectGroup(key);
    });
    connect(m_blocks, &RecordTableView::currentKeyChanged, this, [this](const QString& key) {
        const auto block = parseAddressKey(key);
        PoolTag tag;
        PoolType pool = PoolType::Unknown;
        if (!block || !parsePoolTagKey(m_tagKey, tag, pool))
            return;
        m_front = m_blocks;
        emit m_investigation.recordInspectRequested(RecordRef{RecordKind::PoolBlock, *block, 0, tag, pool});
    });
    // Ctrl+E exports the table used last.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_groups->isAncestorOf(now))
            m_front = m_groups;
        else if (now && m_blocks->isAncestorOf(now))
            m_front = m_blocks;
    });
    connect(&m_investigation, &Investigation::sourceChanged, this, &AllocationsView::sourceChanged);
    connect(&m_investigation, &Investigation::tagSelected, this, &AllocationsView::tagChanged);
    connect(&m_investigation, &Investigation::snapshotChanged, this, [this] {
        m_stale = true; // another snapshot of a series: the last one's pool may no longer apply
        scheduleLookUp();
    });
    connect(&m_investigation, &Investigation::recordOpened, this, &AllocationsView::openRecord);

    for (const auto& [key, button] : m_keyButtons) {
        const QSignalBlocker block(button);
        button->setChecked(std::find(m_keys.begin(), m_keys.end(), key) != m_keys.end());
    }
    sourceChanged();
}

AllocationsView::~AllocationsView()
{
    // The models point into the lookup's result: gone from the tables before it goes.
    m_groups->setModel(nullptr);
    m_blocks->setModel(nullptr);
}

RecordTableView* AllocationsView::currentTable() const
{
    if (!m_data || !m_content->isVisibleTo(this))
        return nullptr;
    return m_front ? m_front : m_groups;
}

bool AllocationsView::isBusy() const
{
    return m_loader->isBusy();
}

void AllocationsView::cancelLookup()
{
    m_loader->cancel();
}

QString AllocationsView::headerText() const
{
    return m_header->text();
}

QString AllocationsView::headlineText() const
{
    return m_content->isVisibleTo(this) ? m_headline->text() : QString();
}

QString AllocationsView::scopeText() const
{
    return m_scope->text();
}

QString AllocationsView::messageText() const
{
    return m_messageRow->isVisibleTo(this) ? m_message->text() : QString();
}

bool AllocationsView::showsFree() const
{
    return m_free->isChecked();
}

void AllocationsView::setShowFree(bool show)
{
    m_free->setChecked(show);
}

void AllocationsView::setGroupKeys(const std::vector<BlockKey>& keys)
{
    // In the buttons' order, whatever the order given: the columns read the same way.
    std::vector<BlockKey> ordered;
    for (const BlockKey key : kKeys)
        if (std::find(keys.begin(), keys.end(), key) != keys.end())
            ordered.push_back(key);
    if (ordered.empty())
        return;
    for (const auto& [key, button] : m_keyButtons) {
        const QSignalBlocker block(button);
        button->setChecked(std::find(ordered.begin(), ordered.end(), key) != ordered.end());
    }
    if (ordered == m_keys)
        return;
    m_keys = std::move(ordered);
    m_group.clear();
    if (m_data)
        regroup();
}

void AllocationsView::sourceChanged()
{
    m_loader->cancel();
    showResult(nullptr);
    m_cache.clear();
    m_tagKey = m_investigation.selectedTag();
    m_pendingBlock.reset();
    m_stale = true;
    updateHeader();
    scheduleLookUp();
}

void AllocationsView::scheduleLookUp()
{
    // After every view has taken the new source or snapshot: a tag picked here must reach them all.
    if (isVisible())
        QMetaObject::invokeMethod(this, [this] {
            if (m_stale && isVisible())
                lookUp();
        }, Qt::QueuedConnection);
}

void AllocationsView::tagChanged(const QString& key)
{
    if (key.isEmpty() || (key == m_tagKey && !m_stale))
        return;
    m_tagKey = key;
    m_group.clear();
    m_pendingBlock.reset();
    m_stale = true;
    // Looked up only in front: picking tags in Pool tags must not scan the pool for each.
    if (isVisible())
        lookUp();
}

void AllocationsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        lookUp();
}

bool AllocationsView::eventFilter(QObject* watched, QEvent* event)
{
    // After the splitter has laid its children out at the new size.
    if (watched == m_split && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &AllocationsView::fitGroups, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

QString AllocationsView::defaultTag() const
{
    // The largest tag whose blocks the dump holds: what an engineer opens first (a tag of
    // paged-out big allocations only would show blocks whose contents cannot be read).
    const Snapshot* snapshot = m_investigation.current();
    if (!snapshot || !snapshot->poolScan)
        return {};
    const PoolTagStat* best = nullptr;
    for (const PoolTagStat& stat : snapshot->poolTags) {
        const PoolTagScan* scan = scanOf(snapshot, stat.tag, stat.type);
        const bool readable = scan && scan->allocated + scan->undetermined > scan->bigPagesMissing;
        if (readable && (!best || stat.bytes.value_or(0) > best->bytes.value_or(0)))
            best = &stat;
    }
    if (best)
        return poolTagKey(best->tag, best->type);
    const PoolTagScan* largest = nullptr;
    for (const PoolTagScan& scan : snapshot->poolScan->tags)
        if (!largest || scan.allocatedBytes > largest->allocatedBytes)
            largest = &scan;
    return largest && largest->allocated ? poolTagKey(largest->tag, largest->type) : QString();
}

void AllocationsView::lookUp()
{
    m_stale = false;
    m_progressRow->setVisible(false);
    const std::shared_ptr<const OpenedSource> source = m_investigation.sharedSource();
    if (!source || !source->pool) {
        showResult(nullptr);
        updateHeader();
        if (!source) {
            showMessage(tr("Open a kernel dump: this view lists the blocks of a tag in the dump's pool, grouped by what "
                           "they hold."),
                        false, false);
            return;
        }
        switch (source->kind) {
        case SourceKind::WindbgLog:
            showMessage(tr("Allocations are read from a kernel dump's pool pages; this source is a WinDbg log. Its "
                           "!poolfind rows, if any, are in Pool tags."),
                        true, false);
            break;
        case SourceKind::Poolmon:
            showMessage(tr("Allocations are read from a kernel dump's pool pages; this source is a poolmon capture, "
                           "which counts allocations per tag but has no blocks. Its counts are in Pool tags."),
                        true, false);
            break;
        case SourceKind::KernelDump:
            showMessage(tr("This dump's pool could not be read, so its blocks cannot be listed (Diagnostics says "
                           "why). The tracker's counts per tag are in Pool tags."),
                        true, false);
            break;
        default:
            showMessage(tr("Allocations are read from a kernel dump's pool pages; this source has none."), true, false);
            break;
        }
        return;
    }
    // A series of several files keeps the last one's pool, which is the last snapshot's.
    if (m_investigation.currentIndex() != m_investigation.snapshotCount() - 1) {
        showResult(nullptr);
        updateHeader();
        showMessage(tr("The blocks are read from the pool of the last dump of this series; pick its snapshot to list "
                       "them."),
                    false, false);
        return;
    }
    if (m_tagKey.isEmpty()) {
        const QString tag = defaultTag();
        if (!tag.isEmpty()) {
            m_investigation.selectTag(tag); // comes back through tagChanged
            if (m_tagKey == tag)
                return;
        }
        showResult(nullptr);
        updateHeader();
        showMessage(tr("Select a tag in Pool tags: its blocks in the dump's pool are listed here."), true, false);
        return;
    }
    PoolTag tag;
    PoolType pool = PoolType::Unknown;
    if (!parsePoolTagKey(m_tagKey, tag, pool))
        return;
    if (const auto cached = m_cache.find(m_tagKey); cached != m_cache.end()) {
        showResult(cached->second);
        return;
    }
    showResult(nullptr);
    updateHeader();
    m_messageRow->setVisible(false);
    m_progressText->setText(tr("Looking up the blocks of '%1' (%2) in the pool (!poolfind %3 %4)…")
                                .arg(QString::fromStdString(tag.display()), poolTypeText(pool),
                                     QString::fromStdString(tag.display()), isPaged(pool) ? QStringLiteral("1") : QStringLiteral("0")));
    m_progress->setValue(0);
    m_progressRow->setVisible(true);
    m_loader->request(source, tag, pool);
}

void AllocationsView::showResult(std::shared_ptr<const TagAllocations> result)
{
    // The models point into the result: emptied before the old one may go.
    m_blockModel->setRows({});
    m_groupModel->setRows({});
    m_grouping = std::make_unique<AllocationGrouping>();
    m_data = std::move(result);
    if (!m_data) {
        m_content->setVisible(false);
        return;
    }
    m_progressRow->setVisible(false);
    if (m_data->blocks.empty()) {
        updateHeader();
        showMessage(tr("No block in this dump's pool carries the tag '%1' (%2).")
                        .arg(QString::fromStdString(m_data->tag.display()),
                             poolTypeText(m_data->pool)),
                    true, false);
        return;
    }
    // A tag of objects reads by what they are and who owns them; a driver's own blocks by
    // what they point at.
    const std::vector<BlockKey> keys = m_data->objects > 0
        ? std::vector<BlockKey>{BlockKey::Type, BlockKey::State, BlockKey::Owner}
        : std::vector<BlockKey>{BlockKey::Pointer, BlockKey::Size};
    for (const auto& [key, button] : m_keyButtons) {
        const QSignalBlocker block(button);
        button->setChecked(std::find(keys.begin(), keys.end(), key) != keys.end());
    }
    m_keys = keys;
    m_messageRow->setVisible(false);
    m_content->setVisible(true);
    regroup();
    updateHeader();
    selectPendingBlock();
}

void AllocationsView::regroup()
{
    if (!m_data)
        return;
    const QString keep = m_group;
    auto grouping = std::make_unique<AllocationGrouping>(groupAllocations(*m_data, m_keys, showsFree()));
    // The columns are named for the keys: a model per grouping, swapped in before the old one goes.
    auto model = makeAllocationGroupModel(m_keys);
    model->setRows(std::move(grouping->rows));
    m_groups->setModel(model.get());
    m_groupModel = std::move(model);
    m_grouping = std::move(grouping);
    m_groups->sortBy(static_cast<int>(m_keys.size()), Qt::DescendingOrder);
    m_group = keep.isEmpty() || m_groupModel->rowOfKey(keep) < 0 ? QString() : keep;
    if (!m_group.isEmpty())
        m_groups->selectKey(m_group);

    QString headline = QString::fromStdString(m_data->headline);
    if (headline.isEmpty() && m_data->allocated + m_data->undetermined == 0)
        headline = m_data->free == 1
            ? tr("No allocated block carries the tag; 1 free block still does (Show free blocks lists it).")
            : tr("No allocated block carries the tag; %1 free blocks still do (Show free blocks lists them).")
                  .arg(QLocale().toString(static_cast<qulonglong>(m_data->free)));
    m_headline->setText(headline);
    m_headline->setVisible(!headline.isEmpty());
    // The block-to-body offset worked out once for the tag, as the debugger needs it.
    const std::uint32_t poolHeader = 0x10;
    const bool offset = m_data->objects > 0 && m_data->bodyOffset > poolHeader + m_data->optionalHeaders;
    m_bodyOffset->setText(
        offset ? tr("Each %1 object's body is %2 bytes into its block: POOL_HEADER 0x10 + optional headers %3 + "
                    "OBJECT_HEADER %4. !object, !thread and !process take block + %2.")
                     .arg(QString::fromStdString(m_data->objectType), hex(m_data->bodyOffset), hex(m_data->optionalHeaders),
                          hex(m_data->bodyOffset - poolHeader - m_data->optionalHeaders))
               : QString());
    m_bodyOffset->setVisible(offset);
    reloadBlocks();
    fitGroups();
}

void AllocationsView::reloadBlocks()
{
    if (!m_data)
        return;
    std::optional<std::uint32_t> group;
    if (!m_group.isEmpty())
        if (const int row = m_groupModel->rowOfKey(m_group); row >= 0)
            group = static_cast<std::uint32_t>(row);
    const QString previous = m_blocks->currentKey();
    m_blockModel->setRows(allocationBlockRows(*m_data, *m_grouping, group, showsFree()));
    m_allGroups->setEnabled(group.has_value());
    const QString listed = QLocale().toString(static_cast<qulonglong>(m_blockModel->rowCount()));
    if (const AllocationGroupRow* row = group ? m_groupModel->rowAt(static_cast<int>(*group)) : nullptr) {
        QStringList values;
        for (const std::string& value : row->group.values)
            if (value != "-")
                values << html(value);
        m_scope->setText(tr("Listed: the %1 blocks of the group <b>%2</b>").arg(listed, values.join(QStringLiteral(", "))));
    } else {
        m_scope->setText(showsFree() ? tr("Listed: all %1 blocks, the free ones included (pick a group to list its blocks)").arg(listed)
                                     : tr("Listed: all %1 allocated blocks (pick a group to list its blocks)").arg(listed));
    }
    // The object's columns say something only for a tag of objects; what blocks point at
    // only for blocks without one.
    QTableView* table = m_blocks->table();
    for (const int column : {BlockObjectTypeColumn, BlockBodyColumn, BlockHandleCountColumn, BlockPointerCountColumn,
                             BlockObjectStateColumn, BlockOwnerColumn})
        table->setColumnHidden(column, m_data->objects == 0);
    table->setColumnHidden(BlockPointsAtColumn, m_data->pointerNames.empty());
    if (!previous.isEmpty())
        m_blocks->selectKey(previous);
}

bool AllocationsView::selectGroup(const QString& key)
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
    reloadBlocks();
    return true;
}

void AllocationsView::openRecord(const RecordRef& record)
{
    if (record.kind != RecordKind::PoolBlock)
        return;
    if (record.address)
        m_pendingBlock = record.address;
    if (m_data && m_tagKey == poolTagKey(record.tag, record.pool))
        selectPendingBlock();
}

void AllocationsView::selectPendingBlock()
{
    if (!m_pendingBlock || !m_data)
        return;
    const Address wanted = *m_pendingBlock;
    m_pendingBlock.reset();
    // The block holding the address (blocks are by address).
    const auto& blocks = m_data->blocks;
    auto it = std::upper_bound(blocks.begin(), blocks.end(), wanted,
                               [](Address a, const PoolAllocation& b) { return a < b.block; });
    if (it == blocks.begin())
        return;
    --it;
    if (wanted >= it->block + std::max<std::uint32_t>(it->bytes, 1))
        return;
    const auto index = static_cast<std::size_t>(it - blocks.begin());
    if (it->state == BlockState::Free && !showsFree())
        setShowFree(true);
    if (!m_group.isEmpty() && m_grouping->rowOfBlock[index] != static_cast<std::uint32_t>(m_groupModel->rowOfKey(m_group)))
        selectGroup({});
    m_blocks->selectKey(addressKey(it->block));
    m_front = m_blocks;
}

std::optional<RecordRef> AllocationsView::selectedRecord() const
{
    PoolTag tag;
    PoolType pool = PoolType::Unknown;
    if (!parsePoolTagKey(m_tagKey, tag, pool))
        return std::nullopt;
    const OpenedSource* source = m_investigation.source();
    if (!source || !source->pool)
        return RecordRef{RecordKind::PoolTag, 0, 0, tag, pool};
    if (m_data && m_content->isVisibleTo(this))
        if (const auto block = parseAddressKey(m_blocks->currentKey()))
            return RecordRef{RecordKind::PoolBlock, *block, 0, tag, pool};
    return RecordRef{RecordKind::PoolBlock, 0, 0, tag, pool};
}

void AllocationsView::updateHeader()
{
    PoolTag tag;
    PoolType pool = PoolType::Unknown;
    const Snapshot* snapshot = m_investigation.current();
    if (!snapshot || !parsePoolTagKey(m_tagKey, tag, pool)) {
        m_header->clear();
        m_header->setVisible(false);
        return;
    }
    QStringList lines;
    QString title = tr("<b>%1</b> (%2)").arg(html(tag.display()), poolTypeText(pool).toHtmlEscaped());
    if (const PoolTagDescription* known = m_investigation.descriptions().best(tag)) {
        if (!known->description.empty() && !known->binary.empty())
            title += tr(": %1, %2").arg(html(known->description), html(known->binary));
        else if (!known->description.empty() || !known->binary.empty())
            title += tr(": %1").arg(html(known->description.empty() ? known->binary : known->description));
    }
    lines << title;
    QStringList details; // the header's tooltip: the long forms
    if (snapshot->poolScan) {
        const PoolScanSummary& summary = *snapshot->poolScan;
        if (const PoolTagScan* scan = scanOf(snapshot, tag, pool)) {
            QString figures = html(scanAgreement(*scan));
            // Whole sentences for one and for many, for the translator.
            if (scan->freeWithTag == 1)
                figures += tr("; 1 free block (%1) still carries the tag: the heap says free, so it is not counted")
                               .arg(QString::fromStdString(format::bytes(scan->freeBytes)));
            else if (scan->freeWithTag)
                figures += tr("; %1 free blocks (%2) still carry the tag: the heap says free, so they are not counted")
                               .arg(QString::fromStdString(format::count(scan->freeWithTag)),
                                    QString::fromStdString(format::bytes(scan->freeBytes)));
            if (scan->undetermined == 1)
                figures += tr("; 1 block was found by a header scan: whether it is allocated or free is not known");
            else if (scan->undetermined)
                figures += tr("; %1 blocks were found by a header scan: whether they are allocated or free is not known")
                               .arg(QString::fromStdString(format::count(scan->undetermined)));
            lines << figures + QLatin1Char('.');
        } else {
            lines << tr("The scan of the pool found no block of this tag.");
        }
        // How the pool was read, in one line; the whole account (where ExPoolState and the
        // heap keys came from) in the tooltip.
        const QString scanned = QString::fromStdString(format::bytes(summary.bytesScanned));
        QString how;
        switch (summary.method) {
        case PoolScanSummary::Method::SegmentHeap:
            how = tr("Read from the pool's segment heaps: %1 heaps, %2 page segments, %3 LFH and %4 VS subsegments, %5 "
                     "scanned.")
                      .arg(QLocale().toString(static_cast<qulonglong>(summary.heaps)),
                           QLocale().toString(static_cast<qulonglong>(summary.segments)),
                           QLocale().toString(static_cast<qulonglong>(summary.lfhSubsegments)),
                           QLocale().toString(static_cast<qulonglong>(summary.vsSubsegments)), scanned);
            break;
        case PoolScanSummary::Method::ClassicPages:
            how = tr("Read from the pool pages (this build has no segment heap): %1 pages, %2 scanned.")
                      .arg(QLocale().toString(static_cast<qulonglong>(summary.classicPages)), scanned);
            break;
        case PoolScanSummary::Method::HeaderScan:
            how = tr("Read by a scan for POOL_HEADERs, the heaps not being found: whether a block is allocated or free "
                     "is not known; %1 scanned.")
                      .arg(scanned);
            break;
        }
        if (summary.pagesMissing)
            how += QLatin1Char(' ') + tr("%1 pages inside the pool are not in the dump.")
                                          .arg(QLocale().toString(static_cast<qulonglong>(summary.pagesMissing)));
        lines << how;
        details << tr("How the pool was read: %1").arg(html(summary.howFound));
    }
    if (m_data && m_data->tag == tag && m_data->pool == pool) {
        details << tr("!poolfind %1 %2: %3 blocks, %4 allocated and %5 free, found in %6 s")
                       .arg(html(tag.display()), isPaged(pool) ? QStringLiteral("1") : QStringLiteral("0"),
                            QLocale().toString(static_cast<qulonglong>(m_data->blocks.size())),
                            QLocale().toString(static_cast<qulonglong>(m_data->allocated + m_data->undetermined)),
                            QLocale().toString(static_cast<qulonglong>(m_data->free)),
                            QLocale().toString(m_data->seconds, 'f', 2));
        if (m_data->scanProblems)
            lines << (m_data->scanProblems == 1
                          ? tr("The scan met 1 problem on the way (Diagnostics lists the dump's).")
                          : tr("The scan met %1 problems on the way (Diagnostics lists the dump's).")
                                .arg(QLocale().toString(static_cast<qulonglong>(m_data->scanProblems))));
    }
    m_header->setToolTip(details.join(QStringLiteral("<br>")));
    m_header->setText(lines.join(QStringLiteral("<br>")));
    m_header->setVisible(true);
}

void AllocationsView::showMessage(const QString& text, bool offerTags, bool offerRetry)
{
    m_message->setText(text);
    m_showTags->setVisible(offerTags);
    m_retry->setVisible(offerRetry);
    m_messageRow->setVisible(true);
    m_content->setVisible(false);
}

void AllocationsView::fitGroups()
{
    // The groups as tall as their rows, up to 40% of the view: a tag of one kind of object is
    // one line, and the blocks get the rest. Once the user drags the splitter, it stays.
    if (m_userSized || !m_content->isVisibleTo(this))
        return;
    const int wanted = std::min(m_groups->heightForAllRows(), m_split->height() * 2 / 5);
    m_split->setSizes({wanted, std::max(m_split->height() - wanted, 1)});
}

} // namespace poolscope::views
