#pragma once
#include "analysis/report/html_report.h"
#include "analysis/report/html_text.h"

#include <string>
#include <vector>

// The sections of the report, each written by its own file; html_report.cpp puts them in
// order with the contents list.
namespace poolscope::report {

// A chart drawn for a section.
struct DrawnChart {
    const ReportChart* chart = nullptr;
    std::string png;
};

struct Section {
    std::string id;    // the anchor: "findings", "tags"
    std::string title; // in the heading and the contents list
    std::string html;  // the body, headings below h2 included
};

// What every section reads: the input, the snapshot the tables describe, the charts.
struct SectionContext {
    const ReportInput& input;
    const Snapshot& snapshot;
    const std::vector<DrawnChart>& charts;
    bool painterMissing = false;

    const SnapshotSeries& series() const { return *input.series; }
    bool isSeries() const { return input.series->size() > 1; }
    // The file the tables come from, for the command that lists every row.
    std::string fileArgument() const;
    // The charts of one section, as <figure> elements.
    void writeCharts(html::Writer& out, const std::string& section) const;
};

Section sourceSection(const SectionContext& context);
// Also returns how many findings it explained and a one-line abstract of each.
Section findingsSection(const SectionContext& context, std::vector<std::string>& abstract);
Section growthSection(const SectionContext& context);     // a series only
Section comparisonSection(const SectionContext& context); // compare mode only
Section tagsSection(const SectionContext& context);
Section portsSection(const SectionContext& context);
Section handlesSection(const SectionContext& context);
Section processesSection(const SectionContext& context);
Section skippedSection(const SectionContext& context);

// "xxxxxx.EXE (pid 0x8e8)", as the CLI names a process.
std::string processName(const std::string& image, const std::optional<std::uint32_t>& pid);

} // namespace poolscope::report
