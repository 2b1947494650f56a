#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Where the fields the walks read sit in the kernel's structures, and where the kernel
// globals they start from sit in the image. Two sources fill it: a volatility3 ISF file
// matched to the dump's kernel by PDB GUID and age (isf_symbols.h), or the built-in table
// below, taken from the ISF files of five builds (../shared/reference/DUMPS.md).
namespace poolscope {

// Kernel globals as offsets from the kernel's load base (ISF "symbols" addresses).
struct KernelGlobals {
    std::optional<std::uint64_t> obHeaderCookie;       // u8 (stored in a u32)
    std::optional<std::uint64_t> obTypeIndexTable;     // array of _OBJECT_TYPE pointers
    std::optional<std::uint64_t> poolTrackTable;       // pointer to the global tracker table
    std::optional<std::uint64_t> poolTrackTableSize;   // entry count
    std::optional<std::uint64_t> poolBigPageTable;     // pointer to the big pool table
    std::optional<std::uint64_t> poolBigPageTableSize; // entry count
    std::optional<std::uint64_t> exPoolTagTables;      // per-processor tracker table pointers
    std::optional<std::uint64_t> psActiveProcessHead;
    std::optional<std::uint64_t> psLoadedModuleList;
    // The pool's segment heaps (Windows 10 1903 and later): the heap manager's state (its
    // first field points at RtlpHpHeapGlobals) and the heap keys.
    std::optional<std::uint64_t> exPoolState;       // _EX_POOL_HEAP_MANAGER_STATE
    std::optional<std::uint64_t> rtlpHpHeapGlobals; // _RTLP_HP_HEAP_GLOBALS: HeapKey, LfhKey
};

// Where the kernel's segment heaps keep what a walk of the pool reads: from
// nt!ExPoolState to each pool node's heaps, from a heap to its page segments, from a
// segment's page range descriptors to its LFH and VS subsegments, and in those to each
// block. Offsets from the ISF files of 17763-22000 and from ntdiff's headers of
// 22621-26100 (../shared/reference); 26100 moved UnitOffset and grew the LFH subsegment.
struct SegmentHeapLayout {
    // _EX_POOL_HEAP_MANAGER_STATE (HeapManager.Globals is its first field)
    std::uint32_t stateNumberOfPools = 0x38d0;
    std::uint32_t statePoolNode = 0x3900;
    std::uint32_t stateSpecialHeaps = 0x86900;
    std::uint32_t poolNodeSize = 0x20c0; // _EX_HEAP_POOL_NODE: Heaps[4] at 0
    // _RTLP_HP_HEAP_GLOBALS
    std::uint32_t globalsHeapKey = 0x00;
    std::uint32_t globalsLfhKey = 0x08;
    // _SEGMENT_HEAP and its two _HEAP_SEG_CONTEXTs
    std::uint32_t heapSignature = 0x10; // 0xddeeddee
    std::uint32_t heapSegContexts = 0x100;
    std::uint32_t segContextSize = 0xc0;
    std::uint32_t segContextSegmentMask = 0x00;
    std::uint32_t segContextUnitShift = 0x08;
    std::uint32_t segContextFirstDescriptorIndex = 0x0a;
    std::uint32_t segContextSegmentListHead = 0x48;
    // _HEAP_PAGE_SEGMENT: ListEntry at 0, Signature, then 256 _HEAP_PAGE_RANGE_DESCRIPTORs
    std::uint32_t segmentSignature = 0x10;
    std::uint32_t descriptorSize = 0x20;
    std::uint32_t descriptorTreeSignature = 0x00;
    std::uint32_t descriptorRangeFlags = 0x18;
    std::uint32_t descriptorUnitSize = 0x1f;   // in a range's first descriptor
    std::uint32_t descriptorUnitOffset = 0x1f; // in the others (a union with UnitSize before 26100)
    // _HEAP_LFH_SUBSEGMENT
    std::uint32_t lfhFreeCount = 0x20;
    std::uint32_t lfhBlockCount = 0x22;
    std::uint32_t lfhBlockOffsets = 0x28; // encoded BlockSize:16, FirstBlockOffset:16
    std::uint32_t lfhBlockBitmap = 0x30;  // two bits per block
    // _HEAP_VS_SUBSEGMENT: Size and Signature (Size ^ 0x2bed, bit 15 FullCommit); the
    // first chunk header follows the subsegment's header, 16-byte aligned
    std::uint32_t vsSize = 0x20;
    std::uint32_t vsSignature = 0x22;
    std::uint32_t vsSubsegmentSize = 0x28;
    std::uint32_t vsChunkHeaderSize = 0x10; // _HEAP_VS_CHUNK_HEADER, encoded with HeapKey and its address
};

struct KernelLayout {
    std::uint32_t build = 0;
    std::string source;  // "built-in table for build 19041", "symbols ...\606F...-1.json.xz"
    // A built-in row: the first build of its row (0 for symbols), where the row's offsets
    // came from ("ISF", "PDB-derived headers"), and whether it is the nearest older row
    // standing in for a build the table does not know.
    std::uint32_t rowBuild = 0;
    std::string origin;
    bool nearestOlder = false;
    std::string pdbGuid; // of the kernel the offsets were taken from, 32 upper-case hex digits
    std::uint32_t pdbAge = 0;
    KernelGlobals globals;

