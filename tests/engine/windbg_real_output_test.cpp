// Windows 10/11 debugger output that used to trip the reader, in the exact shapes the
// debugger prints. Where each shape comes from is said above its test: public notes and
// blog posts with real output (found with the code and page search), the debugger
// extension's own format strings, and the seeds.
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace poolscope;

namespace {

Snapshot read(const std::string& text)
{
    auto snapshot = readWindbgLog(decodeText(text, "real.log"));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

template <typename T>
const T* at(const std::vector<T>& records, Address address)
{
    const auto it = std::find_if(records.begin(), records.end(), [&](const T& r) { return r.address == address; });
    return it == records.end() ? nullptr : &*it;
}

const PoolTagStat* tagOf(const Snapshot& s, const char* tag, PoolType type)
{
    const auto it = std::find_if(s.poolTags.begin(), s.poolTags.end(),
                                 [&](const PoolTagStat& t) { return t.tag == PoolTag(tag) && t.type == type; });
    return it == s.poolTags.end() ? nullptr : &*it;
}

std::string firstDiagnostic(const Snapshot& s)
{
    return s.diagnostics.empty() ? std::string() : s.diagnostics.front().message;
}

bool mentions(const Snapshot& s, std::string_view text)
{
    return std::any_of(s.diagnostics.begin(), s.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.message.find(text) != std::string::npos; });
}

} // namespace

// `!vm 21` on Windows 10 (public notes of a Windows internals course, "Undocumented !vm 21
// extension will display location, name, and size of all regions"): page files without a
// name, the failed kernel stack banners, NonPagedPoolNx, and the System Region table.
TEST(WindbgRealOutput, VmWithTheSystemRegionTable)
{
    const Snapshot s = read("lkd> !vm 21\n"
                            "Page File: \\??\\C:\\pagefile.sys\n"
                            "  Current:   4063232 Kb  Free Space:   4063224 Kb\n"
                            "  Minimum:   4063232 Kb  Maximum:     75497472 Kb\n"
                            "No Name for Paging File\n"
                            "  Current: 100578796 Kb  Free Space: 100553176 Kb\n"
                            "  Minimum: 100578796 Kb  Maximum:    100578796 Kb\n"
                            "\n"
                            "Physical Memory:          6270331 (   25081324 Kb)\n"
                            "Available Pages:          4625989 (   18503956 Kb)\n"
                            "Free System PTEs:      4295077047 (17180308188 Kb)\n"
                            "\n"
                            "******* 67968 kernel stack PTE allocations have failed ******\n"
                            "\n"
                            "Modified Pages:             57837 (     231348 Kb)\n"
                            "NonPagedPool Usage:           230 (        920 Kb)\n"
                            "NonPagedPoolNx Usage:       45874 (     183496 Kb)\n"
                            "NonPagedPool Max:      4294967296 (17179869184 Kb)\n"
                            "PagedPool Usage:            89527 (     358108 Kb)\n"
                            "PagedPool Maximum:     4294967296 (17179869184 Kb)\n"
                            "SlabAllocatorPages:         23040 (      92160 Kb)\n"
                            "Misc/Transient Commit:       1508 (       6032 Kb)\n"
                            "Committed pages:          1820051 (    7280204 Kb)\n"
                            "Commit limit:             7286139 (   29144556 Kb)\n"
                            "\n"
                            "System Region               Base Address    NumberOfBytes\n"
                            "\n"
                            "PfnDatabase           : ffff830000000000      38000000000\n"
                            "Cfg                   : ffff873a7f879fe0      28000000000\n"
                            "PagedPool             : ffff8b8000000000     100000000000\n"
                            "NonPagedPool          : ffffa08000000000     100000000000\n"
                            "SecureNonPagedPool    : ffffd00000000000       8000000000\n"
                            "UltraZero             : ffffd08000000000     100000000000\n"
                            "SystemImages          : fffff80000000000       8000000000\n"
                            "HyperSpace            : fffffa8000000000      10000000000\n"
                            // The same table from `!vm 0x20` (a second public post), with Kasan.
                            "12: kd> !vm 0x20\n"
                            "System Region               Base Address    NumberOfBytes\n"
                            "\n"
                            "Kasan                 :                0                0\n"
                            "NonPagedPool          : ffff828000000000     100000000000\n");
    EXPECT_EQ(s.summary.nonPagedUsage, (920ull + 183496ull) * 1024);
    EXPECT_EQ(s.summary.pagedUsage, 358108ull * 1024);
    EXPECT_EQ(s.summary.commit, 7280204ull * 1024);
    EXPECT_EQ(s.skipCounts.lines, 0u) << firstDiagnostic(s);
    EXPECT_TRUE(s.skipped.empty());
}

