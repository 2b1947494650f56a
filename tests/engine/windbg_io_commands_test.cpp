// !irpfind, !irp, dt and !list on the real fixtures and the IOCP walk of seed 002, and on
// the broken shapes customers' logs have (cyclic lists, elements without an address).
#include "analysis/conclusions/leak_queries.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

Snapshot read(const std::string& text)
{
    auto snapshot = readWindbgLog(decodeText(text, "io.log"));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

using testdata::fileText;

template <typename T>
const T* at(const std::vector<T>& records, Address address)
{
    const auto it = std::find_if(records.begin(), records.end(), [&](const T& r) { return r.address == address; });
    return it == records.end() ? nullptr : &*it;
}

bool hasDiagnostic(const Snapshot& s, std::string_view words)
{
    return std::any_of(s.diagnostics.begin(), s.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.message.find(words) != std::string::npos; });
}

} // namespace

TEST(WindbgIoCommands, TheSeedIocpWalk)
{
    const auto path = testdata::sharedFile("seeds/002_fe80fed602300250.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const Snapshot s = read(fileText(path));
    // The !irpfind lines pasted into the prose: eight IRPs of one thread.
    EXPECT_EQ(s.irps.size(), 8u);
    const Irp* irp = at(s.irps, 0xffffe00008b192f0);
    ASSERT_NE(irp, nullptr);
    EXPECT_EQ(irp->thread, 0xffffe00001665080u);
    EXPECT_EQ(irp->fileObject, 0xffffe000039455a0u);
    EXPECT_EQ(irp->stackCount, 10u);
    EXPECT_EQ(irp->currentLocation, 12u);
    EXPECT_EQ(irp->completed, true);
    EXPECT_EQ(irp->pendingReturned, true);
    EXPECT_EQ(irp->flags, 0x60900u);
    EXPECT_EQ(irp->listEntryFlink, 0xffffe000062ec0b8u);
    EXPECT_EQ(irp->listEntryBlink, 0xffffe000069170b8u);
    EXPECT_EQ(irp->userEvent, 0xffffe00006648470u);
    EXPECT_EQ(irp->port, 0xffffe00005248840u); // IRP -> file object -> completion context -> port
    const FileObject* file = at(s.fileObjects, 0xffffe000039455a0);
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->name, "\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt");
    EXPECT_EQ(file->device, 0xffffe00001966ca0u);
    EXPECT_EQ(file->flags, 0xc0040u);
    EXPECT_EQ(file->completionContext, 0xffffe00000ea8470u);
    EXPECT_EQ(file->completionPort, 0xffffe00005248840u);
    EXPECT_EQ(file->completionKey, 0u);
    const CompletionPort* port = at(s.ports, 0xffffe00005248840);
    ASSERT_NE(port, nullptr);
    EXPECT_EQ(port->maxConcurrency, 8u);
    EXPECT_EQ(port->activeThreads, 0u);
    EXPECT_EQ(port->waitingThreads, 0u); // ThreadListHead points at port + 0x30
    EXPECT_EQ(port->entryListFlink, 0xffffe00007e366b8u);
    EXPECT_EQ(port->entryListBlink, 0xffffe00002a41628u);
    EXPECT_FALSE(port->queuedEntries); // plain dt does not show Header.SignalState
    EXPECT_EQ(s.pointerSize, 8);
}

