#pragma once
#include "analysis/report/report_chart.h"

namespace poolscope::views {

// Draws the report's charts with the window's chart adapter (ChartPanel), off screen, to
// PNG at twice the chart's CSS size so that they stay sharp on high-density screens and in
// print. Needs a QApplication.
class ReportChartPainter final : public ChartPainter {
public:
    std::string png(const ReportChart& chart) override;
};

} // namespace poolscope::views
