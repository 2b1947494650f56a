// !process, !handle, !object, !thread, !icpleak and the handle count by type table, on the
// real fixtures and seed, on the Windows 7+ x64 shapes, and on damaged copies of them.
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
    auto snapshot = readWindbgLog(decodeText(text, "object.log"));
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

const Handle* handleAt(const Snapshot& s, Address process, std::uint64_t value)
{
    const auto it = std::find_if(s.handles.begin(), s.handles.end(),
                                 [&](const Handle& h) { return h.process == process && h.value == value; });
    return it == s.handles.end() ? nullptr : &*it;
}

std::uint64_t typeCount(const Process& p, std::string_view type)
{
    for (const auto& c : p.handleCountsByType)
        if (c.type == type)
            return c.count;
    return 0;
}

bool hasDiagnostic(const Snapshot& s, std::string_view words, std::uint32_t line)
{
    return std::any_of(s.diagnostics.begin(), s.diagnostics.end(), [&](const Diagnostic& d) {
        return d.message.find(words) != std::string::npos && d.where.line == line;
    });
}

} // namespace

TEST(WindbgObjectCommands, ProcessListFromTheFixture)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-process__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    ASSERT_EQ(s.processes.size(), 7u);
    const Process* system = at(s.processes, 0x80a02a60);
    ASSERT_NE(system, nullptr);
    EXPECT_EQ(system->pid, 2u);
    EXPECT_EQ(system->parentPid, 0u);
    EXPECT_EQ(system->imageName, "System");
    EXPECT_EQ(system->handleCount, 150u);
    EXPECT_EQ(system->objectTable, 0x80a03788u);
    EXPECT_EQ(system->directoryTableBase, 0x6e05u);
    EXPECT_EQ(system->peb, 0u);
    EXPECT_FALSE(system->sessionId); // the old header has none: absent, not zero
    const Process* smss = at(s.processes, 0x80986f40);
    ASSERT_NE(smss, nullptr);
    EXPECT_EQ(smss->pid, 0x12u);
    EXPECT_EQ(smss->handleCount, 38u); // "TableSize:  38."
    const Process* spooler = at(s.processes, 0x809258e0);
    ASSERT_NE(spooler, nullptr);
    EXPECT_EQ(spooler->imageName, "SPOOLSS.EXE");
    EXPECT_EQ(spooler->parentPid, 0x26u);
    EXPECT_EQ(s.pointerSize, 4);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(WindbgObjectCommands, Windows7ProcessHeadersAndTheirThreads)
{
    const Snapshot s = read("0: kd> !process 0 7\n"
                            "**** NT ACTIVE PROCESS DUMP ****\n"
                            "PROCESS fffffa8003c5a040\n"
                            "    SessionId: none  Cid: 0004    Peb: 00000000  ParentCid: 0000\n"
                            "    DirBase: 00187000  ObjectTable: fffff8a000001800  HandleCount: 534.\n"
                            "    Image: System\n"
                            "    VadRoot fffffa80048e1d80 Vads 5 Clone 0 Private 13. Modified 1264. Locked 64.\n"
                            "    ElapsedTime                       00:04:18.446\n"
                            "\n"
                            "        THREAD fffffa8003c5ab50  Cid 0004.0008  Teb: 0000000000000000 Win32Thread: 0000000000000000 WAIT: (Executive) KernelMode Non-Alertable\n"
                            "            fffff80001ffb7a0  NotificationEvent\n"
                            "        Not impersonating\n"
                            "        Owning Process            fffffa8003c5a040       Image:         System\n"
                            "        Start Address nt!Phase1Initialization (0xfffff8000215e6d0)\n"
                            "        Child-SP          RetAddr           Call Site\n"
                            "        fffff880`0311b6a0 fffff800`01e8a052 nt!KiSwapContext+0x7a\n"
                            "\n"
                            "PROCESS fffffa8004d1b060\n"
                            "    SessionId: 1  Cid: 0a10    Peb: 7fffffd8000  ParentCid: 0998\n"
                            "    DirBase: 2a6a3000  ObjectTable: 00000000  HandleCount: <Data Not Accessible>\n"
                            "    Image: IOCPLeak.exe\n");
    ASSERT_EQ(s.processes.size(), 2u);
    const Process* system = at(s.processes, 0xfffffa8003c5a040);
    ASSERT_NE(system, nullptr);
    EXPECT_FALSE(system->sessionId); // "SessionId: none"
    EXPECT_EQ(system->pid, 4u);
    EXPECT_EQ(system->handleCount, 534u);
    EXPECT_EQ(system->objectTable, 0xfffff8a000001800u);
    const Process* leak = at(s.processes, 0xfffffa8004d1b060);
    ASSERT_NE(leak, nullptr);
    EXPECT_EQ(leak->sessionId, 1u);
    EXPECT_EQ(leak->pid, 0xa10u);
    EXPECT_EQ(leak->parentPid, 0x998u);
    EXPECT_EQ(leak->imageName, "IOCPLeak.exe");
    EXPECT_FALSE(leak->handleCount); // <Data Not Accessible>
    ASSERT_EQ(s.threads.size(), 1u);
    const Thread& t = s.threads.front();
    EXPECT_EQ(t.address, 0xfffffa8003c5ab50u);
    EXPECT_EQ(t.pid, 4u);
    EXPECT_EQ(t.tid, 8u);
    EXPECT_EQ(t.process, 0xfffffa8003c5a040u);
    EXPECT_EQ(t.startAddress, 0xfffff8000215e6d0u);
    EXPECT_EQ(t.state.rfind("WAIT: (Executive)", 0), 0u) << t.state;
    EXPECT_EQ(s.pointerSize, 8);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgObjectCommands, HandleTableFromTheFixture)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-handle__4.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    const Address idle = 0x80559800;
    const Process* process = at(s.processes, idle);
    ASSERT_NE(process, nullptr);
    EXPECT_EQ(process->imageName, "Idle");
    EXPECT_EQ(process->handleCount, 380u);
    // Seven handles; the two free slots and the "......" elisions are not handles.
    ASSERT_EQ(s.handles.size(), 7u);
    const struct {
        std::uint64_t value;
        Address object;
        std::uint32_t access;
    } expected[] = {{0x4, 0x80ed5238, 0x001f0fff}, {0x8, 0x80ed46b8, 0},          {0xc, 0xe1281d00, 0x000f003f},
                    {0x10, 0xe1013658, 0},         {0x168, 0xffb6c748, 0x3},       {0x16c, 0xff811f90, 0x0012008b},
                    {0x174, 0x80dfd5c8, 0x001f01ff}};
    for (const auto& e : expected) {
        const Handle* h = handleAt(s, idle, e.value);
        ASSERT_NE(h, nullptr) << std::hex << e.value;
        EXPECT_EQ(h->object, e.object);
        EXPECT_EQ(h->grantedAccess, e.access);
        EXPECT_EQ(h->pid, 0u);
        EXPECT_EQ(h->isProtected, e.value == 0x168);
    }
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(WindbgObjectCommands, HandleWithObjectDetailFromTheFixture)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-handle__5.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    const Handle* h = handleAt(s, 0x80559800, 0x14);
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->object, 0xe12751d0u);
    EXPECT_EQ(h->grantedAccess, 0x0002001fu);
    EXPECT_EQ(h->type, "Key");
    const KernelObject* key = at(s.objects, 0xe12751d0);
    ASSERT_NE(key, nullptr);
    EXPECT_EQ(key->type, "Key");
    EXPECT_EQ(key->typeObject(), 0x80ec8db8u);
    EXPECT_EQ(key->header, 0xe12751b8u);
    EXPECT_EQ(key->handleCount, 1u);
    EXPECT_EQ(key->pointerCount, 1u);
    EXPECT_FALSE(key->directory()); // "Directory Object: 00000000" is no directory
    EXPECT_EQ(key->name(), "\\REGISTRY\\MACHINE\\SYSTEM\\CONTROLSET001\\CONTROL\\SESSION MANAGER\\EXECUTIVE");
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(WindbgObjectCommands, DeviceObjectFromTheFixture)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-object__3.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    ASSERT_EQ(s.objects.size(), 1u);
    const KernelObject& device = s.objects.front();
    EXPECT_EQ(device.address, 0xffffe0083b85d060u);
    EXPECT_EQ(device.type, "Device");
    EXPECT_EQ(device.typeObject(), 0xffffe0083b87df20u);
    EXPECT_EQ(device.header, 0xffffe0083b85d030u);
    EXPECT_EQ(device.handleCount, 0u);
    EXPECT_EQ(device.pointerCount, 6u);
    EXPECT_EQ(device.directory(), 0xffffc00b074166a0u);
    EXPECT_EQ(device.name(), "USBPDO-8");
    EXPECT_EQ(s.pointerSize, 8);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(WindbgObjectCommands, ThreadHandleLeakFromTheSeed)
{
    const auto path = testdata::sharedFile("seeds/004_5534fcd0e08ba444.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const Snapshot s = read(fileText(path));
    // "THREAD 81098620Cid 8e8.a391c ... TERMINATED", owned by the leaking process.
    const Thread* leaked = at(s.threads, 0x81098620);
    ASSERT_NE(leaked, nullptr);
    EXPECT_EQ(leaked->pid, 0x8e8u);
    EXPECT_EQ(leaked->tid, 0xa391cu);
    EXPECT_TRUE(leaked->terminated());
    EXPECT_EQ(leaked->process, 0x886f5020u);
    EXPECT_EQ(leaked->startAddress, 0x7c57b740u);
    EXPECT_EQ(leaked->win32StartAddress, 0x20003474u);
    const Thread* worker = at(s.threads, 0x8904a180);
    ASSERT_NE(worker, nullptr);
    EXPECT_EQ(worker->pid, 8u);
    EXPECT_EQ(worker->tid, 0x18u);
    EXPECT_EQ(worker->process, 0x890754a0u);
    EXPECT_EQ(worker->startAddress, 0x80417a9au);
    EXPECT_FALSE(worker->terminated());
    // "PROCESS 886f5020SessionId: 0  Cid: 08e8 ..." with no-break spaces.
    const Process* process = at(s.processes, 0x886f5020);
    ASSERT_NE(process, nullptr);
    EXPECT_EQ(process->pid, 0x8e8u);
    EXPECT_EQ(process->parentPid, 0x16cu);
    EXPECT_EQ(process->sessionId, 0u);
    EXPECT_EQ(process->handleCount, 391189u);
    EXPECT_EQ(process->imageName, "xxxxxx.EXE");
    EXPECT_EQ(typeCount(*process, "Thread"), 323155u);
    EXPECT_EQ(typeCount(*process, "Key"), 65110u);
    EXPECT_EQ(typeCount(*process, "IoCompletion"), 4u);
    EXPECT_EQ(process->handleCountsByType.size(), 13u);
    const KernelObject* thread = at(s.objects, 0x81098620);
    ASSERT_NE(thread, nullptr);
    EXPECT_EQ(thread->type, "Thread");
    EXPECT_EQ(thread->header, 0x81098608u);
    EXPECT_EQ(thread->handleCount, 1u);
    EXPECT_EQ(thread->pointerCount, 1u);
    // The rows add up to 388386, as the total line says: no warning about it.
    EXPECT_FALSE(std::any_of(s.diagnostics.begin(), s.diagnostics.end(),
                             [](const Diagnostic& d) { return d.message.find("add up") != std::string::npos; }));
}

TEST(WindbgObjectCommands, TypeTableWhoseRowsDoNotAddUpIsWarnedAbout)
{
    const Snapshot s = read("kd> !process 886f5020 0\n"
                            "PROCESS 886f5020  SessionId: 0  Cid: 08e8    Peb: 7ffdf000  ParentCid: 016c\n"
                            "    DirBase: 694bc000  ObjectTable: 88b3ec68  TableSize: 391189.\n"
                            "    Image: xxxxxx.EXE\n"
                            "kd> !object 81098620\n"
                            "Object: 81098620  Type: (89075900) Thread\n"
                            "    ObjectHeader: 81098608\n"
                            "    HandleCount: 1  PointerCount: 1\n"
                            "       1  Token\n"
                            "  323155  Thread\n"
                            "  323157  Handles in process\n");
    ASSERT_EQ(s.processes.size(), 1u);
    EXPECT_EQ(typeCount(s.processes.front(), "Thread"), 323155u);
    EXPECT_TRUE(hasDiagnostic(s, "add up to 323156", 11));
}

TEST(WindbgObjectCommands, Windows10HandleDetailWithTypeFilterMakesPorts)
{
    const Snapshot s = read(
        "0: kd> !handle 0 3 ffffe00001ad0900 IoCompletion\n"
        "\n"
        "PROCESS ffffe00001ad0900\n"
        "    SessionId: 1  Cid: 1a2c    Peb: 7ff5ffd3d000  ParentCid: 0f5c\n"
        "    DirBase: 1a9a7000  ObjectTable: ffffc00002a4c3c0  HandleCount: <Data Not Accessible>\n"
        "    Image: IOCPLeak.exe\n"
        "\n"
        "Handle table at ffffc00002a4c3c0 with 41 entries in use\n"
        "\n"
        "0088: Object: ffffe00005248840  GrantedAccess: 001f0003 (Inherit) Entry: ffffc00002c7e220\n"
        "Object: ffffe00005248840  Type: (ffffe00000290ae0) IoCompletion\n"
        "    ObjectHeader: ffffe00005248810 (new version)\n"
        "        HandleCount: 1  PointerCount: 32769\n"
        "\n"
        "0090: Object: ffffe00005249a40  GrantedAccess: 001f0003 Entry: ffffc00002c7e240\n");
    const Address process = 0xffffe00001ad0900;
    ASSERT_EQ(s.handles.size(), 2u);
    const Handle* first = handleAt(s, process, 0x88);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->type, "IoCompletion");
    EXPECT_TRUE(first->inherit);
    EXPECT_EQ(first->pid, 0x1a2cu);
    EXPECT_EQ(first->grantedAccess, 0x001f0003u);
    const Handle* second = handleAt(s, process, 0x90);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->type, "IoCompletion"); // from the TypeName filter, no detail printed
    ASSERT_EQ(s.ports.size(), 2u);
    const CompletionPort* port = at(s.ports, 0xffffe00005248840);
    ASSERT_NE(port, nullptr);
    ASSERT_EQ(port->holders.size(), 1u);
    EXPECT_EQ(port->holders.front().process, process);
    EXPECT_EQ(port->holders.front().imageName, "IOCPLeak.exe");
    EXPECT_EQ(port->holders.front().handle, 0x88u);
    const KernelObject* object = at(s.objects, 0xffffe00005248840);
    ASSERT_NE(object, nullptr);
    EXPECT_EQ(object->pointerCount, 32769u);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgObjectCommands, IcpleakNamesThePortItsDepthAndItsHolders)
{
    // !icpleak's real output has never been published: this is the shape the parser
    // accepts (see icpleak_command.cpp), with both debugger address forms.
    const Snapshot s = read("0: kd> !icpleak 1\n"
                            "Scanning I/O completion objects...\n"
                            "IoCompletion ffffe000`05249a40  queue depth: 3\n"
                            "IoCompletion ffffe000`05248840  queue depth: 156\n"
                            "PROCESS ffffe00001ad0900\n"
                            "    SessionId: 1  Cid: 1a2c    Peb: 7ff5ffd3d000  ParentCid: 0f5c\n"
                            "    DirBase: 1a9a7000  ObjectTable: ffffc00002a4c3c0  HandleCount: 41.\n"
                            "    Image: IOCPLeak.exe\n"
                            "0088: Object: ffffe00005248840  GrantedAccess: 001f0003 Entry: ffffc00002c7e220\n"
                            "PROCESS ffffe00001b11080\n"
                            "    SessionId: 1  Cid: 0b40    Peb: 7ff5ffd3e000  ParentCid: 0f5c\n"
                            "    DirBase: 1a9a8000  ObjectTable: ffffc00002a4d3c0  HandleCount: 12.\n"
                            "    Image: helper.exe\n");
    const CompletionPort* port = at(s.ports, 0xffffe00005248840);
    ASSERT_NE(port, nullptr);
    EXPECT_EQ(port->queuedEntries, 156u);
    const CompletionPort* small = at(s.ports, 0xffffe00005249a40);
    ASSERT_NE(small, nullptr);
    EXPECT_EQ(small->queuedEntries, 3u);
    EXPECT_TRUE(small->holders.empty()); // the holders follow the deepest port
    ASSERT_EQ(port->holders.size(), 2u);
    EXPECT_EQ(port->holders[0].process, 0xffffe00001ad0900u);
    EXPECT_EQ(port->holders[0].handle, 0x88u);
    EXPECT_EQ(port->holders[0].pid, 0x1a2cu);
    EXPECT_EQ(port->holders[1].imageName, "helper.exe");
    EXPECT_FALSE(port->holders[1].handle);
    // The prose line is not guessed at: counted, with its line.
    EXPECT_EQ(s.skipCounts.lines, 1u);
    EXPECT_TRUE(hasDiagnostic(s, "!icpleak", 2));
}

