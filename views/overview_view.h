#pragma once
#include "analysis/inspection.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;

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
    QWidget* exportWidget() { return this; }
    // Opens the suspect in its view, as a double click does.
    void openSuspect(const QString& key);
    // The findings, one card per leak chain, strongest first.
    QList<FindingCard*> findingCards() const { return m_cards; }
    // Below the cards: "nothing stands out" with its figures, and what the source cannot show.
    QString findingsNote() const;
    ChartPanel* tagsChart() const { return m_tagsChart; }
    ChartPanel* handlesChart() const { return m_handlesChart; }
    ChartPanel* portsChart() const { return m_portsChart; }
    // The record of the suspect selected, for the inspector.
    std::optional<RecordRef> selectedRecord() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void reloadFindings();
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
    QLabel* m_findingsNote = nullptr;
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
