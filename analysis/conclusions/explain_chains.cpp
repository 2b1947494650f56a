#include "explain_chains.h"

#include "analysis/conclusions/coverage.h"
#include "analysis/conclusions/tag_modules.h"
#include "analysis/conclusions/tag_objects.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace poolscope::explaining {

namespace {

using text::phrase;
using text::say;

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
    return *port.maxConcurrency == 0 ? std::string(phrase("Explain", " (max concurrency 0: one thread per processor)"))
                                     : say(phrase("Explain", " (max concurrency {})"), *port.maxConcurrency);
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
        link.text = threads ? say(phrase("Explain", "{} holds {} handles to exited threads, {} of its {} handles"),
                                  e.process(top.holder, top.holderAddress), format::count(held), shareOf(held, total),
                                  format::count(total))
                            : say(phrase("Explain", "{} holds {} handles to exited processes, {} of its {} handles"),
                                  e.process(top.holder, top.holderAddress), format::count(held), shareOf(held, total),
                                  format::count(total));
        const auto kept = threads ? top.threadPoolBytes : top.processPoolBytes;
        const auto& block = threads ? e.zombies.threadBlock : e.zombies.processBlock;
        if (kept && block)
            link.text += say(phrase("Explain", "; they keep {} of {} ({} x {} bytes)"), format::bytes(*kept),
                             chain.tag.display(), format::count(held), format::count(block->bytes));
        std::uint64_t others = 0;
        for (std::size_t i = 1; i < known.size(); ++i)
            others += threads ? known[i]->threads : known[i]->processes;
        if (others)
            link.text += known.size() == 2
                ? say(phrase("Explain", "; 1 other process holds {}"), format::count(others))
                : say(phrase("Explain", "; {} other processes hold {}"), known.size() - 1, format::count(others));
        link.figures = {countFigure(threads ? phrase("Explain", "handles to exited threads")
                                            : phrase("Explain", "handles to exited processes"),
                                    held),
                        countFigure(phrase("Explain", "handles"), total)};
        if (total)
            link.figures.push_back(percentFigure(phrase("Explain", "share of its handles"),
                                                 static_cast<double>(held) / static_cast<double>(total)));
        if (kept)
            link.figures.push_back(bytesFigure(phrase("Explain", "pool kept"), *kept));
        link.command = fmt::format("!handle 0 3 {} {}", e.address(top.holderAddress), type);
        link.record = ref(RecordKind::Process, top.holderAddress);
        chain.reachesHolder = true;
        chain.conclusion = threads ? phrase("Explain", "a process that opens threads and never closes their handles")
                                   : phrase("Explain", "a process that starts or opens processes and never closes their "
                                                       "handles");
        chain.links.push_back(std::move(link));
        return;
    }
    const TypeLeader leader = leaderOfType(e, type);
    if (leader.first && leader.outlier) {
        const Process* p = leader.first->process;
        link.text = say(phrase("Explain", "{} holds {} {} handles, {} of its {} handles; the next process holds {}"),
                        e.process(p, leader.first->processAddress), format::count(leader.firstCount), type,
                        shareOf(leader.firstCount, leader.first->total), format::count(leader.first->total),
                        format::count(leader.secondCount));
        if (sampleOwner && *sampleOwner == leader.first->processAddress)
            link.text += threads ? phrase("Explain", "; the sampled exited thread belongs to it")
                                 : phrase("Explain", "; the sampled exited process belongs to it");
        link.text += phrase("Explain", ". The most likely holder: this source does not say which objects those handles "
                                       "point at");
        link.figures = {countFigure(say(phrase("Explain", "{} handles"), type), leader.firstCount),
                        countFigure(phrase("Explain", "handles"), leader.first->total),
                        countFigure(phrase("Explain", "next process"), leader.secondCount)};
        link.command = fmt::format("!handle 0 2 {} {}", e.address(leader.first->processAddress), type);
        link.record = ref(RecordKind::Process, leader.first->processAddress);
        chain.reachesHolder = true;
        chain.conclusion = threads ? phrase("Explain", "most likely a process that opens threads and never closes their "
                                                       "handles")
                                   : phrase("Explain", "most likely a process that opens processes and never closes their "
                                                       "handles");
        chain.links.push_back(std::move(link));
        return;
    }
    link.step = ExplainLink::Step::Gap;
    link.text = threads ? phrase("Explain", "who holds the exited threads is not in this source")
                        : phrase("Explain", "who holds the exited processes is not in this source");
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
    : s(snapshot), zombies(findZombies(snapshot)), handleTypes(handleCountsByType(snapshot)), ports(rankPorts(snapshot)),
      listedRows(snapshot)
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
        return say(phrase("Explain", "process {}"), address(a));
    return p->pid ? fmt::format("{} (pid {:#x})", p->imageName, *p->pid) : p->imageName;
}

