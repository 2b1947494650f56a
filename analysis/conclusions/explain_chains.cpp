#include "explain_chains.h"

#include "analysis/conclusions/coverage.h"
#include "analysis/conclusions/tag_modules.h"
#include "analysis/conclusions/tag_objects.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace poolscope::explaining {

namespace {

constexpr std::uint64_t kManyHandles = 1000; // handles of one type that make an outlier ...
constexpr std::uint64_t kOutlierFactor = 10; // ... when ten times the next process's
constexpr std::uint64_t kDeepQueue = 16;     // queued entries worth a look when nobody waits

RecordRef ref(RecordKind kind, Address address)
{
    RecordRef r;
    r.kind = kind;
    r.address = address;
    return r;
}

const ProcessHandleTypes* handleTypesOf(const Evidence& e, Address process)
{
    for (const ProcessHandleTypes& p : e.handleTypes)
        if (p.processAddress == process)
            return &p;
    return nullptr;
}

std::uint64_t countOfType(const ProcessHandleTypes* p, const std::string& type)
{
    if (!p)
        return 0;
    for (const HandleTypeCount& c : p->counts)
        if (c.type == type)
            return c.count;
    return 0;
}

// The coverage sentence, unless it would only say that nothing was reached or counted.
std::string coverageText(const std::optional<TagCoverage>& c)
{
    return c && (c->reached > 0 || c->outstanding) ? c->text : std::string();
}

// " (max concurrency 8)"; 0 is what CreateIoCompletionPort makes of "as many as processors".
std::string concurrency(const CompletionPort& port)
{
    if (!port.maxConcurrency)
        return {};
    return *port.maxConcurrency == 0 ? std::string(" (max concurrency 0: one thread per processor)")
                                     : fmt::format(" (max concurrency {})", *port.maxConcurrency);
}

std::string shareOf(std::uint64_t part, std::uint64_t whole)
{
    return whole ? format::percent(static_cast<double>(part) / static_cast<double>(whole)) : std::string("?");
}

// The holder link of the exited-object chains: the process holding the most pool in
// zombies of this kind, or the type table's outlier when the source does not say which
// objects the handles point at.
void addZombieHolder(const Evidence& e, LeakChain& chain, bool threads, std::optional<Address> sampleOwner)
{
    const char* type = threads ? "Thread" : "Process";
    const char* kind = threads ? "threads" : "processes";
    std::vector<const ZombieHolder*> known;
    for (const ZombieHolder& h : e.zombies.holders)
        if (h.holderAddress != 0 && (threads ? h.threads : h.processes) > 0)
            known.push_back(&h);
    std::stable_sort(known.begin(), known.end(), [&](const ZombieHolder* a, const ZombieHolder* b) {
        return (threads ? a->threads : a->processes) > (threads ? b->threads : b->processes);
    });
    ExplainLink link;
    link.step = ExplainLink::Step::Holder;
    if (!known.empty()) {
        const ZombieHolder& top = *known.front();
        const std::uint64_t held = threads ? top.threads : top.processes;
        const ProcessHandleTypes* table = handleTypesOf(e, top.holderAddress);
        const std::uint64_t total = table ? table->total : 0;
        link.text = fmt::format("{} holds {} handles to exited {}, {} of its {} handles",
                                e.process(top.holder, top.holderAddress), format::count(held), kind,
                                shareOf(held, total), format::count(total));
        const auto kept = threads ? top.threadPoolBytes : top.processPoolBytes;
        const auto& block = threads ? e.zombies.threadBlock : e.zombies.processBlock;
        if (kept && block)
            link.text += fmt::format("; they keep {} of {} ({} x {} bytes)", format::bytes(*kept), chain.tag.display(),
                                     format::count(held), format::count(block->bytes));
        std::uint64_t others = 0;
        for (std::size_t i = 1; i < known.size(); ++i)
            others += threads ? known[i]->threads : known[i]->processes;
        if (others)
            link.text += known.size() == 2 ? fmt::format("; 1 other process holds {}", format::count(others))
                                           : fmt::format("; {} other processes hold {}", known.size() - 1, format::count(others));
        link.figures = {countFigure("handles to exited " + std::string(kind), held), countFigure("handles", total)};
        if (total)
            link.figures.push_back(percentFigure("share of its handles", static_cast<double>(held) / static_cast<double>(total)));
        if (kept)
            link.figures.push_back(bytesFigure("pool kept", *kept));
        link.command = fmt::format("!handle 0 3 {} {}", e.address(top.holderAddress), type);
        link.record = ref(RecordKind::Process, top.holderAddress);
        chain.reachesHolder = true;
        chain.conclusion = threads ? "a process that opens threads and never closes their handles"
                                   : "a process that starts or opens processes and never closes their handles";
        chain.links.push_back(std::move(link));
        return;
    }
    const TypeLeader leader = leaderOfType(e, type);
    if (leader.first && leader.outlier) {
        const Process* p = leader.first->process;
        link.text = fmt::format("{} holds {} {} handles, {} of its {} handles; the next process holds {}",
                                e.process(p, leader.first->processAddress), format::count(leader.firstCount), type,
                                shareOf(leader.firstCount, leader.first->total), format::count(leader.first->total),
                                format::count(leader.secondCount));
        if (sampleOwner && *sampleOwner == leader.first->processAddress)
            link.text += fmt::format("; the sampled exited {} belongs to it", threads ? "thread" : "process");
        link.text += ". The most likely holder: this source does not say which objects those handles point at";
        link.figures = {countFigure(std::string(type) + " handles", leader.firstCount),
                        countFigure("handles", leader.first->total), countFigure("next process", leader.secondCount)};
        link.command = fmt::format("!handle 0 2 {} {}", e.address(leader.first->processAddress), type);
        link.record = ref(RecordKind::Process, leader.first->processAddress);
        chain.reachesHolder = true;
        chain.conclusion = threads ? "most likely a process that opens threads and never closes their handles"
                                   : "most likely a process that opens processes and never closes their handles";
        chain.links.push_back(std::move(link));
        return;
    }
    link.step = ExplainLink::Step::Gap;
    link.text = fmt::format("who holds the exited {} is not in this source", kind);
    link.command = fmt::format("!handle 0 3 0 {}", type);
    chain.links.push_back(std::move(link));
}

} // namespace

