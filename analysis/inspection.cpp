#include "inspection.h"

#include "analysis/conclusions/tag_modules.h"
#include "analysis/conclusions/tag_objects.h"
#include "analysis/dump/pool/pool_census.h"
#include "analysis/list_walk.h"
#include "analysis/ntstatus.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope {

namespace {

using text::phrase;
using text::say;

std::string absent()
{
    return phrase("Inspection", "(not in this source)");
}

class Builder {
public:
    explicit Builder(const SnapshotIndex& index) : m_index(index), m_pointerSize(index.snapshot().pointerSize) {}

    std::string addr(Address a) const { return format::address(a, m_pointerSize); }

    InspectedField text(std::string name, std::string value) const
    {
        return {std::move(name), std::move(value), {}, {}, {}};
    }

    // Any optional figure: std::optional or the records' compact ones.
    template <typename Optional>
    InspectedField number(std::string name, const Optional& value, bool hex = false) const
    {
        if (!value.has_value())
            return text(std::move(name), absent());
        return text(std::move(name), hex ? fmt::format("{:#x}", *value) : format::count(static_cast<std::uint64_t>(*value)));
    }

    InspectedField flag(std::string name, const std::optional<bool>& value) const
    {
        return text(std::move(name), !value ? absent() : *value ? phrase("Inspection", "yes") : phrase("Inspection", "no"));
    }

    // A pointer field: a link when the snapshot holds the record it points to.
    InspectedField pointer(std::string name, const std::optional<Address>& value, RecordKind kind) const
    {
        if (!value)
            return text(std::move(name), absent());
        InspectedField f = text(std::move(name), addr(*value));
        if (*value == 0) {
            f.value = phrase("Inspection", "(null)");
            return f;
        }
        if (holds(kind, *value)) {
            f.link = RecordRef{kind, *value, 0, {}, PoolType::Unknown};
            f.value += describe(kind, *value);
        }
        return f;
    }

    // A _LIST_ENTRY of a list the walk knows: its Flink and Blink are links that apply
    // CONTAINING_RECORD with the structure the list holds, as !list does.
    InspectedField listEntry(std::string name, const std::optional<Address>& flink, const std::optional<Address>& blink,
                             const std::optional<ListRef>& list = std::nullopt) const
    {
        if (!flink)
            return text(std::move(name), absent());
        InspectedField f = text(std::move(name), fmt::format("_LIST_ENTRY [ {} - {} ]", addr(*flink), blink ? addr(*blink) : "?"));
        if (!list)
            return f;
        const ListWalk shape = listShape(m_index, *list);
        const auto link = [&](const char* which, Address target) {
            InspectedField l = text(which, addr(target) + linkTarget(shape, target));
            l.listLink = ListLink{*list, target};
            return l;
        };
        f.listLink = ListLink{*list, *flink};
        f.children.push_back(link("Flink", *flink));
        if (blink)
            f.children.push_back(link("Blink", *blink));
        return f;
    }

    // Where a link leads: the list head, or the record CONTAINING_RECORD gives.
    std::string linkTarget(const ListWalk& shape, Address target) const
    {
        if (shape.head && target == *shape.head)
            return say(phrase("Inspection", " (the head: {})"), shape.title);
        if (!shape.fieldOffsetKnown || target < shape.fieldOffset)
            return {};
        const Address record = target - shape.fieldOffset;
        const bool known = shape.list.kind == ListKind::ActiveProcesses ? m_index.process(record) != nullptr
                                                                        : m_index.irp(record) != nullptr;
        return fmt::format(" -> {} {}{}", shape.recordType, addr(record),
                           known ? std::string() : std::string(phrase("Inspection", " (not in this source)")));
    }

    std::string provenance(const Provenance& where) const
    {
        const auto& sources = m_index.snapshot().sources;
        const std::string file = where.source < sources.size() ? sources[where.source] : m_index.snapshot().label;
        if (where.fromText())
            return say(phrase("Inspection", "{} line {}"), file, where.line);
        return where.offset ? say(phrase("Inspection", "{} at {:#x}"), file, where.offset) : file;
    }

private:
    bool holds(RecordKind kind, Address a) const
    {
        switch (kind) {
        case RecordKind::Port:
            return m_index.port(a) != nullptr;
        case RecordKind::Irp:
            return m_index.irp(a) != nullptr;
        case RecordKind::FileObject:
            return m_index.file(a) != nullptr;
        case RecordKind::Process:
            return m_index.process(a) != nullptr;
        case RecordKind::Thread:
            return m_index.thread(a) != nullptr;
        case RecordKind::Object:
            return m_index.object(a) != nullptr;
        default:
            return false;
        }
    }

