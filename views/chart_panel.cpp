#include "chart_panel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QStackedLayout>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace poolscope::views {

struct ChartPanel::Impl {
    QChartView* view = nullptr;
    QLabel* empty = nullptr;
    QStackedLayout* stack = nullptr;
};

namespace {

// A palette that reads on white and in print; the first colour is the suspect.
const QColor kColours[] = {QColor(0xd9, 0x5f, 0x3b), QColor(0x3b, 0x7d, 0xd9), QColor(0x5a, 0xa8, 0x4f),
                           QColor(0xe0, 0xa8, 0x2e), QColor(0x8e, 0x5c, 0xc2), QColor(0x4c, 0xb5, 0xb0),
                           QColor(0x9a, 0x9a, 0x9a), QColor(0xc2, 0x5c, 0x8e)};

QColor colourAt(std::size_t i)
{
    return kColours[i % std::size(kColours)];
}

void addBars(QChart* chart, const ChartData& data, bool stacked)
{
    // Large counts read better in thousands than as "323155" crammed against its neighbour.
    double largest = 0;
    for (const ChartSeries& cs : data.series)
        for (double v : cs.values)
            largest = std::max(largest, v);
    const double scale = largest >= 100000 ? 1000.0 : 1.0;
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    double maximum = 0;
    std::vector<double> stackTotals(static_cast<std::size_t>(data.categories.size()), 0.0);
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        auto* set = new QBarSet(data.series[s].name);
        set->setColor(colourAt(s));
        set->setBorderColor(colourAt(s).darker(120));
        // QBarSeries draws its first value at the bottom; the table's first row goes on top.
        const auto& values = data.series[s].values;
        for (std::size_t i = values.size(); i-- > 0;) {
            const double v = values[i] / scale;
            *set << v;
            if (i < stackTotals.size())
                stackTotals[i] += v;
            maximum = std::max(maximum, v);
        }
        series->append(set);
    }
    if (stacked)
        for (double t : stackTotals)
            maximum = std::max(maximum, t);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    QStringList categories = data.categories;
    std::reverse(categories.begin(), categories.end());
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(scale > 1 ? QObject::tr("%1 ×1000").arg(data.valueAxis) : data.valueAxis);
    axisX->setTickCount(5);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(stacked || data.series.size() > 1);
    if (stacked && data.series.size() > 3)
        chart->legend()->setAlignment(Qt::AlignRight); // a column of type names, none cut short
}

void addLines(QChart* chart, const ChartData& data)
{
    double minX = 0, maxX = 1, maxY = 0;
    bool first = true;
    for (std::size_t s = 0; s < data.series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(data.series[s].name);
        line->setPointsVisible(data.series[s].points.size() < 60);
        QPen pen(colourAt(s));
        pen.setWidthF(2.0);
        line->setPen(pen);
        for (const QPointF& p : data.series[s].points) {
            line->append(p);
            minX = first ? p.x() : std::min(minX, p.x());
            maxX = first ? p.x() : std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
            first = false;
        }
        chart->addSeries(line);
    }
    auto* axisX = new QValueAxis;
    axisX->setRange(minX, maxX > minX ? maxX : minX + 1);
    axisX->setTitleText(data.xAxis);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    auto* axisY = new QValueAxis;
    axisY->setRange(0, maxY > 0 ? maxY * 1.1 : 1);
    axisY->applyNiceNumbers();
    axisY->setTitleText(data.valueAxis);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setVisible(true);
}

} // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), m_impl(new Impl)
{
    m_impl->stack = new QStackedLayout(this);
    m_impl->view = new QChartView(this);
    m_impl->view->setRenderHint(QPainter::Antialiasing);
    m_impl->view->setMinimumHeight(180);
    m_impl->empty = new QLabel(tr("Nothing to chart"), this);
    m_impl->empty->setAlignment(Qt::AlignCenter);
    m_impl->empty->setEnabled(false);
    m_impl->stack->addWidget(m_impl->empty);
    m_impl->stack->addWidget(m_impl->view);
    show(ChartData{});
}

ChartPanel::~ChartPanel()
{
    delete m_impl;
}

void ChartPanel::show(const ChartData& data)
{
    m_data = data;
    auto* chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const bool hasData = std::any_of(data.series.begin(), data.series.end(),
                                     [](const ChartSeries& s) { return !s.values.empty() || !s.points.empty(); });
    switch (hasData ? data.kind : ChartData::Kind::None) {
    case ChartData::Kind::Bars:
        addBars(chart, data, false);
        break;
    case ChartData::Kind::StackedBars:
        addBars(chart, data, true);
        break;
    case ChartData::Kind::Lines:
        addLines(chart, data);
        break;
    case ChartData::Kind::None:
        break;
    }
    QChart* old = m_impl->view->chart();
    m_impl->view->setChart(chart);
    delete old;
    m_impl->empty->setText(data.title.isEmpty() ? tr("Nothing to chart") : tr("%1: nothing to chart").arg(data.title));
    m_impl->stack->setCurrentWidget(hasData ? static_cast<QWidget*>(m_impl->view) : m_impl->empty);
}

QWidget* ChartPanel::chartWidget() const
{
    return m_impl->stack->currentWidget();
}

} // namespace poolscope::views
