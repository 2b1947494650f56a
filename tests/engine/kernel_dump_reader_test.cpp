// A whole kernel, generated with the layout of each supported build and written as a
// complete, kernel and bitmap dump: every walk finds exactly what was planted, both seed
// cases come out of the same queries the CLI and the window use, and broken dumps give a
// warning on the record or a clear error, never a crash or a hang.
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/conclusions/leak_queries.h"
#include "model/format.h"
#include "tests/support/kernel_scenario.h"
#include "tests/support/shared_data.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

KernelScenario scenario(std::uint32_t build, std::uint64_t threads = 2000, std::uint64_t irps = 156)
{
    KernelScenario s;
    s.layout = *builtinLayout(build);
    s.leakedThreadHandles = threads;
    s.leakedIrps = irps;
    return s;
}

Result<Snapshot> read(const GeneratedKernel& kernel, DumpBuilder::Format format, DumpReadOptions options = {})
{
    auto dump = DumpFile::fromBytes(kernel.memory.dump(format), "generated.dmp");
    if (!dump)
        return dump.error();
    ReadControl control;
    return readKernelDump(dump.value(), options, control);
}

bool mentions(const Snapshot& s, std::string_view text, std::optional<Severity> severity = std::nullopt)
{
    return std::any_of(s.diagnostics.begin(), s.diagnostics.end(), [&](const Diagnostic& d) {
        return d.message.find(text) != std::string::npos && (!severity || d.severity == *severity);
    });
}

std::size_t warnings(const Snapshot& s)
{
    return static_cast<std::size_t>(std::count_if(s.diagnostics.begin(), s.diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity != Severity::Info; }));
}

