#pragma once
#include "analysis/inspection.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;

namespace poolscope {
struct ProcessHandleTypes;
}

namespace poolscope::views {

class ChartPanel;
class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct HolderRow;
struct HandleTypeRow;
struct HandleTypeCompareRow;

// Who holds what: the processes holding a handle to the selected object (a port's
// holders), the handle counts of every process by object type, and a stacked bar chart of
// the processes with the most handles, so the one holding 323,155 thread handles stands out.
class HandlesView : public QWidget {
    Q_OBJECT
public:
    explicit HandlesView(Investigation& investigation, QWidget* parent = nullptr);
    ~HandlesView() override;

    RecordTableView* holdersTable() const { return m_holders; }
    RecordTableView* typeTable() const { return m_types; }
    ChartPanel* chart() const { return m_chart; }
    QString holdersTitle() const;
    QWidget* exportWidget() { return this; }
    // The last record picked in this view: a process row of either table, or the thread or
    // object whose holders it lists.
    std::optional<RecordRef> selectedRecord() const { return m_selected; }

private:
    void reload();
    void reloadHolders();
    void updateChart();

    Investigation& m_investigation;
    std::vector<ProcessHandleTypes> m_counts;
    std::unique_ptr<RecordTableModel<HolderRow>> m_holderModel;
    std::unique_ptr<RecordTableModel<HandleTypeRow>> m_typeModel;
    std::unique_ptr<RecordTableModel<HandleTypeCompareRow>> m_compareModel;
    bool m_comparing = false;
    std::optional<RecordRef> m_selected;
    QLabel* m_holdersTitle = nullptr;
    RecordTableView* m_holders = nullptr;
    RecordTableView* m_types = nullptr;
    ChartPanel* m_chart = nullptr;
};

} // namespace poolscope::views
