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

    QString m_title;
    QLabel* m_count = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    RecordTableBase* m_model = nullptr;
    bool m_userSizedColumns = false;
    bool m_fitting = false;
};

} // namespace poolscope::views