TEST(WindbgObjectCommands, DamagedLinesAreCountedWithTheirLine)
{
    const Snapshot s = read("kd> !handle 0 3\n"
                            "0004: Object: 80ed5238  GrantedAccess: 001f0fff\n" // no PROCESS header yet
                            "PROCESS 80559800  SessionId: 0  Cid: 0000    Peb: 00000000  ParentCid: 0000\n"
                            "0008: Object: zzzz  GrantedAccess: 00000000\n"
                            "000c: Object: e1281d00  GrantedAccess: 000f003f\n"
                            "Object: e1281d00  Type: (80ec8db8) Key\n"
                            "    HandleCount: lots  PointerCount: 1\n"
                            "PROCESS\n");
    EXPECT_EQ(s.handles.size(), 1u);
    EXPECT_TRUE(hasDiagnostic(s, "before any PROCESS header", 2));
    EXPECT_TRUE(hasDiagnostic(s, "expected 'Object: <address>'", 4));
    EXPECT_TRUE(hasDiagnostic(s, "HandleCount: <n>", 7));
    EXPECT_TRUE(hasDiagnostic(s, "PROCESS", 8));
    EXPECT_EQ(s.skipCounts.lines, 4u);
}

TEST(WindbgObjectCommands, OutputPastedWithoutItsPromptIsRecognised)
{
    const auto snapshot = readWindbgLog(decodeText("Here is what the debugger said:\n"
                                                   "PROCESS 80a02a60  Cid: 0002    Peb: 00000000  ParentCid: 0000\n"
                                                   "    DirBase: 00006e05  ObjectTable: 80a03788  TableSize: 150.\n"
                                                   "    Image: System\n"
                                                   "THREAD 81098620Cid 8e8.a391c  Teb: 00000000  Win32Thread: 00000000 TERMINATED\n",
                                                   "pasted.txt"));
    ASSERT_TRUE(snapshot.ok());
    ASSERT_EQ(snapshot.value().processes.size(), 1u);
    EXPECT_EQ(snapshot.value().processes.front().imageName, "System");
    ASSERT_EQ(snapshot.value().threads.size(), 1u);
    EXPECT_TRUE(snapshot.value().threads.front().terminated());
    EXPECT_EQ(snapshot.value().skipCounts.unrecognised, 1u);
}

TEST(WindbgObjectCommands, PromptWithNoBreakSpacesFindsTheCommand)
{
    windbg::Prompt p;
    ASSERT_TRUE(windbg::parsePrompt("kd> !PROCESS 886f5020\xC2\xA0 0\xC2\xA0", p));
    EXPECT_EQ(p.command, "!PROCESS");
    EXPECT_EQ(p.arguments, "886f5020\xC2\xA0 0");
    ASSERT_TRUE(windbg::parsePrompt("0: kd> !thread\xC2\xA0 8904a180", p));
    EXPECT_EQ(p.command, "!thread");
    EXPECT_EQ(p.arguments, "8904a180");
}
