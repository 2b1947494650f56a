// The key tables: the largest tags, the completion ports, handle counts by type and the
// processes, from the same rankings as the CLI's tags, ports, handles --by-type and
// processes, capped to the top rows.
#include "report_sections.h"
#include "report_table.h"

#include "analysis/conclusions/leak_queries.h"
#include "analysis/conclusions/process_ranking.h"
#include "analysis/conclusions/tag_modules.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::report {

using text::phrase;
using text::say;

namespace {

Cell outstandingCell(const std::optional<std::int64_t>& value)
{
    // A count, not a change: no plus sign; negative only when poolmon's counters wrapped.
    if (!value)
        return Cell::absent();
    return *value < 0 ? Cell::signedCount(*value) : Cell::count(static_cast<std::uint64_t>(*value));
}

void note(html::Writer& out, const std::string& text)
{
    out.element("p", text, {{"class", "note"}});
}

} // namespace

Section tagsSection(const SectionContext& context)
{
    const Snapshot& s = context.snapshot;
    const std::size_t cap = context.input.topRows;
    html::Writer out;
    context.writeCharts(out, "tags");
    Table table;
    table.id = "tags-table";
    table.caption = say(phrase("Report", "Pool tags in {}, largest first"), s.label);
    table.columns = {{phrase("Report", "Tag"), false},        {phrase("Report", "Pool"), false},
                     {phrase("Report", "Allocs"), true},      {phrase("Report", "Frees"), true},
                     {phrase("Report", "Outstanding"), true}, {phrase("Report", "Bytes"), true},
                     {phrase("Report", "Per alloc"), true},   {phrase("Report", "Driver"), false},
                     {phrase("Report", "Description"), false}};
    const bool images = !s.modules.empty();
    if (images)
        table.columns.push_back({phrase("Report", "In images"), false});
    table.allRows = "poolscope-cli tags " + context.fileArgument();
    const auto rows = rankTags(s, TagQuery{});
    std::uint64_t totalBytes = 0;
    for (const PoolTagStat* stat : rows) {
        totalBytes += stat->bytes.value_or(0);
        if (cap && table.rows.size() >= cap) {
            ++table.leftOut;
            continue;
        }
        std::string driver = stat->driver;
        std::string description = stat->description;
        if ((driver.empty() || description.empty()) && context.input.descriptions)
            if (const PoolTagDescription* d = context.input.descriptions->best(stat->tag)) {
                if (driver.empty())
                    driver = d->binary;
                if (description.empty())
                    description = d->description;
            }
        std::vector<Cell> row{Cell{stat->tag.display(), {}, true},
                              Cell::plain(std::string(poolTypeName(stat->type))),
                              Cell::count(stat->allocs),
                              Cell::count(stat->frees),
                              outstandingCell(stat->outstanding),
                              Cell::bytes(stat->bytes),
                              Cell::count(stat->bytesPerAlloc),
                              Cell::plain(driver),
                              Cell::plain(description)};
        // For a tag no description names, the driver images that carry it: the likely allocator.
        if (images)
            row.push_back(Cell::plain(description.empty() ? modulesText(modulesWithTag(s, stat->tag)) : std::string()));
        table.rows.push_back(std::move(row));
    }
    table.emptyText = phrase("Report", "No pool tags in this source (!poolused or poolmon lists them).");
    writeTable(out, table);
    if (!rows.empty()) {
        const PoolTagStat& top = *rows.front();
        note(out,
             say(phrase("Report", "{} tags, {} in all. Largest: {} ({}) with {}{}."), format::count(rows.size()),
                 format::bytes(totalBytes), top.tag.display(), poolTypeName(top.type),
                 top.bytes ? format::bytes(*top.bytes) : std::string(phrase("Report", "no byte figure")),
                 top.outstanding && *top.outstanding > 0
                     ? say(phrase("Report", " in {} allocations"),
                           format::count(static_cast<std::uint64_t>(*top.outstanding)))
                     : std::string()));
    }
    writeConfirm(out, "!poolused 2; !poolused 4");
    note(out, phrase("Report", "!poolused 2 sorts the tags by nonpaged bytes, !poolused 4 by paged bytes."));
    return {"tags", phrase("Report", "Largest pool tags"), out.finish()};
}