// Everything planted, compared record by record.
void expectPlanted(const Snapshot& s, const PlantedKernel& p)
{
    EXPECT_EQ(s.processes.size(), p.processes);
    EXPECT_EQ(s.handles.size(), p.handles);
    EXPECT_EQ(s.irps.size(), p.irps);

    // Handle counts by type, per process, as !handle would total them.
    for (const ProcessHandleTypes& row : handleCountsByType(s)) {
        const auto planted = p.handleTypes.find(row.processAddress);
        ASSERT_NE(planted, p.handleTypes.end()) << std::hex << row.processAddress;
        std::map<std::string, std::uint64_t> found;
        for (const HandleTypeCount& c : row.counts)
            found[c.type] = c.count;
        EXPECT_EQ(found, planted->second) << (row.process ? row.process->imageName : "?");
    }

    // Ports: depth, IRPs and packets, and who holds them.
    for (const PlantedPort& planted : p.ports) {
        const auto port = std::find_if(s.ports.begin(), s.ports.end(),
                                       [&](const CompletionPort& c) { return c.address == planted.address; });
        ASSERT_NE(port, s.ports.end()) << std::hex << planted.address;
        EXPECT_EQ(port->queuedEntries, planted.irps + planted.packets);
        EXPECT_EQ(port->queuedPackets, planted.packets);
        EXPECT_EQ(port->maxConcurrency, planted.concurrency);
        EXPECT_EQ(port->waitingThreads, planted.waitingThreads);
        EXPECT_EQ(irpsOnPort(s, port->address).size(), planted.irps);
        std::vector<Address> holders;
        for (const PortHolder& h : port->holders)
            holders.push_back(h.process);
        std::vector<Address> expected = planted.holders;
        std::sort(holders.begin(), holders.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(holders, expected);
    }

    // Pool tags, summed over the processors' tables.
    std::map<std::pair<std::string, bool>, const PoolTagStat*> tags;
    for (const PoolTagStat& t : s.poolTags)
        tags[{std::string(t.tag.chars()), isPaged(t.type)}] = &t;
    for (const auto& [tag, planted] : p.tags) {
        for (const bool paged : {false, true}) {
            const std::uint64_t allocs = paged ? planted.pagedAllocs : planted.nonPagedAllocs;
            const std::uint64_t frees = paged ? planted.pagedFrees : planted.nonPagedFrees;
            const std::uint64_t bytes = paged ? planted.pagedBytes : planted.nonPagedBytes;
            const auto found = tags.find({tag, paged});
            if (allocs == 0) {
                EXPECT_EQ(found, tags.end()) << tag;
                continue;
            }
            ASSERT_NE(found, tags.end()) << tag << (paged ? " paged" : " nonpaged");
            EXPECT_EQ(found->second->allocs, allocs) << tag;
            EXPECT_EQ(found->second->frees, frees) << tag;
            EXPECT_EQ(found->second->bytes, bytes) << tag;
        }
    }
    // Named objects carry their name from the header's NAME_INFO.
    for (const char* name : {"LowMemoryCondition", "HighNonPagedPoolCondition"}) {
        const auto named = std::find_if(s.objects.begin(), s.objects.end(), [&](const KernelObject& o) { return o.name() == name; });
        ASSERT_NE(named, s.objects.end()) << name;
        EXPECT_EQ(named->type, "Event");
    }
    const auto large = std::count_if(s.poolBlocks.begin(), s.poolBlocks.end(), [](const PoolBlock& b) { return b.largePool; });
    EXPECT_EQ(static_cast<std::uint64_t>(large), p.bigPagesInUse);

    // Every process's pool quota and peak, whether it has exited, its running threads.
    for (const Process& process : s.processes) {
        SCOPED_TRACE(process.imageName);
        const auto quota = p.quota.find(process.address);
        ASSERT_NE(quota, p.quota.end());
        EXPECT_EQ(process.nonPagedQuota, quota->second.nonPaged);
        EXPECT_EQ(process.nonPagedQuotaPeak, quota->second.nonPagedPeak);
        EXPECT_EQ(process.pagedQuota, quota->second.paged);
        EXPECT_EQ(process.pagedQuotaPeak, quota->second.pagedPeak);
        const bool zombie = std::find(p.zombieProcesses.begin(), p.zombieProcesses.end(), process.address)
            != p.zombieProcesses.end();
        EXPECT_EQ(process.exited, zombie);
        if (zombie) {
            EXPECT_EQ(process.threadCount, 0u);
        } else {
            EXPECT_GE(process.threadCount.value_or(0), 1u);
        }
    }
    // The loaded modules, and every tag found in their images exactly where it was planted.
    ASSERT_GE(s.modules.size(), 2u);
    EXPECT_EQ(s.modules[0].name, "ntoskrnl.exe");
    EXPECT_EQ(s.modules[0].base, p.kernelBase);
    EXPECT_EQ(s.modules[1].name, p.driverImage);
    std::map<std::string, std::map<std::string, std::uint64_t>> inImages;
    for (const TagInImage& t : s.tagsInImages)
        inImages[s.modules.at(t.module).name][std::string(t.tag.chars())] = t.occurrences;
    EXPECT_EQ(inImages, p.tagsInImages);
    // The object types with the pool tag of their objects.
    ASSERT_EQ(s.objectTypes.size() + 2, p.typeNames.size());
    for (const ObjectTypeInfo& type : s.objectTypes) {
        if (type.name == "Thread") {
            EXPECT_EQ(type.poolTag, PoolTag("Thre"));
        }
    }
}

// Seed 002 from the dump: the deepest port is IOCPLeak.exe's, its IRPs are complete, came
// from its thread through the file whose completion context names the port.
void expectIocpCase(const Snapshot& s, const PlantedKernel& p)
{
    const auto ranked = rankPorts(s);
    ASSERT_FALSE(ranked.empty());
    EXPECT_EQ(ranked.front().port->address, p.leakPort);
    EXPECT_EQ(ranked.front().depth, p.leakIrps.size());
    EXPECT_EQ(ranked.front().completedIrps, p.leakIrps.size());
    const auto irps = irpsOnPort(s, p.leakPort);
    ASSERT_EQ(irps.size(), p.leakIrps.size());
    for (std::size_t i = 0; i < irps.size(); ++i) {
        EXPECT_EQ(irps[i]->address, p.leakIrps[i]);
        EXPECT_EQ(irps[i]->thread, p.iocpThread);
        EXPECT_EQ(irps[i]->process, p.iocpProcess);
        EXPECT_EQ(irps[i]->fileObject, p.leakFile);
        EXPECT_EQ(irps[i]->stackCount, 10);
        EXPECT_EQ(irps[i]->currentLocation, 12);
        EXPECT_EQ(irps[i]->pendingReturned, true);
        EXPECT_EQ(irps[i]->status, 0u);
    }
    // The worker's pending reads, found on its thread's IRP list (on no port).
    ASSERT_EQ(p.pendingIrps.size(), 2u);
    for (const Address pending : p.pendingIrps) {
        const auto irp = std::find_if(s.irps.begin(), s.irps.end(), [&](const Irp& i) { return i.address == pending; });
        ASSERT_NE(irp, s.irps.end());
        EXPECT_FALSE(irp->port.has_value());
        EXPECT_EQ(irp->completed, false);
        EXPECT_EQ(irp->status, 0x103u);
        EXPECT_EQ(irp->process, p.iocpProcess);
    }
    const auto file = std::find_if(s.fileObjects.begin(), s.fileObjects.end(),
                                   [&](const FileObject& f) { return f.address == p.leakFile; });
    ASSERT_NE(file, s.fileObjects.end());
    EXPECT_EQ(file->name, p.leakFileName);
    EXPECT_EQ(file->completionPort, p.leakPort);
    const auto thread = std::find_if(s.threads.begin(), s.threads.end(), [&](const Thread& t) { return t.address == p.iocpThread; });
    ASSERT_NE(thread, s.threads.end());
    EXPECT_EQ(thread->pid, p.iocpPid);
}

// Seed 004 from the dump: one process holds the terminated threads.
void expectHandleCase(const Snapshot& s, const PlantedKernel& p)
{
    const auto counts = handleCountsByType(s);
    const auto leaker = std::find_if(counts.begin(), counts.end(),
                                     [&](const ProcessHandleTypes& r) { return r.processAddress == p.handleProcess; });
    ASSERT_NE(leaker, counts.end());
    ASSERT_NE(leaker->process, nullptr);
    EXPECT_EQ(leaker->process->imageName, p.handleImage);
    EXPECT_EQ(leaker->process->pid, p.handlePid);
    EXPECT_EQ(leaker->process->parentPid, 0x16cu);
    const auto threads = std::find_if(leaker->counts.begin(), leaker->counts.end(),
                                      [](const HandleTypeCount& c) { return c.type == "Thread"; });
    ASSERT_NE(threads, leaker->counts.end());
    EXPECT_EQ(threads->count, p.terminatedThreads);
    if (p.terminatedThreads > 65110) { // at the seed's scale the threads lead the table
        EXPECT_EQ(leaker->counts.front().type, "Thread");
    }
    const auto terminated = std::count_if(s.threads.begin(), s.threads.end(), [&](const Thread& t) {
        return t.terminated() && t.pid == p.handlePid && t.process == p.handleProcess;
    });
    EXPECT_EQ(static_cast<std::uint64_t>(terminated), p.terminatedThreads);
    // Each thread object is held by exactly its one handle.
    const auto object = std::find_if(s.objects.begin(), s.objects.end(), [](const KernelObject& o) { return o.type == "Thread"; });
    ASSERT_NE(object, s.objects.end());
    EXPECT_EQ(object->handleCount, 1u);
    EXPECT_EQ(object->pointerCount, 2u);
}

} // namespace

