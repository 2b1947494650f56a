#include "coverage.h"

#include "analysis/conclusions/tag_objects.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace poolscope {

namespace {

using text::phrase;
using text::say;

void finish(TagCoverage& c)
{
    std::sort(c.parts.begin(), c.parts.end(), [](const CoveragePart& a, const CoveragePart& b) { return a.count > b.count; });
    const std::string tag = c.tag.display();
    std::string& where = c.where;
    where.clear();
    for (const CoveragePart& part : c.parts)
        where += say(where.empty() ? phrase("Coverage", "{} {}") : phrase("Coverage", ", {} {}"), format::count(part.count),
                     part.what);
    if (c.outstanding) {
        c.notReached = *c.outstanding > c.reached ? *c.outstanding - c.reached : 0;
        c.text = where.empty()
            ? say(phrase("Coverage", "{} of {} outstanding {} allocations reached as {}"), format::count(c.reached),
                  format::count(*c.outstanding), tag, c.objects)
            : say(phrase("Coverage", "{} of {} outstanding {} allocations reached as {}: {}"), format::count(c.reached),
                  format::count(*c.outstanding), tag, c.objects, where);
        if (*c.notReached > 0)
            c.text += say(phrase("Coverage", "; {} were not reached by any walk"), format::count(*c.notReached));
        else if (c.reached > *c.outstanding)
            c.text += phrase("Coverage", "; the source lists more than the tracker counts (objects freed since, or counted "
                                         "twice)");
    } else {
        c.text = where.empty()
            ? say(phrase("Coverage", "{} {} reached; no outstanding figure for {} in this source (run !poolused 2 {})"),
                  format::count(c.reached), c.objects, tag, tagArgument(c.tag))
            : say(phrase("Coverage", "{} {} reached: {}; no outstanding figure for {} in this source (run !poolused 2 {})"),
                  format::count(c.reached), c.objects, where, tag, tagArgument(c.tag));
    }
    if (c.typeTotal)
        c.text += say(phrase("Coverage", "; the object type counts {} objects"), format::count(*c.typeTotal));
}

TagCoverage irpCoverage(const Snapshot& s)
{
    TagCoverage c;
    c.tag = kIrpTag;
    c.objects = phrase("Coverage", "IRPs");
    std::map<Address, std::uint64_t> byPort;
    std::uint64_t pending = 0, other = 0;
    for (const Irp& irp : s.irps) {
        if (irp.port)
            ++byPort[*irp.port];
        else if (!irp.completed.value_or(false) && irp.thread)
            ++pending;
        else
            ++other;
    }
    c.reached = s.irps.size();
    for (const auto& [port, n] : byPort) {
        RecordRef ref;
        ref.kind = RecordKind::Port;
        ref.address = port;
        c.parts.push_back({say(phrase("Coverage", "queued on port {}"), format::address(port, s.pointerSize)), n, ref});
    }
    if (pending)
        c.parts.push_back({phrase("Coverage", "pending on their threads"), pending, std::nullopt});
    if (other)
        c.parts.push_back({phrase("Coverage", "found elsewhere (!irpfind, !irp)"), other, std::nullopt});
    return c;
}

TagCoverage packetCoverage(const Snapshot& s)
{
    TagCoverage c;
    c.tag = kCompletionPacketTag;
    c.objects = phrase("Coverage", "completion packets");
    for (const CompletionPort& port : s.ports) {
        if (!port.queuedPackets || *port.queuedPackets == 0)
            continue;
        c.reached += *port.queuedPackets;
        RecordRef ref;
        ref.kind = RecordKind::Port;
        ref.address = port.address;
        c.parts.push_back({say(phrase("Coverage", "queued on port {}"), format::address(port.address, s.pointerSize)),
                           *port.queuedPackets, ref});
    }
    return c;
}

// Objects of one type: the records of their own kind (threads, processes, files, ports)
// and every object of that type the handles reached, counted once.
TagCoverage objectCoverage(const Snapshot& s, const std::string& type, PoolTag tag)
{
    TagCoverage c;
    c.tag = tag;
    c.objects = say(phrase("Coverage", "{} objects"), type);
    std::unordered_set<Address> seen;
    const auto add = [&](Address a) { seen.insert(a); };
    if (type == "Thread")
        for (const Thread& t : s.threads)
            add(t.address);
    if (type == "Process")
        for (const Process& p : s.processes)
            add(p.address);
    if (type == "File")
        for (const FileObject& f : s.fileObjects)
            add(f.address);
    if (type == "IoCompletion")
        for (const CompletionPort& p : s.ports)
            add(p.address);
    for (const KernelObject& o : s.objects)
        if (o.type == type)
            add(o.address);
    c.reached = seen.size();
    if (type == "Thread") {
        std::uint64_t exited = 0;
        for (const Thread& t : s.threads)
            exited += t.terminated();
        if (exited)
            c.parts.push_back({"TERMINATED", exited, std::nullopt});
        if (c.reached > exited)
            c.parts.push_back({phrase("Coverage", "not terminated, or in an unknown state"), c.reached - exited, std::nullopt});
    } else if (type == "Process") {
        std::uint64_t exited = 0;
        for (const Process& p : s.processes)
            exited += p.exited.value_or(false);
        if (exited)
            c.parts.push_back({phrase("Coverage", "exited"), exited, std::nullopt});
    }
    for (const ObjectTypeInfo& info : s.objectTypes)
        if (info.name == type)
            c.typeTotal = info.totalObjects;
    return c;
}

} // namespace

std::vector<TagCoverage> tagCoverage(const Snapshot& s)
{
    std::vector<TagCoverage> out;
    std::set<PoolTag> done;
    // A dump was walked for every kind of object; a log only for what its commands showed.
    const bool walked = !s.objectTypes.empty() || !s.modules.empty();
    const auto keep = [&](TagCoverage c) {
        c.outstanding = outstandingOf(s, c.tag);
        if (c.reached == 0 && !(walked && c.outstanding))
            return;
        done.insert(c.tag);
        finish(c);
        out.push_back(std::move(c));
    };
    keep(irpCoverage(s));
    keep(packetCoverage(s));
    // Every object type the source names: the dump's table, the types of the objects seen.
    std::set<std::string> types;
    for (const ObjectTypeInfo& info : s.objectTypes)
        types.insert(info.name);
    for (const KernelObject& o : s.objects)
        if (!o.type.empty())
            types.insert(o.type);
    for (const char* always : {"Thread", "Process", "File", "IoCompletion"})
        types.insert(always);
    for (const std::string& type : types) {
        const auto tag = poolTagOfType(s, type);
        if (!tag || done.count(*tag))
            continue;
        keep(objectCoverage(s, type, *tag));
    }
    std::stable_sort(out.begin(), out.end(), [](const TagCoverage& a, const TagCoverage& b) {
        return a.outstanding.value_or(a.reached) > b.outstanding.value_or(b.reached);
    });
    return out;
}

std::optional<TagCoverage> coverageOf(const Snapshot& snapshot, PoolTag tag)
{
    TagCoverage c;
    if (tag == kIrpTag) {
        c = irpCoverage(snapshot);
    } else if (tag == kCompletionPacketTag) {
        c = packetCoverage(snapshot);
    } else if (const auto type = objectTypeOfTag(snapshot, tag)) {
        c = objectCoverage(snapshot, *type, tag);
    } else {
        return std::nullopt;
    }
    c.outstanding = outstandingOf(snapshot, tag);
    finish(c);
    return c;
}

} // namespace poolscope
