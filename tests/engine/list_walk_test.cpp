// The !list walk mirrored step by step, on the seed it exists for (002), on the demo's KD
// log, on x86 and x64 logs the way the debugger prints them, and on generated dumps of
// every built-in build: the walk visits exactly the queued entries in queue order, tells
// IRPs from completion packets, stops at a planted cycle naming the step where it closes,
// says where a log stops showing the list, and its arithmetic is entry minus the offset of
// the layout in use.
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/list_walk.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "model/format.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/kernel_scenario.h"
#include "tests/support/shared_data.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

Snapshot readLog(const std::string& text)
{
    auto snapshot = readWindbgLog(decodeText(text, "walk.log"));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

using testdata::fileText;

bool hasCommand(const ListWalk& walk, const std::string& command)
{
    return std::any_of(walk.commands.begin(), walk.commands.end(),
                       [&](const DebuggerCommand& c) { return c.command == command; });
}

// Each step's Flink is the next step's entry, and every arithmetic shown is entry - offset.
void expectChained(const ListWalk& walk)
{
    for (std::size_t i = 0; i < walk.steps.size(); ++i) {
        const WalkStep& step = walk.steps[i];
        SCOPED_TRACE(step.number);
        EXPECT_EQ(step.number, i + 1);
        ASSERT_TRUE(step.entry && step.record);
        if (step.kind != ListEntryKind::CompletionPacket) {
            EXPECT_EQ(*step.record, *step.entry - walk.fieldOffset);
        }
        if (i + 1 < walk.steps.size()) {
            EXPECT_EQ(step.flink, walk.steps[i + 1].entry);
        }
        if (i > 0 && step.blink) {
            EXPECT_EQ(*step.blink, *walk.steps[i - 1].entry);
        }
    }
    if (!walk.steps.empty()) {
        EXPECT_EQ(walk.steps.front().entry, walk.headFlink);
        if (walk.steps.front().blink) {
            EXPECT_EQ(walk.steps.front().blink, walk.head);
        }
    }
}

} // namespace