TEST(KernelDumpReader, EveryFormatOfTheSeedCasesAtFullScale)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041, 323155));
    for (const auto format : {DumpBuilder::Format::Full, DumpBuilder::Format::Kernel, DumpBuilder::Format::Bitmap}) {
        SCOPED_TRACE(static_cast<int>(format));
        auto snapshot = read(kernel, format);
        ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
        expectPlanted(*snapshot, kernel.planted);
        expectIocpCase(*snapshot, kernel.planted);
        expectHandleCase(*snapshot, kernel.planted);
        EXPECT_EQ(warnings(*snapshot), 0u) << snapshot->diagnostics.front().message;
        EXPECT_TRUE(mentions(*snapshot, "built-in table for build 19041", Severity::Info));
    }
}

TEST(KernelDumpReader, ACapOnTheImageSearchIsSaidAndKeepsWhatWasSearched)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041, 300));
    const auto all = read(kernel, DumpBuilder::Format::Kernel);
    ASSERT_TRUE(all.ok()) << all.error().describe();
    ASSERT_GE(all->modules.size(), 2u);
    // Only the kernel's image fits under the cap: the driver after it is named as not
    // searched (an Info, like the pages a kernel dump leaves out), the kernel's tags are
    // still found.
    DumpReadOptions options;
    options.moduleLimits.maxSearchedBytes = all->modules[0].size;
    const auto capped = read(kernel, DumpBuilder::Format::Kernel, options);
    ASSERT_TRUE(capped.ok()) << capped.error().describe();
    EXPECT_TRUE(mentions(*capped, all->modules[1].name + " and the modules after it are not searched for tags",
                         Severity::Info));
    std::size_t kernelTags = 0;
    for (const TagInImage& t : all->tagsInImages)
        kernelTags += t.module == 0;
    ASSERT_GT(kernelTags, 0u);
    EXPECT_EQ(capped->tagsInImages.size(), kernelTags);
    for (const TagInImage& t : capped->tagsInImages)
        EXPECT_EQ(t.module, 0u);
}

