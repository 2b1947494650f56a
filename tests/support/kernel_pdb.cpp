#include "kernel_pdb.h"

#include "tests/support/kernel_pdb_heap.h"
#include "tests/support/pdb_members.h"
#include "tests/support/program_run.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace poolscope::testdata {

namespace {

std::uint32_t roundDown(std::uint32_t value) { return value & ~7u; }

// Types laid out naturally, as the kernel headers declare them.
constexpr const char* kNaturalTypes = R"(
typedef struct _LIST_ENTRY { struct _LIST_ENTRY* Flink; struct _LIST_ENTRY* Blink; } LIST_ENTRY;
typedef struct _UNICODE_STRING { unsigned short Length; unsigned short MaximumLength; unsigned short* Buffer; } UNICODE_STRING;
typedef struct _CLIENT_ID { void* UniqueProcess; void* UniqueThread; } CLIENT_ID;
typedef struct _DISPATCHER_HEADER {
    union {
        volatile long Lock;
        long LockNV;
        struct { unsigned char Type; unsigned char Signalling; unsigned char Size; unsigned char Reserved1; };
        struct {
            unsigned char TimerType;
            union {
                unsigned char TimerControlFlags;
                struct { unsigned char Absolute : 1; unsigned char Wake : 1; unsigned char EncodedTolerableDelay : 6; };
            };
            unsigned char Hand;
            unsigned char TimerMiscFlags;
        };
    };
    long SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER;
typedef struct _IO_STATUS_BLOCK { union { long Status; void* Pointer; }; unsigned long long Information; } IO_STATUS_BLOCK;
typedef struct _HANDLE_TABLE_ENTRY {
    union {
        volatile long long VolatileLowValue;
        long long LowValue;
        struct {
            unsigned long long Unlocked : 1;
            unsigned long long RefCnt : 16;
            unsigned long long Attributes : 3;
            unsigned long long ObjectPointerBits : 44;
        };
    };
    union {
        long long HighValue;
        struct _HANDLE_TABLE_ENTRY* NextFreeHandleEntry;
        struct { unsigned long GrantedAccessBits : 25; unsigned long NoRightsUpgrade : 1; unsigned long Spare1 : 6; };
    };
} HANDLE_TABLE_ENTRY;
)";

std::string layoutTypes(const KernelLayout& L)
{
    std::string out;

    Members kprocess;
    kprocess.at(0, 0x18, "DISPATCHER_HEADER Header;");
    Members eprocess;
    eprocess.at(L.processUniqueId, 8, "void* UniqueProcessId;")
        .at(L.processActiveLinks, 16, "LIST_ENTRY ActiveProcessLinks;")
        .at(L.processObjectTable, 8, "struct _HANDLE_TABLE* ObjectTable;")
        .at(L.processImageFileName, 15, "unsigned char ImageFileName[15];")
        .at(L.processThreadListHead, 16, "LIST_ENTRY ThreadListHead;")
        .at(L.processParentId, 8, "void* InheritedFromUniqueProcessId;")
        .at(L.processQuotaUsage, 16, "unsigned long long ProcessQuotaUsage[2];")
        .at(L.processQuotaPeak, 16, "unsigned long long ProcessQuotaPeak[2];");
    const std::uint32_t pcb = roundDown(std::min({L.processUniqueId, L.processActiveLinks, L.processObjectTable,
                                                  L.processImageFileName, L.processThreadListHead, L.processParentId,
                                                  L.processQuotaUsage, L.processQuotaPeak}));
    eprocess.at(0, pcb, "struct _KPROCESS Pcb;");
    out += structure("_KPROCESS", kprocess, pcb);
    out += structure("_EPROCESS", eprocess, std::max(L.processSize, eprocess.end()));

    Members kthread;
    kthread.at(0, 0x18, "DISPATCHER_HEADER Header;")
        .at(L.threadState, 1, "unsigned char State;")
        .at(L.threadProcess, 8, "struct _KPROCESS* Process;");
    Members ethread;
    ethread.at(L.threadCid, 16, "CLIENT_ID Cid;")
        .at(L.threadIrpList, 16, "LIST_ENTRY IrpList;")
        .at(L.threadListEntry, 16, "LIST_ENTRY ThreadListEntry;")
        .at(L.threadStartAddress, 8, "void* StartAddress;")
        .at(L.threadWin32StartAddress, 8, "void* Win32StartAddress;");
    const std::uint32_t tcb = roundDown(std::min({L.threadCid, L.threadIrpList, L.threadListEntry,
                                                  L.threadStartAddress, L.threadWin32StartAddress}));
    ethread.at(0, tcb, "struct _KTHREAD Tcb;");
    out += structure("_KTHREAD", kthread, tcb);
    out += structure("_ETHREAD", ethread, std::max(L.threadSize, ethread.end()));

    Members header;
    header.at(L.headerPointerCount, 8, "long long PointerCount;")
        .at(L.headerHandleCount, 8, "union { long long HandleCount; void* NextToFree; };")
        .at(L.headerTypeIndex, 1, "unsigned char TypeIndex;")
        .at(L.headerInfoMask, 1, "unsigned char InfoMask;")
        .at(L.objectHeaderSize, 8, "long long Body;")
        .atIfFree(0x10, 8, "void* Lock;")
        .atIfFree(L.headerTypeIndex + 1, 1,
                  "union { unsigned char TraceFlags; struct { unsigned char DbgRefTrace : 1; unsigned char "
                  "DbgTracePermanent : 1; }; };")
        .atIfFree(L.headerInfoMask + 1, 1,
                  "union { unsigned char Flags; struct { unsigned char NewObject : 1; unsigned char "
                  "KernelObject : 1; unsigned char KernelOnlyAccess : 1; unsigned char ExclusiveObject : 1; "
                  "unsigned char PermanentObject : 1; unsigned char DefaultSecurityQuota : 1; unsigned char "
                  "SingleHandleEntry : 1; unsigned char DeletedInline : 1; }; };");
    out += structure("_OBJECT_HEADER", header, header.end());

    Members type;
    type.at(L.typeList, 16, "LIST_ENTRY TypeList;")
        .at(L.typeName, 16, "UNICODE_STRING Name;")
        .at(L.typeIndex, 1, "unsigned char Index;")
        .at(L.typeTotalObjects, 4, "unsigned long TotalNumberOfObjects;")
        .at(L.typeTotalHandles, 4, "unsigned long TotalNumberOfHandles;")
        .at(L.typeKey, 4, "unsigned long Key;");
    out += structure("_OBJECT_TYPE", type, std::max(0xd8u, type.end()));

    Members table;
    table.at(L.handleTableTableCode, 8, "unsigned long long TableCode;");
    out += structure("_HANDLE_TABLE", table, std::max(0x80u, table.end()));

    Members queue;
    queue.at(L.queueSignalState - 4, 0x18, "DISPATCHER_HEADER Header;")
        .at(L.queueEntryListHead, 16, "LIST_ENTRY EntryListHead;")
        .at(L.queueCurrentCount, 4, "unsigned long CurrentCount;")
        .at(L.queueMaximumCount, 4, "unsigned long MaximumCount;")
        .at(L.queueThreadListHead, 16, "LIST_ENTRY ThreadListHead;");
    out += structure("_KQUEUE", queue, std::max(0x40u, queue.end()));

    // _IRP.Tail is a union whose Overlay struct holds unnamed unions and an unnamed struct,
    // as the kernel's does.
    const std::uint32_t tail = L.irpThread - 0x20;
    Members overlay;
    overlay.at(0, 0x20, "union { unsigned char DeviceQueueEntry[0x18]; struct { void* DriverContext[4]; }; };")
        .at(L.irpThread - tail, 8, "struct _ETHREAD* Thread;")
        .at(L.irpOriginalFileObject - tail, 8, "struct _FILE_OBJECT* OriginalFileObject;");
    if (L.irpPacketType == L.irpListEntry + 16) {
        overlay.at(L.irpListEntry - tail, 24,
                   "struct { LIST_ENTRY ListEntry; union { struct _IO_STACK_LOCATION* CurrentStackLocation; unsigned "
                   "long PacketType; }; };");
    } else {
        overlay.at(L.irpListEntry - tail, 16, "LIST_ENTRY ListEntry;")
            .at(L.irpPacketType - tail, 8, "struct _IO_STACK_LOCATION* CurrentStackLocation;");
    }
    overlay.atIfFree(L.irpThread - tail + 8, 8, "char* AuxiliaryBuffer;");
    const std::uint32_t tailSize = std::max(L.irpSize, overlay.end() + tail) - tail;
    Members irp;
    irp.at(L.irpType, 2, "short Type;")
        .at(L.irpFlags, 4, "unsigned long Flags;")
        .at(L.irpThreadListEntry, 16, "LIST_ENTRY ThreadListEntry;")
        .at(L.irpIoStatus, 16, "IO_STATUS_BLOCK IoStatus;")
        .at(L.irpPendingReturned, 1, "unsigned char PendingReturned;")
        .at(L.irpStackCount, 1, "char StackCount;")
        .at(L.irpCurrentLocation, 1, "char CurrentLocation;")
        .at(L.irpUserEvent, 8, "struct _KEVENT* UserEvent;")
        .at(L.irpUserBuffer, 8, "void* UserBuffer;")
        .at(tail, tailSize,
            fmt::format("union {{\n        struct {{\n{}        }} Overlay;\n        unsigned char Apc[{:#x}];\n"
                        "        void* CompletionKey;\n    }} Tail;",
                        overlay.body(tailSize), tailSize))
        .atIfFree(L.irpType + 2, 2, "unsigned short Size;")
        .atIfFree(8, 8, "struct _MDL* MdlAddress;");
    out += structure("_IRP", irp, tail + tailSize);

    // The current stack location's device and its driver (the driver an IRP is in).
    Members stack;
    stack.at(0, 1, "unsigned char MajorFunction;")
        .at(L.stackDeviceObject, 8, "struct _DEVICE_OBJECT* DeviceObject;")
        .atIfFree(L.stackDeviceObject + 8, 8, "struct _FILE_OBJECT* FileObject;");
    out += structure("_IO_STACK_LOCATION", stack, std::max(L.stackLocationSize, stack.end()));
    Members device;
    device.at(L.deviceType, 2, "short Type;")
        .at(L.deviceDriverObject, 8, "struct _DRIVER_OBJECT* DriverObject;")
        .atIfFree(L.deviceType + 2, 2, "unsigned short Size;");
    out += structure("_DEVICE_OBJECT", device, std::max(0x150u, device.end()));
    Members driver;
    driver.at(L.driverType, 2, "short Type;")
        .at(L.driverName, 16, "UNICODE_STRING DriverName;")
        .atIfFree(L.driverType + 2, 2, "short Size;");
    out += structure("_DRIVER_OBJECT", driver, std::max(0x150u, driver.end()));

    Members file;
    file.at(L.fileType, 2, "short Type;")
        .at(L.fileDeviceObject, 8, "struct _DEVICE_OBJECT* DeviceObject;")
        .at(L.fileFlags, 4, "unsigned long Flags;")
        .at(L.fileName, 16, "UNICODE_STRING FileName;")
        .at(L.fileCompletionContext, 8, "struct _IO_COMPLETION_CONTEXT* CompletionContext;")
        .atIfFree(L.fileType + 2, 2, "short Size;");
    out += structure("_FILE_OBJECT", file, std::max(L.fileSize, file.end()));

    Members completion;
    completion.at(L.completionPort, 8, "void* Port;").at(L.completionKey, 8, "void* Key;");
    out += structure("_IO_COMPLETION_CONTEXT", completion, completion.end());

    Members module;
    module.at(0, 16, "LIST_ENTRY InLoadOrderLinks;")
        .at(L.moduleDllBase, 8, "void* DllBase;")
        .at(L.moduleSizeOfImage, 4, "unsigned long SizeOfImage;")
        .at(L.moduleBaseDllName, 16, "UNICODE_STRING BaseDllName;");
    out += structure("_KLDR_DATA_TABLE_ENTRY", module, std::max(0xa0u, module.end()));

    const char* count = L.trackerCountSize == 4 ? "unsigned long" : "unsigned long long";
    Members tracker;
    tracker.at(L.trackerKey, 4, "long Key;")
        .at(L.trackerNonPagedAllocs, L.trackerCountSize, fmt::format("{} NonPagedAllocs;", count))
        .at(L.trackerNonPagedFrees, L.trackerCountSize, fmt::format("{} NonPagedFrees;", count))
        .at(L.trackerNonPagedBytes, 8, "unsigned long long NonPagedBytes;")
        .at(L.trackerPagedAllocs, L.trackerCountSize, fmt::format("{} PagedAllocs;", count))
        .at(L.trackerPagedFrees, L.trackerCountSize, fmt::format("{} PagedFrees;", count))
        .at(L.trackerPagedBytes, 8, "unsigned long long PagedBytes;");
    out += structure("_POOL_TRACKER_TABLE", tracker, std::max(L.trackerSize, tracker.end()));

    Members big;
    big.at(L.bigPageVa, 8, "volatile unsigned long long Va;")
        .at(L.bigPageKey, 4, "unsigned long Key;")
        .at(L.bigPagePoolType, 4, "unsigned long Pattern : 8; unsigned long PoolType : 12; unsigned long SlushSize : 12;")
        .at(L.bigPageNumberOfBytes, 8, "unsigned long long NumberOfBytes;");
    out += structure("_POOL_TRACKER_BIG_PAGES", big, std::max(L.bigPageSize, big.end()));
    return out;
}

// The globals, in the image's data after 12 MB of other data, as in a real kernel (whose
// globals lie around RVA 0xc00000): uninitialized, so the image file stays small.
constexpr const char* kGlobals = R"(
#pragma bss_seg(".bss$a")
unsigned char KiOtherData[0xc00000];
#pragma bss_seg(".bss$b")
__declspec(align(8)) unsigned char ObHeaderCookie;
struct _OBJECT_TYPE* ObTypeIndexTable[256];
struct _POOL_TRACKER_TABLE* PoolTrackTable;
unsigned long long PoolTrackTableSize;
struct _POOL_TRACKER_BIG_PAGES* PoolBigPageTable;
unsigned long long PoolBigPageTableSize;
struct _POOL_TRACKER_TABLE* ExPoolTagTables[64];
LIST_ENTRY PsActiveProcessHead;
LIST_ENTRY PsLoadedModuleList;
struct _EPROCESS* PsInitialSystemProcess;
)";