ExplainFigure countFigure(std::string name, std::uint64_t value)
{
    return {std::move(name), value, format::count(value)};
}

ExplainFigure bytesFigure(std::string name, std::uint64_t value)
{
    return {std::move(name), value, format::bytes(value)};
}

ExplainFigure percentFigure(std::string name, double fraction)
{
    return {std::move(name), static_cast<std::uint64_t>(std::llround(fraction * 100)), format::percent(fraction)};
}

Evidence::Evidence(const Snapshot& snapshot)
    : s(snapshot), zombies(findZombies(snapshot)), handleTypes(handleCountsByType(snapshot)), ports(rankPorts(snapshot))
{
}

std::string Evidence::address(Address a) const
{
    return format::address(a, s.pointerSize);
}

const Process* Evidence::processAt(Address a) const
{
    for (const Process& p : s.processes)
        if (p.address == a)
            return &p;
    return nullptr;
}

std::string Evidence::process(const Process* p, Address a) const
{
    if (!p)
        p = processAt(a);
    if (!p || p->imageName.empty())
        return fmt::format("process {}", address(a));
    return p->pid ? fmt::format("{} (pid {:#x})", p->imageName, *p->pid) : p->imageName;
}

TypeLeader leaderOfType(const Evidence& e, const std::string& type)
{
    TypeLeader leader;
    for (const ProcessHandleTypes& p : e.handleTypes) {
        const std::uint64_t n = countOfType(&p, type);
        if (n > leader.firstCount) {
            leader.secondCount = leader.firstCount;
            leader.firstCount = n;
            leader.first = &p;
        } else if (n > leader.secondCount) {
            leader.secondCount = n;
        }
    }
    leader.outlier = leader.first && leader.firstCount >= kManyHandles && leader.firstCount >= kOutlierFactor * leader.secondCount;
    return leader;
}

