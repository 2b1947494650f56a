// The conclusions on generated kernel dumps of every built-in build: processes by handle
// count with their pool quota, exited threads and processes per holder with the pool they
// keep, coverage against the tracker's outstanding counts, IRPs grouped, which driver
// carries a tag, and the chains from both seed cases' tags to their holders. Every figure
// is checked against what the generator planted, computed by hand from its layout.
#include "analysis/conclusions/coverage.h"
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/irp_groups.h"
#include "analysis/conclusions/process_ranking.h"
#include "analysis/conclusions/tag_modules.h"
#include "analysis/conclusions/zombies.h"
#include "analysis/dump/kernel_dump_reader.h"
#include "model/format.h"
#include "tests/support/kernel_scenario.h"

#include <fmt/format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

constexpr std::uint64_t kThreads = 2000;

struct Case {
    GeneratedKernel kernel;
    Snapshot snapshot;
};

Case readCase(std::uint32_t build, ScenarioKind kind = ScenarioKind::Both)
{
    KernelScenario s;
    s.kind = kind;
    s.layout = *builtinLayout(build);
    s.leakedThreadHandles = kThreads;
    Case c{generateKernel(s), {}};
    auto dump = DumpFile::fromBytes(c.kernel.memory.dump(DumpBuilder::Format::Bitmap), "generated.dmp");
    EXPECT_TRUE(dump.ok());
    ReadControl control;
    auto snapshot = readKernelDump(dump.value(), {}, control);
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().describe();
    c.snapshot = std::move(snapshot.value());
    return c;
}

// The generator's pool rule: a header of 0x10 bytes, then the object header and body,
// rounded up to 16 bytes.
std::uint64_t blockOf(const KernelLayout& l, std::uint32_t body)
{
    return (0x10u + l.objectHeaderSize + body + 15u) & ~std::uint64_t{15};
}

const LeakChain* chainOf(const Explanation& e, const char* tag)
{
    const auto it = std::find_if(e.chains.begin(), e.chains.end(), [&](const LeakChain& c) { return c.tag == PoolTag(tag); });
    return it == e.chains.end() ? nullptr : &*it;
}

const ExplainLink* linkOf(const LeakChain& chain, ExplainLink::Step step)
{
    const auto it = std::find_if(chain.links.begin(), chain.links.end(), [&](const ExplainLink& l) { return l.step == step; });
    return it == chain.links.end() ? nullptr : &*it;
}

std::uint64_t figure(const ExplainLink& link, std::string_view name)
{
    for (const ExplainFigure& f : link.figures)
        if (f.name == name)
            return f.value;
    ADD_FAILURE() << "no figure '" << name << "' in: " << link.text;
    return 0;
}

SnapshotSeries one(Snapshot s)
{
    SnapshotSeries series;
    series.snapshots.push_back(std::move(s));
    return series;
}

constexpr std::uint32_t kBuilds[] = {14393, 17763, 19041, 20348, 22000};

} // namespace

TEST(ConclusionsOnDumps, ProcessesByHandleCountWithTheirQuota)
{
    for (const std::uint32_t build : kBuilds) {
        SCOPED_TRACE(build);
        const Case c = readCase(build);
        const PlantedKernel& p = c.kernel.planted;
        const auto rows = rankProcesses(c.snapshot);
        ASSERT_EQ(rows.size(), p.processes);
        // xxxxxx.EXE first: its handles are what the generator gave it, type by type.
        const auto& planted = p.handleTypes.at(p.handleProcess);
        const std::uint64_t handles = std::accumulate(planted.begin(), planted.end(), std::uint64_t{0},
                                                      [](std::uint64_t sum, const auto& t) { return sum + t.second; });
        EXPECT_EQ(handles, kThreads + 65231); // 323,155 -> 2,000 threads, plus seed 004's other types
        EXPECT_EQ(rows.front().process->address, p.handleProcess);
        EXPECT_EQ(rows.front().handles, handles);
        EXPECT_EQ(rows.front().handlesFrom, ProcessRow::HandlesFrom::Process);
        EXPECT_EQ(rows.front().threads, 3u); // its three live threads; the terminated ones have left its list
        EXPECT_EQ(rows.front().process->nonPagedQuota, p.quota.at(p.handleProcess).nonPaged);
        EXPECT_EQ(rows.front().process->nonPagedQuota, 0x1800 + handles * 0x260 + 0x8e8 * 8); // the generator's rule
        for (std::size_t i = 1; i < rows.size(); ++i)
            EXPECT_LE(rows[i].handles.value_or(0), rows[i - 1].handles.value_or(0));
        // The zombies: no table, no thread, no quota.
        for (const Address zombie : p.zombieProcesses) {
            const auto row = std::find_if(rows.begin(), rows.end(), [&](const ProcessRow& r) { return r.process->address == zombie; });
            ASSERT_NE(row, rows.end());
            EXPECT_EQ(row->process->exited, true);
            EXPECT_EQ(row->threads, 0u);
            EXPECT_FALSE(row->handles.has_value());
            EXPECT_EQ(row->process->pagedQuota, 0u);
            EXPECT_EQ(row->process->imageName, "WerFault.exe");
        }
    }
}

