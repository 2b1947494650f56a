#pragma once
#include <QPointF>
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
    QString title;
    QStringList categories; // bar and stack labels
    QString valueAxis;      // "MB", "handles"
    QString xAxis;          // lines: "seconds" or "screen"
    std::vector<ChartSeries> series;
};

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    void show(const ChartData& data);
    const ChartData& data() const { return m_data; }
    // The chart alone (without the panel's frame), for PNG export.
    QWidget* chartWidget() const;

private:
    struct Impl;
    Impl* m_impl;
    ChartData m_data;
};

} // namespace poolscope::views
