#include "record_filter_proxy.h"

namespace poolscope::views {

RecordFilterProxy::RecordFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    // The comparators decide; QSortFilterProxyModel's own locale compare would be slower
    // and would sort "10" before "9".
    setSortRole(Qt::DisplayRole);
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_records = dynamic_cast<RecordTableBase*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_needle = m_text.toLower().toStdString();
    // invalidate(), not invalidateFilter(): the latter removes the filtered rows interval by
    // interval, which is quadratic when a filter scatters a million rows; this rebuilds the
    // mapping once.
    invalidate();
}

bool RecordFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_records)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_records->lessThan(left.row(), right.row(), left.column());
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.empty() || sourceParent.isValid())
        return true;
    return m_records ? m_records->rowContains(sourceRow, m_needle) : true;
}

} // namespace poolscope::views
