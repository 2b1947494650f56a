#include "list_walk.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

namespace poolscope {

namespace {

using text::phrase;
using text::say;

// A completion packet's list entry is its first field (IOP_MINI_COMPLETION_PACKET.ListEntry).
constexpr const char* kPacketType = "nt!_IOP_MINI_COMPLETION_PACKET";
constexpr std::size_t kMaxUnreached = 100'000;

// Where an entry was seen: which list of the snapshot, at which position.
struct Sighting {
    const KernelList* list = nullptr;
    std::size_t index = 0;
    const KernelListEntry& entry() const { return list->entries[index]; }
};

class Walker {
public:
    Walker(const SnapshotIndex& index, const ListRef& ref, std::size_t cap)
        : m_index(index), m_snapshot(index.snapshot()), m_offsets(index.snapshot().listOffsets), m_cap(cap)
    {
        m_walk.list = ref;
        m_walk.pointerSize = m_snapshot.pointerSize;
        m_walk.offsetsSource = m_offsets.source;
    }

    ListWalk shape()
    {
        describe();
        if (m_walk.list.kind != ListKind::PortQueue)
            collectSightings(); // a thread's or the process list: short
        findHead();
        writeCommands();
        return std::move(m_walk);
    }

    ListWalk run()
    {
        describe();
        collectSightings();
        findHead();
        if (!m_walk.headFlink) {
            m_walk.end = WalkEnd::Unknown;
        } else {
            follow();
        }
        collectUnreached();
        writeEnding();
        writeCommands();
        return std::move(m_walk);
    }

private:
    std::string addr(Address a) const { return format::address(a, m_walk.pointerSize); }

    void describe()
    {
        ListWalk& w = m_walk;
        switch (w.list.kind) {
        case ListKind::PortQueue:
            w.title = say(phrase("Walk", "EntryListHead of port {}"), addr(w.list.owner));
            w.owner = say(phrase("Walk", "port {}"), addr(w.list.owner));
            w.recordType = "nt!_IRP";
            w.field = "Tail.Overlay.ListEntry";
            w.fieldOffset = m_offsets.irpListEntry;
            w.fieldOffsetKnown = true;
            if (const CompletionPort* port = m_index.port(w.list.owner))
                w.expected = port->queuedEntries;
            break;
        case ListKind::ThreadIrps:
            w.title = say(phrase("Walk", "IrpList of thread {}"), addr(w.list.owner));
            w.owner = say(phrase("Walk", "the IrpList of thread {}"), addr(w.list.owner));
            w.recordType = "nt!_IRP";
            w.field = "ThreadListEntry";
            w.fieldOffset = m_offsets.irpThreadListEntry;
            w.fieldOffsetKnown = true;
            break;
        case ListKind::ActiveProcesses:
            w.title = phrase("Walk", "PsActiveProcessHead (the process list)");
            w.owner = phrase("Walk", "the process list");
            w.recordType = "nt!_EPROCESS";
            w.field = "ActiveProcessLinks";
            w.fieldOffset = m_offsets.processActiveLinks.value_or(0);
            w.fieldOffsetKnown = m_offsets.processActiveLinks.has_value();
            break;
        }
    }

    bool isThisList(const KernelList& list) const
    {
        if (list.kind != m_walk.list.kind)
            return false;
        if (list.kind == ListKind::ActiveProcesses || list.owner == m_walk.list.owner)
            return true;
        // A log's !list that ran before the port's dt: it starts at the port's first entry.
        const CompletionPort* port = list.owner == 0 ? m_index.port(m_walk.list.owner) : nullptr;
        return port && port->entryListFlink && !list.entries.empty() && list.entries.front().entry == *port->entryListFlink;
    }

    void collectSightings()
    {
        for (const KernelList& list : m_snapshot.lists) {
            if (!isThisList(list))
                continue;
            m_lists.push_back(&list);
            for (std::size_t i = 0; i < list.entries.size(); ++i) {
                const Address entry = list.entries[i].entry;
                if (entry == 0)
                    continue;
                // A dump's walk (links read) wins over a log's sighting of the same entry.
                auto [it, added] = m_seen.try_emplace(entry, Sighting{&list, i});
                if (!added && !it->second.entry().linksKnown && list.entries[i].linksKnown)
                    it->second = Sighting{&list, i};
            }
        }
    }

