#include "record_table_view.h"

#include "views/bar_delegate.h"
#include "views/record_filter_proxy.h"
#include "views/record_table_model.h"
#include "views/table_export.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace poolscope::views {

RecordTableView::RecordTableView(const QString& title, QWidget* parent) : QWidget(parent), m_title(title)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_count = new QLabel(this);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_filter->setAccessibleName(tr("Filter %1").arg(title));
    top->addWidget(heading);
    top->addSpacing(8);
    top->addWidget(m_count);
    top->addStretch(1);
    top->addWidget(m_filter);
    layout->addLayout(top);

    m_proxy = new RecordFilterProxy(this);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a view or the user picks one
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // addresses and paths keep both ends
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setItemDelegate(new BarDelegate(m_table));
    // Tab leaves the table for the next control, as everywhere else; the arrows move in it.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);

    connect(m_filter, &QLineEdit::textChanged, this, &RecordTableView::setFilterText);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit keyActivated(index.data(KeyRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { emit currentKeyChanged(current.data(KeyRole).toString()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        fitColumns();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordTableView::updateCount);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        // Only a drag with the mouse is the user's choice; layouts resize the last section too.
        if (!m_fitting && QApplication::mouseButtons() != Qt::NoButton)
            m_userSizedColumns = true;
        if (!m_fitting)
            fitLastColumn();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (m_lastFitsText || m_wrapMinimum > 0)
            fitColumns();
    });
}

void RecordTableView::setModel(RecordTableBase* model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    updateCount();
    fitColumns();
}

void RecordTableView::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    else {
        m_proxy->setFilterText(text);
        updateCount();
    }
}

QString RecordTableView::currentKey() const
{
    return m_table->currentIndex().data(KeyRole).toString();
}

bool RecordTableView::selectKey(const QString& key)
{
    if (!m_model || key.isEmpty())
        return false;
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        setFilterText({});
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RecordTableView::sortBy(int column, Qt::SortOrder order)
{
    m_table->sortByColumn(column, order);
}

void RecordTableView::setRowsWrapped(bool wrapped)
{
    m_table->setWordWrap(wrapped);
    m_table->setTextElideMode(wrapped ? Qt::ElideRight : Qt::ElideMiddle);
    m_table->verticalHeader()->setSectionResizeMode(wrapped ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
}

void RecordTableView::setLastColumnWrapped(int minimumWidth)
{
    m_wrapMinimum = std::max(minimumWidth, 40);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fitColumns();
}

void RecordTableView::setLastColumnFitsText()
{
    m_lastFitsText = true;
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setStretchLastSection(false);
    fitColumns();
}

void RecordTableView::showColumnsFirst(const QList<int>& columns)
{
    QHeaderView* header = m_table->horizontalHeader();
    int position = 0;
    for (int column : columns)
        if (column >= 0 && column < header->count())
            header->moveSection(header->visualIndex(column), position++);
}

int RecordTableView::heightForAllRows() const
{
    int rows = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows += m_table->rowHeight(r);
    const int frame = 2 * m_table->frameWidth();
    const int scrollBar = m_table->horizontalScrollBar()->isVisible() ? m_table->horizontalScrollBar()->height() : 0;
    return m_filter->sizeHint().height() + layout()->spacing() + m_table->horizontalHeader()->height() + rows + frame
        + scrollBar + 2;
}

QByteArray RecordTableView::exportCsv() const
{
    return tableToCsv(*m_proxy);
}

void RecordTableView::copySelection() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(rowsToTsv(*m_proxy, rows));
}

QByteArray RecordTableView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void RecordTableView::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_userSizedColumns = true;
}

bool RecordTableView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitLastColumn();
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordTableView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    const QLocale locale; // the default: the window's language (main sets it)
    // English has no plural in the source strings; one row is said apart (zh_CN needs no plural).
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(total)));
    else
        m_count->setText(total == 1 ? tr("%1 of 1 row").arg(locale.toString(shown))
                                    : tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(total)));
}

int RecordTableView::textWidth(int column, int rows) const
{
    const QFontMetrics metrics = m_table->fontMetrics();
    int width = metrics.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString()) + 28;
    for (int r = 0; r < rows; ++r)
        width = std::max(width, metrics.horizontalAdvance(m_proxy->index(r, column).data().toString()) + 16);
    return width;
}

void RecordTableView::fitColumns()
{
    if (!m_model)
        return;
    // The last column on screen (a view may have moved the model's last one elsewhere).
    QHeaderView* header = m_table->horizontalHeader();
    if (header->count() == 0)
        return;
    const int last = header->logicalIndex(header->count() - 1);
    if (m_lastFitsText)
        m_lastColumnText = textWidth(last, m_proxy->rowCount());
    if (m_userSizedColumns) {
        fitLastColumn();
        return;
    }
    // Size to the header and the first rows only: measuring a million rows would stall.
    m_fitting = true;
    const int sample = std::min(m_proxy->rowCount(), 200);
    // The last column takes what is left: sizing it too would push the table wide.
    for (int c = 0; c < header->count(); ++c)
        if (c != last)
            header->resizeSection(c, std::min(textWidth(c, sample), 420));
    m_fitting = false;
    fitLastColumn();
}

void RecordTableView::fitLastColumn()
{
    const bool wholeText = m_lastFitsText;
    if (m_fitting || !m_model || (m_wrapMinimum == 0 && !wholeText))
        return;
    QHeaderView* header = m_table->horizontalHeader();
    const int last = header->logicalIndex(header->count() - 1);
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != last && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const int left = m_table->viewport()->width() - others;
    const int width = std::max(left, wholeText ? m_lastColumnText : m_wrapMinimum);
    if (header->sectionSize(last) == width)
        return;
    m_fitting = true;
    header->resizeSection(last, width);
    m_fitting = false;
}

} // namespace poolscope::views