    // What the user recognises next to a pointer: the image, the file name.
    std::string describe(RecordKind kind, Address a) const
    {
        if (kind == RecordKind::Process)
            if (const Process* p = m_index.process(a); p && !p->imageName.empty())
                return fmt::format(" ({})", p->imageName);
        if (kind == RecordKind::FileObject)
            if (const FileObject* f = m_index.file(a); f && !f->name.empty())
                return fmt::format(" \"{}\"", f->name);
        return {};
    }

    const SnapshotIndex& m_index;
    int m_pointerSize;
};

Inspection inspectPort(const SnapshotIndex& index, const CompletionPort& port)
{
    const Builder b(index);
    Inspection out;
    out.title = say(phrase("Inspection", "_KQUEUE {} (IoCompletion port)"), b.addr(port.address));
    out.provenance = b.provenance(port.where);
    out.fields.push_back(b.number(phrase("Inspection", "Header.SignalState (queued entries)"), port.queuedEntries));
    out.fields.push_back(b.listEntry("EntryListHead", port.entryListFlink, port.entryListBlink,
                                     ListRef{ListKind::PortQueue, port.address}));
    out.fields.push_back(b.number(phrase("Inspection", "CurrentCount (active threads)"), port.activeThreads));
    out.fields.push_back(b.number(phrase("Inspection", "MaximumCount (concurrency)"), port.maxConcurrency));
    out.fields.push_back(b.number(phrase("Inspection", "Waiting threads (ThreadListHead)"), port.waitingThreads));
    out.fields.push_back(b.text(phrase("Inspection", "IRPs seen queued on it"), format::count(std::uint64_t{index.irpsOnPort(port.address)})));
    InspectedField holders = b.text(phrase("Inspection", "Holders"), port.holders.empty()
                                        ? std::string(phrase("Inspection", "(none known)"))
                                        : format::count(std::uint64_t{port.holders.size()}));
    for (const PortHolder& h : port.holders) {
        InspectedField f = b.pointer(h.imageName.empty() ? std::string(phrase("Inspection", "process")) : h.imageName, h.process, RecordKind::Process);
        if (h.handle)
            f.value += say(phrase("Inspection", ", handle {:#x}"), *h.handle);
        holders.children.push_back(std::move(f));
    }
    out.fields.push_back(std::move(holders));
    return out;
}

Inspection inspectIrp(const SnapshotIndex& index, const Irp& irp)
{
    const Builder b(index);
    Inspection out;
    out.title = fmt::format("_IRP {}", b.addr(irp.address));
    out.provenance = b.provenance(irp.where);
    out.fields.push_back(b.number("Flags", irp.flags, true));
    out.fields.push_back(b.text("IoStatus.Status", irp.status ? ntstatusText(*irp.status) : absent()));
    out.fields.push_back(b.flag("PendingReturned", irp.pendingReturned));
    out.fields.push_back(b.number("StackCount", irp.stackCount));
    out.fields.push_back(b.number("CurrentLocation", irp.currentLocation));
    InspectedField completed = b.flag(phrase("Inspection", "Completed (CurrentLocation > StackCount)"), irp.completed);
    out.fields.push_back(std::move(completed));
    // A pending IRP hangs on its thread's IrpList by ThreadListEntry (a dump's walk saw it).
    if (irp.thread)
        for (const KernelList& list : index.snapshot().lists)
            if (list.kind == ListKind::ThreadIrps && list.owner == *irp.thread)
                for (const KernelListEntry& e : list.entries)
                    if (e.linksKnown && e.entry == irp.address + index.snapshot().listOffsets.irpThreadListEntry)
                        out.fields.push_back(b.listEntry("ThreadListEntry", e.flink, e.blink,
                                                         ListRef{ListKind::ThreadIrps, *irp.thread}));
    out.fields.push_back(b.pointer("UserEvent", irp.userEvent, RecordKind::Object));
    out.fields.push_back(b.pointer("UserBuffer", irp.userBuffer, RecordKind::Object));
    InspectedField tail = b.text("Tail.Overlay", "");
    tail.children.push_back(b.pointer("Thread", irp.thread, RecordKind::Thread));
    if (irp.thread)
        if (const Thread* thread = index.thread(*irp.thread); thread && !thread->state.empty())
            tail.children.push_back(b.text(phrase("Inspection", "Thread state (!thread)"), thread->state));
    std::optional<ListRef> queue;
    if (irp.port)
        queue = ListRef{ListKind::PortQueue, *irp.port};
    tail.children.push_back(b.listEntry("ListEntry", irp.listEntryFlink, irp.listEntryBlink, queue));
    tail.children.push_back(b.pointer("OriginalFileObject", irp.fileObject, RecordKind::FileObject));
    out.fields.push_back(std::move(tail));
    if (!irp.currentDriver.empty())
        out.fields.push_back(b.text(phrase("Inspection", "Current stack location's driver"), irp.currentDriver));
    // The joins the manual walk makes.
    out.fields.push_back(b.pointer(phrase("Inspection", "Process (via Tail.Overlay.Thread)"), irp.process, RecordKind::Process));
    out.fields.push_back(b.pointer(phrase("Inspection", "Completion port (via the file's CompletionContext)"), irp.port, RecordKind::Port));
    return out;
}

Inspection inspectFile(const SnapshotIndex& index, const FileObject& file)
{
    const Builder b(index);
    Inspection out;
    out.title = fmt::format("_FILE_OBJECT {}", b.addr(file.address));
    out.provenance = b.provenance(file.where);
    out.fields.push_back(b.text("FileName", file.name.empty() ? absent() : fmt::format("\"{}\"", file.name)));
    out.fields.push_back(b.pointer("DeviceObject", file.device, RecordKind::Object));
    out.fields.push_back(b.number("Flags", file.flags, true));
    InspectedField context = b.pointer("CompletionContext", file.completionContext, RecordKind::Object);
    context.children.push_back(b.pointer("Port", file.completionPort, RecordKind::Port));
    context.children.push_back(b.number("Key", file.completionKey, true));
    out.fields.push_back(std::move(context));
    return out;
}

Inspection inspectProcess(const SnapshotIndex& index, const Process& p)
{
    const Builder b(index);
    Inspection out;
    out.title = fmt::format("_EPROCESS {} ({})", b.addr(p.address),
                            p.imageName.empty() ? std::string(phrase("Inspection", "unnamed")) : p.imageName);
    out.provenance = b.provenance(p.where);
    out.fields.push_back(b.number("UniqueProcessId (Cid)", p.pid, true));
    out.fields.push_back(b.number("InheritedFromUniqueProcessId (ParentCid)", p.parentPid, true));
    out.fields.push_back(b.number("SessionId", p.sessionId));
    out.fields.push_back(b.text("ImageFileName", p.imageName.empty() ? absent() : p.imageName));
    out.fields.push_back(b.pointer("ObjectTable", p.objectTable, RecordKind::Object));
    out.fields.push_back(b.number("DirBase", p.directoryTableBase, true));
    out.fields.push_back(b.number("Peb", p.peb, true));
    out.fields.push_back(b.number("HandleCount", p.handleCount));
    if (const auto offset = index.snapshot().listOffsets.processActiveLinks)
        for (const KernelList& list : index.snapshot().lists)
            if (list.kind == ListKind::ActiveProcesses)
                for (const KernelListEntry& e : list.entries)
                    if (e.linksKnown && e.entry == p.address + *offset)
                        out.fields.push_back(b.listEntry("ActiveProcessLinks", e.flink, e.blink,
                                                         ListRef{ListKind::ActiveProcesses, 0}));
    InspectedField types = b.text(phrase("Inspection", "Handles by object type"),
                                  p.handleCountsByType.empty() ? absent() : std::string());
    for (const HandleTypeCount& c : p.handleCountsByType)
        types.children.push_back(b.text(c.type, format::count(c.count)));
    out.fields.push_back(std::move(types));
    const auto& handles = index.handlesOf(p.address);
    InspectedField listed = b.text(phrase("Inspection", "Handles listed by !handle"), format::count(std::uint64_t{handles.size()}));
    for (std::size_t i = 0; i < handles.size() && i < 200; ++i) {
        const Handle& h = *handles[i];
        InspectedField f = b.text(fmt::format("{:#x}", h.value), fmt::format("{} {}", b.addr(h.object), h.type));
        f.link = RecordRef{RecordKind::Handle, p.address, h.value, {}, PoolType::Unknown};
        listed.children.push_back(std::move(f));
    }
    if (handles.size() > 200)
        listed.children.push_back(b.text("…", say(phrase("Inspection", "{} more"), format::count(std::uint64_t{handles.size() - 200}))));
    out.fields.push_back(std::move(listed));
    return out;
}

Inspection inspectThread(const SnapshotIndex& index, const Thread& t)
{
    const Builder b(index);
    Inspection out;
    out.title = fmt::format("_ETHREAD {}", b.addr(t.address));
    out.provenance = b.provenance(t.where);
    out.fields.push_back(b.number("Cid.UniqueProcess", t.pid, true));
    out.fields.push_back(b.number("Cid.UniqueThread", t.tid, true));
    out.fields.push_back(b.pointer(phrase("Inspection", "Owning process"), t.process, RecordKind::Process));
    out.fields.push_back(b.text("State", t.state.empty() ? absent() : t.state.str()));
    out.fields.push_back(b.number("StartAddress", t.startAddress, true));
    out.fields.push_back(b.number("Win32StartAddress", t.win32StartAddress, true));
    out.fields.push_back(b.number("Teb", t.teb, true));
    // Its IrpList, when the source walked it (a dump keeps every one that is not empty).
    const ListWalk irps = listShape(index, ListRef{ListKind::ThreadIrps, t.address});
    if (irps.headFlink)
        out.fields.push_back(b.listEntry("IrpList", irps.headFlink, irps.headBlink, irps.list));
    return out;
}

Inspection inspectObject(const SnapshotIndex& index, const KernelObject& o)
{
    const Builder b(index);
    Inspection out;
    out.title = o.type.empty() ? say(phrase("Inspection", "Object {} (type unknown)"), b.addr(o.address))
                               : say(phrase("Inspection", "Object {} ({})"), b.addr(o.address), o.type);
    out.provenance = b.provenance(o.where);
    out.fields.push_back(b.text("Type", o.type.empty() ? absent() : o.type.str()));
    out.fields.push_back(b.number("ObjectHeader", o.header, true));
    out.fields.push_back(b.number("HandleCount", o.handleCount));
    out.fields.push_back(b.number("PointerCount", o.pointerCount));
    out.fields.push_back(b.text("Name", o.name().empty() ? absent() : o.name().str()));
    return out;
}

Inspection inspectHandle(const SnapshotIndex& index, const Handle& h)
{
    const Builder b(index);
    Inspection out;
    out.title = say(phrase("Inspection", "Handle {:#x} of {}"), h.value, b.addr(h.process));
    out.provenance = b.provenance(h.where);
    out.fields.push_back(b.pointer("Process", h.process, RecordKind::Process));
    const RecordKind target = h.type == "IoCompletion" ? RecordKind::Port
        : h.type == "File"                              ? RecordKind::FileObject
        : h.type == "Thread"                            ? RecordKind::Thread
        : h.type == "Process"                           ? RecordKind::Process
                                                        : RecordKind::Object;
    out.fields.push_back(b.pointer("Object", h.object, target));
    out.fields.push_back(b.text("Type", h.type.empty() ? absent() : h.type.str()));
    out.fields.push_back(b.number("GrantedAccess", h.grantedAccess, true));
    out.fields.push_back(b.text("Attributes", std::string(h.isProtected ? "Protected " : "") + (h.inherit ? "Inherit" : "")));
    return out;
}

// The scan's figures for a tag in one pool, when the dump's pool was scanned: what the
// Allocations view starts from, so that the tag's inspector and the view say the same.
const PoolTagScan* scanOfTag(const Snapshot& s, const RecordRef& ref)
{
    if (!s.poolScan)
        return nullptr;
    for (const PoolTagScan& scan : s.poolScan->tags)
        if (scan.tag == ref.tag && scan.type == ref.pool)
            return &scan;
    return nullptr;
}

std::vector<InspectedField> poolScanFigures(const Builder& b, const Snapshot& s, const PoolTagScan& scan)
{
    std::vector<InspectedField> out;
    out.push_back(b.text(phrase("Inspection", "Allocated blocks"),
                         say(phrase("Inspection", "{} ({})"), format::count(scan.allocated), format::bytes(scan.allocatedBytes))));
    if (scan.undetermined)
        out.push_back(b.text(phrase("Inspection", "Blocks found by a header scan"),
                             say(phrase("Inspection", "{} ({}), allocated or free not known"), format::count(scan.undetermined),
                                 format::bytes(scan.undeterminedBytes))));
    out.push_back(b.text(phrase("Inspection", "Free blocks still carrying the tag"),
                         say(phrase("Inspection", "{} ({}), not counted"), format::count(scan.freeWithTag),
                             format::bytes(scan.freeBytes))));
    if (scan.big)
        out.push_back(b.text(phrase("Inspection", "Big pool allocations"),
                             scan.bigPagesMissing ? say(phrase("Inspection", "{}, {} of them without their pages in the dump"),
                                                        format::count(scan.big), format::count(scan.bigPagesMissing))
                                                  : format::count(scan.big)));
    if (!scan.commonSizes.empty()) {
        std::vector<std::string> sizes;
        for (const auto& [bytes, blocks] : scan.commonSizes)
            sizes.push_back(fmt::format("{:#x} ({})", bytes, format::count(blocks)));
        out.push_back(b.text(phrase("Inspection", "Common block sizes"), fmt::format("{}", fmt::join(sizes, ", "))));
    }
    for (const PoolTagContents& held : s.poolScan->contents)
        if (held.tag == scan.tag && held.type == scan.type && !held.headline.empty())
            out.push_back(b.text(phrase("Inspection", "What the blocks hold"), held.headline));
    out.push_back(b.text(phrase("Inspection", "How the pool was read"), s.poolScan->howFound));
    return out;
}

Inspection inspectTag(const SnapshotIndex& index, const RecordRef& ref)
{
    const Builder b(index);
    const Snapshot& s = index.snapshot();
    Inspection out;
    out.title = say(phrase("Inspection", "Pool tag '{}' ({})"), ref.tag.display(), poolTypeName(ref.pool));
    for (const PoolTagStat& stat : s.poolTags)
        if (stat.tag == ref.tag && stat.type == ref.pool) {
            out.found = true;
            out.provenance = b.provenance(stat.where);
            out.fields.push_back(b.number(phrase("Inspection", "Outstanding allocations"), stat.outstanding));
            out.fields.push_back(b.text(phrase("Inspection", "Bytes"), stat.bytes ? format::bytes(*stat.bytes) : absent()));
            out.fields.push_back(b.number(phrase("Inspection", "Allocs"), stat.allocs));
            out.fields.push_back(b.number(phrase("Inspection", "Frees"), stat.frees));
            if (!stat.description.empty())
                out.fields.push_back(b.text(phrase("Inspection", "Description"), stat.description));
        }
    // The dump's pool, block by block: the figures, and the way to the blocks themselves.
    if (const PoolTagScan* scan = scanOfTag(s, ref)) {
        out.found = true;
        InspectedField pool = b.text(phrase("Inspection", "In the pool"), trackerAgreement(*scan));
        pool.link = RecordRef{RecordKind::PoolBlock, 0, 0, ref.tag, ref.pool};
        pool.children = poolScanFigures(b, s, *scan);
        out.fields.push_back(std::move(pool));
    }
    // What carries the tag: the objects whose type allocates with it (_OBJECT_TYPE.Key), the
    // IRPs and completion packets, the blocks !poolfind or the big pool table showed, and the
    // driver images that hold its four bytes.
    InspectedField carriers = b.text(phrase("Inspection", "What carries this tag"), "");
    const auto counted = [&](std::string what, std::size_t n, std::optional<RecordRef> first) {
        InspectedField f = b.text(std::move(what), format::count(std::uint64_t{n}));
        if (n > 0)
            f.link = first;
        return f;
    };
    const auto refTo = [](RecordKind kind, Address a) { return RecordRef{kind, a, 0, {}, PoolType::Unknown}; };
    if (ref.tag == kIrpTag)
        carriers.children.push_back(counted(phrase("Inspection", "IRPs"), s.irps.size(),
                                            s.irps.empty() ? std::nullopt : std::optional(refTo(RecordKind::Irp, s.irps.front().address))));
    if (const auto type = objectTypeOfTag(s, ref.tag)) {
        InspectedField objects = b.text(phrase("Inspection", "Objects of type"), *type);
        // The records a walk or a command gave, by the type's own kind where PoolScope has one.
        std::size_t n = 0;
        std::optional<RecordRef> first;
        if (*type == "Thread") {
            n = s.threads.size();
            if (n)
                first = refTo(RecordKind::Thread, s.threads.front().address);
        } else if (*type == "Process") {
            n = s.processes.size();
            if (n)
                first = refTo(RecordKind::Process, s.processes.front().address);
        } else if (*type == "File") {
            n = s.fileObjects.size();
            if (n)
                first = refTo(RecordKind::FileObject, s.fileObjects.front().address);
        } else if (*type == "IoCompletion") {
            n = s.ports.size();
            if (n)
                first = refTo(RecordKind::Port, s.ports.front().address);
        } else {
            for (const KernelObject& o : s.objects)
                if (o.type == *type && n++ == 0)
                    first = refTo(RecordKind::Object, o.address);
        }
        objects.children.push_back(counted(phrase("Inspection", "in this source"), n, first));
        for (const ObjectTypeInfo& info : s.objectTypes)
            if (info.name == *type && info.totalObjects)
                objects.children.push_back(b.text(phrase("Inspection", "counted by the type"),
                                                  fmt::format("{} (TotalNumberOfObjects)", format::count(*info.totalObjects))));
        carriers.children.push_back(std::move(objects));
    }
    std::size_t blocks = 0;
    InspectedField big = b.text(phrase("Inspection", "Big pool blocks"), "");
    InspectedField small = b.text(phrase("Inspection", "Pool blocks (!poolfind, !pool)"), "");
    for (const PoolBlock& block : s.poolBlocks) {
        if (block.tag != ref.tag)
            continue;
        ++blocks;
        InspectedField& into = block.largePool ? big : small;
        if (into.children.size() >= 32)
            continue; // counted, not listed: the commands list them all
        into.children.push_back(b.text(say(phrase("Inspection", "block {}"), b.addr(block.address)),
                                       say(phrase("Inspection", "{} bytes{}{}"),
                                           block.size ? format::count(std::uint64_t{*block.size}) : std::string("?"),
                                           block.allocated && !*block.allocated ? std::string(phrase("Inspection", ", free"))
                                                                                : std::string(),
                                           block.isProtected ? std::string(phrase("Inspection", ", protected")) : std::string())));
    }
    std::size_t bigCount = 0;
    for (const PoolBlock& block : s.poolBlocks)
        bigCount += block.tag == ref.tag && block.largePool;
    big.value = format::count(std::uint64_t{bigCount});
    small.value = format::count(std::uint64_t{blocks - bigCount});
    if (bigCount > 0)
        carriers.children.push_back(std::move(big));
    if (blocks > bigCount)
        carriers.children.push_back(std::move(small));
    if (!s.modules.empty()) {
        const std::vector<ModuleWithTag> modules = modulesWithTag(s, ref.tag);
        InspectedField images = b.text(phrase("Inspection", "Driver images holding it"),
                                       modules.empty() ? say(phrase("Inspection", "none of the {} loaded modules"),
                                                             format::count(std::uint64_t{s.modules.size()}))
                                                       : format::count(std::uint64_t{modules.size()}));
        for (std::size_t i = 0; i < modules.size() && i < 16; ++i)
            images.children.push_back(b.text(modules[i].module->name,
                                             modules[i].occurrences == 1
                                                 ? say(phrase("Inspection", "{} occurrence at {}"), modules[i].occurrences,
                                                       b.addr(modules[i].module->base))
                                                 : say(phrase("Inspection", "{} occurrences at {}"), modules[i].occurrences,
                                                       b.addr(modules[i].module->base))));
        carriers.children.push_back(std::move(images));
    }
    if (carriers.children.empty())
        carriers.value = phrase("Inspection", "(none in this source)");
    out.fields.push_back(std::move(carriers));
    out.found = out.found || blocks > 0;
    return out;
}

} // namespace

