// What was opened (files, system, type information, the pools, what the source holds) and
// what the readers passed over: a report never looks more complete than its input.
#include "report_sections.h"
#include "report_table.h"

#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::report {

namespace {

void fact(html::Writer& out, std::string_view name, std::string_view value)
{
    out.element("dt", name);
    out.element("dd", value);
}

std::string usage(const std::optional<std::uint64_t>& used, const std::optional<std::uint64_t>& maximum)
{
    std::string text = used ? format::bytes(*used) : std::string("unknown");
    if (used && maximum && *maximum > 0)
        text += fmt::format(" of {} ({})", format::bytes(*maximum),
                            format::percent(static_cast<double>(*used) / static_cast<double>(*maximum)));
    else if (maximum)
        text += fmt::format(" of {}", format::bytes(*maximum));
    else
        text += " (the pool's maximum is not in this source)";
    return text;
}

std::string seriesText(const SectionContext& context)
{
    const SnapshotSeries& series = context.series();
    const std::size_t current = context.input.current + 1;
    if (series.size() == 1)
        return "1 snapshot";
    std::string text = fmt::format("{} snapshots", format::count(series.size()));
    const auto& first = series.snapshots.front().secondsSinceStart;
    const auto& last = series.snapshots.back().secondsSinceStart;
    if (first && last)
        text += fmt::format(", {:.0f} s apart from the first to the last", *last - *first);
    text += fmt::format("; the tables describe snapshot {} ({})", current, context.snapshot.label);
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
        fact(out, i == 0 ? (input.files.size() == 1 ? "File" : "Files, oldest first") : "", input.files[i]);
    fact(out, "What it is", s.kind.empty() ? input.sourceKind : s.kind);
    fact(out, "Snapshots", seriesText(context));
    if (input.baseline)
        fact(out, "Compared with", input.baselineLabel.empty() ? input.baseline->label : input.baselineLabel);
    if (!s.system.empty())
        fact(out, "System", s.system);
    // A dump is read through a structure layout: where it came from is what the reader must
    // judge the walks by. Debugger output and poolmon print their own figures.
    fact(out, "Type information",
         !s.typeInformation.empty() ? s.typeInformation
                                    : std::string("none used: the records come from the program's printed output, not "
                                                  "from memory read through structure layouts"));
    out.close();

    const PoolSummary& pools = s.summary;
    Table figures;
    figures.id = "pool-usage";
    figures.caption = "The pools";
    figures.columns = {{"", false}, {"", false}};
    if (pools.nonPagedUsage || pools.nonPagedMaximum)
        figures.rows.push_back({Cell::plain("Nonpaged pool"), Cell::plain(usage(pools.nonPagedUsage, pools.nonPagedMaximum))});
    if (pools.pagedUsage || pools.pagedMaximum)
        figures.rows.push_back({Cell::plain("Paged pool"), Cell::plain(usage(pools.pagedUsage, pools.pagedMaximum))});
    if (pools.physicalMemory)
        figures.rows.push_back({Cell::plain("Physical memory"), Cell::bytes(pools.physicalMemory)});
    if (pools.availableMemory)
        figures.rows.push_back({Cell::plain("Available"), Cell::bytes(pools.availableMemory)});
    if (pools.commit || pools.commitLimit)
        figures.rows.push_back({Cell::plain("Commit"), Cell::plain(usage(pools.commit, pools.commitLimit))});
    figures.emptyText = "No pool figures in this source (!vm prints them).";
    // The pools and the records side by side: two short lists, read together.
    out.open("div", {{"class", "pair"}});
    out.open("div");
    writeTable(out, figures);
    writeConfirm(out, "!vm");
    out.close();

    Table records;
    records.id = "records";
    records.caption = "What the source holds";
    records.columns = {{"Records", false}, {"Count", true}};
    records.compact = true;
    const auto row = [&](const char* what, std::size_t n) {
        if (n > 0)
            records.rows.push_back({Cell::plain(what), Cell::count(std::uint64_t{n})});
    };
    row("Pool tags", s.poolTags.size());
    row("Pool blocks", s.poolBlocks.size());
    row("Processes", s.processes.size());
    row("Threads", s.threads.size());
    row("Handles", s.handles.size());
    row("Objects", s.objects.size());
    row("Completion ports", s.ports.size());
    row("IRPs", s.irps.size());
    row("File objects", s.fileObjects.size());
    row("Loaded modules", s.modules.size());
    row("Object types", s.objectTypes.size());
    records.emptyText = "No records could be read from this source.";
    out.open("div");
    writeTable(out, records);
    out.close();
    out.close();

    const std::size_t problems = std::count_if(s.diagnostics.begin(), s.diagnostics.end(),
                                               [](const Diagnostic& d) { return d.severity != Severity::Info; });
    out.open("p");
    if (problems == 0 && s.skipCounts.lines == 0 && s.skipped.empty() && s.skipCounts.unrecognised == 0) {
        out.text("The readers passed over nothing in this snapshot.");
    } else {
        out.text(fmt::format("The readers passed over part of this source: {} warning{}, {} line{} of command output "
                             "skipped, {} command{} not parsed. ",
                             format::count(problems), problems == 1 ? "" : "s", format::count(s.skipCounts.lines),
                             s.skipCounts.lines == 1 ? "" : "s", format::count(s.skipped.size()),
                             s.skipped.size() == 1 ? "" : "s"));
        out.element("a", "What was skipped", {{"href", "#skipped"}});
        out.text(" lists them with their line or offset.");
    }
    out.close();
    return {"source", "What was opened", out.finish()};
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
    fact(out, "Errors", format::count(counts[static_cast<std::size_t>(Severity::Error)]));
    fact(out, "Warnings", format::count(counts[static_cast<std::size_t>(Severity::Warning)]));
    fact(out, "Notes", format::count(counts[static_cast<std::size_t>(Severity::Info)]));
    fact(out, "Lines of command output skipped", format::count(s.skipCounts.lines));
    fact(out, "Commands not parsed", format::count(s.skipped.size()));
    fact(out, "Text outside any command, not recognised", format::count(s.skipCounts.unrecognised));
    out.close();

    Table diagnostics;
    diagnostics.id = "diagnostics";
    diagnostics.caption = "What the readers could not take as it was";
    diagnostics.columns = {{"Severity", false}, {"Where", false}, {"Message", false}};
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
                                          : d->where.offset ? fmt::format("{} at {}", file, format::hex(d->where.offset))
                                                            : file;
        const char* severity = d->severity == Severity::Error ? "error" : d->severity == Severity::Warning ? "warning" : "note";
        diagnostics.add({Cell::plain(severity), Cell::plain(std::move(where)), Cell::plain(d->message)}, kShown);
    }
    diagnostics.emptyText = "No warnings: every structure and every line was read as expected.";
    writeTable(out, diagnostics);

    if (!s.skipped.empty()) {
        Table commands;
        commands.id = "skipped-commands";
        commands.caption = "Commands PoolScope does not read (their output is passed over whole)";
        commands.columns = {{"Command", false}, {"Line", true}, {"Lines of output", true}};
        for (const SkippedCommand& c : s.skipped)
            commands.add({Cell{c.command, {}, true}, Cell::count(std::uint64_t{c.where.line}), Cell::count(std::uint64_t{c.lines})},
                         kShown);
        writeTable(out, commands);
    }
    return {"skipped", "What was skipped", out.finish()};
}

} // namespace poolscope::report
