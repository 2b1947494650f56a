#pragma once
#include "analysis/inspection.h"

#include <QList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;

namespace poolscope {
struct Explanation;
}

namespace poolscope::views {

class ChartPanel;
class FindingCard;
class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct SuspectRow;

// The findings page, the first thing a user reads: how full the pools are (the !vm
// figures), then each leak explained from its tag to the process that holds it (one card
// per chain, every link opening its record in its view), small charts of the largest tags,
// the handle types of the top processes and the deepest ports (a bar opens its record), and
// every suspect with its reason.
class OverviewView : public QWidget {
    Q_OBJECT
public:
    explicit OverviewView(Investigation& investigation, QWidget* parent = nullptr);
    ~OverviewView() override;

    RecordTableView* suspects() const { return m_suspects; }
    QString nonPagedText() const;
    QString pagedText() const;
    QString sourceText() const;
    // "In this snapshot: 8 pool tags, 27 processes, ..." as shown.
    QString countsText() const;
    QWidget* exportWidget() { return this; }
    // Opens the suspect in its view, as a double click does.
    void openSuspect(const QString& key);
    // The findings, one card per leak chain, strongest first.
    QList<FindingCard*> findingCards() const { return m_cards; }
    // Below the cards: "nothing stands out" with its figures, and what the source cannot show.
    QString findingsNote() const;
    // Above the cards, one line per finding (the tag, who holds it, what it does wrong), so
    // every culprit reads on the first screen; each line scrolls to its card.
    QString findingsSummary() const;
    ChartPanel* tagsChart() const { return m_tagsChart; }
    ChartPanel* handlesChart() const { return m_handlesChart; }
    ChartPanel* portsChart() const { return m_portsChart; }
    // The record of the suspect selected, for the inspector.
    std::optional<RecordRef> selectedRecord() const;
    // The chains are worked out off the GUI thread (a dump of 390,000 handles takes a second):
    // true until the cards of the snapshot shown are in place.
    bool findingsPending() const { return m_findingsPending; }
    // What is being opened (empty: nothing): with nothing open yet, the page says so instead
    // of "Nothing open".
    void setLoading(const QString& what);

signals:
    void findingsShown();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void reloadFindings();
    void showFindings(const Explanation& explanation);
    void reloadCharts();
    void layoutCharts();
    void fitSuspects();
    QWidget* chartBox(const QString& title, const QString& view, ChartPanel*& chart);

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<SuspectRow>> m_model;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_nonPagedLabel = nullptr;
    QProgressBar* m_nonPaged = nullptr;
    QLabel* m_pagedLabel = nullptr;
    QProgressBar* m_paged = nullptr;
    QLabel* m_counts = nullptr;
    QVBoxLayout* m_findingsLayout = nullptr;
    QList<FindingCard*> m_cards;
    std::uint64_t m_findingsJob = 0; // a result for an older job is dropped
    bool m_findingsPending = false;
    QString m_loading;
    QLabel* m_findingsNote = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_charts = nullptr;
    QGridLayout* m_chartGrid = nullptr;
    QList<QWidget*> m_chartBoxes;
    int m_chartColumns = 0;
    ChartPanel* m_tagsChart = nullptr;
    ChartPanel* m_handlesChart = nullptr;
    ChartPanel* m_portsChart = nullptr;
    RecordTableView* m_suspects = nullptr;
};

} // namespace poolscope::views
