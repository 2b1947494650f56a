#include "snapshot_links.h"

#include "analysis/records_by_address.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace poolscope {


namespace {

// An index made on its first lookup: a dump's walk leaves nothing for most of them to find
// (every handle has its type), and the one of a million objects takes 16 MB.
template <typename Record>
class LazyRecordsByAddress {
public:
    explicit LazyRecordsByAddress(const std::vector<Record>& records) : m_records(records) {}
    const Record* find(Address address)
    {
        if (!m_index)
            m_index.emplace(m_records);
        return m_index->find(address);
    }

private:
    const std::vector<Record>& m_records;
    std::optional<RecordsByAddress<Record>> m_index;
};

} // namespace

void linkSnapshot(Snapshot& snapshot)
{
    LazyRecordsByAddress files(snapshot.fileObjects);
    LazyRecordsByAddress objects(snapshot.objects);
    const RecordsByAddress processes(snapshot.processes);

    // The IRPs' threads are found by sorting what the IRPs ask for and going through the
    // threads once: a dump holds 100,000 IRPs beside 323,155 threads, whose index would take
    // 4 MB at the read's peak.
    std::vector<std::pair<Address, std::uint32_t>> wanted; // thread, IRP
    for (std::uint32_t i = 0; i < snapshot.irps.size(); ++i)
        if (const Irp& irp = snapshot.irps[i]; !irp.process && irp.thread)
            wanted.emplace_back(*irp.thread, i);
    if (!wanted.empty()) {
        std::sort(wanted.begin(), wanted.end());
        std::vector<bool> met(wanted.size(), false); // by the first thread of that address
        for (const Thread& thread : snapshot.threads) {
            auto it = std::lower_bound(wanted.begin(), wanted.end(), std::pair<Address, std::uint32_t>{thread.address, 0});
            for (; it != wanted.end() && it->first == thread.address; ++it) {
                const auto at = static_cast<std::size_t>(it - wanted.begin());
                if (met[at])
                    continue;
                met[at] = true;
                if (thread.process)
                    snapshot.irps[it->second].process = thread.process;
            }
        }
    }
    for (auto& irp : snapshot.irps) {
        if (!irp.port && irp.fileObject) {
            if (const auto* file = files.find(*irp.fileObject); file && file->completionPort)
                irp.port = file->completionPort;
        }
        if (!irp.completed && irp.stackCount && irp.currentLocation)
            irp.completed = *irp.currentLocation > *irp.stackCount;
    }

    for (auto& thread : snapshot.threads) {
        if (thread.process && !thread.pid) {
            if (const auto* process = processes.find(*thread.process); process && process->pid)
                thread.pid = process->pid;
        }
    }

    std::unordered_map<Address, CompletionPort*> ports;
    for (auto& port : snapshot.ports)
        ports.emplace(port.address, &port);

    for (auto& handle : snapshot.handles) {
        if (handle.type.empty()) {
            if (const auto* object = objects.find(handle.object))
                handle.type = object->type;
        }
        if (!handle.pid) {
            if (const auto* process = processes.find(handle.process))
                handle.pid = process->pid;
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
        if (const auto* process = processes.find(handle.process))
            holder.imageName = process->imageName;
        holders.push_back(std::move(holder));
    }
    // An IRP whose thread is not described still names its file object; when exactly one
    // process holds a handle to that file, that is the process that issued it (the seed's
    // walk: IRP -> OriginalFileObject -> !handle ... File).
    std::unordered_map<Address, std::optional<Address>> fileHolder; // file -> its one holder, or nullopt if several
    for (const auto& handle : snapshot.handles) {
        if (!files.find(handle.object))
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
            const auto* process = processes.find(holder.process);
            if (!process)
                continue;
            if (holder.imageName.empty())
                holder.imageName = process->imageName;
            if (!holder.pid)
                holder.pid = process->pid;
        }
    }
}

} // namespace poolscope
