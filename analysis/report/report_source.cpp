// What was opened (files, system, type information, the pools, what the source holds) and
// what the readers passed over: a report never looks more complete than its input.
#include "report_sections.h"
#include "report_table.h"

#include "analysis/conclusions/handle_tally.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::report {

using text::phrase;
using text::say;

namespace {

void fact(html::Writer& out, std::string_view name, std::string_view value)
{
    out.element("dt", name);
    out.element("dd", value);
}

// What a pool's maximum is when the source prints none: unknown, or (Windows 8.1 and later)
// none at all, the pool being bounded by what backs it.
enum class Bound : std::uint8_t { Unknown, PhysicalMemory, CommitLimit, Commit };

std::string usage(const std::optional<std::uint64_t>& used, const std::optional<std::uint64_t>& maximum, Bound bound)
{
    std::string text = used ? format::bytes(*used) : std::string(phrase("Report", "unknown"));
    if (used && maximum && *maximum > 0)
        text += say(phrase("Report", " of {} ({})"), format::bytes(*maximum),
                    format::percent(static_cast<double>(*used) / static_cast<double>(*maximum)));
    else if (maximum)
        text += say(phrase("Report", " of {}"), format::bytes(*maximum));
    else if (bound == Bound::PhysicalMemory)
        text += phrase("Report", " (no fixed maximum on this Windows: nonpaged pool is bounded by physical memory)");
    else if (bound == Bound::CommitLimit)
        text += phrase("Report", " (no fixed maximum on this Windows: paged pool is bounded by the commit limit)");
    else if (bound == Bound::Commit)
        text += phrase("Report", " (the commit limit is not in this source)");
    else
        text += phrase("Report", " (the pool's maximum is not in this source)");
    return text;
}

std::string seriesText(const SectionContext& context)
{
    const SnapshotSeries& series = context.series();
    const std::size_t current = context.input.current + 1;
    if (series.size() == 1)
        return phrase("Report", "1 snapshot");
    std::string text = say(phrase("Report", "{} snapshots"), format::count(series.size()));
    const auto& first = series.snapshots.front().secondsSinceStart;
    const auto& last = series.snapshots.back().secondsSinceStart;
    if (first && last)
        text += say(phrase("Report", ", {:.0f} s apart from the first to the last"), *last - *first);
    text += say(phrase("Report", "; the tables describe snapshot {} ({})"), current, context.snapshot.label);
    return text;
}

} // namespace

