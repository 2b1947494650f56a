#pragma once
#include "analysis/conclusions/pool_groups.h"
#include "analysis/inspection.h"

#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QToolButton;

namespace poolscope::views {

class AllocationLoader;
class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct AllocationBlockRow;
struct AllocationGroupRow;
struct AllocationGrouping;
struct TagAllocations;

// The selected tag's blocks in a dump's pool, the way !poolfind, !pool and !thread find
// them by hand: grouped by what they hold so that "323,155 of 323,160 Thre blocks hold
// TERMINATED threads of xxxxxx.EXE" is one row, then the blocks of a group, and a block in
// the inspector with its object and its neighbours. The pool is looked up off the GUI
// thread when the view is in front, once per tag while the source is open.
class AllocationsView : public QWidget {
    Q_OBJECT
public:
    explicit AllocationsView(Investigation& investigation, QWidget* parent = nullptr);
    ~AllocationsView() override;

    RecordTableView* groupTable() const { return m_groups; }
    RecordTableView* blockTable() const { return m_blocks; }
    // The table Ctrl+E exports: the one used last (the groups until the blocks are); none
    // while there are no blocks to show.
    RecordTableView* currentTable() const;
    QWidget* exportWidget() { return this; }

    // The lookup running (a screenshot waits for it).
    bool isBusy() const;
    void cancelLookup();
    // The tag shown ("Thre|Nonpaged"), and what the view says at the top and instead of the tables.
    QString tagKey() const { return m_tagKey; }
    QString headerText() const;
    QString headlineText() const;
    // "Listed: the 20,000 blocks whose type, state and owner are Thread, TERMINATED, ..."
    QString scopeText() const;
    QString messageText() const;
    QLabel* header() const { return m_header; }

    std::vector<BlockKey> groupKeys() const { return m_keys; }
    void setGroupKeys(const std::vector<BlockKey>& keys);
    void setShowFree(bool show);
    bool showsFree() const;
    // Lists only the blocks of this group (allocationGroupKey); an empty key lists them all.
    bool selectGroup(const QString& key);
    QString selectedGroup() const { return m_group; }
    // The block selected, else all the blocks of the tag; the tag when the source has no pool.
    std::optional<RecordRef> selectedRecord() const;

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void sourceChanged();
    void scheduleLookUp();
    void tagChanged(const QString& key);
    void lookUp();
    void showResult(std::shared_ptr<const TagAllocations> result);
    void regroup();
    void reloadBlocks();
    void openRecord(const RecordRef& record);
    void selectPendingBlock();
    void updateHeader();
    void showMessage(const QString& text, bool offerTags, bool offerRetry);
    void fitGroups();
    QString defaultTag() const;

    Investigation& m_investigation;
    AllocationLoader* m_loader = nullptr;
    std::map<QString, std::shared_ptr<const TagAllocations>> m_cache; // per tag key, while the source is open
    std::shared_ptr<const TagAllocations> m_data;                     // shown
    std::unique_ptr<AllocationGrouping> m_grouping;
    std::unique_ptr<RecordTableModel<AllocationGroupRow>> m_groupModel;
    std::unique_ptr<RecordTableModel<AllocationBlockRow>> m_blockModel;
    QString m_tagKey;
    bool m_stale = true; // the tag changed while the view was hidden
    std::vector<BlockKey> m_keys;
    QString m_group;
    std::optional<Address> m_pendingBlock; // opened before its lookup ended
    RecordTableView* m_front = nullptr;
    bool m_userSized = false;

    QLabel* m_header = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_messageRow = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_showTags = nullptr;
    QPushButton* m_retry = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_bodyOffset = nullptr;
    std::vector<std::pair<BlockKey, QCheckBox*>> m_keyButtons;
    QToolButton* m_allGroups = nullptr;
    QCheckBox* m_free = nullptr;
    QSplitter* m_split = nullptr;
    QLabel* m_scope = nullptr;
    RecordTableView* m_groups = nullptr;
    RecordTableView* m_blocks = nullptr;
};

} // namespace poolscope::views