    void findHead()
    {
        ListWalk& w = m_walk;
        for (const KernelList* list : m_lists)
            if (list->head && !w.head)
                w.head = list->head;
        const KernelList* first = m_lists.empty() ? nullptr : m_lists.front();
        switch (w.list.kind) {
        case ListKind::PortQueue:
            if (!w.head)
                w.head = w.list.owner + m_offsets.queueEntryListHead;
            if (const CompletionPort* port = m_index.port(w.list.owner)) {
                w.headFlink = port->entryListFlink;
                w.headBlink = port->entryListBlink;
            }
            break;
        case ListKind::ThreadIrps:
            if (!w.head && m_offsets.threadIrpList)
                w.head = w.list.owner + *m_offsets.threadIrpList;
            // A dump keeps every non-empty IrpList: a thread it read without one has none.
            if (!first && m_offsets.threadIrpListsRecorded && m_index.thread(w.list.owner) && w.head)
                w.headFlink = w.headBlink = w.head;
            break;
        case ListKind::ActiveProcesses:
            break;
        }
        if (!w.headFlink && first && w.head) {
            w.headFlink = first->entries.empty() ? *w.head : first->entries.front().entry;
            if (first->end == ListEnd::BackAtHead)
                w.headBlink = first->entries.empty() ? *w.head : first->entries.back().entry;
        }
        if (!w.headFlink && first && !first->entries.empty() && first->entries.front().entry != 0)
            w.headFlink = first->entries.front().entry;
    }

    const Sighting* sightingOf(Address entry) const
    {
        const auto it = m_seen.find(entry);
        return it == m_seen.end() ? nullptr : &it->second;
    }

    // A dump's walk that stopped at this entry: it could not read it, or reached its limit.
    const KernelList* stoppedAt(Address entry) const
    {
        for (const KernelList* list : m_lists)
            if ((list->end == ListEnd::Unreadable || list->end == ListEnd::Cap) && list->endAddress == entry)
                return list;
        return nullptr;
    }

    void fillFromIrp(WalkStep& step, const Irp& irp) const
    {
        step.kind = ListEntryKind::Irp;
        step.inSource = true;
        step.thread = irp.thread;
        step.process = irp.process;
        if (!step.process && irp.thread)
            if (const Thread* t = m_index.thread(*irp.thread))
                step.process = t->process;
        if (step.process)
            if (const Process* p = m_index.process(*step.process))
                step.processName = processLabel(*p);
        step.file = irp.fileObject;
        if (irp.fileObject)
            if (const FileObject* f = m_index.file(*irp.fileObject))
                step.fileName = f->name;
        step.status = irp.status;
        if (m_walk.list.kind == ListKind::PortQueue && !step.flink && irp.listEntryFlink) {
            step.flink = irp.listEntryFlink;
            step.blink = irp.listEntryBlink;
        }
    }

    static std::string processLabel(const Process& p)
    {
        const std::string name = p.imageName.empty() ? std::string(phrase("Walk", "(unnamed)")) : p.imageName;
        return p.pid ? fmt::format("{} ({:#x})", name, *p.pid) : name;
    }

    WalkStep makeStep(Address entry, const Sighting* at) const
    {
        WalkStep step;
        step.number = m_walk.steps.size() + 1;
        step.entry = entry;
        if (at) {
            const KernelListEntry& e = at->entry();
            step.kind = e.kind;
            step.line = e.line;
            if (e.linksKnown) {
                step.flink = e.flink;
                step.blink = e.blink;
            }
        }
        switch (m_walk.list.kind) {
        case ListKind::PortQueue:
        case ListKind::ThreadIrps:
            if (step.kind == ListEntryKind::CompletionPacket) {
                step.record = entry;
                break;
            }
            if (step.kind == ListEntryKind::Other) {
                step.note = phrase("Walk", "neither an IRP (PacketType 0) nor a completion packet");
                break;
            }
            step.record = entry - m_walk.fieldOffset;
            if (const Irp* irp = m_index.irp(*step.record)) {
                fillFromIrp(step, *irp);
            } else if (step.kind == ListEntryKind::Unknown) {
                step.note
                    = say(phrase("Walk", "the source shows nothing of {}: IRP or completion packet, it does not say"),
                          addr(*step.record));
            }
            break;
        case ListKind::ActiveProcesses:
            if (!m_walk.fieldOffsetKnown)
                break;
            step.record = entry - m_walk.fieldOffset;
            step.kind = ListEntryKind::Process;
            if (const Process* p = m_index.process(*step.record)) {
                step.inSource = true;
                step.process = p->address;
                step.processName = processLabel(*p);
            }
            break;
        }
        return step;
    }

