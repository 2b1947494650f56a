#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace poolscope::views {

class RecordFilterProxy;
class RecordTableBase;

// A table the way every PoolScope view shows one: a filter box (Ctrl+F), sorting on every
// column, Ctrl+C copying the selected rows, a row count, CSV export of what is shown, and
// the current row announced by its domain key.
class RecordTableView : public QWidget {
    Q_OBJECT
public:
    explicit RecordTableView(const QString& title, QWidget* parent = nullptr);

    void setModel(RecordTableBase* model);
    RecordTableBase* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }

    void setFilterText(const QString& text);
    QString currentKey() const;
    // Selects the row with this key (clearing the filter if it hides the row); false when
    // the table has no such row.
    bool selectKey(const QString& key);
    void sortBy(int column, Qt::SortOrder order);
    // Long cells wrap onto more lines instead of being cut (for short tables of sentences,
    // like the suspects with their reasons).
    void setRowsWrapped(bool wrapped);
    // The last column's sentences wrap onto more lines and the rows grow to show them whole
    // (diagnostics, verdicts): the column takes the width the others leave, never less than
    // minimumWidth (the table scrolls instead). For tables of thousands of rows, not millions.
    void setLastColumnWrapped(int minimumWidth = 260);
    // The last column is as wide as its longest cell, every row measured, so no value in it
    // is cut (descriptions); the table scrolls sideways instead. Thousands of rows, not millions.
    void setLastColumnFitsText();
    // Shows these model columns first, in this order, the others after them as the model
    // has them: the columns that carry the answer stay on screen in a narrow window, while
    // the CSV keeps the model's order that scripts read. Again after each setModel().
    void showColumnsFirst(const QList<int>& columns);
    // The height that shows every row without scrolling: title, header and rows.
    int heightForAllRows() const;

    QByteArray exportCsv() const;
    void copySelection() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void currentKeyChanged(const QString& key);
    void keyActivated(const QString& key); // double click or Enter

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void fitColumns();
    // The wrapped or whole-text last column: what the others leave, or its own minimum.
    void fitLastColumn();
    int textWidth(int column, int rows) const;

    QString m_title;
    QLabel* m_count = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    RecordTableBase* m_model = nullptr;
    bool m_userSizedColumns = false;
    bool m_fitting = false;
    int m_wrapMinimum = 0;         // > 0: the last column wraps
    bool m_lastFitsText = false;
    int m_lastColumnText = 0;      // the last column's longest cell, when it fits its text
};

} // namespace poolscope::views
