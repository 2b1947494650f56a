#pragma once
#include "analysis/inspection.h"
#include "analysis/list_walk.h"
#include "views/investigation.h"

#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace poolscope::views {

class Investigation;

// The drill-down: the selected record as a field tree like `dt -r`, pointer fields as links
// (Enter or double click follows one), Back/Forward through what was opened, and for every
// record the WinDbg commands that show the same thing, each with a Copy button.
// A _LIST_ENTRY's Flink and Blink are links too: following one applies CONTAINING_RECORD with
// the structure the list holds, and Next / Previous then step through the list one entry at
// a time, as !list does, saying where the walk is and where it ends.
class InspectorView : public QWidget {
    Q_OBJECT
public:
    explicit InspectorView(Investigation& investigation, QWidget* parent = nullptr);
    ~InspectorView() override;

    void showRecord(RecordRef ref);
    bool back();
    bool forward();
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    // Follows the link of the field with this name (the first one, depth first): a pointer to
    // a record, or a list link.
    bool followField(const QString& name);

    // The walk: a list link followed, one step shown (1-based; 0 is the head), Next / Previous.
    bool followListLink(const ListLink& link);
    void showStep(const ListRef& list, std::size_t step);
    bool nextStep();
    bool previousStep();
    // "entry 37 of 156 on port ffffe000`05248840", "back at the head ... after 156 entries";
    // empty when the record shown is on no list the walk knows.
    QString stepText() const { return m_stepText; }
    QString arithmeticText() const { return m_arithmetic; }
    // Why Next or Previous could not go on ("the walk stops here: cyclic: ...").
    QString stepMessage() const { return m_stepMessage; }

    QString title() const;
    QString fieldValue(const QString& name) const;
    QStringList commandTexts() const;
    void copyCommand(int index) const;
    QTreeWidget* tree() const { return m_tree; }

    // "port"/"irp"/"file"/"process"/"thread"/"object"/"tag"/"handle" and a view's key.
    static std::optional<RecordRef> refFromKey(const QString& kind, const QString& key);

private:
    bool m_relayoutPending = false;
    // What the inspector shows: a record, or a place on a list's walk.
    struct Place {
        enum class At : std::uint8_t { Record, Head, Step, BackAtHead };
        At at = At::Record;
        RecordRef record;
        ListRef list;
        std::size_t step = 0; // At::Step, 1-based

        friend bool operator==(const Place&, const Place&) = default;
    };

    void go(const Place& place);
    // A block of the dump's pool, read from it (the snapshot has no blocks); all the blocks of
    // a tag (address 0): the scan's figures for it.
    Inspection inspectBlock(const RecordRef& ref);
    void render();
    void renderStepBar();
    void rebuildIndex();
    const ListWalk* walkOf(const ListRef& list);
    // The list and the position on it of what is shown: 0 the head, 1..n a step, n + 1 back at the head.
    std::optional<std::pair<ListRef, std::size_t>> position();
    QTreeWidgetItem* addField(const InspectedField& field, QTreeWidgetItem* parent);

    Investigation& m_investigation;
    std::unique_ptr<SnapshotIndex> m_index;
    std::uint64_t m_indexedGeneration = ~std::uint64_t{0};
    std::vector<Place> m_history;
    std::size_t m_position = 0;
    Inspection m_shown;
    // The last block read from the pool: Back, Forward and re-renders do not read it again.
    std::optional<std::pair<RecordRef, Inspection>> m_lastBlock;
    std::vector<std::pair<ListRef, std::unique_ptr<ListWalk>>> m_walks; // walked once per snapshot
    QString m_stepText;
    QString m_arithmetic;
    QString m_stepMessage;

    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QLabel* m_title = nullptr;
    QWidget* m_stepBar = nullptr;
    QLabel* m_stepLabel = nullptr;
    QToolButton* m_previousStep = nullptr;
    QToolButton* m_nextStep = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_provenance = nullptr;
    QWidget* m_commands = nullptr;
    QVBoxLayout* m_commandLayout = nullptr;
};

} // namespace poolscope::views
