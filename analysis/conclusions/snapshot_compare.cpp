#include "snapshot_compare.h"

#include "analysis/text/phrase.h"

#include <unordered_map>

namespace poolscope {

namespace {

std::uint64_t tagKey(const PoolTag& tag, PoolType type)
{
    return (std::uint64_t{tag.key()} << 8) | static_cast<std::uint64_t>(type);
}

std::optional<std::int64_t> signedValue(const std::optional<std::uint64_t>& v)
{
    return v ? std::optional<std::int64_t>(static_cast<std::int64_t>(*v)) : std::nullopt;
}

} // namespace

std::string compareSideName(CompareSide side)
{
    switch (side) {
    case CompareSide::Both:
        break;
    case CompareSide::BeforeOnly:
        return text::phrase("Compare", "before only");
    case CompareSide::AfterOnly:
        return text::phrase("Compare", "after only");
    }
    return text::phrase("Compare", "both");
}

std::optional<std::int64_t> delta(const std::optional<std::uint64_t>& before, const std::optional<std::uint64_t>& after)
{
    return delta(signedValue(before), signedValue(after));
}

std::optional<std::int64_t> delta(const std::optional<std::int64_t>& before, const std::optional<std::int64_t>& after)
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

std::string comparisonCaveat(const Snapshot& before, const Snapshot& after)
{
    if (before.build && after.build && *before.build != *after.build)
        return text::say(text::phrase("Compare",
                                      "The two snapshots are of different Windows builds ({} before, {} after): not "
                                      "one system before and after. Tags and handle counts are compared by name; "
                                      "addresses, ports and objects are different records on each side."),
                         *before.build, *after.build);
    if (before.pointerSize != after.pointerSize)
        return text::say(text::phrase("Compare",
                                      "The two snapshots are of different architectures ({}-bit before, {}-bit "
                                      "after): not one system before and after."),
                         before.pointerSize * 8, after.pointerSize * 8);
    return {};
}

std::vector<TagComparison> compareTags(const Snapshot& before, const Snapshot& after)
{
    std::unordered_map<std::uint64_t, const PoolTagStat*> old;
    old.reserve(before.poolTags.size());
    for (const PoolTagStat& s : before.poolTags)
        old.emplace(tagKey(s.tag, s.type), &s);
    std::vector<TagComparison> out;
    out.reserve(after.poolTags.size() + before.poolTags.size() / 8);
    std::unordered_map<std::uint64_t, bool> matched;
    for (const PoolTagStat& s : after.poolTags) {
        TagComparison c{s.tag, s.type, nullptr, &s, CompareSide::AfterOnly, {}, {}};
        if (const auto it = old.find(tagKey(s.tag, s.type)); it != old.end()) {
            c.before = it->second;
            c.side = CompareSide::Both;
            c.bytesDelta = delta(c.before->bytes, s.bytes);
            c.outstandingDelta = delta(c.before->outstanding, s.outstanding);
            matched[it->first] = true;
        } else {
            // New since the baseline: all of it is growth.
            c.bytesDelta = signedValue(s.bytes);
            c.outstandingDelta = s.outstanding;
        }
        out.push_back(c);
    }
    for (const PoolTagStat& s : before.poolTags) {
        if (matched.count(tagKey(s.tag, s.type)))
            continue;
        TagComparison c{s.tag, s.type, &s, nullptr, CompareSide::BeforeOnly, {}, {}};
        if (s.bytes)
            c.bytesDelta = -static_cast<std::int64_t>(*s.bytes);
        if (s.outstanding)
            c.outstandingDelta = -*s.outstanding;
        out.push_back(c);
    }
    return out;
}

std::vector<PortComparison> comparePorts(const Snapshot& before, const Snapshot& after)
{
    std::unordered_map<Address, PortRanking> old;
    for (const PortRanking& r : rankPorts(before))
        old.emplace(r.port->address, r);
    std::vector<PortComparison> out;
    std::unordered_map<Address, bool> matched;
    for (const PortRanking& r : rankPorts(after)) {
        PortComparison c;
        c.port = r.port->address;
        c.after = r.port;
        c.depthAfter = r.depth;
        if (const auto it = old.find(c.port); it != old.end()) {
            c.before = it->second.port;
            c.depthBefore = it->second.depth;
            c.side = CompareSide::Both;
            matched[c.port] = true;
        } else {
            c.side = CompareSide::AfterOnly;
            c.depthBefore = 0;
        }
        c.depthDelta = delta(c.depthBefore, c.depthAfter);
        out.push_back(c);
    }
    for (const auto& [address, r] : old) {
        if (matched.count(address))
            continue;
        PortComparison c;
        c.port = address;
        c.before = r.port;
        c.depthBefore = r.depth;
        c.depthAfter = 0;
        c.depthDelta = -static_cast<std::int64_t>(r.depth);
        c.side = CompareSide::BeforeOnly;
        out.push_back(c);
    }
    return out;
}

std::vector<HandleTypeComparison> compareHandleTypes(const Snapshot& before, const Snapshot& after)
{
    // A process is the same process on both sides when its pid and image match (two dumps
    // of one system); the EPROCESS address stands in when the source gave no pid.
    struct Key {
        std::uint64_t process; // pid, or the address
        std::string image;
        std::string type;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const
        {
            return std::hash<std::uint64_t>{}(k.process) ^ (std::hash<std::string>{}(k.type) << 1)
                ^ (std::hash<std::string>{}(k.image) << 2);
        }
    };
    std::unordered_map<Key, HandleTypeComparison, KeyHash> rows;
    std::vector<Key> order;
    const auto add = [&](const Snapshot& s, bool isAfter) {
        for (const ProcessHandleTypes& p : handleCountsByType(s)) {
            const auto pid = p.process ? p.process->pid : std::nullopt;
            const std::string image = p.process ? p.process->imageName : std::string();
            for (const HandleTypeCount& c : p.counts) {
                Key key{pid ? std::uint64_t{*pid} : p.processAddress, pid ? image : std::string(), c.type};
                auto [it, inserted] = rows.try_emplace(key);
                HandleTypeComparison& row = it->second;
                if (inserted) {
                    order.push_back(key);
                    row.process = p.processAddress;
                    row.type = c.type;
                    row.image = image;
                    row.pid = pid;
                }
                (isAfter ? row.after : row.before) = c.count;
            }
        }
    };
    add(after, true);
    add(before, false);
    std::vector<HandleTypeComparison> out;
    out.reserve(order.size());
    for (const Key& key : order) {
        HandleTypeComparison row = std::move(rows[key]);
        row.side = row.before && row.after ? CompareSide::Both : row.after ? CompareSide::AfterOnly : CompareSide::BeforeOnly;
        // A type the process no longer (or did not yet) hold counts as zero on that side.
        row.countDelta = static_cast<std::int64_t>(row.after.value_or(0)) - static_cast<std::int64_t>(row.before.value_or(0));
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<ObjectComparison> compareObjects(const Snapshot& before, const Snapshot& after)
{
    std::unordered_map<Address, const KernelObject*> old;
    old.reserve(before.objects.size());
    for (const KernelObject& o : before.objects)
        old.emplace(o.address, &o);
    std::vector<ObjectComparison> out;
    out.reserve(after.objects.size());
    std::unordered_map<Address, bool> matched;
    for (const KernelObject& o : after.objects) {
        ObjectComparison c{o.address, nullptr, &o, CompareSide::AfterOnly, {}, {}};
        if (const auto it = old.find(o.address); it != old.end()) {
            c.before = it->second;
            c.side = CompareSide::Both;
            c.handleCountDelta = delta(c.before->handleCount, o.handleCount);
            c.pointerCountDelta = delta(c.before->pointerCount, o.pointerCount);
            matched[o.address] = true;
        }
        out.push_back(c);
    }
    for (const KernelObject& o : before.objects)
        if (!matched.count(o.address))
            out.push_back({o.address, &o, nullptr, CompareSide::BeforeOnly, {}, {}});
    return out;
}

SummaryComparison compareSummaries(const Snapshot& before, const Snapshot& after)
{
    return {delta(before.summary.nonPagedUsage, after.summary.nonPagedUsage),
            delta(before.summary.pagedUsage, after.summary.pagedUsage)};
}

} // namespace poolscope