Section portsSection(const SectionContext& context)
{
    const Snapshot& s = context.snapshot;
    const std::size_t cap = context.input.topRows;
    html::Writer out;
    context.writeCharts(out, "ports");
    const auto ranking = rankPorts(s);
    Table table;
    table.id = "ports-table";
    table.caption = phrase("Report", "I/O completion ports by queued entries (the !icpleak answer)");
    table.columns = {{"#", true},
                     {phrase("Report", "Port"), false},
                     {phrase("Report", "Queued"), true},
                     {phrase("Report", "Max concurrency"), true},
                     {phrase("Report", "Active"), true},
                     {phrase("Report", "Waiting"), true},
                     {phrase("Report", "Holders"), true},
                     {phrase("Report", "IRPs seen"), true}};
    const bool packets = std::any_of(ranking.begin(), ranking.end(), [](const PortRanking& r) { return r.port->queuedPackets.has_value(); });
    if (packets)
        table.columns.push_back({phrase("Report", "Packets"), true});
    table.columns.push_back({phrase("Report", "Finding"), false});
    table.allRows = "poolscope-cli ports " + context.fileArgument();
    Table holders;
    holders.id = "port-holders";
    holders.caption = phrase("Report", "Processes holding a handle to the ports with entries queued");
    holders.columns = {{phrase("Report", "Port"), false},
                       {phrase("Report", "Process"), false},
                       {phrase("Report", "PID"), true},
                       {phrase("Report", "Image"), false},
                       {phrase("Report", "Handle"), true}};
    holders.allRows = "poolscope-cli ports " + context.fileArgument() + " --owners";
    std::uint64_t rank = 0;
    for (const PortRanking& r : ranking) {
        const CompletionPort& port = *r.port;
        std::string finding;
        if (r.depth > 0 && port.waitingThreads && *port.waitingThreads == 0)
            finding = phrase("Report", "entries queued, no thread waiting");
        else if (r.depthFromIrps)
            finding = phrase("Report", "depth counted from IRPs seen");
        std::vector<Cell> row{Cell::count(++rank),
                              Cell::address(port.address, s.pointerSize),
                              r.depthFromIrps && r.depth == 0 ? Cell::absent() : Cell::count(r.depth),
                              port.maxConcurrency ? Cell::count(std::uint64_t{*port.maxConcurrency}) : Cell::absent(),
                              port.activeThreads ? Cell::count(std::uint64_t{*port.activeThreads}) : Cell::absent(),
                              port.waitingThreads ? Cell::count(std::uint64_t{*port.waitingThreads}) : Cell::absent(),
                              Cell::count(std::uint64_t{port.holders.size()}),
                              Cell::count(r.irpsSeen)};
        if (packets)
            row.push_back(Cell::count(port.queuedPackets));
        row.push_back(Cell::plain(finding));
        table.add(std::move(row), cap);
        if (r.depth == 0)
            continue;
        for (const ObjectHolder& holder : holdersOf(s, port.address))
            for (std::size_t i = 0; i < std::max<std::size_t>(1, holder.handles.size()); ++i)
                holders.add({Cell::address(port.address, s.pointerSize), Cell::address(holder.process, s.pointerSize),
                             Cell::pid(holder.pid), Cell::plain(holder.imageName),
                             i < holder.handles.size() ? Cell{fmt::format("{:#x}", holder.handles[i]),
                                                              fmt::format("{}", holder.handles[i]), true}
                                                       : Cell::absent()},
                            cap);
    }
    table.emptyText = phrase(
        "Report", "No completion ports in this source (!icpleak 1 or dt nt!_KQUEUE in the debugger list them).");
    writeTable(out, table);
    if (!ranking.empty() && ranking.front().depth > 0) {
        const PortRanking& top = ranking.front();
        std::string who;
        for (const ObjectHolder& h : holdersOf(s, top.port->address))
            who += (who.empty() ? "" : ", ") + processName(h.imageName, h.pid);
        note(out,
             say(phrase("Report", "Deepest port {} holds {} queued entries{}{}."),
                 format::address(top.port->address, s.pointerSize), format::count(top.depth),
                 top.port->waitingThreads && *top.port->waitingThreads == 0
                     ? std::string(phrase("Report", " and no thread waits on it"))
                     : std::string(),
                 who.empty() ? std::string() : say(phrase("Report", "; held by {}"), who)));
        writeTable(out, holders);
        writeConfirm(out, fmt::format("!icpleak 1; dt -r1 nt!_KQUEUE {}", format::address(top.port->address, s.pointerSize)));
    } else if (!ranking.empty()) {
        writeConfirm(out, "!icpleak 1");
    }
    return {"ports", phrase("Report", "Completion ports"), out.finish()};
}

