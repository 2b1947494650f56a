#include "kd_log_generator.h"

#include <fmt/format.h>

#include <vector>

namespace poolscope::testdata {

namespace {

// Deterministic, so a failing test shows the same log every time.
class Random {
public:
    explicit Random(std::uint32_t seed) : m_state(seed * 2654435761u + 1) {}
    std::uint32_t next()
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(m_state >> 33);
    }
    std::uint32_t below(std::uint32_t n) { return n ? next() % n : 0; }

private:
    std::uint64_t m_state;
};

std::string addr(Address a)
{
    return fmt::format("{:08x}`{:08x}", static_cast<std::uint32_t>(a >> 32), static_cast<std::uint32_t>(a));
}

std::string addr0x(Address a)
{
    return "0x" + addr(a);
}

struct ProcessInfo {
    Address address;
    std::uint32_t pid;
    std::uint32_t parent;
    std::string image;
    Address objectTable;
    std::uint64_t handleCount;
};

void processHeader(std::string& out, const ProcessInfo& p)
{
    out += fmt::format("PROCESS {}\n", addr(p.address).erase(8, 1));
    out += fmt::format("    SessionId: {}  Cid: {:04x}    Peb: {:08x}  ParentCid: {:04x}\n",
                       p.pid == 4 ? std::string("none") : std::string("1"), p.pid,
                       p.pid == 4 ? 0u : 0x7efde000u, p.parent);
    out += fmt::format("    DirBase: {:08x}  ObjectTable: {}  HandleCount: {}.\n", 0x1aa000u + p.pid * 0x1000u,
                       addr(p.objectTable).erase(8, 1), p.handleCount);
    out += fmt::format("    Image: {}\n\n", p.image);
}

// One handle as `!handle 0 3` prints it on Windows 8.1 and later x64.
void handleEntry(std::string& out, std::uint64_t value, Address object, std::uint32_t access, const char* type,
                 Address typeObject, std::uint64_t handleCount, std::uint64_t pointerCount, const std::string& name)
{
    const std::string o = addr(object).erase(8, 1);
    out += fmt::format("{:04x}: Object: {}  GrantedAccess: {:08x} Entry: {}\n", value, o, access,
                       addr(0xffffc0000a000000ull + value * 4).erase(8, 1));
    out += fmt::format("Object: {}  Type: ({}) {}\n", o, addr(typeObject).erase(8, 1), type);
    out += fmt::format("    ObjectHeader: {} (new version)\n", addr(object - 0x30).erase(8, 1));
    out += fmt::format("        HandleCount: {}  PointerCount: {}\n", handleCount, pointerCount);
    if (!name.empty())
        out += fmt::format("        Directory Object: 00000000  Name: {}\n", name);
    out += "\n";
}

constexpr Address kThreadType = 0xffffe000000b6f20ull;
constexpr Address kFileType = 0xffffe000000c0bc0ull;
constexpr Address kEventType = 0xffffe000000b2c10ull;
constexpr Address kIoCompletionType = 0xffffe000000d2f20ull;
constexpr Address kKeyType = 0xffffe000000c6350ull;

void vmBlock(std::string& out, std::uint64_t nonPagedKb, std::uint64_t nonPagedMaxKb)
{
    out += "0: kd> !vm\n\n*** Virtual Memory Usage ***\n";
    out += "\tPhysical Memory:     2096989 (   8387956 Kb)\n";
    out += "\tAvailable Pages:     1325042 (   5300168 Kb)\n";
    out += "\tResAvail Pages:      1912736 (   7650944 Kb)\n";
    out += "\tModified Pages:         6752 (     27008 Kb)\n";
    out += fmt::format("\tNonPagedPool Usage:  {:>10} ({:>10} Kb)\n", nonPagedKb / 4, nonPagedKb);
    out += fmt::format("\tNonPagedPool Max:    {:>10} ({:>10} Kb)\n", nonPagedMaxKb / 4, nonPagedMaxKb);
    out += "\tPagedPool Usage:        38980 (    155920 Kb)\n";
    out += "\tPagedPool Maximum:      86016 (    344064 Kb)\n";
    out += "\tCommitted pages:       600345 (   2401380 Kb)\n";
    out += "\tCommit limit:         2620812 (  10483248 Kb)\n\n";
}

void poolusedRow(std::string& out, const char* tag, std::uint64_t npAllocs, std::uint64_t npUsed,
                 std::uint64_t pAllocs, std::uint64_t pUsed, const char* description)
{
    out += fmt::format(" {:<4} {:>8} {:>8} {:>9} {:>8}{}\n", tag, npAllocs, npUsed, pAllocs, pUsed, description);
}

} // namespace

