#include "snapshot_links.h"

#include <algorithm>
#include <unordered_map>

namespace poolscope {

namespace {
template <typename Record>
std::unordered_map<Address, const Record*> indexByAddress(const std::vector<Record>& records)
{
    std::unordered_map<Address, const Record*> index;
    index.reserve(records.size());
    for (const auto& r : records)
        index.emplace(r.address, &r);
    return index;
}
} // namespace

void linkSnapshot(Snapshot& snapshot)
{
    const auto threads = indexByAddress(snapshot.threads);
    const auto files = indexByAddress(snapshot.fileObjects);
    const auto objects = indexByAddress(snapshot.objects);
    const auto processes = indexByAddress(snapshot.processes);

    for (auto& irp : snapshot.irps) {
        if (!irp.process && irp.thread) {
            if (const auto it = threads.find(*irp.thread); it != threads.end() && it->second->process)
                irp.process = it->second->process;
        }
        if (!irp.port && irp.fileObject) {
            if (const auto it = files.find(*irp.fileObject); it != files.end() && it->second->completionPort)
                irp.port = it->second->completionPort;
        }
        if (!irp.completed && irp.stackCount && irp.currentLocation)
            irp.completed = *irp.currentLocation > *irp.stackCount;
    }

    for (auto& thread : snapshot.threads) {
        if (thread.process && !thread.pid) {
            if (const auto it = processes.find(*thread.process); it != processes.end() && it->second->pid)
                thread.pid = it->second->pid;
        }
    }

    std::unordered_map<Address, CompletionPort*> ports;
    for (auto& port : snapshot.ports)
        ports.emplace(port.address, &port);

    for (auto& handle : snapshot.handles) {
        if (handle.type.empty()) {
            if (const auto it = objects.find(handle.object); it != objects.end())
                handle.type = it->second->type;
        }
        if (!handle.pid) {
            if (const auto it = processes.find(handle.process); it != processes.end())
                handle.pid = it->second->pid;
        }
        const auto port = ports.find(handle.object);
        if (port == ports.end())
            continue;
        auto& holders = port->second->holders;
        const bool known = std::any_of(holders.begin(), holders.end(),
                                       [&](const PortHolder& h) { return h.process == handle.process; });
        if (known)
            continue;
        PortHolder holder;
        holder.process = handle.process;
        holder.handle = handle.value;
        holder.pid = handle.pid;
        if (const auto it = processes.find(handle.process); it != processes.end())
            holder.imageName = it->second->imageName;
        holders.push_back(std::move(holder));
    }
    // An IRP whose thread is not described still names its file object; when exactly one
    // process holds a handle to that file, that is the process that issued it (the seed's
    // walk: IRP -> OriginalFileObject -> !handle ... File).
    std::unordered_map<Address, std::optional<Address>> fileHolder; // file -> its one holder, or nullopt if several
    for (const auto& handle : snapshot.handles) {
        if (!files.count(handle.object))
            continue;
        const auto [it, inserted] = fileHolder.emplace(handle.object, handle.process);
        if (!inserted && it->second != handle.process)
            it->second.reset();
    }
    for (auto& irp : snapshot.irps) {
        if (irp.process || !irp.fileObject)
            continue;
        if (const auto it = fileHolder.find(*irp.fileObject); it != fileHolder.end() && it->second)
            irp.process = it->second;
    }

    for (auto& port : snapshot.ports) {
        for (auto& holder : port.holders) {
            const auto it = processes.find(holder.process);
            if (it == processes.end())
                continue;
            if (holder.imageName.empty())
                holder.imageName = it->second->imageName;
            if (!holder.pid)
                holder.pid = it->second->pid;
        }
    }
}

} // namespace poolscope
