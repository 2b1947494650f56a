#pragma once
#include "analysis/inspection.h"
#include "analysis/pooltag_database.h"
#include "analysis/source_open.h"
#include "model/address.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

// Records and list links travel in signals between the views and the inspector.
Q_DECLARE_METATYPE(poolscope::RecordRef)
Q_DECLARE_METATYPE(poolscope::ListLink)

namespace poolscope::views {

// The shared context every view observes (like RenderDoc's capture context): what is
// open, which snapshot of it is shown, what it is compared with, and what the user picked.
// Views tell each other about a selection by domain key through here, never by calling
// each other or passing QModelIndex.
class Investigation : public QObject {
    Q_OBJECT
public:
    explicit Investigation(PoolTagDatabase descriptions, QObject* parent = nullptr);

    // A newly opened source; shows its last snapshot (the newest poolmon screen).
    void setSource(std::shared_ptr<const OpenedSource> source, const QString& label, bool demo = false);
    const OpenedSource* source() const { return m_source.get(); }
    std::shared_ptr<const OpenedSource> sharedSource() const { return m_source; }
    QString label() const { return m_label; }
    bool isDemo() const { return m_demo; }

    int snapshotCount() const;
    int currentIndex() const { return m_index; }
    void setCurrentIndex(int index);
    // The snapshot the views show, or null when nothing is open.
    const Snapshot* current() const;
    const SnapshotSeries* series() const;
    // Changes whenever current() may point at another snapshot: views that index the
    // snapshot compare it with the one they indexed.
    std::uint64_t generation() const { return m_generation; }

    // Compare mode: the "before" side. Either another screen of the same series or the
    // last snapshot of a second source. Null when not comparing.
    const Snapshot* baseline() const;
    QString baselineLabel() const { return m_baselineLabel; }
    // The baseline's screen in this series, when it is one of them.
    std::optional<int> baselineIndex() const { return m_baselineIndex; }
    void compareWithIndex(int index);
    void compareWithSource(std::shared_ptr<const OpenedSource> other, const QString& label);
    void stopComparing();

    const PoolTagDatabase& descriptions() const { return m_descriptions; }

    // Selections, by domain key.
    std::optional<Address> selectedPort() const { return m_port; }
    void selectPort(std::optional<Address> port);
    std::optional<Address> selectedObject() const { return m_object; } // for its holders
    void selectObject(std::optional<Address> object);
    QString selectedTag() const { return m_tag; } // poolTagKey()
    void selectTag(const QString& key);
    std::optional<Address> selectedProcess() const { return m_process; }
    void selectProcess(std::optional<Address> process);
    // The list the Walk view shows and the inspector steps through: a port's queue, a
    // thread's IrpList, the process list.
    std::optional<ListRef> selectedList() const { return m_list; }
    void selectList(std::optional<ListRef> list);

    // Opens a record where it is shown, selected there, and in the inspector: a tag in Pool
    // tags, a port in Completion ports, an IRP, or a file object's IRPs, in IRPs, a process,
    // a thread or another object with the processes holding it in Handles. What a link of
    // the Overview's findings does.
    void openRecord(const RecordRef& record);
    // The view openRecord brings forward for a kind of record ("tags", "ports", ...).
    static QString viewOf(RecordKind kind);

signals:
    void sourceChanged();    // a new source: everything resets
    void snapshotChanged();  // another snapshot of the series (or a new source)
    void baselineChanged();  // compare mode on, off or against another snapshot
    void portSelected(std::optional<poolscope::Address> port);
    void objectSelected(std::optional<poolscope::Address> object);
    void tagSelected(const QString& key);
    void processSelected(std::optional<poolscope::Address> process);
    void listSelected(std::optional<poolscope::ListRef> list);
    // A view asks the inspector to show one step of a list's walk (1-based).
    void listStepRequested(poolscope::ListRef list, qulonglong step);
    // The inspector shows this step of a list's walk (0 the head, n + 1 back at the head).
    void listStepShown(poolscope::ListRef list, qulonglong step);
    // A view asks for a record to be shown in the inspector ("irp", "0xffffe00008b192f0").
    void inspectRequested(const QString& kind, const QString& key);
    // A view asks the window to bring another view forward ("ports", "tags", ...).
    void showViewRequested(const QString& view);
    // openRecord: the view that shows this kind of record selects it (an IRP, a file's IRPs,
    // a thread's holders); then the inspector is asked to show it.
    void recordOpened(const poolscope::RecordRef& record);
    void recordInspectRequested(const poolscope::RecordRef& record);

private:
    void clearSelections();

    PoolTagDatabase m_descriptions;
    std::shared_ptr<const OpenedSource> m_source;
    QString m_label;
    bool m_demo = false;
    int m_index = -1;
    std::uint64_t m_generation = 0;
    std::optional<int> m_baselineIndex;
    std::shared_ptr<const OpenedSource> m_baselineSource;
    QString m_baselineLabel;
    std::optional<Address> m_port;
    std::optional<Address> m_object;
    QString m_tag;
    std::optional<Address> m_process;
    std::optional<ListRef> m_list;
};

} // namespace poolscope::views