    // One element of a log's !list output whose address the output does not print.
    WalkStep unplacedStep(const KernelListEntry& e) const
    {
        WalkStep step;
        step.number = m_walk.steps.size() + 1;
        step.kind = e.kind;
        step.line = e.line;
        step.note = e.line ? say(phrase("Walk",
                                        "the output of this element (line {}) does not print its address: !irp "
                                        "prints none for a completed IRP"),
                                 e.line)
                           : std::string(phrase("Walk", "the source does not print this element's address"));
        return step;
    }

    void stop(WalkEnd end, Address at = 0)
    {
        m_walk.end = end;
        m_walk.endAddress = at;
    }

    void follow()
    {
        ListWalk& w = m_walk;
        std::unordered_map<Address, std::size_t> visited;
        Address current = *w.headFlink;
        for (;;) {
            if (w.head && current == *w.head) {
                stop(WalkEnd::BackAtHead);
                return;
            }
            if (const auto again = visited.find(current); again != visited.end()) {
                w.cycleOnto = again->second + 1;
                stop(WalkEnd::Cycle, current);
                return;
            }
            if (w.steps.size() >= m_cap) {
                stop(WalkEnd::Cap, current);
                return;
            }
            const Sighting* at = sightingOf(current);
            if (!at) {
                if (const KernelList* stopped = stoppedAt(current)) {
                    stop(stopped->end == ListEnd::Cap ? WalkEnd::Cap : WalkEnd::Broken, current);
                    return;
                }
            }
            visited.emplace(current, w.steps.size());
            w.steps.push_back(makeStep(current, at));
            WalkStep& step = w.steps.back();
            if (step.flink) {
                current = *step.flink;
                continue;
            }
            // No Flink in the source. A !list output still says, by its order, what came next.
            if (at && at->index + 1 < at->list->entries.size()) {
                const auto& entries = at->list->entries;
                std::size_t next = at->index + 1;
                if (entries[next].entry != 0) {
                    step.flink = entries[next].entry;
                    step.note = phrase("Walk", "Flink not printed: the next element of !list's output");
                    current = entries[next].entry;
                    continue;
                }
                step.note
                    = phrase("Walk", "Flink not printed; the next element of !list's output does not say where it is");
                while (next < entries.size() && entries[next].entry == 0 && w.steps.size() < m_cap)
                    w.steps.push_back(unplacedStep(entries[next++]));
                if (w.steps.size() >= m_cap) {
                    stop(WalkEnd::Cap);
                    return;
                }
                if (next < entries.size() && entries[next].entry != 0) {
                    current = entries[next].entry;
                    continue;
                }
                if (next == entries.size() && at->list->end == ListEnd::BackAtHead) {
                    stop(WalkEnd::BackAtHead);
                    return;
                }
                stop(WalkEnd::Gap, 0);
                return;
            }
            if (at && at->list->end == ListEnd::BackAtHead && at->index + 1 == at->list->entries.size() && w.head) {
                step.flink = *w.head;
                stop(WalkEnd::BackAtHead);
                return;
            }
            if (step.note.empty())
                step.note = phrase("Walk", "the source does not show this entry's Flink");
            else
                step.note += phrase("Walk", "; nor its Flink");
            stop(WalkEnd::Gap, current);
            return;
        }
    }