// `!handle 0 0 0 Process` on Windows 10 x64 (public notes on finding hidden processes): the
// handle dump banner, the type filter's banner, a PROCESS header with HandleCount, the
// kernel handle table heading, entries with (Audit), and the elision dots.
TEST(WindbgRealOutput, HandleDumpBannersAndTheTypeFilter)
{
    const std::string output = "\n"
                               "**** NT ACTIVE PROCESS HANDLE DUMP ****\n"
                               "\n"
                               "Searching for handles of type Process\n"
                               "\n"
                               "PROCESS ffffe0897de77040\n"
                               "    SessionId: none  Cid: 0004    Peb: 00000000  ParentCid: 0000\n"
                               "    DirBase: 001ad002  ObjectTable: ffff9706ed297f00  HandleCount: 2951.\n"
                               "    Image: System\n"
                               "\n"
                               "Kernel handle table at ffff9706ed297f00 with 2951 entries in use\n"
                               "\n"
                               "0004: Object: ffffe0897de77040  GrantedAccess: 001fffff (Protected)\n"
                               "0050: Object: ffffe0897df06080  GrantedAccess: 001fffff (Protected) (Audit)\n"
                               "......\n"
                               "0d68: Object: ffffe08981a772c0  GrantedAccess: 0000102a (Protected)\n";
    for (const bool prompt : {true, false}) {
        SCOPED_TRACE(prompt ? "with its command line" : "pasted without it");
        const Snapshot s = read((prompt ? "0: kd>  !handle 0 0 0 Process\n" : "") + output);
        const Process* system = at(s.processes, 0xffffe0897de77040);
        ASSERT_NE(system, nullptr);
        EXPECT_EQ(system->pid, 4u);
        EXPECT_EQ(system->handleCount, 2951u);
        EXPECT_EQ(system->imageName, "System");
        ASSERT_EQ(s.handles.size(), 3u);
        for (const Handle& h : s.handles) {
            EXPECT_EQ(h.type, "Process");
            EXPECT_EQ(h.process, 0xffffe0897de77040u);
            EXPECT_TRUE(h.isProtected);
        }
        EXPECT_EQ(s.skipCounts.lines, 0u) << firstDiagnostic(s);
        EXPECT_TRUE(s.skipped.empty());
    }
}