std::string quoteForError(const ProgramRun& run) { return run.err.empty() ? run.out : run.err; }

} // namespace

bool pdbToolsAvailable() { return std::string(POOLSCOPE_CLANG).size() && std::string(POOLSCOPE_LLD_LINK).size(); }

std::string kernelSource(const KernelPdbSpec& spec)
{
    std::string source = "// Generated by PoolScope's tests: a kernel's types as a KernelLayout lays them out.\n";
    source += kNaturalTypes;
    source += "#pragma pack(push, 1)\n";
    source += layoutTypes(spec.layout);
    source += segmentHeapTypes(spec.layout);
    source += "#pragma pack(pop)\n";
    source += kGlobals;
    source += segmentHeapGlobals(spec.layout);
    source += "#pragma bss_seg()\n";
    source += spec.extraSource;
    return source;
}

namespace {

KernelPdb compileAndLink(const std::filesystem::path& source, const std::filesystem::path& dir, const std::string& name,
                         PdbMachine machine, bool cplusplus, bool withoutTypes)
{
    if (!pdbToolsAvailable())
        throw std::runtime_error("clang and lld-link were not found when PoolScope was configured");
    const auto object = dir / (name + ".obj");
    const bool x86 = machine == PdbMachine::X86;
    KernelPdb made{dir / (name + ".pdb"), dir / (name + (x86 ? ".dll" : ".exe"))};
    const ProgramRun compiled = runProgram(
        POOLSCOPE_CLANG,
        {x86 ? "--target=i686-pc-windows-msvc" : "--target=x86_64-pc-windows-msvc",
         withoutTypes ? "-gline-tables-only" : "-g", "-gcodeview", "-fno-eliminate-unused-debug-types",
         cplusplus ? "-xc++" : "-xc", "-c", source.string(), "-o", object.string()},
        dir);
    if (compiled.exitCode != 0)
        throw std::runtime_error("clang failed: " + quoteForError(compiled));
    std::vector<std::string> link{"/debug", "/dll", "/noentry", "/nodefaultlib", "/opt:noref",
                                  "/out:" + made.image.string(), "/pdb:" + made.pdb.string(), object.string()};
    if (x86)
        link.insert(link.begin(), "/machine:x86");
    const ProgramRun linked = runProgram(POOLSCOPE_LLD_LINK, link, dir);
    if (linked.exitCode != 0)
        throw std::runtime_error("lld-link failed: " + quoteForError(linked));
    return made;
}

} // namespace