TEST(ConclusionsOnDumps, ZombiesPerHolderWithThePoolTheyKeep)
{
    for (const std::uint32_t build : kBuilds) {
        SCOPED_TRACE(build);
        const Case c = readCase(build);
        const PlantedKernel& p = c.kernel.planted;
        const KernelLayout l = *builtinLayout(build);
        const ZombieReport z = findZombies(c.snapshot);
        EXPECT_EQ(z.exitedThreads, kThreads + 2);
        EXPECT_EQ(z.exitedProcesses, 2u);
        EXPECT_EQ(z.threadsWithoutHolder, 0u);
        EXPECT_EQ(z.processesWithoutHolder, 0u);
        ASSERT_TRUE(z.threadBlock);
        ASSERT_TRUE(z.processBlock);
        // Every Thre allocation is one thread object; every Proc one process object.
        EXPECT_EQ(z.threadBlock->bytes, blockOf(l, l.threadSize));
        EXPECT_EQ(z.processBlock->bytes, blockOf(l, l.processSize));
        ASSERT_EQ(z.holders.size(), 2u);
        const ZombieHolder& leaker = z.holders[0];
        EXPECT_EQ(leaker.holderAddress, p.handleProcess);
        EXPECT_EQ(leaker.threads, kThreads);
        EXPECT_EQ(leaker.processes, 0u);
        EXPECT_EQ(leaker.handles, kThreads);
        EXPECT_EQ(leaker.threadPoolBytes, kThreads * blockOf(l, l.threadSize));
        const ZombieHolder& host = z.holders[1];
        EXPECT_EQ(host.holderAddress, p.zombieHolder);
        EXPECT_EQ(host.threads, 2u);
        EXPECT_EQ(host.processes, 2u);
        EXPECT_EQ(host.handles, 4u);
        EXPECT_EQ(host.threadPoolBytes, 2 * blockOf(l, l.threadSize));
        EXPECT_EQ(host.processPoolBytes, 2 * blockOf(l, l.processSize));
        EXPECT_EQ(host.holder->imageName, "svchost.exe");
    }
}

TEST(ConclusionsOnDumps, CoverageAgainstTheTrackersOutstandingCounts)
{
    const Case c = readCase(19041);
    const PlantedKernel& p = c.kernel.planted;
    const auto irp = coverageOf(c.snapshot, PoolTag("Irp"));
    ASSERT_TRUE(irp);
    // 156 on the port, 2 pending on the worker, 1,000 of the system's other I/O unreached.
    EXPECT_EQ(irp->outstanding, 156u + 2u + p.unwalkedIrps);
    EXPECT_EQ(irp->reached, 158u);
    EXPECT_EQ(irp->notReached, 1000u);
    ASSERT_EQ(irp->parts.size(), 2u);
    EXPECT_EQ(irp->parts[0].count, 156u);
    ASSERT_TRUE(irp->parts[0].record);
    EXPECT_EQ(irp->parts[0].record->address, p.leakPort);
    EXPECT_EQ(irp->parts[1].count, 2u);
    EXPECT_EQ(irp->text, fmt::format("158 of 1,158 outstanding Irp allocations reached as IRPs: 156 queued on port {}, "
                                     "2 pending on their threads; 1,000 were not reached by any walk",
                                     format::address(p.leakPort, 8)));

    // Threads: every Thre allocation is a thread; those with a handle are reached.
    const auto thre = coverageOf(c.snapshot, PoolTag("Thre"));
    ASSERT_TRUE(thre);
    const auto threads = p.tags.at("Thre");
    EXPECT_EQ(thre->outstanding, threads.nonPagedAllocs - threads.nonPagedFrees);
    EXPECT_GE(thre->reached, kThreads + 2);
    EXPECT_EQ(thre->reached + *thre->notReached, *thre->outstanding);
    ASSERT_TRUE(thre->typeTotal);
    EXPECT_EQ(*thre->typeTotal, *thre->outstanding); // the type's own count agrees with the tracker

    // Completion packets: the three a service host's workers have not taken yet.
    const auto packets = coverageOf(c.snapshot, PoolTag("Icp"));
    ASSERT_TRUE(packets);
    EXPECT_EQ(packets->reached, 3u);
    EXPECT_EQ(packets->outstanding, 3u);
    EXPECT_EQ(packets->notReached, 0u);

    // The table lists the tags whose objects were walked, largest first.
    const auto all = tagCoverage(c.snapshot);
    ASSERT_FALSE(all.empty());
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const TagCoverage& t) { return t.tag == PoolTag("Key"); }));
    for (std::size_t i = 1; i < all.size(); ++i)
        EXPECT_GE(all[i - 1].outstanding.value_or(all[i - 1].reached), all[i].outstanding.value_or(all[i].reached));
}

