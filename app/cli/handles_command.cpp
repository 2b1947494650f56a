#include "commands.h"

#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace poolscope::cli {

namespace {

// Why a table of handles is empty: a log lacks the command that lists them, a dump's
// handle tables could not be read (the warnings say where).
std::string noHandlesText(const Context& context, const char* command)
{
    if (context.source.kind == SourceKind::KernelDump)
        return "(no handle could be read from this dump: its processes' handle tables are not readable; the warnings "
               "name each one)";
    return fmt::format("(no handles in this source: run {} in the debugger)", command);
}


Report handlesByType(const Context& context)
{
    const Snapshot& snapshot = context.snapshot;
    Report report;
    report.command = "handles --by-type";
    Table table;
    table.id = "handle_types";
    table.title = "Handles per process and object type, largest first";
    table.columns = {
        {"Process", "process", false, 0},
        {"PID", "pid", true, 0},
        {"Image", "image", false, 0},
        {"Type", "type", false, 0},
        {"Handles", "handles", true, 0},
        {"Share", "share_of_process", true, 0},
        {"From", "counted_from", false, 0},
    };
    struct Row {
        const ProcessHandleTypes* process;
        const HandleTypeCount* count;
    };
    const auto perProcess = handleCountsByType(snapshot);
    std::vector<Row> rows;
    for (const auto& p : perProcess)
        for (const auto& c : p.counts)
            rows.push_back({&p, &c});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.count->count > b.count->count; });
    // --top N keeps the N largest rows; the outlier below is still found among all of them.
    const std::size_t shown = context.options.tagQuery.top ? std::min(context.options.tagQuery.top, rows.size()) : rows.size();
    for (std::size_t i = 0; i < shown; ++i) {
        const Row& row = rows[i];
        const auto& p = *row.process;
        const double share = p.total ? static_cast<double>(row.count->count) / static_cast<double>(p.total) : 0.0;
        table.rows.push_back({
            addressCell(snapshot, p.processAddress),
            p.process ? pidCell(p.process->pid) : Cell::absent(),
            p.process && !p.process->imageName.empty() ? Cell::text(p.process->imageName) : Cell::absent(),
            Cell::text(row.count->type),
            Cell::count(row.count->count),
            Cell{Cell::Kind::Number, format::percent(share), fmt::format("{:.4f}", share)},
            Cell::text(p.fromHandleTable ? "handle entries" : "type table"),
        });
    }
    table.emptyText = noHandlesText(context, "!handle 0 3 or !process 0 1");
    report.tables.push_back(std::move(table));

    // The outlier: the process whose count of one type is furthest above everyone else's.
    if (!rows.empty()) {
        const Row& top = rows.front();
        std::uint64_t runnerUp = 0;
        for (const auto& row : rows)
            if (row.process != top.process && row.count->type == top.count->type)
                runnerUp = std::max(runnerUp, row.count->count);
        const auto& p = *top.process;
        report.notes.push_back(fmt::format(
            "{} holds {} {} handles, {} of its {} handles; the next process holds {}.",
            processLabel(p.process ? p.process->imageName : std::string(), p.process ? p.process->pid : std::nullopt),
            format::count(top.count->count), top.count->type,
            format::percent(static_cast<double>(top.count->count) / static_cast<double>(std::max<std::uint64_t>(1, p.total))),
            format::count(p.total), format::count(runnerUp)));
    }
    return report;
}

