#include "zombies.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace poolscope {

ZombieReport findZombies(const Snapshot& snapshot)
{
    ZombieReport report;
    std::unordered_set<Address> exitedThreads, exitedProcesses;
    for (const Thread& t : snapshot.threads)
        if (t.terminated())
            exitedThreads.insert(t.address);
    for (const Process& p : snapshot.processes)
        if (p.exited.value_or(false))
            exitedProcesses.insert(p.address);
    report.exitedThreads = exitedThreads.size();
    report.exitedProcesses = exitedProcesses.size();
    report.threadBlock = blockSizeOfTag(snapshot, PoolTag("Thre"));
    report.processBlock = blockSizeOfTag(snapshot, PoolTag("Proc"));
    if (exitedThreads.empty() && exitedProcesses.empty())
        return report;

    std::unordered_map<Address, const Process*> processes;
    for (const Process& p : snapshot.processes)
        processes.emplace(p.address, &p);
    std::unordered_map<Address, std::size_t> byHolder;
    std::unordered_set<Address> heldThreads, heldProcesses;
    // Per holder, the distinct zombies it holds (a handle duplicated twice is one object).
    std::unordered_map<Address, std::unordered_set<Address>> seenBy;
    for (const Handle& h : snapshot.handles) {
        const bool thread = exitedThreads.count(h.object) != 0;
        const bool process = !thread && exitedProcesses.count(h.object) != 0;
        if (!thread && !process)
            continue;
        const auto [at, inserted] = byHolder.try_emplace(h.process, report.holders.size());
        if (inserted) {
            ZombieHolder holder;
            holder.holderAddress = h.process;
            if (const auto it = processes.find(h.process); it != processes.end())
                holder.holder = it->second;
            report.holders.push_back(holder);
        }
        ZombieHolder& holder = report.holders[at->second];
        ++holder.handles;
        if (!seenBy[h.process].insert(h.object).second)
            continue;
        if (thread) {
            ++holder.threads;
            heldThreads.insert(h.object);
            if (!holder.sampleThread)
                holder.sampleThread = h.object;
        } else {
            ++holder.processes;
            heldProcesses.insert(h.object);
            if (!holder.sampleProcess)
                holder.sampleProcess = h.object;
        }
    }

    std::unordered_map<Address, const KernelObject*> objects;
    for (const KernelObject& o : snapshot.objects)
        objects.emplace(o.address, &o);
    ZombieHolder unknown;
    for (const Address t : exitedThreads) {
        if (heldThreads.count(t))
            continue;
        ++unknown.threads;
        if (!unknown.sampleThread || t < *unknown.sampleThread)
            unknown.sampleThread = t;
        if (const auto it = objects.find(t); it != objects.end() && it->second->handleCount.value_or(0) > 0)
            ++report.threadsWithHandleCount;
    }
    for (const Address p : exitedProcesses) {
        if (heldProcesses.count(p))
            continue;
        ++unknown.processes;
        if (!unknown.sampleProcess || p < *unknown.sampleProcess)
            unknown.sampleProcess = p;
    }
    report.threadsWithoutHolder = unknown.threads;
    report.processesWithoutHolder = unknown.processes;
    if (unknown.threads || unknown.processes)
        report.holders.push_back(unknown);

    for (ZombieHolder& h : report.holders) {
        if (report.threadBlock && h.threads)
            h.threadPoolBytes = h.threads * report.threadBlock->bytes;
        if (report.processBlock && h.processes)
            h.processPoolBytes = h.processes * report.processBlock->bytes;
    }
    const auto kept = [](const ZombieHolder& h) {
        return h.threadPoolBytes.value_or(0) + h.processPoolBytes.value_or(0);
    };
    std::stable_sort(report.holders.begin(), report.holders.end(), [&](const ZombieHolder& a, const ZombieHolder& b) {
        const bool aKnown = a.holderAddress != 0, bKnown = b.holderAddress != 0;
        if (aKnown != bKnown)
            return aKnown;
        if (kept(a) != kept(b))
            return kept(a) > kept(b);
        return a.threads + a.processes > b.threads + b.processes;
    });
    return report;
}

} // namespace poolscope