// `!mex.grep -A 6 .etl !handle 0 3 0 File` (public notes on section objects, Windows 10):
// the filter drops the PROCESS headers and every line that neither matches nor follows a
// match, so a name may stand alone after a blank line, or right under another object's.
TEST(WindbgRealOutput, HandleOutputFilteredByMexGrep)
{
    const Snapshot s = read(
        "2: kd> !mex.grep -A 6 .etl !handle 0 3 0 File\n"
        "        Directory Object: 00000000  Name: \\Windows\\System32\\LogFiles\\WMI\\RtBackup\\EtwRTDiagtrack-Listener.etl {HarddiskVolume4}\n"
        "\n"
        "006c: Object: ffffa604f53aa910  GrantedAccess: 0012019f (Inherit) (Audit) Entry: ffff8000ab2be1b0\n"
        "Object: ffffa604f53aa910  Type: (ffffa604f24fe820) File\n"
        "    ObjectHeader: ffffa604f53aa8e0 (new version)\n"
        "        HandleCount: 1  PointerCount: 32768\n"
        "        Directory Object: 00000000  Name: \\Device\\HarddiskVolume4\\$Extend\\$RmMetadata\\$TxfLog\\$TxfLog {clfs}\n"
        "        Directory Object: 00000000  Name: \\ProgramData\\Microsoft\\Windows\\wfp\\wfpdiag.etl {HarddiskVolume4}\n"
        "\n"
        "0108: Object: ffffa604f56ac090  GrantedAccess: 00100001 (Inherit) (Audit) Entry: ffff8000ab2be420\n"
        "Object: ffffa604f56ac090  Type: (ffffa604f24fe820) File\n"
        "    ObjectHeader: ffffa604f56ac060 (new version)\n"
        "        HandleCount: 1  PointerCount: 1\n"
        "\n"
        "        Directory Object: 00000000  Name: \\Windows\\System32\\LogFiles\\WMI\\NtfsLog.etl {HarddiskVolume4}\n"
        "\n"
        "018c: Object: ffffa604f53a7350  GrantedAccess: 00120089 (Inherit) Entry: ffff8000ab2be630\n"
        "Object: ffffa604f53a7350  Type: (ffffa604f24fe820) File\n"
        "    ObjectHeader: ffffa604f53a7320 (new version)\n"
        "        HandleCount: 1  PointerCount: 32781\n"
        "        Directory Object: 00000000  Name: \\Windows\\System32\\drivers\\en-US\\ntfs.sys.mui {HarddiskVolume4}\n"
        "        Directory Object: 00000000  Name: \\Windows\\System32\\LogFiles\\WMI\\Wifi.etl {HarddiskVolume4}\n"
        "\n"
        "0374: Object: ffffa604f64c3760  GrantedAccess: 0013008b (Protected) (Inherit) Entry: ffff8000ab2bedd0\n"
        "Object: ffffa604f64c3760  Type: (ffffa604f24fe820) File\n"
        "    ObjectHeader: ffffa604f64c3730 (new version)\n"
        "        HandleCount: 1  PointerCount: 32742\n"
        "        Directory Object: 00000000  Name: \\Windows\\System32\\LogFiles\\WMI\\RtBackup\\EtwRTDefenderApiLogger.etl {HarddiskVolume4}\n");
    EXPECT_TRUE(s.skipped.empty()) << s.skipped.front().command;
    // The objects are real; the processes holding them were filtered out: the handles are
    // listed under the record that stands for them.
    ASSERT_EQ(s.handles.size(), 4u);
    for (const Handle& h : s.handles) {
        EXPECT_EQ(h.process, 0u);
        EXPECT_EQ(h.type, "File");
    }
    ASSERT_EQ(s.objects.size(), 4u);
    for (const KernelObject& o : s.objects) {
        EXPECT_EQ(o.type, "File");
        EXPECT_EQ(o.handleCount, 1u);
    }
    EXPECT_EQ(at(s.objects, 0xffffa604f53aa910)->name(), "\\Device\\HarddiskVolume4\\$Extend\\$RmMetadata\\$TxfLog\\$TxfLog {clfs}");
    EXPECT_EQ(at(s.objects, 0xffffa604f53aa910)->pointerCount, 32768u);
    EXPECT_EQ(at(s.objects, 0xffffa604f56ac090)->name(), ""); // NtfsLog.etl is another handle's match
    EXPECT_EQ(at(s.objects, 0xffffa604f53a7350)->name(), "\\Windows\\System32\\drivers\\en-US\\ntfs.sys.mui {HarddiskVolume4}");
    EXPECT_EQ(at(s.objects, 0xffffa604f64c3760)->name(),
              "\\Windows\\System32\\LogFiles\\WMI\\RtBackup\\EtwRTDefenderApiLogger.etl {HarddiskVolume4}");
    // Four matching lines stand without their object: counted, not guessed at.
    EXPECT_EQ(s.skipCounts.lines, 4u);
    EXPECT_TRUE(mentions(s, "4 handle entries came without their PROCESS header"));
    EXPECT_EQ(s.pointerSize, 8u);
}