Report holdersOfObject(const Context& context, Address object)
{
    const Snapshot& snapshot = context.snapshot;
    Report report;
    report.command = "handles --owners";
    Table table;
    table.id = "holders";
    table.title = fmt::format("Processes holding a handle to {}", format::address(object, snapshot.pointerSize));
    table.columns = {
        {"Process", "process", false, 0},
        {"PID", "pid", true, 0},
        {"Image", "image", false, 0},
        {"Handles", "handle_count", true, 0},
        {"Handle values", "handles", false, 60},
    };
    for (const auto& h : holdersOf(snapshot, object)) {
        std::string values;
        for (const auto v : h.handles)
            values += (values.empty() ? "" : " ") + fmt::format("{:#x}", v);
        table.rows.push_back({
            addressCell(snapshot, h.process),
            pidCell(h.pid),
            h.imageName.empty() ? Cell::absent() : Cell::text(h.imageName),
            Cell::count(std::uint64_t{h.handles.size()}),
            values.empty() ? Cell::absent() : Cell::text(values),
        });
    }
    table.emptyText = "(no handle to this object in this source)";
    for (const auto& o : snapshot.objects) {
        if (o.address != object)
            continue;
        report.notes.push_back(fmt::format("Object {} is a {}{}; handle count {}, pointer count {}.",
                                           format::address(object, snapshot.pointerSize),
                                           o.type.empty() ? std::string("object of unknown type") : o.type.str(),
                                           o.name().empty() ? std::string() : " named " + o.name(),
                                           o.handleCount ? format::count(*o.handleCount) : std::string("unknown"),
                                           o.pointerCount ? format::count(*o.pointerCount) : std::string("unknown")));
    }
    report.tables.push_back(std::move(table));
    return report;
}

Report handleList(const Context& context)
{
    const Snapshot& snapshot = context.snapshot;
    Report report;
    report.command = "handles";
    std::unordered_map<Address, const Process*> processes;
    for (const auto& p : snapshot.processes)
        processes.emplace(p.address, &p);
    Table table;
    table.id = "handles";
    table.title = fmt::format("Handles in {}", snapshot.label);
    table.columns = {
        {"Process", "process", false, 0},
        {"PID", "pid", true, 0},
        {"Image", "image", false, 0},
        {"Handle", "handle", true, 0},
        {"Object", "object", false, 0},
        {"Type", "type", false, 0},
        {"Access", "granted_access", false, 0},
    };
    table.rows.reserve(snapshot.handles.size());
    for (const auto& h : snapshot.handles) {
        const auto it = processes.find(h.process);
        const std::string image = it != processes.end() ? it->second->imageName : std::string();
        table.rows.push_back({
            addressCell(snapshot, h.process),
            pidCell(h.pid),
            image.empty() ? Cell::absent() : Cell::text(image),
            Cell::number(h.value, fmt::format("{:#x}", h.value)),
            addressCell(snapshot, h.object),
            h.type.empty() ? Cell::absent() : Cell::text(h.type),
            h.grantedAccess ? Cell::number(std::uint64_t{*h.grantedAccess}, fmt::format("{:#010x}", *h.grantedAccess))
                            : Cell::absent(),
        });
    }
    table.emptyText = noHandlesText(context, "!handle 0 3");
    // No handle entries, but the process list says how many handles each process holds
    // (!process 0 0): that ranking is the answer to "who holds the most handles".
    const bool counts = std::any_of(snapshot.processes.begin(), snapshot.processes.end(),
                                    [](const Process& p) { return p.handleCount.has_value(); });
    if (snapshot.handles.empty() && counts) {
        table.emptyText = "(no handle entries in this source)";
        report.tables.push_back(std::move(table));
        report.tables.push_back(processTable(snapshot, context.options.tagQuery.top));
        report.notes.push_back("No handle entries: the processes are ranked by the handle counts the process list gives. "
                               "!handle 0 3 <process> lists one process's handles; `processes` shows this table alone.");
        return report;
    }
    report.tables.push_back(std::move(table));
    if (!snapshot.handles.empty())
        report.notes.push_back("Add --by-type to count them per process and object type.");
    return report;
}

} // namespace

Report runHandles(const Context& context)
{
    if (context.options.ownersOf)
        return holdersOfObject(context, *context.options.ownersOf);
    if (context.options.byType)
        return handlesByType(context);
    return handleList(context);
}

} // namespace poolscope::cli
