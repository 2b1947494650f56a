#include "list_walk.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

// What the inspector shows at a step of a walk: the record itself when the source holds it,
// else what the walk knows of the entry, so that a completion packet or an IRP a log never
// printed can still be stepped through and checked in the debugger.
namespace poolscope {

std::optional<RecordRef> recordOfStep(const WalkStep& step)
{
    if (!step.inSource || !step.record)
        return std::nullopt;
    const RecordKind kind = step.kind == ListEntryKind::Process ? RecordKind::Process : RecordKind::Irp;
    return RecordRef{kind, *step.record, 0, {}, PoolType::Unknown};
}

namespace {

using text::phrase;
using text::say;

InspectedField plainField(std::string name, std::string value)
{
    return {std::move(name), std::move(value), {}, {}, {}};
}

// entryKindName in the reader's language.
std::string kindText(ListEntryKind kind)
{
    switch (kind) {
    case ListEntryKind::Irp: return "IRP";
    case ListEntryKind::CompletionPacket: return phrase("Inspection", "completion packet");
    case ListEntryKind::Process: return phrase("Inspection", "process");
    case ListEntryKind::Other: return phrase("Inspection", "other");
    case ListEntryKind::Unknown: break;
    }
    return entryKindName(kind);
}

InspectedField linkField(const ListWalk& walk, const char* name, Address target)
{
    InspectedField f = plainField(name, format::address(target, walk.pointerSize));
    if (walk.head && target == *walk.head)
        f.value += say(phrase("Inspection", " (the head: {})"), walk.title);
    f.listLink = ListLink{walk.list, target};
    return f;
}

} // namespace

Inspection inspectStep(const SnapshotIndex& index, const ListWalk& walk, std::size_t stepIndex)
{
    if (stepIndex >= walk.steps.size())
        return {};
    const WalkStep& step = walk.steps[stepIndex];
    if (const auto record = recordOfStep(step))
        return inspect(index, *record);
    const int ps = walk.pointerSize;
    Inspection out;
    out.found = true;
    const bool packet = step.kind == ListEntryKind::CompletionPacket;
    if (packet)
        out.title = say(phrase("Inspection", "Completion packet {} (nt!_IOP_MINI_COMPLETION_PACKET)"),
                        format::address(*step.record, ps));
    else if (step.record)
        out.title = say(phrase("Inspection", "{} {} (not in this source)"), walk.recordType.substr(walk.recordType.find('!') + 1),
                        format::address(*step.record, ps));
    else
        out.title = say(phrase("Inspection", "Entry {} of {} (its address is not shown)"), step.number, walk.owner);
    if (step.line)
        out.provenance = say(phrase("Inspection", "{} line {}"),
                                     index.snapshot().sources.empty() ? index.snapshot().label : index.snapshot().sources.front(),
                                     step.line);
    out.fields.push_back(plainField(phrase("Inspection", "Entry (_LIST_ENTRY)"),
                                    step.entry ? format::address(*step.entry, ps) : phrase("Inspection", "(not shown)")));
    InspectedField links = plainField(packet ? "ListEntry" : walk.field, "_LIST_ENTRY");
    if (step.flink)
        links.children.push_back(linkField(walk, "Flink", *step.flink));
    if (step.blink)
        links.children.push_back(linkField(walk, "Blink", *step.blink));
    if (!step.flink && !step.blink)
        links.value = phrase("Inspection", "(not in this source)");
    else
        links.value = fmt::format("_LIST_ENTRY [ {} - {} ]", step.flink ? format::address(*step.flink, ps) : "?",
                                  step.blink ? format::address(*step.blink, ps) : "?");
    out.fields.push_back(std::move(links));
    out.fields.push_back(plainField(phrase("Inspection", "Kind"),
                                    packet ? phrase("Inspection", "completion packet (PostQueuedCompletionStatus)")
                                           : kindText(step.kind)));
    if (!step.note.empty())
        out.fields.push_back(plainField(phrase("Inspection", "Note"), step.note));
    if (packet) {
        out.commands.push_back({phrase("Inspection", "the packet: its key, context and status"),
                                fmt::format("dt nt!_IOP_MINI_COMPLETION_PACKET {}", format::address(*step.record, ps))});
    } else if (step.record && walk.list.kind != ListKind::ActiveProcesses) {
        out.commands.push_back({phrase("Inspection", "the IRP, if it is one"), fmt::format("!irp {}", format::address(*step.record, ps))});
        out.commands.push_back({phrase("Inspection", "its Tail.Overlay: thread, list links, file"),
                                fmt::format("dt nt!_IRP {} Tail.Overlay.", format::address(*step.record, ps))});
    }
    if (step.entry)
        out.commands.push_back({phrase("Inspection", "the entry's links"), fmt::format("dt nt!_LIST_ENTRY {}", format::address(*step.entry, ps))});
    return out;
}

Inspection inspectHead(const SnapshotIndex& index, const ListWalk& walk)
{
    switch (walk.list.kind) {
    case ListKind::PortQueue:
        if (index.port(walk.list.owner))
            return inspect(index, {RecordKind::Port, walk.list.owner, 0, {}, PoolType::Unknown});
        break;
    case ListKind::ThreadIrps:
        if (index.thread(walk.list.owner))
            return inspect(index, {RecordKind::Thread, walk.list.owner, 0, {}, PoolType::Unknown});
        break;
    case ListKind::ActiveProcesses:
        break;
    }
    Inspection out;
    out.found = true;
    out.title = walk.head ? say(phrase("Inspection", "{} at {}"), walk.title, format::address(*walk.head, walk.pointerSize)) : walk.title;
    InspectedField head = plainField(phrase("Inspection", "Head (_LIST_ENTRY)"), walk.head ? format::address(*walk.head, walk.pointerSize) : "?");
    if (walk.headFlink)
        head.children.push_back(linkField(walk, "Flink", *walk.headFlink));
    if (walk.headBlink)
        head.children.push_back(linkField(walk, "Blink", *walk.headBlink));
    out.fields.push_back(std::move(head));
    out.commands = walk.commands;
    return out;
}

} // namespace poolscope