    void collectUnreached()
    {
        ListWalk& w = m_walk;
        std::unordered_set<Address> reached;
        for (const WalkStep& step : w.steps)
            if (step.record)
                reached.insert(*step.record);
        const auto add = [&](Address record, const std::string& note) {
            if (reached.count(record) || w.unreached.size() >= kMaxUnreached)
                return;
            WalkStep step;
            step.record = record;
            step.entry = record + w.fieldOffset;
            step.note = note;
            if (const Irp* irp = m_index.irp(record)) {
                fillFromIrp(step, *irp);
                if (irp->where.fromText())
                    step.line = irp->where.line();
            }
            w.unreached.push_back(std::move(step));
        };
        switch (w.list.kind) {
        case ListKind::PortQueue: {
            const std::string note
                = phrase("Walk", "queued on this port (its file completes to it), not reached by the walk");
            for (const Irp& irp : m_snapshot.irps)
                if (irp.port && *irp.port == w.list.owner)
                    add(irp.address, note);
            break;
        }
        case ListKind::ThreadIrps: {
            const std::string note = phrase("Walk", "issued by this thread and not completed, not reached by the walk");
            for (const Irp& irp : m_snapshot.irps)
                if (irp.thread && *irp.thread == w.list.owner && !irp.port && !irp.completed.value_or(false))
                    add(irp.address, note);
            break;
        }
        case ListKind::ActiveProcesses: {
            if (!w.fieldOffsetKnown)
                break;
            const std::string note = phrase("Walk", "in this source, not reached by the walk");
            for (const Process& p : m_snapshot.processes)
                if (!reached.count(p.address) && w.unreached.size() < kMaxUnreached) {
                    WalkStep step;
                    step.record = p.address;
                    step.entry = p.address + w.fieldOffset;
                    step.kind = ListEntryKind::Process;
                    step.inSource = true;
                    step.process = p.address;
                    step.processName = processLabel(p);
                    step.note = note;
                    w.unreached.push_back(std::move(step));
                }
            break;
        }
        }
    }

    void writeEnding()
    {
        ListWalk& w = m_walk;
        const std::size_t n = w.steps.size();
        const std::string head = w.head ? addr(*w.head) : std::string("?");
        switch (w.end) {
        case WalkEnd::BackAtHead:
            w.ending = n == 1
                ? say(phrase("Walk", "back at the head ({}) after {} entry"), head, format::count(std::uint64_t{n}))
                : say(phrase("Walk", "back at the head ({}) after {} entries"), head, format::count(std::uint64_t{n}));
            break;
        case WalkEnd::Broken:
            w.ending = n == 0
                ? say(phrase("Walk", "broken at step 1: the head's Flink {} is not readable"), addr(w.endAddress))
                : say(phrase("Walk",
                             "broken at step {}: entry {} (the Flink of step {}) is not readable as "
                             "an entry of this list"),
                      n + 1, addr(w.endAddress), n);
            break;
        case WalkEnd::Cycle:
            w.ending = say(phrase("Walk",
                                  "cyclic: the Flink of step {} is {}, the entry of step {} again; the list closes "
                                  "at step {} onto step {} without coming back to its head"),
                           n, addr(w.endAddress), w.cycleOnto, n + 1, w.cycleOnto);
            break;
        case WalkEnd::Cap:
            w.ending
                = say(phrase("Walk", "stopped after {} entries, the walk's limit"), format::count(std::uint64_t{n}));
            break;
        case WalkEnd::Gap:
            if (n == 0)
                w.ending = phrase("Walk", "the source does not show the first entry");
            else if (w.steps.back().entry)
                w.ending = say(phrase("Walk",
                                      "the source does not show the Flink of step {} (entry {}): the walk cannot "
                                      "go on from what it recorded"),
                               n, addr(*w.steps.back().entry));
            else
                w.ending
                    = say(phrase("Walk", "the source stops after step {} without showing where the list goes on"), n);
            break;
        case WalkEnd::Unknown:
            w.ending = m_lists.empty() && !w.headFlink ? phrase("Walk", "this source does not show the list")
                                                       : phrase("Walk", "the list's first entry is not known");
            break;
        }
        if (w.expected && w.end == WalkEnd::BackAtHead && *w.expected != n)
            w.notes.push_back(say(phrase("Walk", "Header.SignalState says {} entries are queued; the walk visits {}"),
                                  format::count(*w.expected), format::count(std::uint64_t{n})));
        if (w.expected && w.end != WalkEnd::BackAtHead)
            w.notes.push_back(say(phrase("Walk",
                                         "Header.SignalState says {} entries are queued; the source shows {} of "
                                         "them in list order"),
                                  format::count(*w.expected), format::count(std::uint64_t{n})));
        if (w.headBlink && w.end != WalkEnd::BackAtHead && *w.headBlink != w.head.value_or(0)
            && !stepOfEntry(w, *w.headBlink))
            w.notes.push_back(say(phrase("Walk",
                                         "The head's Blink names the last entry: {} (CONTAINING_RECORD {} if it "
                                         "is an {})"),
                                  addr(*w.headBlink), addr(*w.headBlink - w.fieldOffset), w.recordType));
        for (const KernelList* list : m_lists)
            if (list->entries.empty() && !list->command.empty())
                w.notes.push_back(
                    say(phrase("Walk", "The {} at line {} shows no element: its output is not in the log"),
                        list->command.substr(0, list->command.find(' ')), list->where.line));
        if (!w.unreached.empty())
            w.notes.push_back(
                w.unreached.size() == 1
                    ? say(phrase("Walk",
                                 "{} more record is on this list in the source, not reached by the walk (see "
                                 "their links)"),
                          format::count(std::uint64_t{w.unreached.size()}))
                    : say(phrase("Walk",
                                 "{} more records are on this list in the source, not reached by the walk (see "
                                 "their links)"),
                          format::count(std::uint64_t{w.unreached.size()})));
        if (!w.fieldOffsetKnown)
            w.notes.push_back(
                say(phrase("Walk", "The offset of {}.{} in this kernel is not known"), w.recordType, w.field));
    }