TEST(KernelDumpReader, EveryBuildOfTheBuiltInTable)
{
    for (const std::uint32_t build :
         {14393u, 17763u, 19041u, 19045u, 20348u, 22000u, 22621u, 22631u, 26100u, 26200u}) {
        SCOPED_TRACE(build);
        const GeneratedKernel kernel = generateKernel(scenario(build));
        auto snapshot = read(kernel, DumpBuilder::Format::Bitmap);
        ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
        expectPlanted(*snapshot, kernel.planted);
        expectIocpCase(*snapshot, kernel.planted);
        expectHandleCase(*snapshot, kernel.planted);
        EXPECT_EQ(warnings(*snapshot), 0u) << snapshot->diagnostics.front().message;
        EXPECT_TRUE(mentions(*snapshot, "ObTypeIndexTable", Severity::Info));
        const std::uint32_t row = build >= 26100 ? 26100 : build >= 22621 ? 22621 : build == 19045 ? 19041 : build;
        EXPECT_TRUE(mentions(*snapshot, fmt::format("layout of build {}, checked on this dump: {} processes round-trip "
                                                    "with printable names and unique pids",
                                                    row, kernel.planted.processes),
                             Severity::Info));
        EXPECT_TRUE(mentions(*snapshot, "queue counts match their walks on 8 of 8 ports", Severity::Info));
        if (row >= 22621) {
            // Rows from PDB-derived headers name no kernel: every global is found on the dump.
            EXPECT_TRUE(mentions(*snapshot, "found in the kernel's data", Severity::Info));
            EXPECT_TRUE(mentions(*snapshot, "solved from the process objects", Severity::Info));
        } else {
            // The table's own kernel: the globals are taken at their addresses.
            EXPECT_TRUE(mentions(*snapshot, "from the built-in table (this kernel)", Severity::Info));
        }
    }
}