    // _KLDR_DATA_TABLE_ENTRY (PsLoadedModuleList entries)
    std::uint32_t moduleDllBase = 0x30;
    std::uint32_t moduleSizeOfImage = 0x40;
    std::uint32_t moduleBaseDllName = 0x58;

    // _EPROCESS
    std::uint32_t processUniqueId = 0;
    std::uint32_t processActiveLinks = 0;
    std::uint32_t processObjectTable = 0;
    std::uint32_t processImageFileName = 0;
    std::uint32_t processThreadListHead = 0;
    std::uint32_t processParentId = 0; // InheritedFromUniqueProcessId
    std::uint32_t processSize = 0;
    // ProcessQuotaUsage[2] and ProcessQuotaPeak[2]: u64, [0] nonpaged, [1] paged (PS_QUOTA_TYPE).
    // 0 when the layout does not say: the quota is then not read.
    std::uint32_t processQuotaUsage = 0;
    std::uint32_t processQuotaPeak = 0;

    // _ETHREAD / _KTHREAD
    std::uint32_t threadCid = 0; // CLIENT_ID {UniqueProcess, UniqueThread}
    std::uint32_t threadIrpList = 0;
    std::uint32_t threadListEntry = 0;
    std::uint32_t threadState = 0x184;   // _KTHREAD.State, u8; 4 = Terminated
    std::uint32_t threadProcess = 0x220; // _KTHREAD.Process
    std::uint32_t threadStartAddress = 0;
    std::uint32_t threadWin32StartAddress = 0;
    std::uint32_t threadSize = 0;

    // _OBJECT_HEADER: the body follows the header
    std::uint32_t objectHeaderSize = 0x30;
    std::uint32_t headerPointerCount = 0x00;
    std::uint32_t headerHandleCount = 0x08;
    std::uint32_t headerTypeIndex = 0x18;
    std::uint32_t headerInfoMask = 0x1a;

    // _OBJECT_TYPE
    std::uint32_t typeList = 0x00; // objects' CREATOR_INFO.TypeList, when the system keeps them
    std::uint32_t typeName = 0x10; // UNICODE_STRING
    std::uint32_t typeIndex = 0x28;
    std::uint32_t typeTotalObjects = 0x2c;
    std::uint32_t typeTotalHandles = 0x30;
    std::uint32_t typeKey = 0xc0; // the pool tag of its objects

    // _HANDLE_TABLE and _HANDLE_TABLE_ENTRY: the object header's address is the entry's
    // ObjectPointerBits shifted to a 16-byte boundary and sign-extended from bit 47.
    std::uint32_t handleTableTableCode = 0x08;
    std::uint32_t handleEntryPointerBit = 20;
    std::uint32_t handleEntryPointerWidth = 44;

    // _KQUEUE (the body of an IoCompletion object)
    std::uint32_t queueSignalState = 0x04; // Header.SignalState: queued entries
    std::uint32_t queueEntryListHead = 0x18;
    std::uint32_t queueCurrentCount = 0x28;
    std::uint32_t queueMaximumCount = 0x2c;
    std::uint32_t queueThreadListHead = 0x30;