Section handlesSection(const SectionContext& context)
{
    const Snapshot& s = context.snapshot;
    html::Writer out;
    context.writeCharts(out, "handles");
    struct Row {
        const ProcessHandleTypes* process;
        const HandleTypeCount* count;
    };
    const auto perProcess = handleCountsByType(s);
    std::vector<Row> rows;
    for (const auto& p : perProcess)
        for (const auto& c : p.counts)
            rows.push_back({&p, &c});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.count->count > b.count->count; });
    Table table;
    table.id = "handle-types";
    table.caption = phrase("Report", "Handles per process and object type, largest first");
    table.columns = {{phrase("Report", "Process"), false},     {phrase("Report", "PID"), true},
                     {phrase("Report", "Image"), false},       {phrase("Report", "Type"), false},
                     {phrase("Report", "Handles"), true},      {phrase("Report", "Share"), true},
                     {phrase("Report", "Counted from"), false}};
    table.allRows = "poolscope-cli handles " + context.fileArgument() + " --by-type";
    for (const Row& row : rows) {
        const ProcessHandleTypes& p = *row.process;
        const double share = p.total ? static_cast<double>(row.count->count) / static_cast<double>(p.total) : 0.0;
        table.add(
            {Cell::address(p.processAddress, s.pointerSize), p.process ? Cell::pid(p.process->pid) : Cell::absent(),
             p.process ? Cell::plain(p.process->imageName) : Cell::absent(), Cell::plain(row.count->type),
             Cell::count(row.count->count), Cell::number(share, format::percent(share)),
             Cell::plain(p.fromHandleTable ? phrase("Report", "handle entries") : phrase("Report", "type table"))},
            context.input.topRows);
    }
    table.emptyText = s.handles.empty() && s.processes.empty()
        ? phrase("Report", "No handles in this source (!handle 0 3 or !process 0 1 in the debugger list them).")
        : phrase("Report",
                 "No handle counts by type in this source: the Processes section ranks the processes "
                 "by the handle counts the process list gives.");
    writeTable(out, table);
    // The outlier: the process whose count of one type is furthest above everyone else's.
    if (!rows.empty()) {
        const Row& top = rows.front();
        std::uint64_t runnerUp = 0;
        for (const Row& row : rows)
            if (row.process != top.process && row.count->type == top.count->type)
                runnerUp = std::max(runnerUp, row.count->count);
        const ProcessHandleTypes& p = *top.process;
        note(out,
             say(phrase("Report", "{} holds {} {} handles, {} of its {} handles; the next process holds {}."),
                 processName(p.process ? p.process->imageName : std::string(),
                             p.process ? p.process->pid : std::nullopt),
                 format::count(top.count->count), top.count->type,
                 format::percent(static_cast<double>(top.count->count)
                                 / static_cast<double>(std::max<std::uint64_t>(1, p.total))),
                 format::count(p.total), format::count(runnerUp)));
        writeConfirm(out, fmt::format("!handle 0 3 {} {}", format::address(p.processAddress, s.pointerSize), top.count->type));
    }
    return {"handles", phrase("Report", "Handle counts by type"), out.finish()};
}