TEST(KernelDumpReader, Windows11And2025InEveryFormat)
{
    for (const std::uint32_t build : {22621u, 26100u}) {
        const GeneratedKernel kernel = generateKernel(scenario(build, 20000));
        for (const auto format : {DumpBuilder::Format::Full, DumpBuilder::Format::Kernel, DumpBuilder::Format::Bitmap,
                                  DumpBuilder::Format::Live, DumpBuilder::Format::Rdmp}) {
            SCOPED_TRACE(fmt::format("build {} format {}", build, static_cast<int>(format)));
            auto snapshot = read(kernel, format);
            ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
            expectPlanted(*snapshot, kernel.planted);
            expectIocpCase(*snapshot, kernel.planted);
            expectHandleCase(*snapshot, kernel.planted);
            EXPECT_EQ(warnings(*snapshot), 0u) << snapshot->diagnostics.front().message;
        }
    }
}

// 24H2 moved every _EPROCESS field down by 0x270: a 24H2 kernel whose header claimed 23H2
// would read as garbage with the 23H2 row. The row is tried first and refused, by name.
TEST(KernelDumpReader, ARowThatDoesNotFitIsRefusedWithThePdbThatWouldFit)
{
    KernelScenario s = scenario(26100, 50, 10);
    s.layout.build = 22631;
    s.kernelGuid = "3E0D0C5C4F1A9B2E7D6C5B4A39281706";
    s.kernelAge = 2;
    const GeneratedKernel kernel = generateKernel(s);
    for (const auto format : {DumpBuilder::Format::Full, DumpBuilder::Format::Bitmap}) {
        auto snapshot = read(kernel, format);
        ASSERT_FALSE(snapshot.ok());
        const std::string& message = snapshot.error().message;
        EXPECT_NE(message.find("the built-in structure layout of build 22621 (PDB-derived headers) does not fit this "
                               "dump of Windows build 22631"),
                  std::string::npos)
            << message;
        // Every _EPROCESS field moved by the same 0x270, so names and pids still read right
        // through the shifted list entry: the threads are what give the misfit away.
        EXPECT_NE(message.find("only 0 of 36 threads (ThreadListEntry at +0x538) point back to their process"),
                  std::string::npos)
            << message;
        EXPECT_NE(message.find("no object type table decodes the processes' own headers to Process"), std::string::npos)
            << message;
        EXPECT_NE(message.find("ntkrnlmp.pdb with GUID 3E0D0C5C4F1A9B2E7D6C5B4A39281706 and age 2"), std::string::npos)
            << message;
        EXPECT_NE(message.find("ntkrnlmp.pdb/3E0D0C5C4F1A9B2E7D6C5B4A392817062/ntkrnlmp.pdb"), std::string::npos)
            << message;
    }

    // The same for an _EPROCESS shifted by one field's width within a known build.
    KernelScenario shifted = scenario(19041, 50, 10);
    shifted.layout.processUniqueId += 0x10;
    shifted.layout.processActiveLinks += 0x10;
    shifted.layout.processObjectTable += 0x10;
    shifted.layout.processImageFileName += 0x10;
    shifted.layout.processThreadListHead += 0x10;
    shifted.layout.processParentId += 0x10;
    shifted.kernelGuid = "0123456789ABCDEF0123456789ABCDEF";
    auto misread = read(generateKernel(shifted), DumpBuilder::Format::Full);
    ASSERT_FALSE(misread.ok());
    EXPECT_NE(misread.error().message.find("layout of build 19041 (ISF) does not fit"), std::string::npos)
        << misread.error().message;
    EXPECT_NE(misread.error().message.find("0123456789ABCDEF0123456789ABCDEF-1.json.xz"), std::string::npos);
}