Section sourceSection(const SectionContext& context)
{
    const ReportInput& input = context.input;
    const Snapshot& s = context.snapshot;
    html::Writer out;
    out.open("dl", {{"class", "facts"}});
    for (std::size_t i = 0; i < input.files.size(); ++i)
        fact(out,
             i == 0 ? std::string(input.files.size() == 1 ? phrase("Report", "File")
                                                          : phrase("Report", "Files, oldest first"))
                    : "",
             input.files[i]);
    fact(out, phrase("Report", "What it is"), s.kind.empty() ? input.sourceKind : s.kind);
    fact(out, phrase("Report", "Snapshots"), seriesText(context));
    if (input.baseline)
        fact(out, phrase("Report", "Compared with"),
             input.baselineLabel.empty() ? input.baseline->label : input.baselineLabel);
    if (!s.system.empty())
        fact(out, phrase("Report", "System"), s.system);
    // A dump is read through a structure layout: where it came from is what the reader must
    // judge the walks by. Debugger output and poolmon print their own figures.
    fact(out, phrase("Report", "Type information"),
         !s.typeInformation.empty()
             ? s.typeInformation
             : std::string(phrase("Report",
                                  "none used: the records come from the program's printed output, "
                                  "not from memory read through structure layouts")));
    out.close();

    const PoolSummary& pools = s.summary;
    Table figures;
    figures.id = "pool-usage";
    figures.caption = phrase("Report", "The pools");
    figures.columns = {{"", false}, {"", false}};
    const bool unbounded = pools.noFixedMaximum;
    if (pools.nonPagedUsage || pools.nonPagedMaximum)
        figures.rows.push_back(
            {Cell::plain(phrase("Report", "Nonpaged pool")),
             Cell::plain(usage(pools.nonPagedUsage, pools.nonPagedMaximum, unbounded ? Bound::PhysicalMemory : Bound::Unknown))});
    if (pools.pagedUsage || pools.pagedMaximum)
        figures.rows.push_back(
            {Cell::plain(phrase("Report", "Paged pool")),
             Cell::plain(usage(pools.pagedUsage, pools.pagedMaximum, unbounded ? Bound::CommitLimit : Bound::Unknown))});
    if (pools.physicalMemory)
        figures.rows.push_back({Cell::plain(phrase("Report", "Physical memory")), Cell::bytes(pools.physicalMemory)});
    if (pools.availableMemory)
        figures.rows.push_back({Cell::plain(phrase("Report", "Available")), Cell::bytes(pools.availableMemory)});
    if (pools.commit || pools.commitLimit)
        figures.rows.push_back(
            {Cell::plain(phrase("Report", "Commit")), Cell::plain(usage(pools.commit, pools.commitLimit, Bound::Commit))});
    // The failures !vm counts since boot, each on its own row: "kernel stack PTE allocations failed".
    for (const PoolSummary::Failure& f : pools.failures)
        figures.rows.push_back({Cell::plain(say(phrase("Report", "{} failed (since boot)"), f.what)), Cell::count(f.count)});
    figures.emptyText = phrase("Report", "No pool figures in this source (!vm prints them).");
    // The pools and the records side by side: two short lists, read together.
    out.open("div", {{"class", "pair"}});
    out.open("div");
    writeTable(out, figures);
    writeConfirm(out, "!vm");
    out.close();

    Table records;
    records.id = "records";
    records.caption = phrase("Report", "What the source holds");
    records.columns = {{phrase("Report", "Records"), false}, {phrase("Report", "Count"), true}};
    records.compact = true;
    const auto row = [&](const std::string& what, std::size_t n) {
        if (n > 0)
            records.rows.push_back({Cell::plain(what), Cell::count(std::uint64_t{n})});
    };
    row(phrase("Report", "Pool tags"), s.poolTags.size());
    row(phrase("Report", "Pool blocks"), s.poolBlocks.size());
    row(phrase("Report", "Processes"), s.processes.size());
    row(phrase("Report", "Threads"), s.threads.size());
    // Handles only counted (a per-type table, !process's HandleCount) are said to be so, not
    // left out as if there were none.
    const HandleTally handles = tallyHandles(s);
    row(phrase("Report", "Handles"), handles.listed);
    if (handles.counted() > 0)
        records.rows.push_back({Cell::plain(phrase("Report", "Handles counted, not listed")), Cell::count(handles.counted())});
    row(phrase("Report", "Objects"), s.objects.size());
    row(phrase("Report", "Completion ports"), s.ports.size());
    row(phrase("Report", "IRPs"), s.irps.size());
    row(phrase("Report", "File objects"), s.fileObjects.size());
    row(phrase("Report", "Loaded modules"), s.modules.size());
    row(phrase("Report", "Object types"), s.objectTypes.size());
    records.emptyText = phrase("Report", "No records could be read from this source.");
    out.open("div");
    writeTable(out, records);
    out.close();
    out.close();

    const std::size_t problems = std::count_if(s.diagnostics.begin(), s.diagnostics.end(),
                                               [](const Diagnostic& d) { return d.severity != Severity::Info; });
    out.open("p");
    if (problems == 0 && s.skipCounts.lines == 0 && s.skipped.empty() && s.skipCounts.unrecognised == 0) {
        out.text(phrase("Report", "The readers passed over nothing in this snapshot."));
    } else {
        const std::string warnings = say(
            problems == 1 ? phrase("Report", "{} warning") : phrase("Report", "{} warnings"), format::count(problems));
        const std::string lines = say(s.skipCounts.lines == 1 ? phrase("Report", "{} line of command output skipped")
                                                              : phrase("Report", "{} lines of command output skipped"),
                                      format::count(s.skipCounts.lines));
        const std::string commands = say(s.skipped.size() == 1 ? phrase("Report", "{} command not parsed")
                                                               : phrase("Report", "{} commands not parsed"),
                                         format::count(s.skipped.size()));
        out.text(say(phrase("Report", "The readers passed over part of this source: {}, {}, {}. "), warnings, lines,
                     commands));
        out.element("a", phrase("Report", "What was skipped"), {{"href", "#skipped"}});
        out.text(phrase("Report", " lists them with their line or offset."));
    }
    out.close();
    return {"source", phrase("Report", "What was opened"), out.finish()};
}

