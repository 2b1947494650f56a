#pragma once
#include <QStringList>
#include <QWidget>

#include <memory>
#include <unordered_set>

class QComboBox;
class QPushButton;
class QSpinBox;
class QLabel;

namespace poolscope::views {

class ChartPanel;
class Investigation;
class RecordTableView;
template <typename Row> class RecordTableModel;
struct PoolTagRow;
struct TagCompareRow;

// The pool-tag table with driver and description, a bar chart of the top N tags by bytes,
// and, for a series (poolmon screens), a line chart of the selected tags over time.
class PoolTagsView : public QWidget {
    Q_OBJECT
public:
    explicit PoolTagsView(Investigation& investigation, QWidget* parent = nullptr);
    ~PoolTagsView() override;

    RecordTableView* table() const { return m_table; }
    ChartPanel* topChart() const { return m_topChart; }
    ChartPanel* seriesChart() const { return m_seriesChart; }
    void setTopCount(int count);
    // How the growth chart reads: bytes, bytes on a log scale (a 260 KB tag and a 12 MB tag
    // both legible; the default when the lines differ that much), or the change since the
    // first screen in percent.
    enum class GrowthScale { Bytes, LogBytes, SinceFirst };
    GrowthScale growthScale() const;
    void setGrowthScale(GrowthScale scale);
    // The tag selected in the table, or nothing: what the inspector shows for this view.
    QString selectedTag() const;
    // With one tag selected in a series: the tags whose changes follow it (correlateTags),
    // drawn beside it on the growth chart ("IoCo Nonp" for "Irp Nonp").
    QStringList partnerTags() const { return m_partners; }
    QWidget* exportWidget() { return this; }
    bool isComparing() const { return m_comparing; }
    // The button above the table that lists the selected tag's blocks (Allocations).
    QPushButton* allocationsButton() const { return m_allocations; }
    // Opens the Allocations of a tag (a poolTagKey()), as the button, Enter or a double click
    // do; false when the source has no pool to read them from.
    bool openAllocations(const QString& key);

private:
    void reload();
    void showModel();
    void updateAllocationsButton();
    void tagMenu(const QString& key, const QPoint& globalPos);
    void analyzeSeries();
    void updateTopChart();
    void updateSeriesChart();

    Investigation& m_investigation;
    std::unique_ptr<RecordTableModel<PoolTagRow>> m_model;
    std::unique_ptr<RecordTableModel<TagCompareRow>> m_compareModel;
    bool m_comparing = false;
    bool m_withPoolScan = false; // m_model has the pool scan's columns
    QPushButton* m_allocations = nullptr;
    // Tags that grow steadily over the series (analyzeGrowth), by tag key and pool.
    std::unordered_set<std::uint64_t> m_leaking;
    std::vector<std::uint64_t> m_leakingOrder; // fastest first
    RecordTableView* m_table = nullptr;
    QSpinBox* m_topCount = nullptr;
    QComboBox* m_scale = nullptr;
    bool m_scaleChosen = false; // the user picked a scale: it stays
    ChartPanel* m_topChart = nullptr;
    ChartPanel* m_seriesChart = nullptr;
    QWidget* m_growthBox = nullptr; // the scale and the growth chart, for a series only
    QStringList m_partners;
};

} // namespace poolscope::views
