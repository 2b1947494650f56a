#include "commands.h"

#include "analysis/conclusions/process_ranking.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::cli {

namespace {

const char* handlesFromText(ProcessRow::HandlesFrom from)
{
    switch (from) {
    case ProcessRow::HandlesFrom::Process: return "process";
    case ProcessRow::HandlesFrom::HandleEntries: return "handle entries";
    case ProcessRow::HandlesFrom::TypeTable: return "type table";
    case ProcessRow::HandlesFrom::None: break;
    }
    return "";
}

} // namespace

Table processTable(const Snapshot& snapshot, std::size_t top)
{
    Table table;
    table.id = "processes";
    table.title = fmt::format("Processes by handle count ({})", snapshot.label);
    table.columns = {
        {"Process", "process", false, 0},   {"PID", "pid", true, 0},           {"Parent", "parent_pid", true, 0},
        {"Image", "image", false, 0},       {"Session", "session", true, 0},   {"Handles", "handles", true, 0},
        {"From", "handles_from", false, 0}, {"Threads", "threads", true, 0},   {"Exited", "exited", false, 0},
    };
    const bool quota = std::any_of(snapshot.processes.begin(), snapshot.processes.end(), [](const Process& p) {
        return p.nonPagedQuota || p.pagedQuota;
    });
    if (quota)
        table.columns.insert(table.columns.end(), {{"NP pool", "nonpaged_quota", true, 0},
                                                   {"NP peak", "nonpaged_quota_peak", true, 0},
                                                   {"Paged pool", "paged_quota", true, 0},
                                                   {"Paged peak", "paged_quota_peak", true, 0}});
    const auto rows = rankProcesses(snapshot);
    for (const ProcessRow& row : rows) {
        if (top && table.rows.size() >= top)
            break;
        const Process& p = *row.process;
        Cell threads = Cell::count(row.threads);
        if (row.threads && row.threadsFromBlocks)
            threads.display += " seen";
        std::vector<Cell> cells{
            addressCell(snapshot, p.address),
            pidCell(p.pid),
            pidCell(p.parentPid),
            p.imageName.empty() ? Cell::absent() : Cell::text(p.imageName),
            p.sessionId ? Cell::count(std::uint64_t{*p.sessionId}) : Cell::absent(),
            Cell::count(row.handles),
            row.handles ? Cell::text(handlesFromText(row.handlesFrom)) : Cell::absent(),
            threads,
            p.exited ? Cell::text(*p.exited ? "yes" : "no") : Cell::absent(),
        };
        if (quota) {
            cells.push_back(Cell::bytes(p.nonPagedQuota));
            cells.push_back(Cell::bytes(p.nonPagedQuotaPeak));
            cells.push_back(Cell::bytes(p.pagedQuota));
            cells.push_back(Cell::bytes(p.pagedQuotaPeak));
        }
        table.rows.push_back(std::move(cells));
    }
    table.emptyText = "(no processes in this source: run !process 0 0 in the debugger)";
    return table;
}

Report runProcesses(const Context& context)
{
    const Snapshot& snapshot = context.snapshot;
    Report report;
    report.command = "processes";
    report.tables.push_back(processTable(snapshot, context.options.tagQuery.top));
    const auto rows = rankProcesses(snapshot);
    if (!rows.empty() && rows.front().handles) {
        const Process& p = *rows.front().process;
        const auto next = rows.size() > 1 ? rows[1].handles : std::nullopt;
        report.notes.push_back(fmt::format("{} processes; the most handles: {} with {}{}.", format::count(rows.size()),
                                           processLabel(p.imageName, p.pid), format::count(*rows.front().handles),
                                           next ? fmt::format(" (the next has {})", format::count(*next)) : ""));
    }
    const auto exited = std::count_if(snapshot.processes.begin(), snapshot.processes.end(),
                                      [](const Process& p) { return p.exited.value_or(false); });
    if (exited > 0)
        report.notes.push_back(fmt::format("{} exited processes are still referenced (no handle table, no running "
                                           "thread): `explain` says who holds them.",
                                           exited));
    return report;
}

} // namespace poolscope::cli