bool isStuckPort(const PortRanking& r)
{
    const CompletionPort& port = *r.port;
    if (!port.waitingThreads || *port.waitingThreads != 0)
        return false;
    // Deep, or (a log that shows the port's IRPs but not its depth) holding completed IRPs.
    return r.depth >= kDeepQueue || (r.irpsSeen > 0 && r.completedIrps == r.irpsSeen);
}

void addExitedThreadLinks(const Evidence& e, LeakChain& chain)
{
    const ZombieReport& z = e.zombies;
    const auto coverage = coverageOf(e.s, chain.tag);
    ExplainLink objects;
    objects.step = ExplainLink::Step::Objects;
    objects.coverage = coverageText(coverage);
    std::optional<Address> sample;
    for (const ZombieHolder& h : z.holders)
        if (h.sampleThread && !sample)
            sample = h.sampleThread;
    std::optional<Address> sampleOwner;
    if (z.exitedThreads == 0) {
        objects.step = ExplainLink::Step::Gap;
        const std::uint64_t reached = coverage ? coverage->reached : 0;
        std::optional<Address> object;
        for (const KernelObject& o : e.s.objects)
            if (o.type == "Thread" && !object)
                object = o.address;
        if (reached == 0) {
            objects.text = fmt::format("no thread object in this source: sample the {} blocks and look at a few of "
                                       "them with !thread, as seed 004 did",
                                       chain.tag.display());
            objects.command = fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
        } else if (std::none_of(e.s.threads.begin(), e.s.threads.end(), [](const Thread& t) { return !t.state.empty(); })) {
            objects.text = fmt::format("{} thread objects in this source, none with its state: whether they have "
                                       "exited is not known (look at a few with !thread, as seed 004 did)",
                                       format::count(reached));
            objects.command = object ? fmt::format("!thread {}", e.address(*object))
                                     : fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
        } else {
            const auto stated = std::count_if(e.s.threads.begin(), e.s.threads.end(),
                                              [](const Thread& t) { return !t.state.empty(); });
            objects.text = fmt::format("none of the {} thread objects whose state this source shows has exited",
                                       format::count(static_cast<std::uint64_t>(stated)));
            objects.command = fmt::format("!thread {}", e.address(e.s.threads.front().address));
        }
    } else {
        std::uint64_t held = 0;
        for (const ZombieHolder& h : z.holders)
            if (h.holderAddress != 0)
                held += h.threads;
        const std::string n = format::count(z.exitedThreads);
        if (held == z.exitedThreads)
            objects.text = fmt::format("{} thread objects, TERMINATED, kept alive by handles", n);
        else if (held > 0)
            objects.text = fmt::format("{} thread objects TERMINATED: {} held by the handles this source lists, {} by a "
                                       "handle or reference it does not list",
                                       n, format::count(held), format::count(z.exitedThreads - held));
        else if (z.threadsWithHandleCount > 0)
            objects.text = fmt::format("{} sampled thread object{}, TERMINATED, yet HandleCount {} (!object): kept "
                                       "alive by a handle",
                                       n, z.exitedThreads == 1 ? "" : "s",
                                       z.threadsWithHandleCount == z.exitedThreads ? ">= 1" : "above 0 for some");
        else
            objects.text = fmt::format("{} thread object{} TERMINATED and still allocated: something references them "
                                       "(!object says whether it is a handle)",
                                       n, z.exitedThreads == 1 ? "" : "s");
        objects.figures = {countFigure("terminated threads", z.exitedThreads), countFigure("held by listed handles", held)};
        if (sample) {
            objects.command = fmt::format("!thread {}; !object {}", e.address(*sample), e.address(*sample));
            objects.record = ref(RecordKind::Thread, *sample);
            for (const Thread& t : e.s.threads)
                if (t.address == *sample)
                    sampleOwner = t.process;
        }
    }
    chain.links.push_back(std::move(objects));
    addZombieHolder(e, chain, true, sampleOwner);
}

