#pragma once
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;

namespace poolscope::views {

class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct IrpRow;

// The IRPs queued on the selected completion port (or every IRP the source shows), with
// the thread, process and file that explain them. Selecting one opens it in the inspector.
class IrpView : public QWidget {
    Q_OBJECT
public:
    explicit IrpView(Investigation& investigation, QWidget* parent = nullptr);
    ~IrpView() override;

    RecordTableView* table() const { return m_table; }
    QWidget* exportWidget() { return this; }
    void setShowAll(bool all);

private:
    void reload();

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<IrpRow>> m_model;
    RecordTableView* m_table = nullptr;
    QLabel* m_scope = nullptr;
    QCheckBox* m_all = nullptr;
};

} // namespace poolscope::views