TypeLeader leaderOfType(const Evidence& e, const std::string& type)
{
    return poolscope::leaderOfType(e.handleTypes, type);
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
            objects.text = say(phrase("Explain", "no thread object in this source: sample the {} blocks and look at a few "
                                                 "of them with !thread, as seed 004 did"),
                               chain.tag.display());
            objects.command = fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
        } else if (std::none_of(e.s.threads.begin(), e.s.threads.end(), [](const Thread& t) { return !t.state.empty(); })) {
            objects.text = say(phrase("Explain", "{} thread objects in this source, none with its state: whether they "
                                                 "have exited is not known (look at a few with !thread, as seed 004 did)"),
                               format::count(reached));
            objects.command = object ? fmt::format("!thread {}", e.address(*object))
                                     : fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
        } else {
            const auto stated = std::count_if(e.s.threads.begin(), e.s.threads.end(),
                                              [](const Thread& t) { return !t.state.empty(); });
            objects.text = say(phrase("Explain", "none of the {} thread objects whose state this source shows has exited"),
                               format::count(static_cast<std::uint64_t>(stated)));
            objects.command = fmt::format("!thread {}", e.address(e.s.threads.front().address));
        }
    } else {
        std::uint64_t held = 0;
        for (const ZombieHolder& h : z.holders)
            if (h.holderAddress != 0)
                held += h.threads;
        const std::string n = format::count(z.exitedThreads);
        const bool one = z.exitedThreads == 1;
        if (held == z.exitedThreads) {
            objects.text = say(phrase("Explain", "{} thread objects, TERMINATED, kept alive by handles"), n);
        } else if (held > 0) {
            objects.text = say(phrase("Explain", "{} thread objects TERMINATED: {} held by the handles this source lists, "
                                                 "{} by a handle or reference it does not list"),
                               n, format::count(held), format::count(z.exitedThreads - held));
        } else if (z.threadsWithHandleCount > 0) {
            const std::string count = z.threadsWithHandleCount == z.exitedThreads
                ? std::string(">= 1")
                : std::string(phrase("Explain", "above 0 for some"));
            objects.text = one ? say(phrase("Explain", "{} sampled thread object, TERMINATED, yet HandleCount {} (!object): "
                                                       "kept alive by a handle"),
                                     n, count)
                               : say(phrase("Explain", "{} sampled thread objects, TERMINATED, yet HandleCount {} (!object): "
                                                       "kept alive by a handle"),
                                     n, count);
        } else {
            objects.text = one ? say(phrase("Explain", "{} thread object TERMINATED and still allocated: something "
                                                       "references them (!object says whether it is a handle)"),
                                     n)
                               : say(phrase("Explain", "{} thread objects TERMINATED and still allocated: something "
                                                       "references them (!object says whether it is a handle)"),
                                     n);
        }
        objects.figures = {countFigure(phrase("Explain", "terminated threads"), z.exitedThreads),
                           countFigure(phrase("Explain", "held by listed handles"), held)};
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
            ? std::string(phrase("Explain", "no process list in this source"))
            : say(phrase("Explain", "none of the {} processes in this source has exited"), format::count(e.s.processes.size()));
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
        objects.text = held ? say(phrase("Explain", "{} process objects have exited (no handle table, no thread) and are "
                                                    "still referenced: {} by the handles this source lists"),
                                  format::count(z.exitedProcesses), format::count(held))
                            : say(phrase("Explain", "{} process objects have exited (no handle table, no thread) and are "
                                                    "still referenced"),
                                  format::count(z.exitedProcesses));
        objects.figures = {countFigure(phrase("Explain", "exited processes"), z.exitedProcesses),
                           countFigure(phrase("Explain", "held by listed handles"), held)};
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
        objects.text = phrase("Explain", "no IRP in this source");
        objects.command = "!irpfind";
        chain.links.push_back(std::move(objects));
        return;
    }
    std::uint64_t completed = 0, queued = 0;
    for (const Irp& irp : s.irps) {
        completed += irp.completed.value_or(false);
        queued += irp.port.has_value();
    }
    objects.text = say(phrase("Explain", "{} IRPs, {} of them completed (CurrentLocation > StackCount), {} queued on a "
                                         "completion port"),
                       format::count(s.irps.size()), format::count(completed), format::count(queued));
    objects.figures = {countFigure(phrase("Explain", "IRPs"), s.irps.size()), countFigure(phrase("Explain", "completed"), completed),
                       countFigure(phrase("Explain", "queued on ports"), queued)};
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
        gap.text = queued == 0 ? phrase("Explain", "none of them is queued on a completion port: they are pending in "
                                                   "drivers (!irp on one shows which)")
                               : phrase("Explain", "the ports they are queued on have threads waiting, or do not say: "
                                                   "nothing stuck on a port");
        gap.command = queued == 0 ? fmt::format("!irp {}", e.address(s.irps.front().address)) : std::string("!icpleak 1");
        chain.links.push_back(std::move(gap));
        return;
    }
    const CompletionPort& port = *stuck->port;
    ExplainLink queue;
    queue.step = ExplainLink::Step::Queue;
    queue.text = stuck->depthFromIrps
        ? say(phrase("Explain", "they wait on completion port {} ({} seen queued on it), and no thread waits on it{}"),
              e.address(port.address), format::count(stuck->irpsSeen), concurrency(port))
        : say(phrase("Explain", "they wait on completion port {}: {} entries queued, {} of them IRPs, and no thread waits "
                                "on it{}"),
              e.address(port.address), format::count(stuck->depth), format::count(stuck->irpsSeen), concurrency(port));
    queue.figures = {countFigure(phrase("Explain", "queued"), stuck->depth), countFigure(phrase("Explain", "IRPs"), stuck->irpsSeen),
                     countFigure(phrase("Explain", "waiting threads"), 0)};
    if (coverage && coverage->outstanding)
        queue.coverage = say(phrase("Explain", "{} of {} outstanding {} allocations are queued on this port"),
                             format::count(stuck->irpsSeen), format::count(*coverage->outstanding), chain.tag.display());
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
            ? say(phrase("Explain", "{} of them came through {}, whose completion context names the port"),
                  format::count(byFile[file->address]), name)
            : say(phrase("Explain", "{} is bound to the port by its completion context"), name);
        link.figures = {countFigure(phrase("Explain", "IRPs through it"), byFile[file->address])};
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
        holder.text = issuerHolds
            ? say(phrase("Explain", "{} issued {} of the {} and holds a handle to the port"), e.process(nullptr, issuer->first),
                  format::count(issuer->second), format::count(stuck->irpsSeen))
            : say(phrase("Explain", "{} issued {} of the {}"), e.process(nullptr, issuer->first),
                  format::count(issuer->second), format::count(stuck->irpsSeen));
        if (!heldBy.empty())
            holder.text += holders.size() - (issuerHolds ? 1 : 0) == 1 ? say(phrase("Explain", "; {} holds it too"), heldBy)
                                                                       : say(phrase("Explain", "; {} hold it too"), heldBy);
        holder.figures = {countFigure(phrase("Explain", "IRPs issued"), issuer->second),
                          countFigure(phrase("Explain", "port holders"), holders.size())};
        holder.command = fmt::format("!process {} 1; !handle 0 3 {} IoCompletion", e.address(issuer->first),
                                     e.address(issuer->first));
        holder.record = ref(RecordKind::Process, issuer->first);
        chain.reachesHolder = true;
        chain.conclusion = file && !file->name.empty()
            ? say(phrase("Explain", "{} associated {} with the port and never calls GetQueuedCompletionStatus: the "
                                    "completed IRPs are never dequeued"),
                  e.process(nullptr, issuer->first), file->name)
            : say(phrase("Explain", "{} associated its file with the port and never calls GetQueuedCompletionStatus: the "
                                    "completed IRPs are never dequeued"),
                  e.process(nullptr, issuer->first));
    } else if (!holders.empty()) {
        holder.text = say(phrase("Explain", "the port is held by {}; which process issued the IRPs is not in this source"),
                          heldBy);
        holder.figures = {countFigure(phrase("Explain", "port holders"), holders.size())};
        holder.command = fmt::format("!handle 0 3 {} IoCompletion", e.address(holders.front().process));
        holder.record = ref(RecordKind::Process, holders.front().process);
        chain.reachesHolder = true;
        chain.conclusion = phrase("Explain", "the port's holder associated a file with it and never calls "
                                             "GetQueuedCompletionStatus");
    } else {
        holder.step = ExplainLink::Step::Gap;
        std::optional<Address> thread;
        for (const Irp& irp : s.irps)
            if (irp.port == port.address && irp.thread) {
                thread = irp.thread;
                break;
            }
        holder.text = thread
            ? say(phrase("Explain", "which process issued them is not in this source; their thread is {}"), e.address(*thread))
            : std::string(phrase("Explain", "which process issued them and who holds the port are not in this source"));
        holder.command = thread ? fmt::format("!thread {}; !icpleak 1", e.address(*thread)) : std::string("!icpleak 1");
        if (thread)
            holder.record = ref(RecordKind::Thread, *thread);
        chain.conclusion = phrase("Explain", "completed IRPs wait on a port no thread waits on: its owner associated a "
                                             "file with it and never calls GetQueuedCompletionStatus");
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
        objects.text = phrase("Explain", "no port in this source holds completion packets with nobody waiting");
        objects.command = "!icpleak 1";
        chain.links.push_back(std::move(objects));
        return;
    }
    const CompletionPort& port = *stuck->port;
    objects.step = ExplainLink::Step::Queue;
    objects.text = say(phrase("Explain", "{} completion packets (PostQueuedCompletionStatus) wait on port {}, and no "
                                         "thread waits on it"),
                       format::count(*port.queuedPackets), e.address(port.address));
    objects.figures = {countFigure(phrase("Explain", "packets"), *port.queuedPackets),
                       countFigure(phrase("Explain", "waiting threads"), 0)};
    objects.command = fmt::format("dt -r1 nt!_KQUEUE {}", e.address(port.address));
    objects.record = ref(RecordKind::Port, port.address);
    chain.links.push_back(std::move(objects));
    const auto holders = holdersOf(e.s, port.address);
    ExplainLink holder;
    holder.step = holders.empty() ? ExplainLink::Step::Gap : ExplainLink::Step::Holder;
    if (holders.empty()) {
        holder.text = phrase("Explain", "nothing in this source holds a handle to the port");
        holder.command = "!icpleak 1";
    } else {
        std::string names;
        for (const ObjectHolder& h : holders)
            names += (names.empty() ? "" : ", ") + e.process(nullptr, h.process);
        holder.text = say(phrase("Explain", "the port is held by {}"), names);
        holder.command = fmt::format("!handle 0 3 {} IoCompletion", e.address(holders.front().process));
        holder.record = ref(RecordKind::Process, holders.front().process);
        chain.reachesHolder = true;
        chain.conclusion = phrase("Explain", "a process posts completion packets to a port nobody dequeues");
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
        objects.text = say(phrase("Explain", "its allocations are {} objects; none is reached in this source"), type);
        objects.command = fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
    } else {
        objects.text = say(phrase("Explain", "its allocations are {} objects: {} reached in this source"), type,
                           format::count(reached));
        objects.figures = {countFigure(say(phrase("Explain", "{} objects"), type), reached)};
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
        holder.text = say(phrase("Explain", "no {} handle in this source"), type);
        holder.command = fmt::format("!handle 0 3 0 {}", type);
        chain.links.push_back(std::move(holder));
        return;
    }
    holder.text = say(phrase("Explain", "{} holds {} {} handles, {} of its {} handles; the next process holds {}"),
                      e.process(leader.first->process, leader.first->processAddress), format::count(leader.firstCount), type,
                      shareOf(leader.firstCount, leader.first->total), format::count(leader.first->total),
                      format::count(leader.secondCount));
    if (!leader.outlier)
        holder.text += phrase("Explain", ": no process stands out");
    holder.figures = {countFigure(say(phrase("Explain", "{} handles"), type), leader.firstCount),
                      countFigure(phrase("Explain", "handles"), leader.first->total),
                      countFigure(phrase("Explain", "next process"), leader.secondCount)};
    holder.command = fmt::format("!handle 0 3 {} {}", e.address(leader.first->processAddress), type);
    holder.record = ref(RecordKind::Process, leader.first->processAddress);
    if (leader.outlier) {
        chain.reachesHolder = true;
        chain.conclusion = say(phrase("Explain", "a process that opens {} objects and never closes their handles"), type);
    }
    chain.links.push_back(std::move(holder));
}

