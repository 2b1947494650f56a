#include "leak_queries.h"

#include "analysis/text/phrase.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace poolscope {

namespace {

std::uint64_t sortValue(const PoolTagStat& stat, TagSort sort)
{
    switch (sort) {
    case TagSort::Bytes: return stat.bytes.value_or(0);
    case TagSort::Outstanding: return stat.outstanding && *stat.outstanding > 0 ? static_cast<std::uint64_t>(*stat.outstanding) : 0;
    case TagSort::Allocs: return stat.allocs.value_or(0);
    }
    return 0;
}

bool passes(const PoolTagStat& stat, PoolFilter filter)
{
    switch (filter) {
    case PoolFilter::All: return true;
    case PoolFilter::Paged: return isPaged(stat.type);
    case PoolFilter::NonPaged: return isNonPaged(stat.type);
    }
    return true;
}

} // namespace

std::vector<const PoolTagStat*> rankTags(const Snapshot& snapshot, const TagQuery& query)
{
    std::vector<const PoolTagStat*> rows;
    rows.reserve(snapshot.poolTags.size());
    for (const auto& stat : snapshot.poolTags)
        if (passes(stat, query.pool))
            rows.push_back(&stat);
    const auto before = [&](const PoolTagStat* a, const PoolTagStat* b) {
        const auto va = sortValue(*a, query.sort);
        const auto vb = sortValue(*b, query.sort);
        if (va != vb)
            return va > vb;
        if (a->tag != b->tag)
            return a->tag < b->tag;
        return a->type < b->type;
    };
    if (query.top > 0 && query.top < rows.size()) {
        std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(query.top), rows.end(), before);
        rows.resize(query.top);
    } else {
        std::sort(rows.begin(), rows.end(), before);
    }
    return rows;
}

std::vector<PortRanking> rankPorts(const Snapshot& snapshot)
{
    std::unordered_map<Address, std::pair<std::uint64_t, std::uint64_t>> irpCounts; // all, completed
    for (const auto& irp : snapshot.irps) {
        if (!irp.port)
            continue;
        auto& counts = irpCounts[*irp.port];
        ++counts.first;
        counts.second += irp.completed.value_or(false);
    }
    std::vector<PortRanking> ranking;
    ranking.reserve(snapshot.ports.size());
    for (const auto& port : snapshot.ports) {
        PortRanking r;
        r.port = &port;
        if (const auto it = irpCounts.find(port.address); it != irpCounts.end()) {
            r.irpsSeen = it->second.first;
            r.completedIrps = it->second.second;
        }
        if (port.queuedEntries) {
            r.depth = *port.queuedEntries;
        } else {
            r.depth = r.irpsSeen;
            r.depthFromIrps = true;
        }
        ranking.push_back(r);
    }
    std::stable_sort(ranking.begin(), ranking.end(), [](const PortRanking& a, const PortRanking& b) {
        if (a.depth != b.depth)
            return a.depth > b.depth;
        return a.port->address < b.port->address;
    });
    return ranking;
}

std::vector<const Irp*> irpsOnPort(const Snapshot& snapshot, std::optional<Address> port)
{
    std::vector<const Irp*> out;
    for (const auto& irp : snapshot.irps)
        if (!port || irp.port == port)
            out.push_back(&irp);
    return out;
}

std::vector<ProcessHandleTypes> handleCountsByType(const Snapshot& snapshot)
{
    std::unordered_map<Address, const Process*> processes;
    for (const auto& p : snapshot.processes)
        processes.emplace(p.address, &p);

    // Counted from handle entries, for processes that did not print their own table.
    std::map<Address, std::map<std::string, std::uint64_t>> counted;
    const std::string unknown = text::phrase("LeakQueries", "(unknown type)");
    for (const auto& h : snapshot.handles)
        ++counted[h.process][h.type.empty() ? unknown : h.type.str()];

    std::vector<ProcessHandleTypes> out;
    const auto finish = [](ProcessHandleTypes& entry) {
        std::stable_sort(entry.counts.begin(), entry.counts.end(),
                         [](const HandleTypeCount& a, const HandleTypeCount& b) { return a.count > b.count; });
        for (const auto& c : entry.counts)
            entry.total += c.count;
    };
    for (const auto& p : snapshot.processes) {
        ProcessHandleTypes entry;
        entry.process = &p;
        entry.processAddress = p.address;
        if (!p.handleCountsByType.empty()) {
            entry.counts = p.handleCountsByType;
        } else if (const auto it = counted.find(p.address); it != counted.end()) {
            for (const auto& [type, n] : it->second)
                entry.counts.push_back({type, n});
            entry.fromHandleTable = true;
        } else {
            continue;
        }
        finish(entry);
        out.push_back(std::move(entry));
    }
    for (const auto& [address, types] : counted) {
        if (processes.count(address))
            continue;
        ProcessHandleTypes entry;
        entry.processAddress = address;
        entry.fromHandleTable = true;
        for (const auto& [type, n] : types)
            entry.counts.push_back({type, n});
        finish(entry);
        out.push_back(std::move(entry));
    }
    return out;
}

