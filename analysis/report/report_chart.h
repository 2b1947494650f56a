#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

// A chart of the report as plain values: the report decides what each chart shows, a
// painter with a drawing library (the window's chart adapter) turns it into a PNG.
namespace poolscope {

struct ReportChart {
    enum class Kind { Bars, StackedBars, Lines };
    struct Series {
        std::string name;
        std::vector<double> values;                    // bars: one per category
        std::vector<std::pair<double, double>> points; // lines: (x, y)
    };

    std::string section; // the report section it belongs to: "tags", "handles", "ports", "growth"
    Kind kind = Kind::Bars;
    std::string title;
    std::vector<std::string> categories; // bars, top to bottom
    std::string valueAxis;               // "MB", "handles", "queued entries"
    std::string xAxis;                   // lines: "seconds" or "screen"
    std::vector<Series> series;
    std::string description; // what it shows in words, for the image's alt text
    int width = 760;         // CSS pixels; the painter may draw more pixels per CSS pixel
    int height = 400;
};

class ChartPainter {
public:
    virtual ~ChartPainter() = default;
    // The chart as PNG bytes; empty when it could not be drawn.
    virtual std::string png(const ReportChart& chart) = 0;
};

} // namespace poolscope
