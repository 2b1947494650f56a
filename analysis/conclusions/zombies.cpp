#include "zombies.h"

#include <algorithm>
#include <unordered_map>

namespace poolscope {

ZombieReport findZombies(const Snapshot& snapshot)
{
    // Sorted vectors, not node sets: a handle leak has hundreds of thousands of zombies.
    const auto sortedUnique = [](std::vector<Address>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    const auto contains = [](const std::vector<Address>& v, Address a) { return std::binary_search(v.begin(), v.end(), a); };
    ZombieReport report;
    std::vector<Address> exitedThreads, exitedProcesses;
    for (const Thread& t : snapshot.threads)
        if (t.terminated())
            exitedThreads.push_back(t.address);
    for (const Process& p : snapshot.processes)
        if (p.exited.value_or(false))
            exitedProcesses.push_back(p.address);
    sortedUnique(exitedThreads);
    sortedUnique(exitedProcesses);
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
    // Per holder, the distinct zombies it holds (a handle duplicated twice is one object).
    struct Held {
        std::size_t holder;
        Address object;
        bool thread;
        auto operator<=>(const Held&) const = default;
    };
    std::vector<Held> held;
    for (const Handle& h : snapshot.handles) {
        const bool thread = contains(exitedThreads, h.object);
        const bool process = !thread && contains(exitedProcesses, h.object);
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
        // The first zombie a holder's handles name is its sample.
        if (thread && !holder.sampleThread)
            holder.sampleThread = h.object;
        if (process && !holder.sampleProcess)
            holder.sampleProcess = h.object;
        held.push_back({at->second, h.object, thread});
    }
    std::sort(held.begin(), held.end());
    held.erase(std::unique(held.begin(), held.end()), held.end());
    std::vector<Address> heldThreads, heldProcesses;
    for (const Held& h : held) {
        ZombieHolder& holder = report.holders[h.holder];
        if (h.thread) {
            ++holder.threads;
            heldThreads.push_back(h.object);
        } else {
            ++holder.processes;
            heldProcesses.push_back(h.object);
        }
    }
    held = {};
    sortedUnique(heldThreads);
    sortedUnique(heldProcesses);

    ZombieHolder unknown;
    std::vector<Address> unheldThreads;
    for (const Address t : exitedThreads) {
        if (contains(heldThreads, t))
            continue;
        ++unknown.threads;
        if (!unknown.sampleThread || t < *unknown.sampleThread)
            unknown.sampleThread = t;
        unheldThreads.push_back(t);
    }
    for (const KernelObject& o : snapshot.objects)
        if (o.handleCount.value_or(0) > 0 && contains(unheldThreads, o.address))
            ++report.threadsWithHandleCount;
    for (const Address p : exitedProcesses) {
        if (contains(heldProcesses, p))
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