KernelPdb buildKernelPdb(const KernelPdbSpec& spec, const std::filesystem::path& dir)
{
    if (!pdbToolsAvailable())
        throw std::runtime_error("clang and lld-link were not found when PoolScope was configured");
    std::filesystem::create_directories(dir);
    const auto source = dir / (spec.cplusplus ? "ntkrnlmp.cpp" : "ntkrnlmp.c");
    std::ofstream(source) << kernelSource(spec);
    return compileAndLink(source, dir, "ntkrnlmp", PdbMachine::X64, spec.cplusplus, spec.withoutTypes);
}

KernelPdb buildPdb(const std::string& source, const std::filesystem::path& dir, const std::string& name,
                   PdbMachine machine)
{
    std::filesystem::create_directories(dir);
    const auto file = dir / (name + ".c");
    std::ofstream(file) << source;
    return compileAndLink(file, dir, name, machine, false, false);
}

KernelLayout shiftedLayout(std::uint32_t build)
{
    KernelLayout l = *builtinLayout(19041);
    l.build = build;
    l.source = fmt::format("19041 shifted, as build {}", build);
    for (std::uint32_t* field : {&l.processUniqueId, &l.processActiveLinks, &l.processObjectTable,
                                 &l.processImageFileName, &l.processThreadListHead, &l.processParentId, &l.processSize,
                                 &l.processQuotaUsage, &l.processQuotaPeak})
        *field += 0x40;
    for (std::uint32_t* field : {&l.threadCid, &l.threadIrpList, &l.threadListEntry, &l.threadStartAddress,
                                 &l.threadWin32StartAddress, &l.threadSize})
        *field += 0x20;
    return l;
}

} // namespace poolscope::testdata
