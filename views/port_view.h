#pragma once
#include <QWidget>

#include <memory>

class QLabel;

namespace poolscope::views {

class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct PortRow;
struct PortCompareRow;

// Completion ports ranked by queued entries: the !icpleak answer. Selecting a port filters
// the IRPs and the holders; Enter or a double click opens it in the inspector.
class PortView : public QWidget {
    Q_OBJECT
public:
    explicit PortView(Investigation& investigation, QWidget* parent = nullptr);
    ~PortView() override;

    RecordTableView* table() const { return m_table; }
    // The !icpleak answer above the table, as shown.
    QString answerText() const;
    QWidget* exportWidget() { return this; }

private:
    void reload();

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<PortRow>> m_model;
    std::unique_ptr<RecordTableModel<PortCompareRow>> m_compareModel;
    bool m_comparing = false;
    RecordTableView* m_table = nullptr;
    QLabel* m_answer = nullptr;
};

} // namespace poolscope::views
