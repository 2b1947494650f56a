#include "kernel_types.h"

#include <fmt/format.h>

namespace poolscope {

std::string layoutFromTypes(const KernelTypeSource& types, KernelLayout& l, std::vector<TypeAnswer>* answers)
{
    using Kind = TypeAnswer::Kind;
    using Need = TypeAnswer::Need;
    const auto asked = [&](Kind kind, Need need, std::string_view type, std::string_view member,
                           std::optional<std::uint64_t> value) {
        if (answers)
            answers->push_back({kind, need, std::string(type), std::string(member), value, std::nullopt});
    };
    std::string missing;
    const auto required = [&](std::uint32_t& out, std::string_view type, std::string_view member) {
        const auto o = types.offset(type, member);
        asked(Kind::Offset, Need::Required, type, member, o);
        if (o)
            out = *o;
        else if (missing.empty())
            missing = fmt::format("{}.{}", type, member);
    };
    const auto optional = [&](std::uint32_t& out, std::string_view type, std::string_view member) {
        const auto o = types.offset(type, member);
        asked(Kind::Offset, Need::Optional, type, member, o);
        if (o)
            out = *o;
    };
    const auto sized = [&](std::uint32_t& out, std::string_view type) {
        const auto s = types.size(type);
        asked(Kind::Size, Need::Optional, type, "", s);
        if (s)
            out = *s;
    };
    required(l.processUniqueId, "_EPROCESS", "UniqueProcessId");
    required(l.processActiveLinks, "_EPROCESS", "ActiveProcessLinks");
    required(l.processObjectTable, "_EPROCESS", "ObjectTable");
    required(l.processImageFileName, "_EPROCESS", "ImageFileName");
    optional(l.processThreadListHead, "_EPROCESS", "ThreadListHead");
    optional(l.processParentId, "_EPROCESS", "InheritedFromUniqueProcessId");
    optional(l.processQuotaUsage, "_EPROCESS", "ProcessQuotaUsage");
    optional(l.processQuotaPeak, "_EPROCESS", "ProcessQuotaPeak");
    sized(l.processSize, "_EPROCESS");
    required(l.threadCid, "_ETHREAD", "Cid");
    optional(l.threadIrpList, "_ETHREAD", "IrpList");
    optional(l.threadListEntry, "_ETHREAD", "ThreadListEntry");
    optional(l.threadState, "_ETHREAD", "Tcb.State");
    optional(l.threadProcess, "_ETHREAD", "Tcb.Process");
    optional(l.threadStartAddress, "_ETHREAD", "StartAddress");
    optional(l.threadWin32StartAddress, "_ETHREAD", "Win32StartAddress");
    sized(l.threadSize, "_ETHREAD");
    optional(l.objectHeaderSize, "_OBJECT_HEADER", "Body");
    optional(l.headerPointerCount, "_OBJECT_HEADER", "PointerCount");
    optional(l.headerHandleCount, "_OBJECT_HEADER", "HandleCount");
    required(l.headerTypeIndex, "_OBJECT_HEADER", "TypeIndex");
    optional(l.headerInfoMask, "_OBJECT_HEADER", "InfoMask");
    optional(l.typeList, "_OBJECT_TYPE", "TypeList");
    required(l.typeName, "_OBJECT_TYPE", "Name");
    optional(l.typeIndex, "_OBJECT_TYPE", "Index");
    optional(l.typeTotalObjects, "_OBJECT_TYPE", "TotalNumberOfObjects");
    optional(l.typeTotalHandles, "_OBJECT_TYPE", "TotalNumberOfHandles");
    optional(l.typeKey, "_OBJECT_TYPE", "Key");
    optional(l.handleTableTableCode, "_HANDLE_TABLE", "TableCode");
    optional(l.queueSignalState, "_KQUEUE", "Header.SignalState");
    required(l.queueEntryListHead, "_KQUEUE", "EntryListHead");
    optional(l.queueCurrentCount, "_KQUEUE", "CurrentCount");
    optional(l.queueMaximumCount, "_KQUEUE", "MaximumCount");
    optional(l.queueThreadListHead, "_KQUEUE", "ThreadListHead");
    optional(l.irpType, "_IRP", "Type");
    optional(l.irpFlags, "_IRP", "Flags");
    optional(l.irpThreadListEntry, "_IRP", "ThreadListEntry");
    optional(l.irpIoStatus, "_IRP", "IoStatus");
    optional(l.irpPendingReturned, "_IRP", "PendingReturned");
    optional(l.irpStackCount, "_IRP", "StackCount");
    optional(l.irpCurrentLocation, "_IRP", "CurrentLocation");
    optional(l.irpUserEvent, "_IRP", "UserEvent");
    optional(l.irpUserBuffer, "_IRP", "UserBuffer");
    optional(l.irpThread, "_IRP", "Tail.Overlay.Thread");
    required(l.irpListEntry, "_IRP", "Tail.Overlay.ListEntry");
    optional(l.irpPacketType, "_IRP", "Tail.Overlay.CurrentStackLocation");
    optional(l.irpOriginalFileObject, "_IRP", "Tail.Overlay.OriginalFileObject");
    sized(l.irpSize, "_IRP");
    sized(l.stackLocationSize, "_IO_STACK_LOCATION");
    optional(l.stackDeviceObject, "_IO_STACK_LOCATION", "DeviceObject");
    optional(l.deviceType, "_DEVICE_OBJECT", "Type");
    optional(l.deviceDriverObject, "_DEVICE_OBJECT", "DriverObject");
    optional(l.driverType, "_DRIVER_OBJECT", "Type");
    optional(l.driverName, "_DRIVER_OBJECT", "DriverName");
    optional(l.fileType, "_FILE_OBJECT", "Type");
    optional(l.fileDeviceObject, "_FILE_OBJECT", "DeviceObject");
    optional(l.fileFlags, "_FILE_OBJECT", "Flags");
    optional(l.fileName, "_FILE_OBJECT", "FileName");
    optional(l.fileCompletionContext, "_FILE_OBJECT", "CompletionContext");
    sized(l.fileSize, "_FILE_OBJECT");
    optional(l.completionPort, "_IO_COMPLETION_CONTEXT", "Port");
    optional(l.completionKey, "_IO_COMPLETION_CONTEXT", "Key");
    optional(l.moduleDllBase, "_KLDR_DATA_TABLE_ENTRY", "DllBase");
    optional(l.moduleSizeOfImage, "_KLDR_DATA_TABLE_ENTRY", "SizeOfImage");
    optional(l.moduleBaseDllName, "_KLDR_DATA_TABLE_ENTRY", "BaseDllName");
    sized(l.trackerSize, "_POOL_TRACKER_TABLE");
    optional(l.trackerKey, "_POOL_TRACKER_TABLE", "Key");
    optional(l.trackerNonPagedAllocs, "_POOL_TRACKER_TABLE", "NonPagedAllocs");
    optional(l.trackerNonPagedFrees, "_POOL_TRACKER_TABLE", "NonPagedFrees");
    optional(l.trackerNonPagedBytes, "_POOL_TRACKER_TABLE", "NonPagedBytes");
    optional(l.trackerPagedAllocs, "_POOL_TRACKER_TABLE", "PagedAllocs");
    optional(l.trackerPagedFrees, "_POOL_TRACKER_TABLE", "PagedFrees");
    optional(l.trackerPagedBytes, "_POOL_TRACKER_TABLE", "PagedBytes");
    const auto width = types.baseSize("_POOL_TRACKER_TABLE", "NonPagedAllocs");
    asked(Kind::Width, Need::Optional, "_POOL_TRACKER_TABLE", "NonPagedAllocs", width);
    if (width)
        l.trackerCountSize = *width;
    sized(l.bigPageSize, "_POOL_TRACKER_BIG_PAGES");
    optional(l.bigPageVa, "_POOL_TRACKER_BIG_PAGES", "Va");
    optional(l.bigPageKey, "_POOL_TRACKER_BIG_PAGES", "Key");
    optional(l.bigPagePoolType, "_POOL_TRACKER_BIG_PAGES", "PoolType");
    optional(l.bigPageNumberOfBytes, "_POOL_TRACKER_BIG_PAGES", "NumberOfBytes");
    // Where a handle entry keeps its object pointer, from the type rather than a constant.
    const auto bits = types.bitfield("_HANDLE_TABLE_ENTRY", "ObjectPointerBits");
    if (answers)
        answers->push_back({Kind::Bitfield, Need::Optional, "_HANDLE_TABLE_ENTRY", "ObjectPointerBits",
                            bits ? std::optional<std::uint64_t>(bits->offset) : std::nullopt, bits});
    if (bits && bits->offset == 0) {
        l.handleEntryPointerBit = bits->position;
        l.handleEntryPointerWidth = bits->width;
    }

    // The segment heap: taken only whole, so that a symbol file without these types leaves
    // the built-in row of the dump's build to stand in.
    {
        SegmentHeapLayout h;
        bool complete = true;
        const auto heap = [&](std::uint32_t& out, std::string_view type, std::string_view member) {
            const auto o = types.offset(type, member);
            asked(Kind::Offset, Need::Whole, type, member, o);
            if (o)
                out = *o;
            else
                complete = false;
        };
        const auto sizeOf = [&](std::uint32_t& out, std::string_view type) {
            const auto s = types.size(type);
            asked(Kind::Size, Need::Whole, type, "", s);
            if (s)
                out = *s;
            else
                complete = false;
        };
        heap(h.stateNumberOfPools, "_EX_POOL_HEAP_MANAGER_STATE", "NumberOfPools");
        heap(h.statePoolNode, "_EX_POOL_HEAP_MANAGER_STATE", "PoolNode");
        heap(h.stateSpecialHeaps, "_EX_POOL_HEAP_MANAGER_STATE", "SpecialHeaps");
        sizeOf(h.poolNodeSize, "_EX_HEAP_POOL_NODE");
        heap(h.globalsHeapKey, "_RTLP_HP_HEAP_GLOBALS", "HeapKey");
        heap(h.globalsLfhKey, "_RTLP_HP_HEAP_GLOBALS", "LfhKey");
        heap(h.heapSignature, "_SEGMENT_HEAP", "Signature");
        heap(h.heapSegContexts, "_SEGMENT_HEAP", "SegContexts");
        sizeOf(h.segContextSize, "_HEAP_SEG_CONTEXT");
        heap(h.segContextSegmentMask, "_HEAP_SEG_CONTEXT", "SegmentMask");
        heap(h.segContextUnitShift, "_HEAP_SEG_CONTEXT", "UnitShift");
        heap(h.segContextFirstDescriptorIndex, "_HEAP_SEG_CONTEXT", "FirstDescriptorIndex");
        heap(h.segContextSegmentListHead, "_HEAP_SEG_CONTEXT", "SegmentListHead");
        heap(h.segmentSignature, "_HEAP_PAGE_SEGMENT", "Signature");
        sizeOf(h.descriptorSize, "_HEAP_PAGE_RANGE_DESCRIPTOR");
        heap(h.descriptorTreeSignature, "_HEAP_PAGE_RANGE_DESCRIPTOR", "TreeSignature");
        heap(h.descriptorRangeFlags, "_HEAP_PAGE_RANGE_DESCRIPTOR", "RangeFlags");
        heap(h.descriptorUnitSize, "_HEAP_PAGE_RANGE_DESCRIPTOR", "UnitSize");
        heap(h.descriptorUnitOffset, "_HEAP_PAGE_RANGE_DESCRIPTOR", "UnitOffset");
        heap(h.lfhFreeCount, "_HEAP_LFH_SUBSEGMENT", "FreeCount");
        heap(h.lfhBlockCount, "_HEAP_LFH_SUBSEGMENT", "BlockCount");
        heap(h.lfhBlockOffsets, "_HEAP_LFH_SUBSEGMENT", "BlockOffsets");
        heap(h.lfhBlockBitmap, "_HEAP_LFH_SUBSEGMENT", "BlockBitmap");
        heap(h.vsSize, "_HEAP_VS_SUBSEGMENT", "Size");
        heap(h.vsSignature, "_HEAP_VS_SUBSEGMENT", "Signature");
        sizeOf(h.vsSubsegmentSize, "_HEAP_VS_SUBSEGMENT");
        sizeOf(h.vsChunkHeaderSize, "_HEAP_VS_CHUNK_HEADER");
        if (complete)
            l.heap = h;
    }

    const auto global = [&](std::optional<std::uint64_t>& out, std::string_view name) {
        const auto rva = types.symbolRva(name);
        asked(Kind::Global, Need::Optional, "", name, rva);
        if (rva)
            out = *rva;
    };
    KernelGlobals& g = l.globals;
    global(g.obHeaderCookie, "ObHeaderCookie");
    global(g.obTypeIndexTable, "ObTypeIndexTable");
    global(g.poolTrackTable, "PoolTrackTable");
    global(g.poolTrackTableSize, "PoolTrackTableSize");
    global(g.poolBigPageTable, "PoolBigPageTable");
    global(g.poolBigPageTableSize, "PoolBigPageTableSize");
    global(g.exPoolTagTables, "ExPoolTagTables");
    global(g.psActiveProcessHead, "PsActiveProcessHead");
    global(g.psLoadedModuleList, "PsLoadedModuleList");
    global(g.exPoolState, "ExPoolState");
    global(g.rtlpHpHeapGlobals, "RtlpHpHeapGlobals");
    return missing;
}

KernelSymbolsKind kernelSymbolsKind(const KernelTypeSource& types, std::optional<std::uint16_t> machine)
{
    constexpr std::uint16_t kMachineX86 = 0x14c, kMachineX64 = 0x8664;
    const bool kernel = types.size("_EPROCESS") || types.symbolRva("PsActiveProcessHead")
                        || types.symbolRva("KiSystemStartup") || types.symbolRva("PsLoadedModuleList");
    if (!kernel)
        return KernelSymbolsKind::NotAKernel;
    // The machine when the file says it; else a pointer's width, from LIST_ENTRY.
    const auto listEntry = types.size("_LIST_ENTRY");
    if ((machine && *machine == kMachineX86) || (!machine && listEntry && *listEntry == 8))
        return KernelSymbolsKind::X86;
    if (machine && *machine != kMachineX64)
        return KernelSymbolsKind::OtherCpu;
    // Windows 10 encodes the object header's type index with ObHeaderCookie; Windows 7 to 8.1
    // have the index without the cookie, Vista and older a type pointer instead of the index.
    const bool hasTypes = types.size("_EPROCESS").has_value();
    const bool hasGlobals = types.symbolRva("PsActiveProcessHead") || types.symbolRva("PsLoadedModuleList");
    if ((hasTypes && types.size("_OBJECT_HEADER") && !types.offset("_OBJECT_HEADER", "TypeIndex"))
        || (hasGlobals && !types.symbolRva("ObHeaderCookie")))
        return KernelSymbolsKind::BeforeWin10;
    return KernelSymbolsKind::Readable;
}

std::string machineName(std::uint16_t machine)
{
    switch (machine) {
    case 0x8664: return "x64 (AMD64)";
    case 0x14c: return "x86 (i386)";
    case 0xaa64: return "ARM64";
    case 0x1c4: return "ARM (Thumb-2)";
    case 0x200: return "IA-64";
    default: return fmt::format("{:#x}", machine);
    }
}

std::string kernelSymbolsRefusal(KernelSymbolsKind kind, std::string_view what, std::optional<std::uint16_t> machine)
{
    switch (kind) {
    case KernelSymbolsKind::NotAKernel:
        return fmt::format("not a Windows kernel's {}: it describes no _EPROCESS and places no kernel global "
                           "(PsActiveProcessHead, PsLoadedModuleList)",
                           what);
    case KernelSymbolsKind::X86:
        return fmt::format("a 32-bit (x86) kernel {}: PoolScope reads x64 dumps", what);
    case KernelSymbolsKind::OtherCpu:
        return fmt::format("a kernel {} for {}: PoolScope reads x64 dumps", what,
                           machine ? machineName(*machine) : std::string("another processor"));
    case KernelSymbolsKind::BeforeWin10:
        return fmt::format("an x64 kernel {} from before Windows 10 (no ObHeaderCookie to decode _OBJECT_HEADER's "
                           "type index): PoolScope reads Windows 10 and later",
                           what);
    case KernelSymbolsKind::Readable:
        break;
    }
    return {};
}

} // namespace poolscope
