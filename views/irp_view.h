#pragma once
#include "analysis/conclusions/irp_groups.h"
#include "analysis/inspection.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;

namespace poolscope::views {

class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct IrpRow;
struct IrpGroupRow;

// The IRPs queued on the selected completion port (or every IRP the source shows), with
// the thread, its state, the process and file that explain them; above them, how many there
// are per process, thread, file, driver, status, completed or port, so 156 identical rows
// read as one line. Selecting a group lists its IRPs; selecting an IRP opens it in the
// inspector.
class IrpView : public QWidget {
    Q_OBJECT
public:
    explicit IrpView(Investigation& investigation, QWidget* parent = nullptr);
    ~IrpView() override;

    RecordTableView* table() const { return m_table; }
    RecordTableView* groupTable() const { return m_groups; }
    QWidget* exportWidget() { return this; }
    void setShowAll(bool all);
    IrpKey groupKey() const;
    void setGroupKey(IrpKey key);
    // Lists only the IRPs of this group (its irpGroupKey()); an empty key lists them all.
    bool selectGroup(const QString& key);
    QString selectedGroup() const { return m_group; }
    QString scopeText() const;
    // The IRP selected, else the record of the group selected (its process, file, thread).
    std::optional<RecordRef> selectedRecord() const;

private:
    void reload();
    void reloadIrps();
    void openRecord(const RecordRef& record);
    void resizeEvent(QResizeEvent* event) override;
    void fitGroups();

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<IrpRow>> m_model;
    std::unique_ptr<RecordTableModel<IrpGroupRow>> m_groupModel;
    IrpKey m_key = IrpKey::Process;
    QString m_group; // the group listed, or empty for all
    RecordTableView* m_table = nullptr;
    RecordTableView* m_groups = nullptr;
    QLabel* m_scope = nullptr;
    QComboBox* m_keys = nullptr;
    QToolButton* m_allGroups = nullptr;
    QCheckBox* m_all = nullptr;
    QSplitter* m_split = nullptr;
    bool m_userSized = false; // the splitter was dragged: its sizes are the user's
};

} // namespace poolscope::views