void addUnknownTagLinks(const Evidence& e, LeakChain& chain, bool poolWasRead)
{
    // Without the pool read, no walk reaches a driver's own allocations.
    if (!poolWasRead) {
        ExplainLink gap;
        gap.step = ExplainLink::Step::Gap;
        gap.text = say(phrase("Explain", "no walk reaches the {} allocations: {} is no object type's tag, nor an IRP's "
                                         "or a completion packet's"),
                       chain.tag.display(), chain.tag.display());
        gap.command = fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
        chain.links.push_back(std::move(gap));
    }
    ExplainLink module;
    module.step = ExplainLink::Step::Module;
    module.command = moduleSearchCommand(chain.tag);
    if (e.s.modules.empty()) {
        module.step = ExplainLink::Step::Gap;
        module.text = phrase("Explain", "which drivers carry the tag is not in this source (a kernel dump says)");
    } else if (const auto modules = modulesWithTag(e.s, chain.tag); !modules.empty()) {
        module.text = modules.size() == 1
            ? say(phrase("Explain", "the images of {} carry '{}': the likely allocator"), modulesText(modules),
                  chain.tag.display())
            : say(phrase("Explain", "the images of {} carry '{}': the likely allocators"), modulesText(modules),
                  chain.tag.display());
        for (const ModuleWithTag& m : modules)
            module.figures.push_back(countFigure(m.module->name, m.occurrences));
    } else {
        module.text = say(phrase("Explain", "no loaded module's image carries '{}' (built at run time, or in a page the "
                                            "dump lacks)"),
                          chain.tag.display());
    }
    chain.links.push_back(std::move(module));
}

} // namespace poolscope::explaining
