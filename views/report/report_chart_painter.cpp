#include "report_chart_painter.h"

#include "views/chart_panel.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPalette>

namespace poolscope::views {

namespace {

constexpr qreal kPixelRatio = 2.0;

ChartData chartData(const ReportChart& chart)
{
    ChartData data;
    switch (chart.kind) {
    case ReportChart::Kind::Bars: data.kind = ChartData::Kind::Bars; break;
    case ReportChart::Kind::StackedBars: data.kind = ChartData::Kind::StackedBars; break;
    case ReportChart::Kind::Lines: data.kind = ChartData::Kind::Lines; break;
    }
    data.title = QString::fromStdString(chart.title);
    data.valueAxis = QString::fromStdString(chart.valueAxis);
    data.xAxis = QString::fromStdString(chart.xAxis);
    for (const std::string& category : chart.categories)
        data.categories << QString::fromStdString(category);
    for (const ReportChart::Series& s : chart.series) {
        ChartSeries series;
        series.name = QString::fromStdString(s.name);
        series.values = s.values;
        for (const auto& [x, y] : s.points)
            series.points.emplace_back(x, y);
        data.series.push_back(std::move(series));
    }
    return data;
}

} // namespace

std::string ReportChartPainter::png(const ReportChart& chart)
{
    const QSize size(chart.width, chart.height);
    ChartPanel panel;
    // The page's figure is white in light and dark mode alike: no window-grey frame round it.
    QPalette palette = panel.palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    panel.setPalette(palette);
    panel.resize(size);
    panel.show(chartData(chart));
    // The whole panel: its title and legend are ours, outside Qt Charts' scene. Never
    // shown: render() lays a hidden widget out at its size before drawing it.
    QWidget* drawn = &panel;

    QImage image(size * kPixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(kPixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        drawn->render(&painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes.toStdString();
}

} // namespace poolscope::views
