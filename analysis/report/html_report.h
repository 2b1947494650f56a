#pragma once
#include "analysis/pooltag_database.h"
#include "analysis/report/report_chart.h"
#include "model/snapshot.h"

#include <cstddef>
#include <string>
#include <vector>

// The one-file HTML report of an investigation: what was opened and its type information,
// the findings (each chain from the tag to its holder with figures, coverage and the WinDbg
// command that confirms each step), the key tables capped to their top rows, the charts as
// embedded PNG, and what the readers skipped. Self-contained: one file with its style, its
// images and a small sorting script inline, no link out of it, readable offline.
namespace poolscope {

struct ReportInput {
    const SnapshotSeries* series = nullptr; // one snapshot for a dump or a log, several for a capture
    std::size_t current = 0;                // the snapshot the tables describe (the window's current one)
    const Snapshot* baseline = nullptr;     // compare mode: the "before" side
    std::string baselineLabel;
    std::vector<std::string> files;         // what was opened, oldest first
    std::string sourceKind;                 // "kernel dump", "WinDbg/KD log", "poolmon capture"
    const PoolTagDatabase* descriptions = nullptr;
    bool demo = false;                      // generated data: said on the first line
    std::string generator;                  // "PoolScope 0.1.0 (commit ...)"
    std::string created;                    // when, as the caller wants it shown
    std::size_t topRows = 25;               // each key table keeps this many rows and counts the rest
};

struct HtmlReport {
    std::string html;
    std::size_t findings = 0;         // chains explained
    std::size_t charts = 0;           // charts embedded
    std::vector<std::string> missing; // charts that could not be drawn (their titles)
};

// The charts the report would embed, in order (tests read them without drawing).
std::vector<ReportChart> reportCharts(const ReportInput& input);

// Without a painter the charts are left out and the report says so.
HtmlReport buildHtmlReport(const ReportInput& input, ChartPainter* painter);

} // namespace poolscope