SnapshotIndex::SnapshotIndex(const Snapshot& snapshot)
    : m_snapshot(snapshot), m_ports(snapshot.ports), m_irps(snapshot.irps), m_files(snapshot.fileObjects),
      m_processes(snapshot.processes), m_threads(snapshot.threads), m_objects(snapshot.objects)
{
    for (const Irp& irp : snapshot.irps)
        if (irp.port)
            ++m_irpsOnPort[*irp.port];
    // Each process's list sized first: a million handles, no list grown by doubling.
    std::unordered_map<Address, std::size_t> perProcess;
    for (const Handle& h : snapshot.handles)
        ++perProcess[h.process];
    for (const auto& [process, count] : perProcess)
        m_handlesByProcess[process].reserve(count);
    for (const Handle& h : snapshot.handles)
        m_handlesByProcess[h.process].push_back(&h);
}

const Handle* SnapshotIndex::handle(Address process, std::uint64_t value) const
{
    for (const Handle* h : handlesOf(process))
        if (h->value == value)
            return h;
    return nullptr;
}

std::size_t SnapshotIndex::irpsOnPort(Address port) const
{
    const auto it = m_irpsOnPort.find(port);
    return it == m_irpsOnPort.end() ? 0 : it->second;
}

const std::vector<const Handle*>& SnapshotIndex::handlesOf(Address process) const
{
    static const std::vector<const Handle*> none;
    const auto it = m_handlesByProcess.find(process);
    return it == m_handlesByProcess.end() ? none : it->second;
}