// A build newer than the table is read with the nearest older row, once it fits.
TEST(KernelDumpReader, ABuildNewerThanTheTableUsesTheNearestOlderRowWhenItFits)
{
    KernelScenario s = scenario(26100, 500, 40);
    s.layout.build = 26300;
    const GeneratedKernel kernel = generateKernel(s);
    auto snapshot = read(kernel, DumpBuilder::Format::Bitmap);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectPlanted(*snapshot, kernel.planted);
    expectIocpCase(*snapshot, kernel.planted);
    EXPECT_TRUE(mentions(*snapshot, "built-in table for build 26100 (the nearest older than build 26300)", Severity::Info));
    EXPECT_TRUE(mentions(*snapshot, "layout of build 26100, checked on this dump", Severity::Info));

    // Between rows: 22100 gets 22000's row, which fits a 22000-shaped kernel...
    KernelScenario between = scenario(22000, 100, 5);
    between.layout.build = 22100;
    between.kernelGuid = "0123456789ABCDEF0123456789ABCDEF";
    ASSERT_TRUE(read(generateKernel(between), DumpBuilder::Format::Full).ok());
    // ...but not a 24H2-shaped one.
    KernelScenario moved = scenario(26100, 100, 5);
    moved.layout.build = 22100;
    auto refused = read(generateKernel(moved), DumpBuilder::Format::Full);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("layout of build 22000 (ISF) does not fit this dump of Windows build 22100"),
              std::string::npos)
        << refused.error().message;
}

TEST(KernelDumpReader, AnotherKernelOfAKnownBuildIsReadThroughCheckedHeuristics)
{
    KernelScenario s = scenario(19041);
    s.kernelGuid = "0123456789ABCDEF0123456789ABCDEF";
    const GeneratedKernel kernel = generateKernel(s);
    auto snapshot = read(kernel, DumpBuilder::Format::Full);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectPlanted(*snapshot, kernel.planted);
    expectIocpCase(*snapshot, kernel.planted);
    expectHandleCase(*snapshot, kernel.planted);
    EXPECT_TRUE(mentions(*snapshot, "0123456789ABCDEF0123456789ABCDEF-1"));
    EXPECT_TRUE(mentions(*snapshot, "ObTypeIndexTable", Severity::Info));
    EXPECT_TRUE(mentions(*snapshot, "found in the kernel's data", Severity::Info));
    EXPECT_TRUE(mentions(*snapshot, "solved from the process objects", Severity::Info));
    EXPECT_TRUE(mentions(*snapshot, "from the debugger data block", Severity::Info));
    EXPECT_TRUE(mentions(*snapshot, "PoolBigPageTable", Severity::Info));
}

TEST(KernelDumpReader, APortWithoutHandlesIsFoundOnTheTypeList)
{
    KernelScenario s = scenario(19041, 100);
    s.maintainTypeLists = true;
    const GeneratedKernel kernel = generateKernel(s);
    ASSERT_NE(kernel.planted.orphanPort, 0u);
    auto snapshot = read(kernel, DumpBuilder::Format::Full);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectPlanted(*snapshot, kernel.planted); // every port, the orphan among them with its 5 packets
    expectIocpCase(*snapshot, kernel.planted);
    EXPECT_TRUE(mentions(*snapshot, "completion ports on the IoCompletion type list", Severity::Info));
    EXPECT_EQ(warnings(*snapshot), 0u);

    // Without the gflag the list is empty: the orphan is not in the dump's reach.
    const GeneratedKernel plain = generateKernel(scenario(19041, 100));
    auto without = read(plain, DumpBuilder::Format::Full);
    ASSERT_TRUE(without.ok());
    EXPECT_FALSE(mentions(*without, "type list"));
}

TEST(KernelDumpReader, AnEncodedDebuggerDataBlockLeavesTheTrackerTableToTheDataScan)
{
    KernelScenario s = scenario(19041, 300);
    s.kernelGuid = "0123456789ABCDEF0123456789ABCDEF"; // no symbol addresses: heuristics only
    s.encodedDebuggerData = true;
    const GeneratedKernel kernel = generateKernel(s);
    auto snapshot = read(kernel, DumpBuilder::Format::Bitmap);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectPlanted(*snapshot, kernel.planted); // tags summed over both processors, as before
    EXPECT_TRUE(mentions(*snapshot, "the debugger data block being encoded", Severity::Info));
    // The one caveat: this kernel is not the table's own.
    EXPECT_EQ(warnings(*snapshot), 1u);
    EXPECT_TRUE(mentions(*snapshot, "its globals are found by validated heuristics", Severity::Warning));
}

