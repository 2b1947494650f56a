#pragma once
#include "views/record_table_model.h"

#include <QSortFilterProxyModel>

#include <string>

namespace poolscope::views {

// Sorts with the typed column comparators and filters on the text of every column, so a
// table of a million IRPs sorts and filters without a QVariant per comparison.
class RecordFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // Case-insensitive substring over all columns; empty shows every row.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RecordTableBase* m_records = nullptr;
    QString m_text;
    std::string m_needle; // m_text folded to lower case, UTF-8
};

} // namespace poolscope::views
