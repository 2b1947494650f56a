#include "html_report.h"

#include "report_sections.h"
#include "report_style.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope {

using text::phrase;
using text::say;

namespace report {

std::string SectionContext::fileArgument() const
{
    std::string out;
    for (const std::string& file : input.files) {
        // Quoted for a shell when it holds a space: the line is meant to be copied.
        const bool quote = file.find_first_of(" \t'\"") != std::string::npos;
        out += (out.empty() ? "" : " ") + (quote ? "'" + file + "'" : file);
    }
    return out.empty() ? "FILE" : out;
}

void SectionContext::writeCharts(html::Writer& out, const std::string& section) const
{
    for (const DrawnChart& drawn : charts) {
        if (drawn.chart->section != section)
            continue;
        out.open("figure");
        if (drawn.png.empty()) {
            out.element("p",
                        painterMissing
                            ? say(phrase("Report", "{}: not drawn (this program was built without its chart library)"),
                                  drawn.chart->title)
                            : say(phrase("Report", "{}: could not be drawn"), drawn.chart->title),
                        {{"class", "empty"}});
        } else {
            const std::string source = "data:image/png;base64," + html::base64(drawn.png);
            const std::string width = std::to_string(drawn.chart->width);
            const std::string height = std::to_string(drawn.chart->height);
            out.empty("img", {{"src", source},
                              {"alt", drawn.chart->description},
                              {"width", width},
                              {"height", height}});
        }
        out.close(); // the title is in the picture; its words are in alt
    }
}

} // namespace report

namespace {

std::string documentTitle(const ReportInput& input, const Snapshot& s)
{
    std::string name = s.label;
    if (input.files.size() > 1)
        name = say(phrase("Report", "{} and {} more"), input.files.back(), input.files.size() - 1);
    else if (input.files.size() == 1)
        name = input.files.front();
    return say(phrase("Report", "PoolScope report: {}"), name);
}

} // namespace

HtmlReport buildHtmlReport(const ReportInput& input, ChartPainter* painter)
{
    HtmlReport result;
    if (!input.series || input.series->empty())
        return result;
    const SnapshotSeries& series = *input.series;
    const Snapshot& snapshot = series.snapshots[std::min(input.current, series.size() - 1)];

    const std::vector<ReportChart> specs = reportCharts(input);
    std::vector<report::DrawnChart> charts;
    for (const ReportChart& spec : specs) {
        report::DrawnChart drawn{&spec, painter ? painter->png(spec) : std::string()};
        if (drawn.png.empty())
            result.missing.push_back(spec.title);
        else
            ++result.charts;
        charts.push_back(std::move(drawn));
    }
    const report::SectionContext context{input, snapshot, charts, painter == nullptr};

    std::vector<std::string> abstract;
    std::vector<report::Section> sections;
    sections.push_back(report::sourceSection(context));
    sections.push_back(report::findingsSection(context, abstract));
    if (series.size() > 1)
        sections.push_back(report::growthSection(context));
    if (input.baseline)
        sections.push_back(report::comparisonSection(context));
    sections.push_back(report::tagsSection(context));
    sections.push_back(report::portsSection(context));
    sections.push_back(report::handlesSection(context));
    sections.push_back(report::processesSection(context));
    sections.push_back(report::skippedSection(context));
    result.findings = abstract.size();

    const std::string title = documentTitle(input, snapshot);
    html::Writer out;
    out.trusted("<!DOCTYPE html>\n");
    // The language the sentences below are written in: a translation names its own.
    const std::string language = phrase("Report", "en");
    out.open("html", {{"lang", language}});
    out.open("head");
    out.empty("meta", {{"charset", "utf-8"}});
    out.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    out.empty("meta", {{"name", "generator"}, {"content", input.generator}});
    out.element("title", title);
    out.open("style").trusted(report::styleSheet()).close();
    out.close();
    out.open("body");
    out.open("main");
    out.open("header");
    out.element("h1", title);
    const std::string generator = input.generator.empty() ? std::string("PoolScope") : input.generator;
    const std::string& kind = snapshot.kind.empty() ? input.sourceKind : snapshot.kind;
    const std::string meta = input.created.empty()
        ? say(phrase("Report", "Written by {} from {}, {}."), generator, snapshot.label, kind)
        : say(phrase("Report", "Written by {} on {} from {}, {}."), generator, input.created, snapshot.label, kind);
    out.element("p", meta, {{"class", "meta"}});
    if (input.demo)
        out.element(
            "p",
            phrase("Report", "Demo data: generated to look like the two real leak cases, not from a real machine."),
            {{"class", "demo"}});
    out.close();

    out.open("section", {{"class", "abstract"}, {"aria-label", "In short"}});
    out.element("b", phrase("Report", "In short"));
    if (abstract.empty()) {
        out.element("p",
                    phrase("Report",
                           "No chain from a tag to a holder: nothing stands out, or the source cannot link it. The "
                           "Findings section gives the figures."));
    } else {
        out.open("ul");
        for (std::size_t i = 0; i < abstract.size(); ++i) {
            out.open("li");
            out.element("a", abstract[i], {{"href", fmt::format("#finding-{}", i + 1)}});
            out.close();
        }
        out.close();
    }
    out.close();

    out.open("nav", {{"class", "toc"}, {"aria-label", "Contents"}});
    out.element("b", phrase("Report", "Contents"));
    out.open("ol");
    for (const report::Section& section : sections) {
        out.open("li");
        out.element("a", section.title, {{"href", "#" + section.id}});
        out.close();
    }
    out.close();
    out.close();

    for (const report::Section& section : sections) {
        out.open("section", {{"id", section.id}});
        out.element("h2", section.title);
        out.trusted(section.html);
        out.close();
    }

    out.open("footer");
    out.element(
        "p",
        phrase("Report",
               "One self-contained file: its style, its charts (PNG) and a small script that sorts a table when a "
               "column title is clicked are inside it; it links to nothing outside. Figures are as the source gives "
               "them; each step names the WinDbg command that shows the same thing in the debugger."));
    out.close();
    out.close(); // main
    out.open("script").trusted(report::sortScript()).close();
    result.html = out.finish();
    return result;
}

} // namespace poolscope
