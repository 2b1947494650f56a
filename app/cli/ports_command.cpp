#include "commands.h"

#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include <unordered_map>

namespace poolscope::cli {

Report runPorts(const Context& context)
{
    const Snapshot& snapshot = context.snapshot;
    Report report;
    report.command = "ports";
    Table table;
    table.id = "ports";
    table.title = fmt::format("I/O completion ports by queued entries ({})", snapshot.label);
    table.columns = {
        {"#", "rank", true, 0},
        {"Port", "port", false, 0},
        {"Queued", "queued_entries", true, 0},
        {"Max concurrency", "max_concurrency", true, 0},
        {"Active", "active_threads", true, 0},
        {"Waiting", "waiting_threads", true, 0},
        {"Holders", "holders", true, 0},
        {"IRPs seen", "irps_seen", true, 0},
        {"Finding", "finding", false, 0},
    };
    const auto ranking = rankPorts(snapshot);
    // Only a dump's queue walk tells IRPs from completion packets; logs leave the column out.
    const bool packets = std::any_of(ranking.begin(), ranking.end(), [](const PortRanking& r) { return r.port->queuedPackets.has_value(); });
    if (packets)
        table.columns.insert(table.columns.end() - 1, {"Packets", "packets", true, 0});
    Table holders;
    holders.id = "holders";
    holders.title = "Processes holding a handle to each port";
    holders.columns = {
        {"Port", "port", false, 0},
        {"Process", "process", false, 0},
        {"PID", "pid", true, 0},
        {"Image", "image", false, 0},
        {"Handle", "handle", true, 0},
    };
    std::size_t rank = 0;
    for (const auto& r : ranking) {
        const CompletionPort& port = *r.port;
        std::string finding;
        if (r.depth > 0 && port.waitingThreads && *port.waitingThreads == 0)
            finding = "entries queued, no thread waiting";
        else if (r.depthFromIrps)
            finding = "depth counted from IRPs seen";
        table.rows.push_back({
            Cell::count(std::uint64_t{++rank}),
            addressCell(snapshot, port.address),
            r.depthFromIrps && r.depth == 0 ? Cell::absent() : Cell::count(r.depth),
            port.maxConcurrency ? Cell::count(std::uint64_t{*port.maxConcurrency}) : Cell::absent(),
            port.activeThreads ? Cell::count(std::uint64_t{*port.activeThreads}) : Cell::absent(),
            port.waitingThreads ? Cell::count(std::uint64_t{*port.waitingThreads}) : Cell::absent(),
            Cell::count(std::uint64_t{port.holders.size()}),
            Cell::count(r.irpsSeen),
            finding.empty() ? Cell::absent() : Cell::text(finding),
        });
        if (packets)
            table.rows.back().insert(table.rows.back().end() - 1,
                                     port.queuedPackets ? Cell::count(*port.queuedPackets) : Cell::absent());
        for (const auto& holder : holdersOf(snapshot, port.address)) {
            for (std::size_t i = 0; i < std::max<std::size_t>(1, holder.handles.size()); ++i) {
                holders.rows.push_back({
                    addressCell(snapshot, port.address),
                    addressCell(snapshot, holder.process),
                    pidCell(holder.pid),
                    holder.imageName.empty() ? Cell::absent() : Cell::text(holder.imageName),
                    i < holder.handles.size()
                        ? Cell::number(holder.handles[i], fmt::format("{:#x}", holder.handles[i]))
                        : Cell::absent(),
                });
            }
        }
    }
    table.emptyText = "(no completion ports in this source: run !icpleak 1 or dt nt!_KQUEUE in the debugger)";
    report.tables.push_back(std::move(table));
    if (context.options.owners)
        report.tables.push_back(std::move(holders));
    if (!ranking.empty() && ranking.front().depth > 0) {
        const auto& top = ranking.front();
        std::string who;
        const auto topHolders = holdersOf(snapshot, top.port->address);
        for (const auto& h : topHolders)
            who += (who.empty() ? "" : ", ") + processLabel(h.imageName, h.pid);
        report.notes.push_back(fmt::format(
            "Deepest port {} holds {} queued entries{}{}.", format::address(top.port->address, snapshot.pointerSize),
            format::count(top.depth),
            top.port->waitingThreads && *top.port->waitingThreads == 0 ? " and no thread waits on it" : "",
            who.empty() ? "" : "; held by " + who));
        if (!context.options.owners && !topHolders.empty())
            report.notes.push_back("Add --owners to list every process holding a handle to each port.");
    }
    return report;
}

namespace {

// --group-by: how many IRPs per process, file, status, ...: the first thing to read when
// 100,000 IRPs are listed.
Report irpGroups(const Context& context)
{
    const Snapshot& snapshot = context.snapshot;
    const auto& keys = context.options.groupBy;
    Report report;
    report.command = "irps --group-by";
    Table table;
    table.id = "irp_groups";
    std::string names;
    for (const IrpKey key : keys) {
        std::string title(irpKeyName(key));
        names += (names.empty() ? "" : ", ") + title;
        title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
        table.columns.push_back({title, std::string(irpKeyName(key)), false, key == IrpKey::File ? 60u : 0u});
    }
    table.title = fmt::format("IRPs by {} ({})", names, snapshot.label);
    table.columns.push_back({"IRPs", "irps", true, 0});
    table.columns.push_back({"Completed", "completed", true, 0});
    table.columns.push_back({"Share", "share", true, 0});
    const auto groups = groupIrps(snapshot, keys);
    for (const IrpGroup& g : groups) {
        if (context.options.tagQuery.top && table.rows.size() >= context.options.tagQuery.top)
            break;
        std::vector<Cell> row;
        for (const IrpGroupValue& v : g.values) {
            Cell c = Cell::text(v.text);
            c.raw = v.raw;
            if (v.raw.empty())
                c = Cell::text(v.text);
            row.push_back(c);
        }
        const double share = snapshot.irps.empty() ? 0.0 : static_cast<double>(g.irps) / static_cast<double>(snapshot.irps.size());
        row.push_back(Cell::count(g.irps));
        row.push_back(Cell::count(g.completed));
        row.push_back(Cell{Cell::Kind::Number, format::percent(share), fmt::format("{:.4f}", share)});
        table.rows.push_back(std::move(row));
    }
    table.emptyText = "(no IRPs in this source: run !irpfind in the debugger)";
    report.tables.push_back(std::move(table));
    if (!groups.empty())
        report.notes.push_back(fmt::format("{} IRPs in {} group{}; the largest holds {}.", format::count(snapshot.irps.size()),
                                           format::count(groups.size()), groups.size() == 1 ? "" : "s",
                                           format::count(groups.front().irps)));
    return report;
}

} // namespace

Report runIrps(const Context& context)
{
    if (!context.options.groupBy.empty())
        return irpGroups(context);
    const Snapshot& snapshot = context.snapshot;
    Report report;
    report.command = "irps";
    std::unordered_map<Address, const FileObject*> files;
    for (const auto& f : snapshot.fileObjects)
        files.emplace(f.address, &f);
    std::unordered_map<Address, const Process*> processes;
    for (const auto& p : snapshot.processes)
        processes.emplace(p.address, &p);

    Table table;
    table.id = "irps";
    table.title = context.options.port
                      ? fmt::format("IRPs queued on port {}",
                                    format::address(*context.options.port, snapshot.pointerSize))
                      : fmt::format("IRPs in {}", snapshot.label);
    table.columns = {
        {"IRP", "irp", false, 0},
        {"Thread", "thread", false, 0},
        {"Process", "process", false, 0},
        {"Image", "image", false, 0},
        {"File object", "file_object", false, 0},
        {"File", "file_name", false, 48},
        {"Port", "port", false, 0},
        {"Status", "status", false, 0},
        {"Completed", "completed", false, 0},
        {"Pending returned", "pending_returned", false, 0},
        {"Stack", "stack", false, 0},
        {"Driver", "driver", false, 28},
    };
    const auto irps = irpsOnPort(snapshot, context.options.port);
    std::uint64_t completed = 0;
    for (const Irp* irp : irps) {
        const FileObject* file = nullptr;
        if (irp->fileObject)
            if (const auto it = files.find(*irp->fileObject); it != files.end())
                file = it->second;
        std::string image;
        if (irp->process)
            if (const auto it = processes.find(*irp->process); it != processes.end())
                image = it->second->imageName;
        completed += irp->completed.value_or(false);
        const auto yesNo = [](const std::optional<bool>& b) { return b ? Cell::text(*b ? "yes" : "no") : Cell::absent(); };
        table.rows.push_back({
            addressCell(snapshot, irp->address),
            addressCell(snapshot, irp->thread),
            addressCell(snapshot, irp->process),
            image.empty() ? Cell::absent() : Cell::text(image),
            addressCell(snapshot, irp->fileObject),
            file && !file->name.empty() ? Cell::text(file->name) : Cell::absent(),
            addressCell(snapshot, irp->port),
            irp->status ? Cell::number(std::uint64_t{*irp->status}, fmt::format("{:#010x}", *irp->status))
                        : Cell::absent(),
            yesNo(irp->completed),
            yesNo(irp->pendingReturned),
            irp->currentLocation && irp->stackCount
                ? Cell::text(fmt::format("{}/{}", *irp->currentLocation, *irp->stackCount))
                : Cell::absent(),
            irp->currentDriver.empty() ? Cell::absent() : Cell::text(irp->currentDriver),
        });
    }
    report.tables.push_back(std::move(table));
    if (!irps.empty())
        report.notes.push_back(fmt::format("{} IRPs, {} of them completed but not freed.",
                                           format::count(std::uint64_t{irps.size()}), format::count(completed)));
    return report;
}

} // namespace poolscope::cli