TEST(WindbgIoCommands, IrpfindFixtureInTheOldFormat)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-irpfind__2.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    ASSERT_EQ(s.irps.size(), 6u);
    const Irp* first = at(s.irps, 0x8097c008);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->thread, 0x8094d900u);
    EXPECT_EQ(first->currentDriver, "\\Driver\\symc810");
    const Irp* ntfs = at(s.irps, 0x8097dec8);
    ASSERT_NE(ntfs, nullptr);
    EXPECT_EQ(ntfs->currentDriver, "\\FileSystem\\Ntfs");
    EXPECT_FALSE(ntfs->completed); // the old format does not say
    EXPECT_EQ(s.pointerSize, 4);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(WindbgIoCommands, IrpFixtureWithItsStackLocations)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-irp__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    ASSERT_EQ(s.irps.size(), 1u);
    const Irp& irp = s.irps.front();
    EXPECT_EQ(irp.address, 0xac598dc8u);
    EXPECT_EQ(irp.stackCount, 2u);
    EXPECT_EQ(irp.currentLocation, 1u);
    EXPECT_EQ(irp.completed, false);
    EXPECT_EQ(irp.thread, 0x8d1c7bc0u);
    EXPECT_EQ(irp.fileObject, 0xac598d40u); // the File column of the current (">") location
    EXPECT_EQ(irp.currentDriver, "\\FileSystem\\Npfs");
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgIoCommands, DtOfAnotherTypeIsListedAsNotUsed)
{
    const auto path = testdata::sharedFile("fixtures/windbg/dt--display-type-__18.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    ASSERT_EQ(s.skipped.size(), 1u);
    EXPECT_EQ(s.skipped.front().command, "dt nt!_ERESOURCE -b 0x8154f040");
    EXPECT_EQ(s.skipped.front().where.line, 1u);
    EXPECT_GT(s.skipped.front().lines, 10u);
    EXPECT_EQ(s.skipCounts.lines, 0u);
    EXPECT_FALSE(s.hasRecords());
}

TEST(WindbgIoCommands, ListOfActiveIrpsDerivesAddressesAndQueuesThemOnThePort)
{
    // x64: the IRP is 0xd0 bytes, a stack location 0x48; "(= 0x...)" is the current location.
    const Snapshot s = read("0: kd> dt nt!_KQUEUE ffffe000`05248840\n"
                            "   +0x018 EntryListHead    : _LIST_ENTRY [ 0xffffe000`10000ba8 - 0xffffe000`20000ba8 ]\n"
                            "   +0x02c MaximumCount     : 2\n"
                            "0: kd> !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                            "@@(#CONTAINING_RECORD(0xffffe000`10000ba8, nt!_IRP, Tail.Overlay.ListEntry))\n"
                            "Irp is active with 4 stacks 3 is current (= 0xffffe00010000c90)\n"
                            " No Mdl: No System Buffer: Thread ffffe00001665080:  Irp stack trace.\n"
                            "\n"
                            "Irp is active with 4 stacks 1 is current (= 0xffffe00020000bd0)\n"
                            " No Mdl: No System Buffer: Thread ffffe00001665080:  Irp stack trace.\n"
                            "\n");
    const Irp* first = at(s.irps, 0xffffe00010000b00); // = flink - 0xa8
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->stackCount, 4u);
    EXPECT_EQ(first->currentLocation, 3u);
    EXPECT_EQ(first->port, 0xffffe00005248840u);
    EXPECT_EQ(first->thread, 0xffffe00001665080u);
    const Irp* second = at(s.irps, 0xffffe00020000b00); // 0x...bd0 - 0xd0
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->port, 0xffffe00005248840u);
    const auto ranking = rankPorts(s);
    ASSERT_EQ(ranking.size(), 1u);
    EXPECT_EQ(ranking.front().depth, 2u);
    EXPECT_TRUE(ranking.front().depthFromIrps);
}

TEST(WindbgIoCommands, CyclicListStopsWithAWarning)
{
    std::string log = "0: kd> !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"dt nt!_IRP @$extret Tail.Overlay.\" "
                      "ffffe000`10000000\n";
    // Two IRPs that point at each other: the walk must not go round.
    for (int i = 0; i < 6; ++i) {
        const char* next = i % 2 == 0 ? "0xffffe000`200000a8" : "0xffffe000`100000a8";
        log += "   +0x078 Tail             : <unnamed-tag>\n      +0x000 Overlay          : <unnamed-tag>\n";
        log += std::string("         +0x030 ListEntry        : _LIST_ENTRY [ ") + next + " - 0xffffe000`300000a8 ]\n\n";
    }
    const Snapshot s = read(log);
    EXPECT_EQ(s.irps.size(), 2u);
    EXPECT_TRUE(hasDiagnostic(s, "cyclic"));
}

TEST(WindbgIoCommands, CompletedIrpsInAListHaveNoAddressAndAreCounted)
{
    const Snapshot s = read("0: kd> !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                            "@@(#CONTAINING_RECORD(0xffffe000`07e366b8, nt!_IRP, Tail.Overlay.ListEntry))\n"
                            "Irp is complete (CurrentLocation 12 > StackCount 10)\n"
                            "Irp is complete (CurrentLocation 12 > StackCount 10)\n"
                            "Irp is complete (CurrentLocation 12 > StackCount 10)\n");
    // The first element's address comes from the list's start; the others are unknown.
    ASSERT_EQ(s.irps.size(), 1u);
    EXPECT_EQ(s.irps.front().address, 0xffffe00007e36610u);
    EXPECT_EQ(s.irps.front().completed, true);
    EXPECT_TRUE(hasDiagnostic(s, "2 of 3 elements could not be placed"));
}

TEST(WindbgIoCommands, Windows7IrpfindColumnsAndDamagedLines)
{
    const Snapshot s = read("0: kd> !irpfind\n"
                            "Scanning large pool allocation table for tag 0x20707249 (Irp ) (fffffa8003c00000 : fffffa8003e00000)\n"
                            "Irp    [ Thread ] irpStack: (Mj,Mn)   DevObj  [Driver]         MDL Process\n"
                            "fffffa80045a6010 [fffffa800434cb60] irpStack: ( e, 5)  fffffa8003ef9040 [ \\Driver\\AFD]  0xfffffa8004e4d060\n"
                            "fffffa80045a7010 [zzzz] irpStack: ( e, 5)\n");
    const Irp* irp = at(s.irps, 0xfffffa80045a6010);
    ASSERT_NE(irp, nullptr);
    EXPECT_EQ(irp->thread, 0xfffffa800434cb60u);
    EXPECT_EQ(irp->currentDriver, "\\Driver\\AFD");
    EXPECT_EQ(irp->process, 0xfffffa8004e4d060u);
    EXPECT_EQ(s.irps.size(), 1u);
    EXPECT_EQ(s.skipCounts.lines, 1u);
}