    void writeCommands()
    {
        ListWalk& w = m_walk;
        const std::string owner = addr(w.list.owner);
        switch (w.list.kind) {
        case ListKind::PortQueue:
            w.commands.push_back({phrase("Walk", "the head: EntryListHead and Header.SignalState (queued entries)"),
                                  fmt::format("dt -r1 nt!_KQUEUE {}", owner)});
            break;
        case ListKind::ThreadIrps:
            w.commands.push_back({phrase("Walk", "the thread with its IRP List"), fmt::format("!thread {}", owner)});
            break;
        case ListKind::ActiveProcesses:
            w.commands.push_back({phrase("Walk", "every process, in list order"), "!process 0 0"});
            break;
        }
        const std::string command = listCommand(w);
        if (command.empty())
            return;
        w.commands.push_back({phrase("Walk", "the walk, one record per entry"), command});
        if (w.list.kind != ListKind::ActiveProcesses) {
            // The same walk printing each entry's links, so a broken one shows where it breaks.
            std::string links = command;
            const std::string irp = "-x \"!irp @$extret\"";
            links.replace(links.find(irp), irp.size(), fmt::format("-x \"dt {} @$extret {}\"", w.recordType,
                                                                   w.list.kind == ListKind::PortQueue ? "Tail.Overlay." : "ThreadListEntry"));
            w.commands.push_back({phrase("Walk", "the same walk with each entry's Flink and Blink"), links});
        }
        if (w.end == WalkEnd::Cycle)
            w.notes.push_back(say(phrase("Walk",
                                         "In WinDbg, !list goes round this cycle from step {} to step {} again and "
                                         "again: it never comes back to its first element (stop it with "
                                         "Ctrl+Break)"),
                                  w.cycleOnto, w.steps.size()));
        else
            w.notes.push_back(say(phrase("Walk",
                                         "!list stops when it comes back to its first element, so its last "
                                         "element is CONTAINING_RECORD of the head itself ({}), which is no {}"),
                                  w.head ? addr(*w.head - w.fieldOffset) : std::string("?"), w.recordType));
    }