Inspection inspect(const SnapshotIndex& index, const RecordRef& ref)
{
    Inspection out;
    switch (ref.kind) {
    case RecordKind::Port:
        if (const CompletionPort* p = index.port(ref.address))
            out = inspectPort(index, *p);
        break;
    case RecordKind::Irp:
        if (const Irp* irp = index.irp(ref.address))
            out = inspectIrp(index, *irp);
        break;
    case RecordKind::FileObject:
        if (const FileObject* f = index.file(ref.address))
            out = inspectFile(index, *f);
        break;
    case RecordKind::Process:
        if (const Process* p = index.process(ref.address))
            out = inspectProcess(index, *p);
        break;
    case RecordKind::Thread:
        if (const Thread* t = index.thread(ref.address))
            out = inspectThread(index, *t);
        break;
    case RecordKind::Object:
        if (const KernelObject* o = index.object(ref.address))
            out = inspectObject(index, *o);
        break;
    case RecordKind::Handle:
        if (const Handle* h = index.handle(ref.address, ref.value))
            out = inspectHandle(index, *h);
        break;
    case RecordKind::PoolTag:
        out = inspectTag(index, ref);
        break;
    case RecordKind::PoolBlock:
        // Read from the dump's pool, not from the snapshot: inspectPoolBlock (block_inspection.h).
        out.title = ref.address ? say(phrase("Inspection", "Pool block {} ({})"), format::address(ref.address, index.snapshot().pointerSize), ref.tag.display())
                                : say(phrase("Inspection", "The blocks of '{}' ({})"), ref.tag.display(), poolTypeName(ref.pool));
        // All the blocks of a tag: the scan's figures for it are in the snapshot.
        if (!ref.address)
            if (const PoolTagScan* scan = scanOfTag(index.snapshot(), ref)) {
                const Builder b(index);
                out.found = true;
                out.fields.push_back(b.text(phrase("Inspection", "In the pool"), trackerAgreement(*scan)));
                for (InspectedField& f : poolScanFigures(b, index.snapshot(), *scan))
                    out.fields.push_back(std::move(f));
            }
        break;
    }
    if (ref.kind != RecordKind::PoolTag && ref.kind != RecordKind::PoolBlock)
        out.found = !out.title.empty();
    if (!out.found && out.title.empty())
        out.title = say(phrase("Inspection", "{} is not in this snapshot"), format::address(ref.address, index.snapshot().pointerSize));
    out.commands = debuggerCommands(index, ref);
    return out;
}