TEST(ConclusionsOnDumps, IrpsGroupedByProcessFileAndStatus)
{
    const Case c = readCase(19041);
    const PlantedKernel& p = c.kernel.planted;
    const auto groups = groupIrps(c.snapshot, {IrpKey::Process, IrpKey::File, IrpKey::Status});
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].irps, 156u);
    EXPECT_EQ(groups[0].completed, 156u);
    EXPECT_EQ(groups[0].values[0].text, "IOCPLeak.exe (pid 0x1a2c)");
    EXPECT_EQ(groups[0].values[0].record->address, p.iocpProcess);
    EXPECT_EQ(groups[0].values[1].text, p.leakFileName);
    EXPECT_EQ(groups[0].values[2].text, "STATUS_SUCCESS (0x00000000)");
    EXPECT_EQ(groups[1].irps, 2u);
    EXPECT_EQ(groups[1].completed, 0u);
    EXPECT_EQ(groups[1].values[1].text, "\\Device\\NamedPipe\\IOCPLeak-control");
    EXPECT_EQ(groups[1].values[2].text, "STATUS_PENDING (0x00000103)");
    EXPECT_EQ(groups[1].values[2].raw, "259"); // scripts get the number
    const auto byPort = groupIrps(c.snapshot, {IrpKey::Port, IrpKey::Completed});
    ASSERT_EQ(byPort.size(), 2u);
    EXPECT_EQ(byPort[0].values[0].raw, fmt::format("{:#x}", p.leakPort));
    EXPECT_EQ(byPort[0].values[1].text, "yes");
    EXPECT_EQ(byPort[1].values[0].text, "(on no port)");
}

TEST(ConclusionsOnDumps, TheDriverThatCarriesAnUndescribedTag)
{
    const Case c = readCase(19041);
    const auto modules = modulesWithTag(c.snapshot, PoolTag("Leak"));
    ASSERT_EQ(modules.size(), 1u);
    EXPECT_EQ(modules[0].module->name, "leakydrv.sys");
    EXPECT_EQ(modules[0].occurrences, 3u);
    EXPECT_EQ(modulesText(modules), "leakydrv.sys (3)");
    const auto thre = modulesWithTag(c.snapshot, PoolTag("Thre"));
    ASSERT_EQ(thre.size(), 1u);
    EXPECT_EQ(thre[0].module->name, "ntoskrnl.exe");
    EXPECT_EQ(thre[0].occurrences, 2u);
    EXPECT_TRUE(modulesWithTag(c.snapshot, PoolTag("CM31")).empty());
    EXPECT_EQ(moduleSearchCommand(PoolTag("Irp")), "!for_each_module s -a @#Base @#End \"Irp \"");
}