TEST(ListWalk, TheSeedQueueStopsWhereTheLogStopsShowingIt)
{
    const auto path = testdata::sharedFile("seeds/002_fe80fed602300250.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const std::string text = fileText(path);
    const Snapshot s = readLog(text);
    const SnapshotIndex index(s);
    const ListWalk walk = walkList(index, {ListKind::PortQueue, 0xffffe00005248840ull});

    // dt nt!_KQUEUE gives the head's links; the !list that follows prints nothing ("I won't
    // bore you with the entire output"): one step is all the log shows, and it says so.
    EXPECT_EQ(walk.head, 0xffffe00005248858u);
    EXPECT_EQ(walk.headFlink, 0xffffe00007e366b8u);
    EXPECT_EQ(walk.headBlink, 0xffffe00002a41628u);
    EXPECT_FALSE(walk.expected.has_value()); // dt without -r: no Header.SignalState
    ASSERT_EQ(walk.steps.size(), 1u);
    EXPECT_EQ(containingRecordText(walk, walk.steps[0]),
              "CONTAINING_RECORD(ffffe000`07e366b8, nt!_IRP, Tail.Overlay.ListEntry) = ffffe000`07e36610 (entry - 0xa8)");
    EXPECT_EQ(walk.end, WalkEnd::Gap);
    EXPECT_EQ(walk.ending, "the source does not show the Flink of step 1 (entry ffffe000`07e366b8): the walk cannot go "
                           "on from what it recorded");
    EXPECT_EQ(stepPosition(walk, walk.steps[0]), "entry 1 of ? on port ffffe000`05248840");
    EXPECT_TRUE(std::any_of(walk.notes.begin(), walk.notes.end(), [](const std::string& n) {
        return n.find("The !list at line") != std::string::npos && n.find("shows no element") != std::string::npos;
    }));
    // The IRP the page dumps with dt is on this queue (its file completes to the port), between
    // the two entries its Tail.Overlay.ListEntry names: shown, not reached.
    ASSERT_EQ(walk.unreached.size(), 1u);
    EXPECT_EQ(walk.unreached[0].record, 0xffffe00008b192f0u);
    EXPECT_EQ(walk.unreached[0].entry, 0xffffe00008b19398u);
    EXPECT_EQ(walk.unreached[0].flink, 0xffffe000062ec0b8u);
    EXPECT_EQ(walk.unreached[0].blink, 0xffffe000069170b8u);

    // The command to paste is the seed's own, character for character.
    const std::string seedCommand = "!list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                                    "@@(#CONTAINING_RECORD(0xffffe000`07e366b8, nt!_IRP, Tail.Overlay.ListEntry))";
    ASSERT_NE(text.find("kd> " + seedCommand), std::string::npos);
    EXPECT_EQ(listCommand(walk), seedCommand);
    EXPECT_TRUE(hasCommand(walk, seedCommand));
}

TEST(ListWalk, TheDemoQueueIsWalkedEntryByEntryBackToItsHead)
{
    testdata::KdLogOptions options;
    options.handleLeak = false;
    testdata::PlantedLeaks planted;
    const std::string log = testdata::generateKdLog(options, &planted);
    const Snapshot s = readLog(log);
    const SnapshotIndex index(s);
    const ListWalk walk = walkList(index, {ListKind::PortQueue, planted.port});

    EXPECT_EQ(walk.title, "EntryListHead of port ffffe000`05248840");
    EXPECT_EQ(walk.head, planted.port + 0x18);
    EXPECT_EQ(walk.fieldOffset, 0xa8u);
    ASSERT_EQ(walk.steps.size(), planted.irpsOnPort);
    expectChained(walk);
    EXPECT_EQ(walk.end, WalkEnd::BackAtHead);
    EXPECT_EQ(walk.steps.back().flink, walk.head);
    EXPECT_EQ(walk.headBlink, walk.steps.back().entry);
    EXPECT_EQ(walk.ending, "back at the head (ffffe000`05248858) after 156 entries");
    EXPECT_EQ(walk.total(), 156u);
    EXPECT_EQ(walk.expected, 156u);
    EXPECT_TRUE(walk.unreached.empty());
    EXPECT_EQ(stepPosition(walk, walk.steps[36]), "entry 37 of 156 on port ffffe000`05248840");
    for (const WalkStep& step : walk.steps) {
        EXPECT_EQ(step.kind, ListEntryKind::Irp);
        EXPECT_TRUE(step.inSource);
        EXPECT_EQ(step.thread, planted.iocpThread);
        EXPECT_EQ(step.file, planted.iocpFileObject);
        EXPECT_EQ(step.fileName, planted.iocpFileName);
        EXPECT_EQ(step.processName, fmt::format("IOCPLeak.exe ({:#x})", planted.iocpPid));
        EXPECT_GT(step.line, 0u);
    }
    // The order is the log's: the n-th element of the !list output is step n.
    std::size_t element = 0;
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);)
        if (line.find("+0x030 ListEntry") != std::string::npos && element < walk.steps.size()) {
            EXPECT_NE(line.find(format::address(*walk.steps[element++].flink, 8)), std::string::npos) << line;
        }
    EXPECT_EQ(element, walk.steps.size());
    EXPECT_EQ(listCommand(walk), "!list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                                 "@@(#CONTAINING_RECORD(0xffffe000`08b00cb8, nt!_IRP, Tail.Overlay.ListEntry))");
}

TEST(ListWalk, AnX86LogUsesTheX86OffsetsAndSkipsTheHeadsOwnElement)
{
    // An x86 target: _KQUEUE.EntryListHead at +0x10, _IRP.Tail at +0x40 with ListEntry at
    // Overlay+0x18 (= +0x58). !list ends with CONTAINING_RECORD of the head (8a1b2bf8),
    // whose dt shows the head's own links: it is no IRP.
    const char* const entries[] = {"0x8a3c0058", "0x8a3d0058", "0x8a3e0058"};
    std::string log = "0: kd> dt nt!_KQUEUE 8a1b2c40\n"
                      "   +0x000 Header           : _DISPATCHER_HEADER\n"
                      "   +0x010 EntryListHead    : _LIST_ENTRY [ 0x8a3c0058 - 0x8a3e0058 ]\n"
                      "   +0x018 CurrentCount     : 0\n"
                      "   +0x01c MaximumCount     : 1\n"
                      "   +0x020 ThreadListHead   : _LIST_ENTRY [ 0x8a1b2c60 - 0x8a1b2c60 ]\n\n"
                      "0: kd> !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"dt nt!_IRP @$extret Tail.Overlay.\" "
                      "@@(#CONTAINING_RECORD(0x8a3c0058, nt!_IRP, Tail.Overlay.ListEntry))\n";
    const auto element = [&](const char* thread, const char* flink, const char* blink) {
        log += "   +0x040 Tail             : <unnamed-tag>\n      +0x000 Overlay          : <unnamed-tag>\n";
        log += std::string("         +0x010 Thread           : ") + thread + " _ETHREAD\n";
        log += std::string("         +0x018 ListEntry        : _LIST_ENTRY [ ") + flink + " - " + blink + " ]\n";
        log += "         +0x024 OriginalFileObject : 0x89e01f28 _FILE_OBJECT\n\n";
    };
    element("0x89d0a020", entries[1], "0x8a1b2c50");
    element("0x89d0a020", entries[2], entries[0]);
    element("0x89d0a020", "0x8a1b2c50", entries[1]);
    element("0x00000004", entries[0], entries[2]); // the head's CONTAINING_RECORD
    const Snapshot s = readLog(log);
    EXPECT_EQ(s.pointerSize, 4u);
    EXPECT_EQ(s.listOffsets.irpListEntry, 0x58u);
    EXPECT_EQ(s.listOffsets.queueEntryListHead, 0x10u);
    EXPECT_EQ(s.irps.size(), 3u); // not 8a1b2bf8
    ASSERT_EQ(s.ports.size(), 1u);
    EXPECT_EQ(s.ports[0].waitingThreads, 0u); // ThreadListHead at +0x20 points at itself

    const SnapshotIndex index(s);
    const ListWalk walk = walkList(index, {ListKind::PortQueue, 0x8a1b2c40});
    EXPECT_EQ(walk.head, 0x8a1b2c50u);
    ASSERT_EQ(walk.steps.size(), 3u);
    expectChained(walk);
    EXPECT_EQ(walk.steps[0].record, 0x8a3c0000u);
    EXPECT_EQ(walk.steps[2].record, 0x8a3e0000u);
    EXPECT_EQ(containingRecordText(walk, walk.steps[1]),
              "CONTAINING_RECORD(8a3d0058, nt!_IRP, Tail.Overlay.ListEntry) = 8a3d0000 (entry - 0x58)");
    EXPECT_EQ(walk.end, WalkEnd::BackAtHead);
    EXPECT_EQ(walk.ending, "back at the head (8a1b2c50) after 3 entries");
    EXPECT_EQ(listCommand(walk), "!list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                                 "@@(#CONTAINING_RECORD(0x8a3c0058, nt!_IRP, Tail.Overlay.ListEntry))");
    // The inspector's port commands use the same head: x86 EntryListHead is at +0x10.
    const auto commands = debuggerCommands(index, {RecordKind::Port, 0x8a1b2c40, 0, {}, PoolType::Unknown});
    EXPECT_TRUE(std::any_of(commands.begin(), commands.end(),
                            [&](const DebuggerCommand& c) { return c.command == listCommand(walk); }));
}

TEST(ListWalk, CompletedIrpsWithoutAddressesAreStepsTheLogCannotPlace)
{
    // The seed's own command on completed IRPs: !irp prints no address, so only the first
    // element is placed (from the start); the walk still counts the others, in order.
    const Snapshot s = readLog("0: kd> dt -r1 nt!_KQUEUE ffffe000`05248840\n"
                               "   +0x000 Header           : _DISPATCHER_HEADER\n"
                               "      +0x004 SignalState      : 0n3\n"
                               "   +0x018 EntryListHead    : _LIST_ENTRY [ 0xffffe000`07e366b8 - 0xffffe000`02a41628 ]\n"
                               "0: kd> !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                               "@@(#CONTAINING_RECORD(0xffffe000`07e366b8, nt!_IRP, Tail.Overlay.ListEntry))\n"
                               "Irp is complete (CurrentLocation 12 > StackCount 10)\n\n"
                               "Irp is complete (CurrentLocation 12 > StackCount 10)\n\n"
                               "Irp is complete (CurrentLocation 12 > StackCount 10)\n\n");
    const SnapshotIndex index(s);
    const ListWalk walk = walkList(index, {ListKind::PortQueue, 0xffffe00005248840ull});
    ASSERT_EQ(walk.steps.size(), 3u);
    EXPECT_EQ(walk.steps[0].record, 0xffffe00007e36610u);
    EXPECT_EQ(walk.steps[0].kind, ListEntryKind::Irp);
    EXPECT_FALSE(walk.steps[1].entry.has_value());
    EXPECT_FALSE(walk.steps[2].entry.has_value());
    EXPECT_EQ(walk.steps[1].line, 8u);
    EXPECT_NE(walk.steps[1].note.find("line 8"), std::string::npos) << walk.steps[1].note;
    EXPECT_EQ(walk.end, WalkEnd::Gap);
    EXPECT_EQ(walk.ending, "the source stops after step 3 without showing where the list goes on");
    EXPECT_EQ(stepPosition(walk, walk.steps[1]), "entry 2 of 3 on port ffffe000`05248840");
}

namespace {

testdata::GeneratedKernel iocpKernel(std::uint32_t build, testdata::DumpDamage damage = testdata::DumpDamage::None)
{
    testdata::KernelScenario scenario;
    scenario.kind = testdata::ScenarioKind::IocpLeak;
    scenario.layout = *builtinLayout(build);
    scenario.damage = damage;
    return testdata::generateKernel(scenario);
}

Snapshot readDump(const testdata::GeneratedKernel& kernel)
{
    auto dump = DumpFile::fromBytes(kernel.memory.dump(testdata::DumpBuilder::Format::Kernel), "walk.dmp");
    EXPECT_TRUE(dump.ok());
    if (!dump)
        return {};
    ReadControl control;
    auto snapshot = readKernelDump(dump.value(), {}, control);
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

} // namespace

TEST(ListWalk, GeneratedDumpsOfEveryBuildAreWalkedInQueueOrder)
{
    for (const std::uint32_t build : {14393u, 17763u, 19041u, 20348u, 22000u}) {
        SCOPED_TRACE(build);
        const KernelLayout layout = *builtinLayout(build);
        const testdata::GeneratedKernel kernel = iocpKernel(build);
        const testdata::PlantedKernel& p = kernel.planted;
        const Snapshot s = readDump(kernel);
        const SnapshotIndex index(s);
        EXPECT_EQ(s.listOffsets.irpListEntry, layout.irpListEntry);
        EXPECT_EQ(s.listOffsets.source, layout.source);

        // The leaking port: exactly the planted IRPs, in the order they were queued.
        const ListWalk leak = walkList(index, {ListKind::PortQueue, p.leakPort});
        EXPECT_EQ(leak.head, p.leakPort + layout.queueEntryListHead);
        EXPECT_EQ(leak.fieldOffset, layout.irpListEntry);
        ASSERT_EQ(leak.steps.size(), p.leakIrps.size());
        for (std::size_t i = 0; i < leak.steps.size(); ++i) {
            EXPECT_EQ(leak.steps[i].record, p.leakIrps[i]);
            EXPECT_EQ(leak.steps[i].kind, ListEntryKind::Irp);
            EXPECT_EQ(leak.steps[i].thread, p.iocpThread);
            EXPECT_EQ(leak.steps[i].fileName, p.leakFileName);
            EXPECT_EQ(leak.steps[i].status, 0u);
        }
        expectChained(leak);
        EXPECT_EQ(leak.end, WalkEnd::BackAtHead);
        EXPECT_EQ(leak.expected, p.leakIrps.size());
        EXPECT_EQ(containingRecordText(leak, leak.steps[0]),
                  fmt::format("CONTAINING_RECORD({}, nt!_IRP, Tail.Overlay.ListEntry) = {} (entry - {:#x})",
                              format::address(p.leakIrps[0] + layout.irpListEntry, 8), format::address(p.leakIrps[0], 8),
                              layout.irpListEntry));

        // The service host's port holds completion packets only: told apart, no IRP made of them.
        const auto packets = std::find_if(p.ports.begin(), p.ports.end(), [](const auto& port) { return port.packets > 0; });
        ASSERT_NE(packets, p.ports.end());
        const ListWalk posted = walkList(index, {ListKind::PortQueue, packets->address});
        ASSERT_EQ(posted.steps.size(), packets->packets);
        expectChained(posted);
        for (const WalkStep& step : posted.steps) {
            EXPECT_EQ(step.kind, ListEntryKind::CompletionPacket);
            EXPECT_EQ(step.record, step.entry); // its ListEntry is its first field
            EXPECT_FALSE(step.inSource);
        }
        EXPECT_EQ(containingRecordText(posted, posted.steps[0]),
                  fmt::format("CONTAINING_RECORD({0}, nt!_IOP_MINI_COMPLETION_PACKET, ListEntry) = {0} (entry - 0x0)",
                              format::address(*posted.steps[0].entry, 8)));
        EXPECT_EQ(posted.end, WalkEnd::BackAtHead);

        // The worker's pending reads, on its IrpList by ThreadListEntry.
        const Irp* pending = index.irp(p.pendingIrps.front());
        ASSERT_NE(pending, nullptr);
        const ListWalk irps = walkList(index, {ListKind::ThreadIrps, *pending->thread});
        ASSERT_EQ(irps.steps.size(), p.pendingIrps.size());
        for (std::size_t i = 0; i < irps.steps.size(); ++i)
            EXPECT_EQ(irps.steps[i].record, p.pendingIrps[i]);
        expectChained(irps);
        EXPECT_EQ(irps.head, *pending->thread + layout.threadIrpList);
        EXPECT_EQ(irps.fieldOffset, layout.irpThreadListEntry);
        EXPECT_EQ(irps.end, WalkEnd::BackAtHead);
        // A thread the dump read with nothing pending: an empty list, not an unknown one.
        const ListWalk none = walkList(index, {ListKind::ThreadIrps, p.iocpThread});
        EXPECT_TRUE(none.steps.empty());
        EXPECT_EQ(none.end, WalkEnd::BackAtHead);

        // The process list, by ActiveProcessLinks.
        const ListWalk processes = walkList(index, {ListKind::ActiveProcesses, 0});
        EXPECT_EQ(processes.steps.size(), p.processes);
        EXPECT_EQ(processes.fieldOffset, layout.processActiveLinks);
        expectChained(processes);
        EXPECT_EQ(processes.end, WalkEnd::BackAtHead);
        EXPECT_TRUE(processes.unreached.empty());
    }
}

TEST(ListWalk, APlantedCycleStopsTheWalkAtTheStepWhereItCloses)
{
    // The generator points the last IRP's Flink back at the tenth entry.
    const testdata::GeneratedKernel kernel = iocpKernel(19041, testdata::DumpDamage::CyclicQueue);
    const Snapshot s = readDump(kernel);
    const SnapshotIndex index(s);
    const ListWalk walk = walkList(index, {ListKind::PortQueue, kernel.planted.leakPort});
    ASSERT_EQ(walk.steps.size(), kernel.planted.leakIrps.size());
    expectChained(walk);
    EXPECT_EQ(walk.end, WalkEnd::Cycle);
    EXPECT_EQ(walk.cycleOnto, 10u);
    EXPECT_EQ(walk.endAddress, kernel.planted.leakIrps[9] + 0xa8);
    EXPECT_EQ(walk.steps.back().flink, walk.steps[9].entry);
    EXPECT_EQ(walk.ending, fmt::format("cyclic: the Flink of step 156 is {}, the entry of step 10 again; the list closes "
                                       "at step 157 onto step 10 without coming back to its head",
                                       format::address(kernel.planted.leakIrps[9] + 0xa8, 8)));
}

TEST(ListWalk, ALinkOutsideTheDumpBreaksTheWalkWhereItLeads)
{
    // The fourth IRP's Flink points at memory the dump does not hold.
    constexpr Address kNowhere = 0xffffd100000000a8ull;
    testdata::GeneratedKernel kernel = iocpKernel(19041);
    const testdata::PlantedKernel& p = kernel.planted;
    kernel.memory.write64(p.leakIrps[3] + 0xa8, kNowhere);
    const Snapshot s = readDump(kernel);
    const SnapshotIndex index(s);
    const ListWalk walk = walkList(index, {ListKind::PortQueue, p.leakPort});
    ASSERT_EQ(walk.steps.size(), 4u);
    expectChained(walk);
    EXPECT_EQ(walk.steps[3].flink, kNowhere);
    EXPECT_EQ(walk.end, WalkEnd::Broken);
    EXPECT_EQ(walk.endAddress, kNowhere);
    EXPECT_EQ(walk.ending, "broken at step 5: entry ffffd100`000000a8 (the Flink of step 4) is not readable as an entry "
                           "of this list");
    // The IRPs the dump's reader never reached are not invented; the count says what is missing.
    EXPECT_EQ(walk.expected, p.leakIrps.size());
    EXPECT_TRUE(std::any_of(walk.notes.begin(), walk.notes.end(), [](const std::string& n) {
        return n == "Header.SignalState says 156 entries are queued; the source shows 4 of them in list order";
    }));

    // The walk's own limit stops it too, and says so.
    const Snapshot whole = readDump(iocpKernel(19041));
    const SnapshotIndex wholeIndex(whole);
    const ListWalk capped = walkList(wholeIndex, {ListKind::PortQueue, p.leakPort}, 37);
    EXPECT_EQ(capped.steps.size(), 37u);
    EXPECT_EQ(capped.end, WalkEnd::Cap);
}

namespace {

const InspectedField* fieldNamed(const std::vector<InspectedField>& fields, const std::string& name)
{
    for (const InspectedField& f : fields) {
        if (f.name == name)
            return &f;
        if (const InspectedField* inner = fieldNamed(f.children, name))
            return inner;
    }
    return nullptr;
}

} // namespace

TEST(ListWalk, EveryListEntryTheInspectorShowsIsALinkIntoItsList)
{
    const testdata::GeneratedKernel kernel = iocpKernel(17763);
    const testdata::PlantedKernel& p = kernel.planted;
    const KernelLayout layout = *builtinLayout(17763);
    const Snapshot s = readDump(kernel);
    const SnapshotIndex index(s);
    const ListRef queue{ListKind::PortQueue, p.leakPort};

    // The port's EntryListHead: Flink to the first IRP, Blink to the last.
    const Inspection port = inspect(index, {RecordKind::Port, p.leakPort, 0, {}, PoolType::Unknown});
    const InspectedField* flink = fieldNamed(port.fields, "Flink");
    ASSERT_NE(flink, nullptr);
    ASSERT_TRUE(flink->listLink.has_value());
    EXPECT_EQ(flink->listLink->list, queue);
    EXPECT_EQ(flink->listLink->target, p.leakIrps.front() + layout.irpListEntry);
    EXPECT_EQ(flink->value, fmt::format("{} -> nt!_IRP {}", format::address(p.leakIrps.front() + layout.irpListEntry, 8),
                                        format::address(p.leakIrps.front(), 8)));
    EXPECT_EQ(fieldNamed(port.fields, "Blink")->listLink->target, p.leakIrps.back() + layout.irpListEntry);

    // The last IRP's Tail.Overlay.ListEntry leads back to the head.
    const Inspection last = inspect(index, {RecordKind::Irp, p.leakIrps.back(), 0, {}, PoolType::Unknown});
    const InspectedField* next = fieldNamed(last.fields, "Flink");
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(next->listLink->target, p.leakPort + layout.queueEntryListHead);
    EXPECT_EQ(next->value, fmt::format("{} (the head: EntryListHead of port {})",
                                       format::address(p.leakPort + layout.queueEntryListHead, 8),
                                       format::address(p.leakPort, 8)));

    // A pending IRP's ThreadListEntry, its thread's IrpList, a process's ActiveProcessLinks.
    const Inspection pending = inspect(index, {RecordKind::Irp, p.pendingIrps.front(), 0, {}, PoolType::Unknown});
    const InspectedField* threadEntry = fieldNamed(pending.fields, "ThreadListEntry");
    ASSERT_NE(threadEntry, nullptr);
    const Address worker = *index.irp(p.pendingIrps.front())->thread;
    EXPECT_EQ(threadEntry->listLink->list, (ListRef{ListKind::ThreadIrps, worker}));
    const Inspection thread = inspect(index, {RecordKind::Thread, worker, 0, {}, PoolType::Unknown});
    const InspectedField* irpList = fieldNamed(thread.fields, "IrpList");
    ASSERT_NE(irpList, nullptr);
    EXPECT_EQ(irpList->listLink->target, p.pendingIrps.front() + layout.irpThreadListEntry);
    const Inspection process = inspect(index, {RecordKind::Process, p.iocpProcess, 0, {}, PoolType::Unknown});
    const InspectedField* links = fieldNamed(process.fields, "ActiveProcessLinks");
    ASSERT_NE(links, nullptr);
    EXPECT_EQ(links->listLink->list, (ListRef{ListKind::ActiveProcesses, 0}));

    // A step that is no record of the source: a completion packet, with its own links.
    const auto packets = std::find_if(p.ports.begin(), p.ports.end(), [](const auto& planted) { return planted.packets > 0; });
    const ListWalk posted = walkList(index, {ListKind::PortQueue, packets->address});
    const Inspection packet = inspectStep(index, posted, 0);
    EXPECT_EQ(packet.title, fmt::format("Completion packet {} (nt!_IOP_MINI_COMPLETION_PACKET)",
                                        format::address(*posted.steps[0].record, 8)));
    EXPECT_EQ(fieldNamed(packet.fields, "Flink")->listLink->target, *posted.steps[1].entry);
}