    const SnapshotIndex& m_index;
    const Snapshot& m_snapshot;
    const ListFieldOffsets& m_offsets;
    std::size_t m_cap;
    ListWalk m_walk;
    std::vector<const KernelList*> m_lists;
    std::unordered_map<Address, Sighting> m_seen;
};

} // namespace

std::optional<std::uint64_t> ListWalk::total() const
{
    if (end == WalkEnd::BackAtHead)
        return steps.size();
    return expected;
}

ListWalk walkList(const SnapshotIndex& index, const ListRef& list, std::size_t cap)
{
    return Walker(index, list, cap).run();
}

ListWalk listShape(const SnapshotIndex& index, const ListRef& list)
{
    return Walker(index, list, 0).shape();
}

std::optional<ListRef> listOfRecord(const SnapshotIndex& index, const RecordRef& record)
{
    switch (record.kind) {
    case RecordKind::Port:
        return ListRef{ListKind::PortQueue, record.address};
    case RecordKind::Thread:
        return ListRef{ListKind::ThreadIrps, record.address};
    case RecordKind::Irp:
        if (const Irp* irp = index.irp(record.address)) {
            if (irp->port)
                return ListRef{ListKind::PortQueue, *irp->port};
            if (irp->thread && !irp->completed.value_or(false))
                return ListRef{ListKind::ThreadIrps, *irp->thread};
        }
        return std::nullopt;
    case RecordKind::Process:
        for (const KernelList& list : index.snapshot().lists)
            if (list.kind == ListKind::ActiveProcesses)
                return ListRef{ListKind::ActiveProcesses, 0};
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<std::size_t> stepOfEntry(const ListWalk& walk, Address entry)
{
    for (std::size_t i = 0; i < walk.steps.size(); ++i)
        if (walk.steps[i].entry && *walk.steps[i].entry == entry)
            return i;
    return std::nullopt;
}

std::string containingRecordText(const ListWalk& walk, const WalkStep& step)
{
    if (!step.entry || !step.record)
        return {};
    const bool packet = step.kind == ListEntryKind::CompletionPacket;
    const Address offset = *step.entry - *step.record;
    return fmt::format("CONTAINING_RECORD({}, {}, {}) = {} (entry - {:#x})", format::address(*step.entry, walk.pointerSize),
                       packet ? kPacketType : walk.recordType, packet ? "ListEntry" : walk.field,
                       format::address(*step.record, walk.pointerSize), offset);
}

std::string stepPosition(const ListWalk& walk, const WalkStep& step)
{
    const auto total = walk.total();
    return say(phrase("Walk", "entry {} of {} on {}"), format::count(std::uint64_t{step.number}),
               total ? format::count(*total) : std::string("?"), walk.owner);
}

std::string listCommand(const ListWalk& walk)
{
    if (!walk.headFlink || !walk.fieldOffsetKnown || (walk.head && *walk.headFlink == *walk.head))
        return {};
    const char* each = walk.list.kind == ListKind::ActiveProcesses ? "dt nt!_EPROCESS @$extret UniqueProcessId ImageFileName"
                                                                   : "!irp @$extret";
    // Inside @@( ) the C++ evaluator reads numbers as decimal: the address needs its 0x.
    return fmt::format("!list -t {0}.{1}.Flink -x \"{2}\" @@(#CONTAINING_RECORD(0x{3}, {0}, {1}))", walk.recordType,
                       walk.field, each, format::address(*walk.headFlink, walk.pointerSize));
}

std::string entryKindName(ListEntryKind kind)
{
    switch (kind) {
    case ListEntryKind::Irp: return "IRP";
    case ListEntryKind::CompletionPacket: return phrase("Walk", "completion packet");
    case ListEntryKind::Process: return phrase("Walk", "process");
    case ListEntryKind::Other: return phrase("Walk", "other");
    case ListEntryKind::Unknown: return "?";
    }
    return "?";
}

ListFieldOffsets standardListOffsets(std::uint8_t pointerSize)
{
    ListFieldOffsets offsets;
    if (pointerSize == 4) {
        // x86: _DISPATCHER_HEADER is 0x10 bytes; _IRP.Tail starts at +0x40, its Overlay holds
        // DriverContext[4], Thread and AuxiliaryBuffer before ListEntry (+0x18). As the x86
        // _IRP (XP SP3) and _KQUEUE (Windows 8) of vergiliusproject.com list them.
        offsets.queueEntryListHead = 0x10;
        offsets.irpListEntry = 0x58;
        offsets.irpThreadListEntry = 0x10;
        offsets.source = phrase("Walk", "x86 _KQUEUE and _IRP, alike on every build");
    } else {
        offsets.queueEntryListHead = 0x18;
        offsets.irpListEntry = 0xa8;
        offsets.irpThreadListEntry = 0x20;
        offsets.source = phrase("Walk", "x64 _KQUEUE and _IRP, alike on every build");
    }
    return offsets;
}

} // namespace poolscope
