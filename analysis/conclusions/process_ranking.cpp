#include "process_ranking.h"

#include <algorithm>
#include <unordered_map>

namespace poolscope {

std::vector<ProcessRow> rankProcesses(const Snapshot& snapshot)
{
    std::unordered_map<Address, std::uint64_t> handlesSeen;
    for (const Handle& h : snapshot.handles)
        ++handlesSeen[h.process];
    struct Threads {
        std::uint64_t running = 0, exited = 0;
    };
    std::unordered_map<Address, Threads> threadsSeen;
    for (const Thread& t : snapshot.threads)
        if (t.process) {
            Threads& n = threadsSeen[*t.process];
            (t.terminated() ? n.exited : n.running) += 1;
        }

    std::vector<ProcessRow> rows;
    rows.reserve(snapshot.processes.size());
    for (const Process& p : snapshot.processes) {
        ProcessRow row;
        row.process = &p;
        if (p.handleCount) {
            row.handles = p.handleCount;
            row.handlesFrom = ProcessRow::HandlesFrom::Process;
        } else if (const auto it = handlesSeen.find(p.address); it != handlesSeen.end()) {
            row.handles = it->second;
            row.handlesFrom = ProcessRow::HandlesFrom::HandleEntries;
        } else if (!p.handleCountsByType.empty()) {
            std::uint64_t total = 0;
            for (const HandleTypeCount& c : p.handleCountsByType)
                total += c.count;
            row.handles = total;
            row.handlesFrom = ProcessRow::HandlesFrom::TypeTable;
        }
        const auto seen = threadsSeen.find(p.address);
        if (p.threadCount) {
            row.threads = p.threadCount;
        } else if (seen != threadsSeen.end()) {
            row.threads = seen->second.running;
            row.threadsFromBlocks = true;
        }
        if (seen != threadsSeen.end())
            row.exitedThreadsSeen = seen->second.exited;
        rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ProcessRow& a, const ProcessRow& b) {
        if (a.handles.has_value() != b.handles.has_value())
            return a.handles.has_value();
        if (a.handles != b.handles)
            return *a.handles > *b.handles;
        return a.process->pid.value_or(0) < b.process->pid.value_or(0);
    });
    return rows;
}

} // namespace poolscope
