#pragma once
#include <QPointF>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace poolscope::views {

// What a chart shows, as plain values: the views fill it, ChartPanel draws it, and tests
// read it back. Everything Qt Charts is behind ChartPanel (Qt Charts is deprecated from Qt
// 6.10 on; a move to another library touches chart_panel.cpp only).
struct ChartSeries {
    QString name;
    std::vector<double> values;  // bars and stacks: one per category
    std::vector<QPointF> points; // lines: (x, y)
};

struct ChartData {
    enum class Kind { None, Bars, StackedBars, Lines } kind = Kind::None;
    // Lines: a log scale lets a 260 KB tag and a 12 MB tag be read on one chart.
    enum class Scale { Linear, Log } scale = Scale::Linear;
    QString title;
    QStringList categories;  // bar labels ("Thre Nonp", "xxxxxx.EXE"): always drawn in full
    QStringList valueLabels; // bars: the figure at the end of each bar ("199.3 MB"); may be empty
    QStringList toolTips;    // bars: shown over a bar or its label; may be empty
    QStringList keys;        // bars: the domain key of each category (a tag key, a process address)
    QString valueAxis;       // "MB", "handles"
    QString xAxis;           // lines: "seconds" or "screen"
    std::vector<ChartSeries> series;
};

// A category label as it is drawn, in the panel's coordinates: what a test checks to know
// that every bar is named in full and legibly at the panel's size.
struct DrawnLabel {
    QString text;
    QRect rect;
    int pixelSize = 0;
};

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    void show(const ChartData& data);
    const ChartData& data() const { return m_data; }
    // The legend under the chart as the user reads it ("■ Thread  ■ Key  ■ Other"); empty
    // when the chart has one series.
    QString legendText() const;
    // The figures printed along the horizontal value axis (a bar chart's values, a line
    // chart's screens or seconds), or the vertical one, as the user reads them.
    QStringList axisTickLabels(Qt::Orientation orientation) const;
    // The bar charts' category labels as drawn now (bars only; empty for lines).
    std::vector<DrawnLabel> drawnCategoryLabels() const;
    // The bar or label of a category was clicked: the view opens that record.
    void setCategoriesClickable(bool clickable);
    // Activates a category as a click on its bar does (for the keyboard and for tests).
    void activateCategory(int index);
    // Opens a category as a double click on its bar or its name does (clickable charts).
    void openCategory(int index);
    // The category whose bar or name is at a point of the panel, or -1.
    int categoryAt(const QPoint& pos) const;

signals:
    void categoryActivated(int index);
    void categoryOpened(int index);
    // The context menu was asked for over a category's bar or name (clickable charts).
    void categoryMenuRequested(int index, const QPoint& globalPos);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Impl;
    Impl* m_impl;
    ChartData m_data;
};

} // namespace poolscope::views