    // _IRP
    std::uint32_t irpType = 0x00; // 6
    std::uint32_t irpFlags = 0x10;
    std::uint32_t irpThreadListEntry = 0x20; // on the issuing thread's IrpList while pending
    std::uint32_t irpIoStatus = 0x30;
    std::uint32_t irpPendingReturned = 0x41;
    std::uint32_t irpStackCount = 0x42;
    std::uint32_t irpCurrentLocation = 0x43;
    std::uint32_t irpUserEvent = 0x50;
    std::uint32_t irpUserBuffer = 0x70;
    std::uint32_t irpThread = 0x98;             // Tail.Overlay.Thread
    std::uint32_t irpListEntry = 0xa8;          // Tail.Overlay.ListEntry
    std::uint32_t irpPacketType = 0xb8;         // Tail.Overlay.CurrentStackLocation / PacketType
    std::uint32_t irpOriginalFileObject = 0xc0; // Tail.Overlay.OriginalFileObject
    std::uint32_t irpSize = 0xd0;

    // The driver an IRP is in: Tail.Overlay.CurrentStackLocation (irpPacketType) points at one
    // of the IO_STACK_LOCATIONs that follow the IRP; its DeviceObject's DriverObject names it.
    // Public structures of wdm.h, the same on every x64 build from 1607 to 26100.
    std::uint32_t stackLocationSize = 0x48;
    std::uint32_t stackDeviceObject = 0x28;
    std::uint32_t deviceType = 0x00; // 3 (IO_TYPE_DEVICE)
    std::uint32_t deviceDriverObject = 0x08;
    std::uint32_t driverType = 0x00; // 4 (IO_TYPE_DRIVER)
    std::uint32_t driverName = 0x38; // UNICODE_STRING "\Driver\AFD"

    // _FILE_OBJECT and _IO_COMPLETION_CONTEXT
    std::uint32_t fileType = 0x00; // 5
    std::uint32_t fileDeviceObject = 0x08;
    std::uint32_t fileFlags = 0x50;
    std::uint32_t fileName = 0x58; // UNICODE_STRING
    std::uint32_t fileCompletionContext = 0xb0;
    std::uint32_t fileSize = 0xd8;
    std::uint32_t completionPort = 0x00;
    std::uint32_t completionKey = 0x08;

    // A completion packet queued by PostQueuedCompletionStatus, from its list entry.
    std::uint32_t miniPacketType = 0x10; // 0 = IRP, 1 = mini packet, 2 = quota
    std::uint32_t miniPacketKey = 0x18;
    std::uint32_t miniPacketApcContext = 0x20;
    std::uint32_t miniPacketStatus = 0x28;

    // _POOL_TRACKER_TABLE: counts are u32 on 1607, SIZE_T later.
    std::uint32_t trackerSize = 0x38;
    std::uint32_t trackerKey = 0x00;
    std::uint32_t trackerCountSize = 8;
    std::uint32_t trackerNonPagedAllocs = 0x10;
    std::uint32_t trackerNonPagedFrees = 0x18;
    std::uint32_t trackerNonPagedBytes = 0x08;
    std::uint32_t trackerPagedAllocs = 0x28;
    std::uint32_t trackerPagedFrees = 0x30;
    std::uint32_t trackerPagedBytes = 0x20;

    // _POOL_TRACKER_BIG_PAGES
    std::uint32_t bigPageSize = 0x18;
    std::uint32_t bigPageVa = 0x00; // low bit set = free
    std::uint32_t bigPageKey = 0x08;
    std::uint32_t bigPagePoolType = 0x0c; // bits 8..19 of the u32 (Pattern:8, PoolType:12)
    std::uint32_t bigPageNumberOfBytes = 0x10;

    // The pool's segment heaps, for builds that have them; a symbol file that lacks these
    // types leaves it empty, and the built-in row of the dump's build stands in.
    std::optional<SegmentHeapLayout> heap;
};

// The built-in layout for a build, or nothing when the build is not in the table (the
// caller says which build it needs). Builds of one kernel line with the same layout
// (2004-22H2 share 19041's) use that layout. Its globals are those of the kernel the
// table was taken from (pdbGuid): usable directly only for a dump of that very kernel.
std::optional<KernelLayout> builtinLayout(std::uint32_t build);

// For a build newer than the table (or between its rows): the row of the nearest older
// build, to be used only after it has been checked on the dump (layout_check.h).
std::optional<KernelLayout> nearestOlderLayout(std::uint32_t build);

// The builds the table knows, one row per kernel line: what `--help` and the refusals list.
struct BuiltinBuilds {
    std::uint32_t first = 0, last = 0;
    std::string release; // "2004-22H2", "Server 2022"
};
std::vector<BuiltinBuilds> builtinLayoutBuilds();
// "14393 (1607), 17763 (1809), 19041-19045 (2004-22H2), ...", from the same table.
std::string builtinBuilds();

} // namespace poolscope
