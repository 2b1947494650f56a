#include "commands.h"

#include "analysis/conclusions/suspects.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::cli {

namespace {

void usageRow(Table& table, const char* what, const std::optional<std::uint64_t>& used,
              const std::optional<std::uint64_t>& maximum, bool noFixedMaximum = false)
{
    if (!used && !maximum)
        return;
    std::string text = used ? format::bytes(*used) : std::string("unknown");
    if (used && maximum && *maximum > 0)
        text += fmt::format(" of {} ({})", format::bytes(*maximum),
                            format::percent(static_cast<double>(*used) / static_cast<double>(*maximum)));
    else if (maximum)
        text += fmt::format(" of {}", format::bytes(*maximum));
    else if (noFixedMaximum)
        text += " (no fixed maximum on this Windows)";
    table.rows.push_back({Cell::text(what), Cell{Cell::Kind::Number, text, used ? fmt::format("{}", *used) : ""}});
}

void figureRow(Table& table, const char* what, const std::optional<std::uint64_t>& bytes)
{
    if (bytes)
        table.rows.push_back({Cell::text(what), Cell::bytes(bytes)});
}

void countRow(Table& table, const char* what, std::size_t n)
{
    if (n > 0)
        table.rows.push_back({Cell::text(what), Cell::count(std::uint64_t{n})});
}

} // namespace

Report runSummary(const Context& context)
{
    const Snapshot& s = context.snapshot;
    Report report;
    report.command = "summary";

    Table overview;
    overview.id = "summary";
    overview.title = fmt::format("{} ({})", s.label, s.kind.empty() ? std::string(sourceKindName(context.source.kind)) : s.kind);
    overview.columns = {{"", "figure", false, 0}, {"", "value", false, 0}};
    if (!s.system.empty())
        overview.rows.push_back({Cell::text("System"), Cell::text(s.system)});
    if (!s.typeInformation.empty())
        overview.rows.push_back({Cell::text("Type information"), Cell::text(s.typeInformation)});
    if (context.source.series.size() > 1)
        overview.rows.push_back({Cell::text("Screens"), Cell::count(std::uint64_t{context.source.series.size()})});
    usageRow(overview, "Nonpaged pool", s.summary.nonPagedUsage, s.summary.nonPagedMaximum, s.summary.noFixedMaximum);
    usageRow(overview, "Paged pool", s.summary.pagedUsage, s.summary.pagedMaximum, s.summary.noFixedMaximum);
    figureRow(overview, "Physical memory", s.summary.physicalMemory);
    figureRow(overview, "Available", s.summary.availableMemory);
    usageRow(overview, "Commit", s.summary.commit, s.summary.commitLimit);
    countRow(overview, "Pool tags", s.poolTags.size());
    countRow(overview, "Pool blocks", s.poolBlocks.size());
    countRow(overview, "Processes", s.processes.size());
    countRow(overview, "Threads", s.threads.size());
    countRow(overview, "Handles", s.handles.size());
    countRow(overview, "Objects", s.objects.size());
    countRow(overview, "Completion ports", s.ports.size());
    countRow(overview, "IRPs", s.irps.size());
    countRow(overview, "File objects", s.fileObjects.size());
    countRow(overview, "Commands not parsed", s.skipped.size());
    if (s.skipCounts.lines > 0)
        overview.rows.push_back({Cell::text("Lines skipped"), Cell::count(s.skipCounts.lines)});
    report.tables.push_back(std::move(overview));

    // The first place to look, one per kind of evidence.
    Table suspects;
    suspects.id = "suspects";
    suspects.title = "Top of each kind";
    suspects.columns = {{"Kind", "kind", false, 0}, {"Record", "record", false, 0}, {"Figure", "figure", false, 0}};
    for (const Suspect& suspect : topSuspects(s)) {
        const bool isAddress = suspect.kind == Suspect::Kind::Port;
        Cell figure = Cell::number(suspect.value, suspect.figure);
        if (suspect.kind == Suspect::Kind::NonPagedTag || suspect.kind == Suspect::Kind::PagedTag)
            figure = Cell::bytes(suspect.value);
        suspects.rows.push_back({Cell::text(suspect.title),
                                 isAddress ? addressCell(s, *suspect.address) : Cell::text(suspect.record), figure});
    }
    suspects.emptyText = "(nothing to rank in this source)";
    report.tables.push_back(std::move(suspects));

    for (const auto& skipped : s.skipped)
        report.notes.push_back(fmt::format("Not parsed: '{}' at line {}", skipped.command, skipped.where.line));
    return report;
}

} // namespace poolscope::cli