TEST(KernelDumpReader, ABuildWithoutLayoutNamesTheBuildAndThePdbItNeeds)
{
    KernelScenario s = scenario(19041, 10, 3);
    s.layout.build = 18363; // 1909: not in the table
    const GeneratedKernel kernel = generateKernel(s);
    auto snapshot = read(kernel, DumpBuilder::Format::Full);
    ASSERT_FALSE(snapshot.ok());
    const std::string& message = snapshot.error().message;
    EXPECT_NE(message.find("build 18363"), std::string::npos) << message;
    EXPECT_NE(message.find("606FF669409B00F7FC8C61A9C1670129-1"), std::string::npos) << message;
    EXPECT_NE(message.find("--symbols"), std::string::npos) << message;
}

TEST(KernelDumpReader, TheMatchingSymbolFileIsUsedWhenGiven)
{
    const auto isf = sharedFile("reference/isf/606FF669409B00F7FC8C61A9C1670129-1.json.xz");
    if (isf.empty())
        GTEST_SKIP() << "../shared is absent";
    KernelScenario s = scenario(19041, 500, 40);
    s.layout.build = 18363; // a build the table lacks, readable with its symbols
    const GeneratedKernel kernel = generateKernel(s);
    DumpReadOptions options;
    options.symbolDirs = {isf.parent_path().string()};
    auto snapshot = read(kernel, DumpBuilder::Format::Kernel, options);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectPlanted(*snapshot, kernel.planted);
    expectIocpCase(*snapshot, kernel.planted);
    EXPECT_TRUE(mentions(*snapshot, "type information: symbols", Severity::Info));
    EXPECT_TRUE(mentions(*snapshot, "from the symbols", Severity::Info));
}

TEST(KernelDumpReader, ACyclicQueueIsAWarningOnThePortAndKeepsWhatWasRead)
{
    KernelScenario s = scenario(19041, 10);
    s.damage = DumpDamage::CyclicQueue;
    const GeneratedKernel kernel = generateKernel(s);
    auto snapshot = read(kernel, DumpBuilder::Format::Full);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    const auto warning = std::find_if(snapshot->diagnostics.begin(), snapshot->diagnostics.end(),
                                      [](const Diagnostic& d) { return d.message.find("comes round") != std::string::npos; });
    ASSERT_NE(warning, snapshot->diagnostics.end());
    EXPECT_EQ(warning->where.offset, kernel.planted.leakPort);
    EXPECT_EQ(irpsOnPort(*snapshot, kernel.planted.leakPort).size(), 156u); // every IRP before the loop closes
}

TEST(KernelDumpReader, AHandleTableOutsideMemoryIsAWarningAndTheOtherProcessesAreRead)
{
    KernelScenario s = scenario(19041, 10);
    s.damage = DumpDamage::HandleTableOutside;
    const GeneratedKernel kernel = generateKernel(s);
    auto snapshot = read(kernel, DumpBuilder::Format::Bitmap);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    EXPECT_TRUE(mentions(*snapshot, "handle table directory 0xffffd10000000000", Severity::Warning));
    const auto victim = std::count_if(snapshot->handles.begin(), snapshot->handles.end(),
                                      [&](const Handle& h) { return h.process == kernel.planted.damagedAddress; });
    EXPECT_EQ(victim, 0);
    expectIocpCase(*snapshot, kernel.planted);
    expectHandleCase(*snapshot, kernel.planted);
}

TEST(KernelDumpReader, ATypeIndexPastTheTableIsAWarningOnTheObject)
{
    KernelScenario s = scenario(19041, 10);
    s.damage = DumpDamage::TypeIndexOutOfRange;
    const GeneratedKernel kernel = generateKernel(s);
    auto snapshot = read(kernel, DumpBuilder::Format::Full);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    const auto bad = std::count_if(snapshot->diagnostics.begin(), snapshot->diagnostics.end(), [](const Diagnostic& d) {
        return d.message.find("decodes to 240, past the") != std::string::npos;
    });
    EXPECT_EQ(bad, 3);
    const auto untyped = std::count_if(snapshot->handles.begin(), snapshot->handles.end(), [&](const Handle& h) {
        return h.process == kernel.planted.damagedAddress && h.type.empty();
    });
    EXPECT_EQ(untyped, 3);
    expectHandleCase(*snapshot, kernel.planted);
}

