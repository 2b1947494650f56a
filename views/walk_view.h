#pragma once
#include "analysis/list_walk.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace poolscope::views {

class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct WalkRow;

// The Walk tab: a list walked the way !list walks it, as a table of steps (entry, the record
// CONTAINING_RECORD gives, its thread, process, file, status, its Flink), where the walk ends,
// and the !list command that repeats it in WinDbg, to copy. Follows the selected port, and the
// list the inspector steps through; selecting a step shows it in the inspector.
class WalkView : public QWidget {
    Q_OBJECT
public:
    explicit WalkView(Investigation& investigation, QWidget* parent = nullptr);
    ~WalkView() override;

    RecordTableView* table() const { return m_table; }
    QWidget* exportWidget() { return this; }
    std::optional<ListRef> list() const { return m_list; }
    const ListWalk* walk() const { return m_walk.get(); }
    QString heading() const;
    QString ending() const;
    QString command() const;
    void copyCommand() const;
    // The record of the step selected (its IRP, or its process on the process list).
    std::optional<RecordRef> selectedRecord() const;

private:
    void reload();
    void setList(std::optional<ListRef> list);
    void fillLists();
    void showWalk();

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<WalkRow>> m_model;
    std::unique_ptr<SnapshotIndex> m_index;
    std::unique_ptr<ListWalk> m_walk;
    std::optional<ListRef> m_list;
    std::vector<ListRef> m_choices;
    bool m_updating = false;

    QComboBox* m_lists = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_ending = nullptr;
    QLineEdit* m_command = nullptr;
    RecordTableView* m_table = nullptr;
};

} // namespace poolscope::views
