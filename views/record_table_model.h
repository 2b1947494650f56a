#pragma once
#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace poolscope::views {

// The roles every PoolScope table answers besides DisplayRole.
enum RecordRole {
    KeyRole = Qt::UserRole + 1, // a domain key that other views understand ("0xffffe00005248840")
    ExportRole,                 // the cell for CSV: raw numbers, no thousands separators;
                                // in headerData, the untranslated title (CSV is for scripts)
    BarRole,                    // -1..1: the value against the column's largest, for the bar delegate
};

// One column of a record table: how a row shows, exports, sorts and draws its bar. The
// comparator works on the rows themselves, so sorting a million rows never builds a
// QVariant per comparison.
template <typename Row>
struct RecordColumn {
    QString title;       // as shown, in the window's language
    QString exportTitle; // the CSV header: the English source of the title; defaults to title
    std::function<std::string(const Row&)> text;
    std::function<bool(const Row&, const Row&)> less;
    std::function<std::string(const Row&)> exported; // defaults to text
    std::function<std::optional<double>(const Row&)> barValue; // set for the bar columns
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    QString toolTip;
    // Sort by the displayed text: the model formats each row's text once per sort instead
    // of twice per comparison (a million rows need twenty million comparisons).
    bool sortByText = false;
};

// Type-erased access for RecordFilterProxy, which sorts and filters without knowing Row.
class RecordTableBase : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;
    virtual bool lessThan(int leftRow, int rightRow, int column) const = 0;
    // True when any column's text contains `needle` (already lower case, UTF-8).
    virtual bool rowContains(int row, const std::string& needle) const = 0;
    virtual QString keyOf(int row) const = 0;
    virtual int rowOfKey(const QString& key) const = 0;
};

template <typename Row>
class RecordTableModel : public RecordTableBase {
public:
    using Columns = std::vector<RecordColumn<Row>>;

    RecordTableModel(Columns columns, std::function<QString(const Row&)> key, QObject* parent = nullptr)
        : RecordTableBase(parent), m_columns(std::move(columns)), m_key(std::move(key))
    {
    }

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_sortColumn = -1;
        m_sortRank.clear();
        m_barScale.assign(m_columns.size(), 0.0);
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (!m_columns[c].barValue)
                continue;
            for (const Row& row : m_rows)
                if (const auto v = m_columns[c].barValue(row))
                    m_barScale[c] = std::max(m_barScale[c], std::abs(*v));
        }
        endResetModel();
    }

    const std::vector<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const
    {
        return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || static_cast<std::size_t>(section) >= m_columns.size())
            return {};
        const auto& column = m_columns[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole)
            return column.title;
        if (role == ExportRole)
            return column.exportTitle.isEmpty() ? column.title : column.exportTitle;
        if (role == Qt::ToolTipRole && !column.toolTip.isEmpty())
            return column.toolTip;
        return {};
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
        if (!row || index.column() >= columnCount())
            return {};
        const auto c = static_cast<std::size_t>(index.column());
        const auto& column = m_columns[c];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return QString::fromStdString(column.text(*row));
        case ExportRole:
            return QString::fromStdString(column.exported ? column.exported(*row) : column.text(*row));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case KeyRole:
            return m_key(*row);
        case BarRole:
            if (column.barValue && m_barScale[c] > 0)
                if (const auto v = column.barValue(*row))
                    return *v / m_barScale[c];
            return {};
        default:
            return {};
        }
    }

    bool lessThan(int leftRow, int rightRow, int column) const override
    {
        const Row* l = rowAt(leftRow);
        const Row* r = rowAt(rightRow);
        if (!l || !r || column < 0 || column >= columnCount())
            return false;
        const auto& c = m_columns[static_cast<std::size_t>(column)];
        if (!c.sortByText)
            return c.less(*l, *r);
        if (m_sortColumn != column)
            rankByText(column);
        return m_sortRank[static_cast<std::size_t>(leftRow)] < m_sortRank[static_cast<std::size_t>(rightRow)];
    }

    bool rowContains(int row, const std::string& needle) const override
    {
        const Row* r = rowAt(row);
        if (!r)
            return false;
        for (const auto& column : m_columns)
            if (containsFolded(column.text(*r), needle))
                return true;
        return false;
    }

    QString keyOf(int row) const override
    {
        const Row* r = rowAt(row);
        return r ? m_key(*r) : QString();
    }

    int rowOfKey(const QString& key) const override
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_key(m_rows[i]) == key)
                return static_cast<int>(i);
        return -1;
    }

private:
    // Each row's place in the order of the column's text, so that the proxy's sort (and
    // every re-sort after a filter) compares integers, not strings.
    void rankByText(int column) const
    {
        const auto& c = m_columns[static_cast<std::size_t>(column)];
        std::vector<std::string> text;
        text.reserve(m_rows.size());
        for (const Row& row : m_rows)
            text.push_back(c.text(row));
        std::vector<std::uint32_t> order(m_rows.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<std::uint32_t>(i);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return text[a] < text[b]; });
        m_sortRank.assign(m_rows.size(), 0);
        std::uint32_t rank = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && text[order[i - 1]] != text[order[i]])
                ++rank;
            m_sortRank[order[i]] = rank;
        }
        m_sortColumn = column;
    }

    static bool containsFolded(const std::string& haystack, const std::string& needle)
    {
        if (needle.size() > haystack.size())
            return false;
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
            std::size_t j = 0;
            while (j < needle.size() && lower(haystack[i + j]) == needle[j])
                ++j;
            if (j == needle.size())
                return true;
        }
        return false;
    }

    Columns m_columns;
    std::function<QString(const Row&)> m_key;
    std::vector<Row> m_rows;
    std::vector<double> m_barScale;
    mutable int m_sortColumn = -1; // the column m_sortRank ranks
    mutable std::vector<std::uint32_t> m_sortRank;
};

// Comparators for the usual cell kinds: an absent figure sorts below every present one.
template <typename Row, typename Get>
auto byValue(Get get)
{
    return [get](const Row& a, const Row& b) { return get(a) < get(b); };
}

} // namespace poolscope::views