std::string generateKdLog(const KdLogOptions& options, PlantedLeaks* planted)
{
    Random random(options.seed);
    PlantedLeaks facts;
    std::string out;
    out.reserve(options.handleEntries ? options.leakedThreadHandles * 300 : 1 << 20);

    out += "Microsoft (R) Windows Debugger Version 10.0.19041.685 AMD64\n"
           "Copyright (c) Microsoft Corporation. All rights reserved.\n\n"
           "Loading Dump File [C:\\Windows\\MEMORY.DMP]\n"
           "Kernel Bitmap Dump File: Kernel address space is available, User address space may not be available.\n\n"
           "Windows 10 Kernel Version 19041 MP (4 procs) Free x64\n"
           "Built by: 19041.1.amd64fre.vb_release.191206-1406\n\n"
           "0: kd> .logopen C:\\temp\\poolscope.log\n"
           "Opened log file 'C:\\temp\\poolscope.log'\n";

    const std::uint64_t leakedThreadBytes = options.handleLeak ? options.leakedThreadHandles * 640 : 0;
    vmBlock(out, 238452 + leakedThreadBytes / 4096, 277508 + leakedThreadBytes / 2048);

    out += "0: kd> !poolused 2\n   Sorting by NonPaged Pool Consumed\n\n  Pool Used:\n"
           "            NonPaged            Paged\n Tag    Allocs     Used    Allocs     Used\n";
    if (options.handleLeak)
        poolusedRow(out, "Thre", options.leakedThreadHandles + 3359, (options.leakedThreadHandles + 3359) * 640, 0, 0,
                    "Thread objects , Binary: nt!ps");
    poolusedRow(out, "MmCm", 647, 2830624, 0, 0, "Calls made to MmAllocateContiguousMemory , Binary: nt!mm");
    poolusedRow(out, "File", 5863, 945472, 0, 0, "File objects ");
    if (options.iocpLeak)
        poolusedRow(out, "Irp", options.queuedIrps + 1002, (options.queuedIrps + 1002) * 1024, 0, 0,
                    "Io, IRP packets ");
    poolusedRow(out, "Npfs", 1681, 1276672, 1202, 208320, "Npfs Allocations , Binary: npfs.sys");
    poolusedRow(out, "IoCo", 412, 52736, 0, 0, "Io completion , Binary: nt!io");
    poolusedRow(out, "CM31", 0, 0, 30412, 124567552, "Internal Configuration manager allocations , Binary: nt!cm");
    out += fmt::format(" TOTAL    {:>8} {:>8} {:>9} {:>8}\n\n", 12345678u, 345678901u, 31614u, 124775872u);

    // The process list, as `!process 0 0` prints it on Windows 10.
    std::vector<ProcessInfo> processes;
    processes.push_back({0xffffe0000084f040ull, 4, 0, "System", 0xffffc00000003000ull, 2185});
    static const char* images[] = {"smss.exe", "csrss.exe", "wininit.exe", "services.exe", "lsass.exe",
                                   "svchost.exe", "explorer.exe", "spoolsv.exe", "MsMpEng.exe", "dwm.exe"};
    for (std::size_t i = 0; i < options.noiseProcesses; ++i) {
        const Address address = 0xffffe00001a00080ull + i * 0x10000ull;
        processes.push_back({address, static_cast<std::uint32_t>(0x100 + i * 8), 4, images[i % std::size(images)],
                             0xffffc00001000000ull + i * 0x10000ull, options.noiseHandlesPerProcess});
    }
    ProcessInfo iocp{0xffffe00001ad0900ull, 0x1a2c, 0x0b7c, "IOCPLeak.exe", 0xffffc0000a4b6c00ull, 62};
    ProcessInfo leaker{0xffffe0000286f080ull, 0x08e8, 0x016c, "xxxxxx.EXE", 0xffffc00004b3ec68ull,
                       options.leakedThreadHandles + 65233};
    if (options.iocpLeak)
        processes.push_back(iocp);
    if (options.handleLeak)
        processes.push_back(leaker);
    out += "0: kd> !process 0 0\n**** NT ACTIVE PROCESS DUMP ****\n";
    for (const auto& p : processes)
        processHeader(out, p);
    facts.processes = processes.size();

    if (options.iocpLeak) {
        const Address port = 0xffffe00005248840ull;
        const Address thread = 0xffffe00001665080ull;
        const Address file = 0xffffe000039455a0ull;
        const Address context = 0xffffe00000ea8470ull;
        const std::string fileName = "\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt";
        facts.port = port;
        facts.iocpProcess = iocp.address;
        facts.iocpPid = iocp.pid;
        facts.iocpThread = thread;
        facts.iocpFileObject = file;
        facts.iocpFileName = fileName;
        facts.portHandle = 0x88;

        std::vector<Address> irps;
        for (std::size_t i = 0; i < options.queuedIrps; ++i)
            irps.push_back(0xffffe00008b00000ull + i * 0x11000ull + 0xc10);

        out += "0: kd> !irpfind\n"
               "Scanning large pool allocation table for tag 0x20707249 (Irp ) (ffffe00001e00000 : ffffe00002000000)\n\n"
               "Searching nonpaged pool (ffffe00000000000 : ffffe10000000000) for tag 0x20707249 (Irp )\n\n";
        // Healthy I/O of other processes, interleaved the way pool order mixes them.
        for (std::size_t i = 0; i < irps.size(); ++i) {
            out += fmt::format("{} [{}] Irp is complete (CurrentLocation 12 > StackCount 10)\n",
                               addr(irps[i]).erase(8, 1), addr(thread).erase(8, 1));
            if (i % 16 == 0) {
                const Address other = 0xffffe00009c00000ull + i * 0x1000ull + 0x30;
                const Address otherThread = 0xffffe00002200080ull + random.below(8) * 0x1000ull;
                out += fmt::format("{} [{}] Irp is complete (CurrentLocation 3 > StackCount 2)\n",
                                   addr(other).erase(8, 1), addr(otherThread).erase(8, 1));
            }
        }
        out += "\n";
        facts.irpsOnPort = irps.size();

        // The manual walk of the seed: one IRP, its file object, the completion context, the port.
        out += fmt::format("0: kd> dt nt!_IRP {}\n", addr(irps.front()).erase(8, 1));
        out += "   +0x000 Type             : 0n6\n   +0x002 Size             : 0x3e8\n"
               "   +0x010 Flags            : 0x60900\n";
        out += fmt::format("   +0x020 ThreadListEntry  : _LIST_ENTRY [ {} - {} ]\n", addr0x(irps.front() + 0x20),
                           addr0x(irps.front() + 0x20));
        out += "   +0x041 PendingReturned  : 0x1 ''\n   +0x042 StackCount       : 10 ''\n"
               "   +0x043 CurrentLocation  : 12 ''\n   +0x078 Tail             : <unnamed-tag>\n\n";

        out += fmt::format("0: kd> dt nt!_FILE_OBJECT {}\n", addr0x(file));
        out += "   +0x000 Type             : 0n5\n   +0x002 Size             : 0n216\n";
        out += "   +0x008 DeviceObject     : 0xffffe000`01966ca0 _DEVICE_OBJECT\n";
        out += "   +0x050 Flags            : 0xc0040\n";
        out += fmt::format("   +0x058 FileName         : _UNICODE_STRING \"{}\"\n", fileName);
        out += fmt::format("   +0x0b0 CompletionContext : {} _IO_COMPLETION_CONTEXT\n", addr0x(context));
        out += fmt::format("   +0x0c0 IrpList          : _LIST_ENTRY [ {} - {} ]\n\n", addr0x(file + 0xc0),
                           addr0x(file + 0xc0));

        out += fmt::format("0: kd> dt nt!_IO_COMPLETION_CONTEXT {}\n", addr0x(context));
        out += fmt::format("   +0x000 Port             : {} Void\n   +0x008 Key              : (null) \n\n",
                           addr0x(port));

        out += fmt::format("0: kd> dt -r1 nt!_KQUEUE {}\n", addr0x(port));
        out += "   +0x000 Header           : _DISPATCHER_HEADER\n"
               "      +0x000 Type             : 0x4 ''\n"
               "      +0x001 Signalling       : 0 ''\n"
               "      +0x002 Size             : 0x10 ''\n";
        out += fmt::format("      +0x004 SignalState      : 0n{}\n", irps.size());
        out += fmt::format("      +0x008 WaitListHead     : _LIST_ENTRY [ {} - {} ]\n", addr0x(port + 8),
                           addr0x(port + 8));
        out += fmt::format("   +0x018 EntryListHead    : _LIST_ENTRY [ {} - {} ]\n", addr0x(irps.front() + 0xa8),
                           addr0x(irps.back() + 0xa8));
        out += "   +0x028 CurrentCount     : 0\n   +0x02c MaximumCount     : 8\n";
        out += fmt::format("   +0x030 ThreadListHead   : _LIST_ENTRY [ {} - {} ]\n\n", addr0x(port + 0x30),
                           addr0x(port + 0x30));

        // The queue itself, walked the way the seed does it, one dt per IRP: each names its
        // thread and file object and links to the next.
        out += fmt::format("0: kd> !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"dt nt!_IRP @$extret "
                           "Tail.Overlay.\" @@(#CONTAINING_RECORD({}, nt!_IRP, Tail.Overlay.ListEntry))\n",
                           addr0x(irps.front() + 0xa8));
        for (std::size_t i = 0; i < irps.size(); ++i) {
            const Address next = i + 1 < irps.size() ? irps[i + 1] + 0xa8 : port + 0x18;
            const Address previous = i > 0 ? irps[i - 1] + 0xa8 : port + 0x18;
            out += "   +0x078 Tail             : <unnamed-tag>\n      +0x000 Overlay          : <unnamed-tag>\n";
            out += fmt::format("         +0x020 Thread           : {} _ETHREAD\n", addr0x(thread));
            out += fmt::format("         +0x030 ListEntry        : _LIST_ENTRY [ {} - {} ]\n", addr0x(next), addr0x(previous));
            out += fmt::format("         +0x048 OriginalFileObject : {} _FILE_OBJECT\n\n", addr0x(file));
        }

        // Who holds the port: the leaking process's handle table, with object details.
        out += fmt::format("0: kd> !handle 0 3 {}\n\n", addr(iocp.address).erase(8, 1));
        processHeader(out, iocp);
        out += fmt::format("Handle table at {} with 62 entries in use\n\n", addr(iocp.objectTable).erase(8, 1));
        handleEntry(out, 0x4, 0xffffe00001aa2f60ull, 0x001f0003, "Event", kEventType, 1, 32769, "");
        handleEntry(out, 0x84, file, 0x00120089, "File", kFileType, 1, 32769, fileName);
        handleEntry(out, 0x88, port, 0x001f0003, "IoCompletion", kIoCompletionType, 1, 32770, "");
        handleEntry(out, 0x8c, thread, 0x001fffff, "Thread", kThreadType, 1, 3, "");

        // Healthy ports: shallow queues, threads waiting on them.
        for (std::size_t i = 0; i < options.noisePorts && i < options.noiseProcesses; ++i) {
            const auto& owner = processes[1 + i];
            const Address healthy = 0xffffe00006100040ull + i * 0x2000ull;
            out += fmt::format("0: kd> !handle 0 3 {} IoCompletion\n\n", addr(owner.address).erase(8, 1));
            processHeader(out, owner);
            out += fmt::format("Handle table at {} with {} entries in use\n\n", addr(owner.objectTable).erase(8, 1),
                               owner.handleCount);
            handleEntry(out, 0x1000 + i * 4, healthy, 0x001f0003, "IoCompletion", kIoCompletionType, 1, 3 + i, "");
        }
    }

    if (options.handleLeak) {
        facts.handleLeakProcess = leaker.address;
        facts.handleLeakPid = leaker.pid;
        facts.handleLeakImage = leaker.image;
        facts.threadHandles = options.leakedThreadHandles;
        const Address firstThread = 0xffffe00010000080ull;
        if (!options.handleEntries) {
            // The seed's own flow: the process, then the object a sample thread is, then the
            // handle count by type.
            out += fmt::format("0: kd> !process {} 0\n", addr(leaker.address).erase(8, 1));
            processHeader(out, leaker);
            // A sampled block of the tag, as the seed looked at it: the thread has exited.
            facts.sampledThread = firstThread;
            out += fmt::format("0: kd> !thread {}\n", addr(firstThread).erase(8, 1));
            out += fmt::format("THREAD {}  Cid {:04x}.{:04x}  Teb: 0000000000000000 Win32Thread: 0000000000000000 "
                               "TERMINATED\n",
                               addr(firstThread).erase(8, 1), leaker.pid, 0xa391cu);
            out += "Not impersonating\n";
            out += fmt::format("Owning Process            {}       Image:         {}\n",
                               addr(leaker.address).erase(8, 1), leaker.image);
            out += "Attached Process          N/A            Image:         N/A\n"
                   "Wait Start TickCount      1949088        Ticks: 2091893 (0:09:04:45.203)\n"
                   "Context Switch Count      2              IdealProcessor: 0\n"
                   "UserTime                  00:00:00.000\n"
                   "KernelTime                00:00:00.000\n"
                   "Win32 Start Address 0x0000000020003474\n"
                   "Stack Init 0 Current ffffd00021a4fc44 Base ffffd00021a50000 Limit ffffd00021a4d000 Call 0000000000000000\n"
                   "Priority 16 BasePriority 8 PriorityDecrement 0 IoPriority 2 PagePriority 5\n\n";
            out += fmt::format("0: kd> !object {}\n", addr(firstThread).erase(8, 1));
            out += fmt::format("Object: {}  Type: ({}) Thread\n", addr(firstThread).erase(8, 1),
                               addr(kThreadType).erase(8, 1));
            out += fmt::format("    ObjectHeader: {} (new version)\n", addr(firstThread - 0x30).erase(8, 1));
            out += "    HandleCount: 1  PointerCount: 1\n\n";
            const std::pair<const char*, std::uint64_t> types[] = {
                {"Token", 1}, {"Desktop", 1}, {"Section", 1}, {"WindowStation", 2}, {"Directory", 3},
                {"IoCompletion", 4}, {"Mutant", 5}, {"Port", 7}, {"Semaphore", 9}, {"File", 15},
                {"Event", 73}, {"Key", 65110}, {"Thread", options.leakedThreadHandles}};
            std::uint64_t total = 0;
            for (const auto& [type, n] : types) {
                out += fmt::format("{:>8}  {}\n", n, type);
                total += n;
            }
            out += fmt::format("\n{:>8}  Handles in process\n\n", total);
        } else {
            out += fmt::format("0: kd> !handle 0 3 {}\n\n", addr(leaker.address).erase(8, 1));
            processHeader(out, leaker);
            out += fmt::format("Handle table at {} with {} entries in use\n\n", addr(leaker.objectTable).erase(8, 1),
                               options.leakedThreadHandles + 2);
            handleEntry(out, 0x4, 0xffffe00001bb0000ull, 0x001f0003, "Event", kEventType, 1, 32769, "");
            handleEntry(out, 0x8, 0xffffc00002a1c0a0ull, 0x000f003f, "Key", kKeyType, 1, 1,
                        "\\REGISTRY\\MACHINE\\SOFTWARE\\Vendor");
            for (std::size_t i = 0; i < options.leakedThreadHandles; ++i)
                handleEntry(out, 0xc + i * 4, firstThread + i * 0x700ull, 0x001fffff, "Thread", kThreadType, 1, 1, "");
        }
        // Every other process holds a handful of threads and files, as healthy ones do.
        for (std::size_t p = 1; p <= options.noiseProcesses; ++p) {
            const auto& owner = processes[p];
            out += fmt::format("0: kd> !handle 0 3 {}\n\n", addr(owner.address).erase(8, 1));
            processHeader(out, owner);
            out += fmt::format("Handle table at {} with {} entries in use\n\n", addr(owner.objectTable).erase(8, 1),
                               options.noiseHandlesPerProcess);
            for (std::size_t h = 0; h < options.noiseHandlesPerProcess; ++h) {
                const bool isThread = random.below(3) == 0;
                const Address object = 0xffffe00020000000ull + p * 0x100000ull + h * 0x400ull + 0x80;
                handleEntry(out, 0x4 + h * 4, object, isThread ? 0x001fffff : 0x00120089,
                            isThread ? "Thread" : "File", isThread ? kThreadType : kFileType, 1,
                            1 + random.below(4), "");
            }
        }
    }

    out += "0: kd> .logclose\nClosing open log file C:\\temp\\poolscope.log\n";
    if (planted)
        *planted = facts;
    return out;
}

} // namespace poolscope::testdata