std::vector<DebuggerCommand> debuggerCommands(const SnapshotIndex& index, const RecordRef& ref)
{
    const int ps = index.snapshot().pointerSize;
    const std::string a = format::address(ref.address, ps);
    std::vector<DebuggerCommand> out;
    switch (ref.kind) {
    case RecordKind::Port: {
        out.push_back({phrase("Inspection", "the port's queue: entries, concurrency, waiting threads"), fmt::format("dt -r1 nt!_KQUEUE {}", a)});
        out.push_back({phrase("Inspection", "the object: type, handle and pointer counts"), fmt::format("!object {}", a)});
        // The head sits where the layout in use puts EntryListHead (+0x18 on x64, +0x10 on x86).
        if (const std::string walk = listCommand(listShape(index, ListRef{ListKind::PortQueue, ref.address})); !walk.empty())
            out.push_back({phrase("Inspection", "every IRP queued on it"), walk});
        out.push_back({phrase("Inspection", "the processes holding a handle to it (and the largest queue)"), "!icpleak 1"});
        break;
    }
    case RecordKind::Irp:
        out.push_back({phrase("Inspection", "the IRP and its stack locations"), fmt::format("!irp {}", a)});
        out.push_back({phrase("Inspection", "its fields, Tail.Overlay included"), fmt::format("dt -r1 nt!_IRP {}", a)});
        break;
    case RecordKind::FileObject:
        out.push_back({phrase("Inspection", "the file object: name, device, completion context"), fmt::format("dt nt!_FILE_OBJECT {}", a)});
        if (const FileObject* f = index.file(ref.address); f && f->completionContext)
            out.push_back({phrase("Inspection", "the port and key it completes to"),
                           fmt::format("dt nt!_IO_COMPLETION_CONTEXT {}", format::address(*f->completionContext, ps))});
        break;
    case RecordKind::Process:
        out.push_back({phrase("Inspection", "the process and its threads"), fmt::format("!process {} 1", a)});
        out.push_back({phrase("Inspection", "its handles with their objects"), fmt::format("!handle 0 3 {}", a)});
        break;
    case RecordKind::Thread:
        out.push_back({phrase("Inspection", "the thread: state, owner, stack"), fmt::format("!thread {}", a)});
        out.push_back({phrase("Inspection", "why it is still alive: handle and pointer counts"), fmt::format("!object {}", a)});
        break;
    case RecordKind::Object:
        out.push_back({phrase("Inspection", "the object: type, counts, name"), fmt::format("!object {}", a)});
        break;
    case RecordKind::Handle:
        out.push_back({phrase("Inspection", "the handle and its object"), fmt::format("!handle {:x} f {}", ref.value, a)});
        break;
    case RecordKind::PoolBlock:
        if (ref.address)
            out.push_back({phrase("Inspection", "the block and its neighbours"), fmt::format("!pool {}", a)});
        out.push_back({phrase("Inspection", "every block with the tag"),
                       fmt::format("!poolfind {} {}", std::string(ref.tag.chars()), isPaged(ref.pool) ? 1 : 0)});
        break;
    case RecordKind::PoolTag: {
        const std::string tag(ref.tag.chars());
        const bool paged = isPaged(ref.pool);
        out.push_back({phrase("Inspection", "the tag in !poolused, sorted by its pool"), fmt::format("!poolused {} {}", paged ? 4 : 2, tag)});
        out.push_back({phrase("Inspection", "every block with the tag"), fmt::format("!poolfind {} {}", tag, paged ? 1 : 0)});
        if (tag == "Irp ")
            out.push_back({phrase("Inspection", "every IRP"), "!irpfind"});
        out.push_back({phrase("Inspection", "the driver images that hold the tag"), moduleSearchCommand(ref.tag)});
        break;
    }
    }
    return out;
}

} // namespace poolscope