TEST(ConclusionsOnDumps, BothSeedCasesAreExplainedToTheirHolders)
{
    for (const std::uint32_t build : kBuilds) {
        SCOPED_TRACE(build);
        const Case c = readCase(build);
        const PlantedKernel& p = c.kernel.planted;
        const KernelLayout l = *builtinLayout(build);
        const Explanation e = explainLeaks(one(c.snapshot));
        ASSERT_FALSE(e.nothingStandsOut);

        // Seed 004: the thread objects, terminated and held, and the one process holding them.
        const LeakChain* thre = chainOf(e, "Thre");
        ASSERT_NE(thre, nullptr);
        EXPECT_TRUE(thre->reachesHolder);
        EXPECT_EQ(thre->conclusion, "a process that opens threads and never closes their handles");
        const ExplainLink* threads = linkOf(*thre, ExplainLink::Step::Objects);
        ASSERT_NE(threads, nullptr);
        EXPECT_EQ(threads->text, "2,002 thread objects, TERMINATED, kept alive by handles");
        EXPECT_EQ(figure(*threads, "terminated threads"), kThreads + 2);
        ASSERT_TRUE(threads->record);
        EXPECT_EQ(threads->record->kind, RecordKind::Thread);
        EXPECT_NE(threads->coverage.find("outstanding Thre allocations reached as Thread objects"), std::string::npos);
        const ExplainLink* holder = linkOf(*thre, ExplainLink::Step::Holder);
        ASSERT_NE(holder, nullptr);
        ASSERT_TRUE(holder->record);
        EXPECT_EQ(holder->record->address, p.handleProcess);
        EXPECT_EQ(figure(*holder, "handles to exited threads"), kThreads);
        EXPECT_EQ(figure(*holder, "handles"), kThreads + 65231);
        EXPECT_EQ(figure(*holder, "pool kept"), kThreads * blockOf(l, l.threadSize));
        EXPECT_EQ(holder->command, fmt::format("!handle 0 3 {} Thread", format::address(p.handleProcess, 8)));
        EXPECT_NE(holder->text.find("xxxxxx.EXE (pid 0x8e8) holds 2,000 handles to exited threads"), std::string::npos)
            << holder->text;
        EXPECT_NE(holder->text.find("1 other process holds 2"), std::string::npos) << holder->text;

        // Seed 002: the IRPs, the port nobody dequeues, the file bound to it, the process.
        const LeakChain* irp = chainOf(e, "Irp");
        ASSERT_NE(irp, nullptr);
        EXPECT_TRUE(irp->reachesHolder);
        const ExplainLink* irps = linkOf(*irp, ExplainLink::Step::Objects);
        ASSERT_NE(irps, nullptr);
        EXPECT_EQ(irps->text, "158 IRPs, 156 of them completed (CurrentLocation > StackCount), 156 queued on a "
                              "completion port");
        EXPECT_NE(irps->coverage.find("1,000 were not reached by any walk"), std::string::npos);
        const ExplainLink* queue = linkOf(*irp, ExplainLink::Step::Queue);
        ASSERT_NE(queue, nullptr);
        EXPECT_EQ(queue->record->address, p.leakPort);
        EXPECT_EQ(queue->coverage, "156 of 1,158 outstanding Irp allocations are queued on this port");
        EXPECT_EQ(figure(*queue, "waiting threads"), 0u);
        const ExplainLink* file = linkOf(*irp, ExplainLink::Step::File);
        ASSERT_NE(file, nullptr);
        EXPECT_EQ(file->record->address, p.leakFile);
        EXPECT_NE(file->text.find(p.leakFileName), std::string::npos);
        const ExplainLink* issuer = linkOf(*irp, ExplainLink::Step::Holder);
        ASSERT_NE(issuer, nullptr);
        EXPECT_EQ(issuer->record->address, p.iocpProcess);
        EXPECT_EQ(issuer->text, "IOCPLeak.exe (pid 0x1a2c) issued 156 of the 156 and holds a handle to the port; "
                                "svchost.exe (pid 0x358) holds it too");
        EXPECT_NE(irp->conclusion.find("never calls GetQueuedCompletionStatus"), std::string::npos);

        // The chains that reach a holder come first.
        for (std::size_t i = 1; i < e.chains.size(); ++i)
            EXPECT_FALSE(!e.chains[i - 1].reachesHolder && e.chains[i].reachesHolder);
    }
}

TEST(ConclusionsOnDumps, EachSeedCaseAloneExplainsOnlyItsOwnLeak)
{
    const Case iocp = readCase(19041, ScenarioKind::IocpLeak);
    const Explanation a = explainLeaks(one(iocp.snapshot));
    EXPECT_NE(chainOf(a, "Irp"), nullptr);
    EXPECT_EQ(chainOf(a, "Thre"), nullptr);
    const Case handles = readCase(19041, ScenarioKind::HandleLeak);
    const Explanation b = explainLeaks(one(handles.snapshot));
    EXPECT_NE(chainOf(b, "Thre"), nullptr);
    EXPECT_EQ(chainOf(b, "Irp"), nullptr);
}
