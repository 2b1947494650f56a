#pragma once
#include <QWidget>

#include <memory>

class QLabel;

namespace poolscope::views {

class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct DiagnosticRow;

// What the reader could not take: every warning with its file and line, and the commands
// it recognised but does not parse. A partial read must never look complete.
class DiagnosticsView : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosticsView(Investigation& investigation, QWidget* parent = nullptr);
    ~DiagnosticsView() override;

    RecordTableView* table() const { return m_table; }
    QString summaryText() const;
    QWidget* exportWidget() { return this; }

private:
    void reload();

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<DiagnosticRow>> m_model;
    QLabel* m_summary = nullptr;
    RecordTableView* m_table = nullptr;
};

} // namespace poolscope::views