TEST(KernelDumpReader, ATruncatedCopyReadsWhatItHoldsAndSaysWhatIsMissing)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041, 3000));
    auto bytes = kernel.memory.dump(DumpBuilder::Format::Full);
    bytes.resize(bytes.size() * 3 / 5);
    auto dump = DumpFile::fromBytes(std::move(bytes), "cut.dmp");
    ASSERT_TRUE(dump.ok()) << dump.error().describe();
    ReadControl control;
    auto snapshot = readKernelDump(dump.value(), {}, control);
    if (!snapshot.ok()) {
        // Losing the kernel's own pages leaves nothing to walk: that must be said plainly.
        EXPECT_NE(snapshot.error().message.find("not readable"), std::string::npos) << snapshot.error().message;
        return;
    }
    EXPECT_TRUE(mentions(*snapshot, "pages missing; what lay in the missing pages is reported as unreadable",
                         Severity::Warning));
    EXPECT_TRUE(mentions(*snapshot, "truncated: ", Severity::Warning));
    EXPECT_GT(warnings(*snapshot), 1u);
    EXPECT_LT(snapshot->handles.size(), kernel.planted.handles);
}

// A complete dump of which only the beginning survived says what it is and how much of it
// is gone, not that it "may be damaged".
TEST(KernelDumpReader, ACompleteDumpCutAfterItsFirstPagesSaysWhatItIs)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041, 3000));
    auto bytes = kernel.memory.dump(DumpBuilder::Format::Full);
    const std::uint64_t written = 133541209310000000; // 2024-03-05 14:02:11 UTC as a FILETIME
    std::memcpy(bytes.data() + 0xfa8, &written, 8);
    std::uint64_t required = 0, indexed = 0;
    std::memcpy(&required, bytes.data() + 0xfa0, 8);
    std::memcpy(&indexed, bytes.data() + 0x90, 8);
    ASSERT_EQ(required, bytes.size());
    bytes.resize(0x2000 + 16 * 4096); // the header and 16 pages: 72 KB
    auto dump = DumpFile::fromBytes(std::move(bytes), "cut.dmp");
    ASSERT_TRUE(dump.ok()) << dump.error().describe();
    ReadControl control;
    auto snapshot = readKernelDump(dump.value(), {}, control);
    ASSERT_FALSE(snapshot.ok());
    const std::string& message = snapshot.error().message;
    EXPECT_NE(message.find("complete memory dump of Windows build 19041, 2 processors, bug check 0xE2 "
                           "(MANUALLY_INITIATED_CRASH), written 2024-03-05 14:02:11 UTC"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find(fmt::format("truncated: 72.0 KB of the {} its header announces (RequiredDumpSpace), {} of {} "
                                       "pages missing",
                                       format::bytes(required), format::count(indexed - 16), format::count(indexed))),
              std::string::npos)
        << message;
    EXPECT_EQ(message.find("may be damaged"), std::string::npos) << message;
}

TEST(KernelDumpReader, CancellingStopsTheWalk)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041, 1000));
    auto dump = DumpFile::fromBytes(kernel.memory.dump(DumpBuilder::Format::Full), "cancel.dmp");
    ASSERT_TRUE(dump.ok());
    std::atomic<bool> cancel{false};
    double last = 0;
    ReadControl control(
        [&](double fraction) {
            last = fraction;
            if (fraction > 0.1)
                cancel = true;
        },
        &cancel);
    auto snapshot = readKernelDump(dump.value(), {}, control);
    ASSERT_FALSE(snapshot.ok());
    EXPECT_NE(snapshot.error().message.find("cancelled"), std::string::npos);
    EXPECT_LT(last, 1.0);
}