void addExitedProcessLinks(const Evidence& e, LeakChain& chain)
{
    const ZombieReport& z = e.zombies;
    const auto coverage = coverageOf(e.s, chain.tag);
    ExplainLink objects;
    objects.step = ExplainLink::Step::Objects;
    objects.coverage = coverageText(coverage);
    if (z.exitedProcesses == 0) {
        objects.step = ExplainLink::Step::Gap;
        objects.text = e.s.processes.empty()
            ? std::string("no process list in this source")
            : fmt::format("none of the {} processes in this source has exited", format::count(e.s.processes.size()));
        objects.command = "!process 0 0";
    } else {
        std::uint64_t held = 0;
        std::optional<Address> sample;
        for (const ZombieHolder& h : z.holders) {
            if (h.holderAddress != 0)
                held += h.processes;
            if (h.sampleProcess && !sample)
                sample = h.sampleProcess;
        }
        objects.text = fmt::format("{} process objects have exited (no handle table, no thread) and are still "
                                   "referenced{}",
                                   format::count(z.exitedProcesses),
                                   held ? fmt::format(": {} by the handles this source lists", format::count(held)) : "");
        objects.figures = {countFigure("exited processes", z.exitedProcesses), countFigure("held by listed handles", held)};
        if (sample) {
            objects.command = fmt::format("!process {} 1; !object {}", e.address(*sample), e.address(*sample));
            objects.record = ref(RecordKind::Process, *sample);
        }
    }
    chain.links.push_back(std::move(objects));
    addZombieHolder(e, chain, false, std::nullopt);
}