HandleTypeStacks handleTypeStacks(std::vector<const ProcessHandleTypes*> candidates, std::size_t processLimit,
                                  std::size_t typeLimit)
{
    HandleTypeStacks out;
    out.processes = std::move(candidates);
    std::sort(out.processes.begin(), out.processes.end(), [](const ProcessHandleTypes* a, const ProcessHandleTypes* b) {
        return a->total != b->total ? a->total > b->total : a->processAddress < b->processAddress;
    });
    if (out.processes.size() > processLimit)
        out.processes.resize(processLimit);
    std::map<std::string, std::uint64_t> typeTotals;
    for (const ProcessHandleTypes* p : out.processes)
        for (const HandleTypeCount& c : p->counts)
            typeTotals[c.type] += c.count;
    std::vector<std::pair<std::string, std::uint64_t>> types(typeTotals.begin(), typeTotals.end());
    std::sort(types.begin(), types.end(),
              [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    const bool other = types.size() > typeLimit;
    if (other)
        types.resize(typeLimit);
    for (const auto& entry : types) {
        HandleTypeStacks::Stack stack{entry.first, {}};
        for (const ProcessHandleTypes* p : out.processes) {
            const auto it = std::find_if(p->counts.begin(), p->counts.end(),
                                         [&](const HandleTypeCount& c) { return c.type == stack.type; });
            stack.counts.push_back(it == p->counts.end() ? 0 : it->count);
        }
        out.types.push_back(std::move(stack));
    }
    if (other) {
        for (const ProcessHandleTypes* p : out.processes) {
            std::uint64_t sum = 0;
            for (const HandleTypeCount& c : p->counts)
                if (std::none_of(types.begin(), types.end(), [&](const auto& t) { return t.first == c.type; }))
                    sum += c.count;
            out.other.push_back(sum);
        }
    }
    return out;
}

std::vector<ObjectHolder> holdersOf(const Snapshot& snapshot, Address object)
{
    std::vector<ObjectHolder> out;
    std::unordered_map<Address, std::size_t> index;
    const auto holder = [&](Address process) -> ObjectHolder& {
        const auto [it, inserted] = index.try_emplace(process, out.size());
        if (inserted) {
            ObjectHolder h;
            h.process = process;
            out.push_back(std::move(h));
        }
        return out[it->second];
    };
    for (const auto& h : snapshot.handles) {
        if (h.object != object)
            continue;
        auto& entry = holder(h.process);
        entry.handles.push_back(h.value);
        if (!entry.pid)
            entry.pid = h.pid;
    }
    for (const auto& port : snapshot.ports) {
        if (port.address != object)
            continue;
        for (const auto& ph : port.holders) {
            auto& entry = holder(ph.process);
            if (!entry.pid)
                entry.pid = ph.pid;
            if (entry.imageName.empty())
                entry.imageName = ph.imageName;
            if (ph.handle && std::find(entry.handles.begin(), entry.handles.end(), *ph.handle) == entry.handles.end())
                entry.handles.push_back(*ph.handle);
        }
    }
    for (auto& entry : out) {
        for (const auto& p : snapshot.processes) {
            if (p.address != entry.process)
                continue;
            if (entry.imageName.empty())
                entry.imageName = p.imageName;
            if (!entry.pid)
                entry.pid = p.pid;
        }
    }
    return out;
}

std::vector<TagSeriesPoint> tagSeries(const SnapshotSeries& series, PoolTag tag, std::optional<PoolType> type)
{
    std::vector<TagSeriesPoint> points;
    points.reserve(series.snapshots.size());
    for (std::size_t i = 0; i < series.snapshots.size(); ++i) {
        const auto& snapshot = series.snapshots[i];
        TagSeriesPoint point;
        point.index = i;
        point.seconds = snapshot.secondsSinceStart;
        for (const auto& stat : snapshot.poolTags) {
            if (stat.tag == tag && (!type || stat.type == *type)) {
                point.stat = &stat;
                break;
            }
        }
        points.push_back(point);
    }
    return points;
}

} // namespace poolscope
