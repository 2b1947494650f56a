#pragma once
#include "analysis/inspection.h"

#include <QWidget>

#include <memory>
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
class InspectorView : public QWidget {
    Q_OBJECT
public:
    explicit InspectorView(Investigation& investigation, QWidget* parent = nullptr);
    ~InspectorView() override;

    void showRecord(const RecordRef& ref);
    bool back();
    bool forward();
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    // Follows the link of the field with this name (the first one, depth first).
    bool followField(const QString& name);

    QString title() const;
    QString fieldValue(const QString& name) const;
    QStringList commandTexts() const;
    void copyCommand(int index) const;
    QTreeWidget* tree() const { return m_tree; }

    // "port"/"irp"/"file"/"process"/"thread"/"object"/"tag"/"handle" and a view's key.
    static std::optional<RecordRef> refFromKey(const QString& kind, const QString& key);

private:
    void render();
    void rebuildIndex();
    QTreeWidgetItem* addField(const InspectedField& field, QTreeWidgetItem* parent);

    Investigation& m_investigation;
    std::unique_ptr<SnapshotIndex> m_index;
    std::uint64_t m_indexedGeneration = ~std::uint64_t{0};
    std::vector<RecordRef> m_history;
    std::size_t m_position = 0;
    Inspection m_shown;

    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QLabel* m_title = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_provenance = nullptr;
    QWidget* m_commands = nullptr;
    QVBoxLayout* m_commandLayout = nullptr;
};

} // namespace poolscope::views

Q_DECLARE_METATYPE(poolscope::RecordRef)