void addIrpLinks(const Evidence& e, LeakChain& chain)
{
    const Snapshot& s = e.s;
    const auto coverage = coverageOf(s, chain.tag);
    ExplainLink objects;
    objects.step = ExplainLink::Step::Objects;
    objects.coverage = coverageText(coverage);
    if (s.irps.empty()) {
        objects.step = ExplainLink::Step::Gap;
        objects.text = "no IRP in this source";
        objects.command = "!irpfind";
        chain.links.push_back(std::move(objects));
        return;
    }
    std::uint64_t completed = 0, queued = 0;
    for (const Irp& irp : s.irps) {
        completed += irp.completed.value_or(false);
        queued += irp.port.has_value();
    }
    objects.text = fmt::format("{} IRPs, {} of them completed (CurrentLocation > StackCount), {} queued on a "
                               "completion port",
                               format::count(s.irps.size()), format::count(completed), format::count(queued));
    objects.figures = {countFigure("IRPs", s.irps.size()), countFigure("completed", completed),
                       countFigure("queued on ports", queued)};
    objects.command = "!irpfind";
    chain.links.push_back(std::move(objects));

    // The port holding the most of them with nobody waiting: the IOCP leak's signature.
    const PortRanking* stuck = nullptr;
    for (const PortRanking& r : e.ports)
        if (r.irpsSeen > 0 && isStuckPort(r) && (!stuck || r.irpsSeen > stuck->irpsSeen))
            stuck = &r;
    if (!stuck) {
        ExplainLink gap;
        gap.step = ExplainLink::Step::Gap;
        gap.text = queued == 0 ? "none of them is queued on a completion port: they are pending in drivers (!irp on one "
                                 "shows which)"
                               : "the ports they are queued on have threads waiting, or do not say: nothing stuck on a port";
        gap.command = queued == 0 ? fmt::format("!irp {}", e.address(s.irps.front().address)) : std::string("!icpleak 1");
        chain.links.push_back(std::move(gap));
        return;
    }
    const CompletionPort& port = *stuck->port;
    ExplainLink queue;
    queue.step = ExplainLink::Step::Queue;
    queue.text = stuck->depthFromIrps
        ? fmt::format("they wait on completion port {} ({} seen queued on it), and no thread waits on it{}",
                      e.address(port.address), format::count(stuck->irpsSeen), concurrency(port))
        : fmt::format("they wait on completion port {}: {} entries queued, {} of them IRPs, and no thread waits on it{}",
                      e.address(port.address), format::count(stuck->depth), format::count(stuck->irpsSeen),
                      concurrency(port));
    queue.figures = {countFigure("queued", stuck->depth), countFigure("IRPs", stuck->irpsSeen), countFigure("waiting threads", 0)};
    if (coverage && coverage->outstanding)
        queue.coverage = fmt::format("{} of {} outstanding {} allocations are queued on this port", format::count(stuck->irpsSeen),
                                     format::count(*coverage->outstanding), chain.tag.display());
    queue.command = fmt::format("dt -r1 nt!_KQUEUE {}; !icpleak 1", e.address(port.address));
    queue.record = ref(RecordKind::Port, port.address);
    chain.links.push_back(std::move(queue));

    // The file the IRPs came through, bound to the port by its completion context.
    std::map<Address, std::uint64_t> byFile;
    std::map<Address, std::uint64_t> byProcess;
    for (const Irp& irp : s.irps) {
        if (irp.port != port.address)
            continue;
        if (irp.fileObject)
            ++byFile[*irp.fileObject];
        if (irp.process)
            ++byProcess[*irp.process];
    }
    const FileObject* file = nullptr;
    for (const FileObject& f : s.fileObjects)
        if (f.completionPort == port.address && (!file || byFile[f.address] > byFile[file->address]))
            file = &f;
    if (file) {
        ExplainLink link;
        link.step = ExplainLink::Step::File;
        const std::string name = file->name.empty() ? e.address(file->address) : file->name;
        link.text = byFile[file->address]
            ? fmt::format("{} of them came through {}, whose completion context names the port",
                          format::count(byFile[file->address]), name)
            : fmt::format("{} is bound to the port by its completion context", name);
        link.figures = {countFigure("IRPs through it", byFile[file->address])};
        link.command = fmt::format("dt nt!_FILE_OBJECT {}{}", e.address(file->address),
                                   file->completionContext
                                       ? fmt::format("; dt nt!_IO_COMPLETION_CONTEXT {}", e.address(*file->completionContext))
                                       : "");
        link.record = ref(RecordKind::FileObject, file->address);
        chain.links.push_back(std::move(link));
    }

    // Who issued them and who holds the port.
    const auto issuer = std::max_element(byProcess.begin(), byProcess.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto holders = holdersOf(s, port.address);
    ExplainLink holder;
    holder.step = ExplainLink::Step::Holder;
    std::string heldBy;
    bool issuerHolds = false;
    for (const ObjectHolder& h : holders) {
        if (issuer != byProcess.end() && h.process == issuer->first) {
            issuerHolds = true;
            continue;
        }
        heldBy += (heldBy.empty() ? "" : ", ") + e.process(nullptr, h.process);
    }
    if (issuer != byProcess.end()) {
        holder.text = fmt::format("{} issued {} of the {}{}", e.process(nullptr, issuer->first), format::count(issuer->second),
                                  format::count(stuck->irpsSeen), issuerHolds ? " and holds a handle to the port" : "");
        if (!heldBy.empty())
            holder.text += fmt::format("; {} hold{} it too", heldBy, holders.size() - (issuerHolds ? 1 : 0) == 1 ? "s" : "");
        holder.figures = {countFigure("IRPs issued", issuer->second), countFigure("port holders", holders.size())};
        holder.command = fmt::format("!process {} 1; !handle 0 3 {} IoCompletion", e.address(issuer->first),
                                     e.address(issuer->first));
        holder.record = ref(RecordKind::Process, issuer->first);
        chain.reachesHolder = true;
        const std::string fileName = file && !file->name.empty() ? file->name : std::string("its file");
        chain.conclusion = fmt::format("{} associated {} with the port and never calls GetQueuedCompletionStatus: the "
                                       "completed IRPs are never dequeued",
                                       e.process(nullptr, issuer->first), fileName);
    } else if (!holders.empty()) {
        holder.text = fmt::format("the port is held by {}; which process issued the IRPs is not in this source", heldBy);
        holder.figures = {countFigure("port holders", holders.size())};
        holder.command = fmt::format("!handle 0 3 {} IoCompletion", e.address(holders.front().process));
        holder.record = ref(RecordKind::Process, holders.front().process);
        chain.reachesHolder = true;
        chain.conclusion = "the port's holder associated a file with it and never calls GetQueuedCompletionStatus";
    } else {
        holder.step = ExplainLink::Step::Gap;
        std::optional<Address> thread;
        for (const Irp& irp : s.irps)
            if (irp.port == port.address && irp.thread) {
                thread = irp.thread;
                break;
            }
        holder.text = thread ? fmt::format("which process issued them is not in this source; their thread is {}", e.address(*thread))
                             : std::string("which process issued them and who holds the port are not in this source");
        holder.command = thread ? fmt::format("!thread {}; !icpleak 1", e.address(*thread)) : std::string("!icpleak 1");
        if (thread)
            holder.record = ref(RecordKind::Thread, *thread);
        chain.conclusion = "completed IRPs wait on a port no thread waits on: its owner associated a file with it and "
                           "never calls GetQueuedCompletionStatus";
    }
    chain.links.push_back(std::move(holder));
}

void addPacketLinks(const Evidence& e, LeakChain& chain)
{
    const auto coverage = coverageOf(e.s, chain.tag);
    const PortRanking* stuck = nullptr;
    for (const PortRanking& r : e.ports)
        if (r.port->queuedPackets.value_or(0) > 0 && isStuckPort(r)
            && (!stuck || *r.port->queuedPackets > *stuck->port->queuedPackets))
            stuck = &r;
    ExplainLink objects;
    objects.coverage = coverageText(coverage);
    if (!stuck) {
        objects.step = ExplainLink::Step::Gap;
        objects.text = "no port in this source holds completion packets with nobody waiting";
        objects.command = "!icpleak 1";
        chain.links.push_back(std::move(objects));
        return;
    }
    const CompletionPort& port = *stuck->port;
    objects.step = ExplainLink::Step::Queue;
    objects.text = fmt::format("{} completion packets (PostQueuedCompletionStatus) wait on port {}, and no thread waits "
                               "on it",
                               format::count(*port.queuedPackets), e.address(port.address));
    objects.figures = {countFigure("packets", *port.queuedPackets), countFigure("waiting threads", 0)};
    objects.command = fmt::format("dt -r1 nt!_KQUEUE {}", e.address(port.address));
    objects.record = ref(RecordKind::Port, port.address);
    chain.links.push_back(std::move(objects));
    const auto holders = holdersOf(e.s, port.address);
    ExplainLink holder;
    holder.step = holders.empty() ? ExplainLink::Step::Gap : ExplainLink::Step::Holder;
    if (holders.empty()) {
        holder.text = "nothing in this source holds a handle to the port";
        holder.command = "!icpleak 1";
    } else {
        std::string names;
        for (const ObjectHolder& h : holders)
            names += (names.empty() ? "" : ", ") + e.process(nullptr, h.process);
        holder.text = fmt::format("the port is held by {}", names);
        holder.command = fmt::format("!handle 0 3 {} IoCompletion", e.address(holders.front().process));
        holder.record = ref(RecordKind::Process, holders.front().process);
        chain.reachesHolder = true;
        chain.conclusion = "a process posts completion packets to a port nobody dequeues";
    }
    chain.links.push_back(std::move(holder));
}

void addObjectTypeLinks(const Evidence& e, LeakChain& chain, const std::string& type)
{
    const auto coverage = coverageOf(e.s, chain.tag);
    ExplainLink objects;
    objects.step = ExplainLink::Step::Objects;
    objects.coverage = coverageText(coverage);
    const std::uint64_t reached = coverage ? coverage->reached : 0;
    std::optional<Address> sample;
    for (const KernelObject& o : e.s.objects)
        if (o.type == type) {
            sample = o.address;
            break;
        }
    if (reached == 0) {
        objects.step = ExplainLink::Step::Gap;
        objects.text = fmt::format("its allocations are {} objects; none is reached in this source", type);
        objects.command = fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
    } else {
        objects.text = fmt::format("its allocations are {} objects: {} reached in this source", type, format::count(reached));
        objects.figures = {countFigure(type + " objects", reached)};
        objects.command = sample ? fmt::format("!object {}", e.address(*sample))
                                 : fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
        if (sample)
            objects.record = ref(RecordKind::Object, *sample);
    }
    chain.links.push_back(std::move(objects));

    const TypeLeader leader = leaderOfType(e, type);
    ExplainLink holder;
    holder.step = ExplainLink::Step::Holder;
    if (!leader.first) {
        holder.step = ExplainLink::Step::Gap;
        holder.text = fmt::format("no {} handle in this source", type);
        holder.command = fmt::format("!handle 0 3 0 {}", type);
        chain.links.push_back(std::move(holder));
        return;
    }
    holder.text = fmt::format("{} holds {} {} handles, {} of its {} handles; the next process holds {}",
                              e.process(leader.first->process, leader.first->processAddress), format::count(leader.firstCount),
                              type, shareOf(leader.firstCount, leader.first->total), format::count(leader.first->total),
                              format::count(leader.secondCount));
    if (!leader.outlier)
        holder.text += ": no process stands out";
    holder.figures = {countFigure(type + " handles", leader.firstCount), countFigure("handles", leader.first->total),
                      countFigure("next process", leader.secondCount)};
    holder.command = fmt::format("!handle 0 3 {} {}", e.address(leader.first->processAddress), type);
    holder.record = ref(RecordKind::Process, leader.first->processAddress);
    if (leader.outlier) {
        chain.reachesHolder = true;
        chain.conclusion = fmt::format("a process that opens {} objects and never closes their handles", type);
    }
    chain.links.push_back(std::move(holder));
}

void addUnknownTagLinks(const Evidence& e, LeakChain& chain)
{
    ExplainLink gap;
    gap.step = ExplainLink::Step::Gap;
    gap.text = fmt::format("no walk reaches the {} allocations: {} is no object type's tag, nor an IRP's or a completion "
                           "packet's",
                           chain.tag.display(), chain.tag.display());
    gap.command = fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
    chain.links.push_back(std::move(gap));
    ExplainLink module;
    module.step = ExplainLink::Step::Module;
    module.command = moduleSearchCommand(chain.tag);
    if (e.s.modules.empty()) {
        module.step = ExplainLink::Step::Gap;
        module.text = "which drivers carry the tag is not in this source (a kernel dump says)";
    } else if (const auto modules = modulesWithTag(e.s, chain.tag); !modules.empty()) {
        module.text = fmt::format("the images of {} carry '{}': the likely allocator{}", modulesText(modules),
                                  chain.tag.display(), modules.size() == 1 ? "" : "s");
        for (const ModuleWithTag& m : modules)
            module.figures.push_back(countFigure(m.module->name, m.occurrences));
    } else {
        module.text = fmt::format("no loaded module's image carries '{}' (built at run time, or in a page the dump "
                                  "lacks)",
                                  chain.tag.display());
    }
    chain.links.push_back(std::move(module));
}

} // namespace poolscope::explaining