// A zombie process as `!process` prints it (The Old New Thing, 2015: "Why are there all
// these processes lingering near death"), and Windows 10 `!process 0 0` headers (public
// notes, 2025): "ObjectTable: 00000000  HandleCount:   0." and "No active threads" mark an
// exited process; the Registry process has a table and no handles, and is alive.
TEST(WindbgRealOutput, ExitedProcessesAndPoolQuota)
{
    const Snapshot s = read("kd> !process fffffa80082a7960 7\n"
                            "PROCESS fffffa80082a7960\n"
                            "    SessionId: 0  Cid: 1490    Peb: 7efdf000  ParentCid: 2614\n"
                            "    DirBase: 1b3fd0000  ObjectTable: 00000000  HandleCount:   0.\n"
                            "    Image: contoso.exe\n"
                            "    VadRoot 0000000000000000\n"
                            "    DeviceMap fffff8a000008ca0\n"
                            "    Token                             fffff8a00dbf9060\n"
                            "    ElapsedTime                       1 Day 01:25:38.983\n"
                            "    UserTime                          00:00:01.903\n"
                            "    KernelTime                        00:00:00.265\n"
                            "    QuotaPoolUsage[PagedPool]         0\n"
                            "    QuotaPoolUsage[NonPagedPool]      0\n"
                            "    Working Set Sizes (now,min,max)  (5, 50, 345) (20KB, 200KB, 1380KB)\n"
                            "    PeakWorkingSetSize                17981\n"
                            "    VirtualSize                       222 Mb\n"
                            "    PeakVirtualSize                   246 Mb\n"
                            "    PageFaultCount                    29532\n"
                            "    MemoryPriority                    BACKGROUND\n"
                            "    BasePriority                      8\n"
                            "    CommitCharge                      0\n"
                            "No active threads\n"
                            "        THREAD fffffa800a358b50  Cid 1490.2704  TERMINATED\n"
                            "\n"
                            "0: kd> !process 0 0\n"
                            "**** NT ACTIVE PROCESS DUMP ****\n"
                            "PROCESS ffffe0897de77040\n"
                            "    SessionId: none  Cid: 0004    Peb: 00000000  ParentCid: 0000\n"
                            "    DirBase: 001ad002  ObjectTable: ffff9706ed297f00  HandleCount: 2951.\n"
                            "    Image: System\n"
                            "\n"
                            "PROCESS ffffe0897df06080\n"
                            "    SessionId: none  Cid: 005c    Peb: 00000000  ParentCid: 0004\n"
                            "    DirBase: 31346002  ObjectTable: ffff9706ed23aa80  HandleCount:   0.\n"
                            "    Image: Registry\n"
                            "\n"
                            // `!process` of a running process on Windows 10 (public WinDbg notes).
                            "kd> !process\n"
                            "PROCESS ffff8906293a1080\n"
                            "    SessionId: 1  Cid: 0f3c    Peb: 2063b93000  ParentCid: 122c\n"
                            "    DirBase: 72810002  ObjectTable: ffffb088f57cedc0  HandleCount:  33.\n"
                            "    Image: WindowsInspector.Controller.exe\n"
                            "    VadRoot ffff89062992fac0 Vads 22 Clone 0 Private 354. Modified 0. Locked 0.\n"
                            "    QuotaPoolUsage[PagedPool]         24560\n"
                            "    QuotaPoolUsage[NonPagedPool]      3256\n"
                            "\n"
                            "        THREAD ffff890628533080  Cid 0f3c.0de0  Teb: 0000002063b94000 Win32Thread: 0000000000000000 "
                            "RUNNING on processor 0\n");
    const Process* zombie = at(s.processes, 0xfffffa80082a7960);
    ASSERT_NE(zombie, nullptr);
    EXPECT_EQ(zombie->exited, true);
    EXPECT_EQ(zombie->threadCount, 0u);
    EXPECT_EQ(zombie->handleCount, 0u);
    EXPECT_EQ(zombie->pagedQuota, 0u);
    EXPECT_EQ(zombie->nonPagedQuota, 0u);
    const Thread* terminated = at(s.threads, 0xfffffa800a358b50);
    ASSERT_NE(terminated, nullptr);
    EXPECT_TRUE(terminated->terminated());
    EXPECT_EQ(terminated->process, 0xfffffa80082a7960u);
    EXPECT_EQ(terminated->pid, 0x1490u);
    EXPECT_EQ(terminated->tid, 0x2704u);

    EXPECT_FALSE(at(s.processes, 0xffffe0897de77040)->exited.value_or(false));
    const Process* registry = at(s.processes, 0xffffe0897df06080);
    ASSERT_NE(registry, nullptr);
    EXPECT_EQ(registry->handleCount, 0u);
    EXPECT_FALSE(registry->exited.value_or(false));

    const Process* running = at(s.processes, 0xffff8906293a1080);
    ASSERT_NE(running, nullptr);
    EXPECT_EQ(running->pagedQuota, 24560u);
    EXPECT_EQ(running->nonPagedQuota, 3256u);
    EXPECT_FALSE(running->exited.value_or(false));
    EXPECT_EQ(s.skipCounts.lines, 0u) << firstDiagnostic(s);
}