Section skippedSection(const SectionContext& context)
{
    const Snapshot& s = context.snapshot;
    constexpr std::size_t kShown = 200;
    html::Writer out;
    std::size_t counts[3] = {0, 0, 0};
    for (const Diagnostic& d : s.diagnostics)
        ++counts[static_cast<std::size_t>(d.severity)];
    out.open("dl", {{"class", "facts"}});
    fact(out, phrase("Report", "Errors"), format::count(counts[static_cast<std::size_t>(Severity::Error)]));
    fact(out, phrase("Report", "Warnings"), format::count(counts[static_cast<std::size_t>(Severity::Warning)]));
    fact(out, phrase("Report", "Notes"), format::count(counts[static_cast<std::size_t>(Severity::Info)]));
    fact(out, phrase("Report", "Lines of command output skipped"), format::count(s.skipCounts.lines));
    fact(out, phrase("Report", "Commands not parsed"), format::count(s.skipped.size()));
    fact(out, phrase("Report", "Text outside any command, not recognised"), format::count(s.skipCounts.unrecognised));
    out.close();

    Table diagnostics;
    diagnostics.id = "diagnostics";
    diagnostics.caption = phrase("Report", "What the readers could not take as it was");
    diagnostics.columns = {{phrase("Report", "Severity"), false},
                           {phrase("Report", "Where"), false},
                           {phrase("Report", "Message"), false}};
    diagnostics.allRows = "poolscope-cli summary " + context.fileArgument() + " --verbose";
    // Errors and warnings before notes, each in the order of the source.
    std::vector<const Diagnostic*> ordered;
    ordered.reserve(s.diagnostics.size());
    for (const Diagnostic& d : s.diagnostics)
        ordered.push_back(&d);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Diagnostic* a, const Diagnostic* b) { return a->severity > b->severity; });
    for (const Diagnostic* d : ordered) {
        const std::string& file = d->where.source < s.sources.size() ? s.sources[d->where.source] : s.label;
        std::string where = d->where.line ? fmt::format("{}:{}", file, d->where.line)
            : d->where.offset             ? say(phrase("Report", "{} at {}"), file, format::hex(d->where.offset))
                                          : file;
        const std::string severity = d->severity == Severity::Error ? phrase("Report", "error")
            : d->severity == Severity::Warning                      ? phrase("Report", "warning")
                                                                    : phrase("Report", "note");
        diagnostics.add({Cell::plain(severity), Cell::plain(std::move(where)), Cell::plain(d->message)}, kShown);
    }
    diagnostics.emptyText = phrase("Report", "No warnings: every structure and every line was read as expected.");
    writeTable(out, diagnostics);

    if (!s.skipped.empty()) {
        Table commands;
        commands.id = "skipped-commands";
        commands.caption = phrase("Report", "Commands PoolScope does not read (their output is passed over whole)");
        commands.columns = {{phrase("Report", "Command"), false},
                            {phrase("Report", "Line"), true},
                            {phrase("Report", "Lines of output"), true}};
        for (const SkippedCommand& c : s.skipped)
            commands.add({Cell{c.command, {}, true}, Cell::count(std::uint64_t{c.where.line}), Cell::count(std::uint64_t{c.lines})},
                         kShown);
        writeTable(out, commands);
    }
    return {"skipped", phrase("Report", "What was skipped"), out.finish()};
}

} // namespace poolscope::report
