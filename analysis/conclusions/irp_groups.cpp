#include "irp_groups.h"

#include "analysis/ntstatus.h"
#include "analysis/parse_util.h"
#include "model/format.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace poolscope {

namespace {

constexpr std::pair<IrpKey, std::string_view> kNames[] = {
    {IrpKey::Process, "process"}, {IrpKey::Thread, "thread"},       {IrpKey::File, "file"}, {IrpKey::Driver, "driver"},
    {IrpKey::Status, "status"},   {IrpKey::Completed, "completed"}, {IrpKey::Port, "port"},
};

IrpGroupValue unknown()
{
    return {text::phrase("IrpGroups", "(unknown)"), "", std::nullopt, {}};
}

RecordRef ref(RecordKind kind, Address address)
{
    RecordRef r;
    r.kind = kind;
    r.address = address;
    return r;
}

} // namespace

std::optional<IrpKey> irpKeyNamed(std::string_view name)
{
    for (const auto& [key, text] : kNames)
        if (text::iEquals(name, text))
            return key;
    return std::nullopt;
}

std::string_view irpKeyName(IrpKey key)
{
    for (const auto& [k, text] : kNames)
        if (k == key)
            return text;
    return "";
}

IrpKeyReader::IrpKeyReader(const Snapshot& snapshot) : m_snapshot(snapshot)
{
    for (const Process& p : snapshot.processes)
        m_processes.emplace(p.address, &p);
    for (const FileObject& f : snapshot.fileObjects)
        m_files.emplace(f.address, &f);
    for (const Thread& t : snapshot.threads)
        m_threads.emplace(t.address, &t);
}

IrpGroupValue IrpKeyReader::value(const Irp& irp, IrpKey key) const
{
    const auto address = [&](Address a) { return format::address(a, m_snapshot.pointerSize); };
    switch (key) {
    case IrpKey::Process: {
        if (!irp.process)
            return unknown();
        const auto it = m_processes.find(*irp.process);
        std::string text = address(*irp.process);
        if (it != m_processes.end() && !it->second->imageName.empty())
            text = it->second->pid ? fmt::format("{} (pid {:#x})", it->second->imageName, *it->second->pid)
                                   : it->second->imageName;
        return {text, fmt::format("{:#x}", *irp.process), ref(RecordKind::Process, *irp.process), {}};
    }
    case IrpKey::Thread: {
        if (!irp.thread)
            return unknown();
        const auto it = m_threads.find(*irp.thread);
        return {address(*irp.thread), fmt::format("{:#x}", *irp.thread), ref(RecordKind::Thread, *irp.thread),
                it == m_threads.end() ? std::string{} : it->second->state.str()};
    }
    case IrpKey::File: {
        if (!irp.fileObject)
            return unknown();
        const auto it = m_files.find(*irp.fileObject);
        const std::string text = it != m_files.end() && !it->second->name.empty() ? it->second->name
                                                                                   : address(*irp.fileObject);
        return {text, fmt::format("{:#x}", *irp.fileObject), ref(RecordKind::FileObject, *irp.fileObject), {}};
    }
    case IrpKey::Driver:
        // A completed IRP is in no driver (WinDbg: "Irp is complete"): said, not unknown.
        if (irp.currentDriver.empty() && irp.completed && *irp.completed)
            return {text::phrase("IrpGroups", "(completed: in no driver)"), "", std::nullopt, {}};
        if (irp.currentDriver.empty())
            return unknown();
        return {irp.currentDriver, irp.currentDriver, std::nullopt, {}};
    case IrpKey::Status:
        if (!irp.status)
            return unknown();
        return {ntstatusText(*irp.status), fmt::format("{}", *irp.status), std::nullopt, {}};
    case IrpKey::Completed:
        if (!irp.completed)
            return unknown();
        return {*irp.completed ? text::phrase("IrpGroups", "yes") : text::phrase("IrpGroups", "no"), *irp.completed ? "true" : "false", std::nullopt, {}};
    case IrpKey::Port:
        if (!irp.port)
            return {text::phrase("IrpGroups", "(on no port)"), "", std::nullopt, {}};
        return {address(*irp.port), fmt::format("{:#x}", *irp.port), ref(RecordKind::Port, *irp.port), {}};
    }
    return unknown();
}

std::vector<IrpGroup> groupIrps(const Snapshot& s, const std::vector<IrpKey>& keys)
{
    std::vector<const Irp*> irps;
    irps.reserve(s.irps.size());
    for (const Irp& irp : s.irps)
        irps.push_back(&irp);
    return groupIrps(s, irps, keys);
}

std::vector<IrpGroup> groupIrps(const Snapshot& s, const std::vector<const Irp*>& irps, const std::vector<IrpKey>& keys)
{
    const IrpKeyReader reader(s);
    std::map<std::vector<std::string>, std::size_t> index;
    std::vector<IrpGroup> groups;
    for (const Irp* irp : irps) {
        std::vector<IrpGroupValue> values;
        std::vector<std::string> key;
        for (const IrpKey k : keys) {
            values.push_back(reader.value(*irp, k));
            key.push_back(values.back().text + '\x1f' + values.back().raw);
        }
        const auto [it, inserted] = index.try_emplace(std::move(key), groups.size());
        if (inserted)
            groups.push_back({std::move(values), 0, 0});
        IrpGroup& g = groups[it->second];
        ++g.irps;
        g.completed += irp->completed.value_or(false);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const IrpGroup& a, const IrpGroup& b) { return a.irps > b.irps; });
    return groups;
}

} // namespace poolscope