Section processesSection(const SectionContext& context)
{
    const Snapshot& s = context.snapshot;
    html::Writer out;
    Table table;
    table.id = "processes-table";
    table.caption = phrase("Report", "Processes by handle count");
    table.columns = {
        {phrase("Report", "Process"), false}, {phrase("Report", "PID"), true},     {phrase("Report", "Parent"), true},
        {phrase("Report", "Image"), false},   {phrase("Report", "Session"), true}, {phrase("Report", "Handles"), true},
        {phrase("Report", "From"), false},    {phrase("Report", "Threads"), true}, {phrase("Report", "Exited"), false}};
    const bool quota = std::any_of(s.processes.begin(), s.processes.end(),
                                   [](const Process& p) { return p.nonPagedQuota || p.pagedQuota; });
    if (quota)
        table.columns.insert(table.columns.end(),
                             {{phrase("Report", "NP pool"), true},
                              {phrase("Report", "NP peak"), true},
                              {phrase("Report", "Paged pool"), true},
                              {phrase("Report", "Paged peak"), true}});
    table.allRows = "poolscope-cli processes " + context.fileArgument();
    const auto rows = rankProcesses(s);
    for (const ProcessRow& row : rows) {
        const Process& p = *row.process;
        const std::string from = row.handlesFrom == ProcessRow::HandlesFrom::Process ? phrase("Report", "process")
            : row.handlesFrom == ProcessRow::HandlesFrom::HandleEntries ? phrase("Report", "handle entries")
            : row.handlesFrom == ProcessRow::HandlesFrom::TypeTable     ? phrase("Report", "type table")
                                                                        : std::string();
        Cell threads = Cell::count(row.threads);
        if (row.threads && row.threadsFromBlocks)
            threads.text = say(phrase("Report", "{} seen"), threads.text);
        std::vector<Cell> cells{Cell::address(p.address, s.pointerSize),
                                Cell::pid(p.pid),
                                Cell::pid(p.parentPid),
                                Cell::plain(p.imageName),
                                p.sessionId ? Cell::count(std::uint64_t{*p.sessionId}) : Cell::absent(),
                                Cell::count(row.handles),
                                Cell::plain(row.handles ? from : ""),
                                threads,
                                p.exited ? Cell::plain(*p.exited ? phrase("Report", "yes") : phrase("Report", "no"))
                                         : Cell::absent()};
        if (quota) {
            cells.push_back(Cell::bytes(p.nonPagedQuota));
            cells.push_back(Cell::bytes(p.nonPagedQuotaPeak));
            cells.push_back(Cell::bytes(p.pagedQuota));
            cells.push_back(Cell::bytes(p.pagedQuotaPeak));
        }
        table.add(std::move(cells), context.input.topRows);
    }
    table.emptyText = phrase("Report", "No processes in this source (!process 0 0 in the debugger lists them).");
    writeTable(out, table);
    if (!rows.empty() && rows.front().handles) {
        const Process& p = *rows.front().process;
        const auto next = rows.size() > 1 ? rows[1].handles : std::nullopt;
        note(out,
             say(phrase("Report", "{} processes; the most handles: {} with {}{}."), format::count(rows.size()),
                 processName(p.imageName, p.pid), format::count(*rows.front().handles),
                 next ? say(phrase("Report", " (the next has {})"), format::count(*next)) : ""));
    }
    const auto exited = std::count_if(s.processes.begin(), s.processes.end(), [](const Process& p) { return p.exited.value_or(false); });
    if (exited > 0)
        note(out,
             say(phrase("Report",
                        "{} exited processes are still referenced (no handle table, no running thread): the "
                        "Zombies table of the findings says who holds them."),
                 exited));
    if (!rows.empty())
        writeConfirm(out, "!process 0 0");
    return {"processes", phrase("Report", "Processes"), out.finish()};
}

} // namespace poolscope::report