// !poolfind prints a block of the large pool table, and a special pool block, with a
// leading '*' (the debugger extension's CheckSingleFilterAndPrint: "*%p :%slarge page
// allocation, Tag ..." and "*%p size: %4lx %s special pool, Tag is ..."); the large page line
// in the form Windows 10 prints it (as !pool shows it, seed-checked in the !pool tests), and
// Windows 10's own block lines around them.
TEST(WindbgRealOutput, PoolfindRowsWithALeadingStar)
{
    const Snapshot s = read("0: kd> !poolfind Thre 0\n"
                            "\n"
                            "Scanning large pool allocation table for tag 0x65726854 (Thre) (ffffa08012400000 : ffffa08012700000)\n"
                            "\n"
                            "*ffffa0801c5d4000 : large page allocation, tag is Thre, size is 0x1000 bytes\n"
                            "*ffffa08b1f9fefe0 size:   20 non-paged special pool, Tag is Thre\n"
                            "ffffa0801a0c2140 : tag Thre, size     0x8d0, Nonpaged pool\n"
                            "ffffa0801a0c3580 : tag Thre, size     0x8d0, Nonpaged pool\n");
    ASSERT_EQ(s.poolBlocks.size(), 4u) << firstDiagnostic(s);
    const PoolBlock* large = at(s.poolBlocks, 0xffffa0801c5d4000);
    ASSERT_NE(large, nullptr);
    EXPECT_EQ(large->tag, PoolTag("Thre"));
    EXPECT_EQ(large->size, 0x1000u);
    EXPECT_TRUE(large->largePool);
    const PoolBlock* special = at(s.poolBlocks, 0xffffa08b1f9fefe0);
    ASSERT_NE(special, nullptr);
    EXPECT_EQ(special->tag, PoolTag("Thre"));
    EXPECT_EQ(special->size, 0x20u);
    EXPECT_EQ(special->type, PoolType::NonPaged);
    EXPECT_EQ(at(s.poolBlocks, 0xffffa0801a0c2140)->size, 0x8d0u);
    EXPECT_EQ(s.skipCounts.lines, 0u) << firstDiagnostic(s);
}

// The verbose table of `!poolused 3` (the extension's own format: " Tag    Allocs    Frees
// Diff     Used   Allocs    Frees     Diff     Used", rows "%8ld" wide), pasted without its
// command line, with the description after a TAB and tags whose first byte the debugger
// prints as '.' (unprintable) or that start with '-'.
TEST(WindbgRealOutput, VerbosePoolusedPastedWithoutItsCommandLine)
{
    const Snapshot s = read("   Sorting by NonPaged Pool Consumed\n"
                            "\n"
                            "  Pool Used:\n"
                            "            NonPaged                    Paged\n"
                            " Tag    Allocs    Frees     Diff     Used   Allocs    Frees     Diff     Used\n"
                            " Thre   347011    20497   326514 208968960        0        0        0        0\tThread objects , Binary: nt!ps\n"
                            " Irp     95871    94713     1158   508800        0        0        0        0\tIo, IRP packets\n"
                            " -Cm      1204     1180       24    18432      512      500       12     6144\tUNKNOWN pooltag '-Cm ', please update pooltag.txt\n"
                            " .Fsb       77       70        7     1792        0        0        0        0\tUNKNOWN pooltag '.Fsb', please update pooltag.txt\n"
                            " CM31        0        0        0        0   461273   430861    30412 124567552\tInternal Configuration manager allocations , Binary: nt!cm\n"
                            " TOTAL    444163   115460   327703 209497984   461785   431361    30424 124573696\n");
    EXPECT_EQ(s.skipCounts.lines, 0u) << firstDiagnostic(s);
    const PoolTagStat* thre = tagOf(s, "Thre", PoolType::NonPaged);
    ASSERT_NE(thre, nullptr);
    EXPECT_EQ(thre->allocs, 347011u);
    EXPECT_EQ(thre->frees, 20497u);
    EXPECT_EQ(thre->outstanding, 326514);
    EXPECT_EQ(thre->bytes, 208968960u);
    EXPECT_EQ(thre->description, "Thread objects");
    EXPECT_EQ(thre->driver, "nt!ps");
    const PoolTagStat* irp = tagOf(s, "Irp", PoolType::NonPaged);
    ASSERT_NE(irp, nullptr);
    EXPECT_EQ(irp->outstanding, 1158);
    EXPECT_EQ(irp->bytes, 508800u);
    EXPECT_EQ(irp->description, "Io, IRP packets");
    const PoolTagStat* dash = tagOf(s, "-Cm", PoolType::Paged);
    ASSERT_NE(dash, nullptr);
    EXPECT_EQ(dash->outstanding, 12);
    EXPECT_EQ(dash->bytes, 6144u);
    EXPECT_EQ(tagOf(s, "-Cm", PoolType::NonPaged)->bytes, 18432u);
    const PoolTagStat* dot = tagOf(s, ".Fsb", PoolType::NonPaged);
    ASSERT_NE(dot, nullptr);
    EXPECT_EQ(dot->outstanding, 7);
    EXPECT_EQ(dot->description, "");
    const PoolTagStat* cm = tagOf(s, "CM31", PoolType::Paged);
    ASSERT_NE(cm, nullptr);
    EXPECT_EQ(cm->bytes, 124567552u);
    EXPECT_EQ(cm->outstanding, 30412);
    EXPECT_EQ(s.poolTags.size(), 6u); // Thre, Irp, -Cm in both pools, .Fsb, CM31 (the TOTAL line is no tag)
}
