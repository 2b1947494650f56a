#include "layout_fields.h"

namespace poolscope::testdata {

std::vector<std::pair<const char*, std::uint64_t>> layoutOffsets(const KernelLayout& l)
{
    return {
        {"moduleDllBase", l.moduleDllBase}, {"moduleSizeOfImage", l.moduleSizeOfImage},
        {"moduleBaseDllName", l.moduleBaseDllName}, {"processUniqueId", l.processUniqueId},
        {"processActiveLinks", l.processActiveLinks}, {"processObjectTable", l.processObjectTable},
        {"processImageFileName", l.processImageFileName}, {"processThreadListHead", l.processThreadListHead},
        {"processParentId", l.processParentId}, {"processSize", l.processSize},
        {"processQuotaUsage", l.processQuotaUsage}, {"processQuotaPeak", l.processQuotaPeak}, {"threadCid", l.threadCid},
        {"threadIrpList", l.threadIrpList}, {"threadListEntry", l.threadListEntry}, {"threadState", l.threadState},
        {"threadProcess", l.threadProcess}, {"threadStartAddress", l.threadStartAddress},
        {"threadWin32StartAddress", l.threadWin32StartAddress}, {"threadSize", l.threadSize},
        {"objectHeaderSize", l.objectHeaderSize}, {"headerPointerCount", l.headerPointerCount},
        {"headerHandleCount", l.headerHandleCount}, {"headerTypeIndex", l.headerTypeIndex},
        {"headerInfoMask", l.headerInfoMask}, {"typeList", l.typeList}, {"typeName", l.typeName}, {"typeIndex", l.typeIndex},
        {"typeTotalObjects", l.typeTotalObjects}, {"typeTotalHandles", l.typeTotalHandles}, {"typeKey", l.typeKey},
        {"handleTableTableCode", l.handleTableTableCode}, {"handleEntryPointerBit", l.handleEntryPointerBit},
        {"handleEntryPointerWidth", l.handleEntryPointerWidth}, {"queueSignalState", l.queueSignalState},
        {"queueEntryListHead", l.queueEntryListHead}, {"queueCurrentCount", l.queueCurrentCount},
        {"queueMaximumCount", l.queueMaximumCount}, {"queueThreadListHead", l.queueThreadListHead},
        {"irpType", l.irpType}, {"irpFlags", l.irpFlags}, {"irpThreadListEntry", l.irpThreadListEntry}, {"irpIoStatus", l.irpIoStatus},
        {"irpPendingReturned", l.irpPendingReturned}, {"irpStackCount", l.irpStackCount},
        {"irpCurrentLocation", l.irpCurrentLocation}, {"irpUserEvent", l.irpUserEvent},
        {"irpUserBuffer", l.irpUserBuffer}, {"irpThread", l.irpThread}, {"irpListEntry", l.irpListEntry},
        {"irpPacketType", l.irpPacketType}, {"irpOriginalFileObject", l.irpOriginalFileObject}, {"irpSize", l.irpSize},
        {"stackLocationSize", l.stackLocationSize}, {"stackDeviceObject", l.stackDeviceObject},
        {"deviceType", l.deviceType}, {"deviceDriverObject", l.deviceDriverObject}, {"driverType", l.driverType},
        {"driverName", l.driverName}, {"fileType", l.fileType}, {"fileDeviceObject", l.fileDeviceObject}, {"fileFlags", l.fileFlags},
        {"fileName", l.fileName}, {"fileCompletionContext", l.fileCompletionContext}, {"fileSize", l.fileSize},
        {"completionPort", l.completionPort}, {"completionKey", l.completionKey}, {"trackerSize", l.trackerSize},
        {"trackerKey", l.trackerKey}, {"trackerCountSize", l.trackerCountSize},
        {"trackerNonPagedAllocs", l.trackerNonPagedAllocs}, {"trackerNonPagedFrees", l.trackerNonPagedFrees},
        {"trackerNonPagedBytes", l.trackerNonPagedBytes}, {"trackerPagedAllocs", l.trackerPagedAllocs},
        {"trackerPagedFrees", l.trackerPagedFrees}, {"trackerPagedBytes", l.trackerPagedBytes},
        {"bigPageSize", l.bigPageSize}, {"bigPageVa", l.bigPageVa}, {"bigPageKey", l.bigPageKey},
        {"bigPagePoolType", l.bigPagePoolType}, {"bigPageNumberOfBytes", l.bigPageNumberOfBytes},
    };
}

std::vector<std::pair<const char*, std::uint64_t>> layoutFields(const KernelLayout& l)
{
    auto all = layoutOffsets(l);
    all.insert(all.end(), {
        {"ObHeaderCookie", l.globals.obHeaderCookie.value_or(0)},
        {"ObTypeIndexTable", l.globals.obTypeIndexTable.value_or(0)},
        {"PoolTrackTable", l.globals.poolTrackTable.value_or(0)},
        {"PoolTrackTableSize", l.globals.poolTrackTableSize.value_or(0)},
        {"PoolBigPageTable", l.globals.poolBigPageTable.value_or(0)},
        {"PoolBigPageTableSize", l.globals.poolBigPageTableSize.value_or(0)},
        {"ExPoolTagTables", l.globals.exPoolTagTables.value_or(0)},
        {"PsActiveProcessHead", l.globals.psActiveProcessHead.value_or(0)},
        {"PsLoadedModuleList", l.globals.psLoadedModuleList.value_or(0)},
        {"ExPoolState", l.globals.exPoolState.value_or(0)},
        {"RtlpHpHeapGlobals", l.globals.rtlpHpHeapGlobals.value_or(0)},
    });
    const SegmentHeapLayout h = l.heap.value_or(SegmentHeapLayout{});
    all.insert(all.end(), {
        {"heap", l.heap.has_value()},
        {"heap.stateNumberOfPools", h.stateNumberOfPools}, {"heap.statePoolNode", h.statePoolNode},
        {"heap.stateSpecialHeaps", h.stateSpecialHeaps}, {"heap.poolNodeSize", h.poolNodeSize},
        {"heap.globalsHeapKey", h.globalsHeapKey}, {"heap.globalsLfhKey", h.globalsLfhKey},
        {"heap.heapSignature", h.heapSignature}, {"heap.heapSegContexts", h.heapSegContexts},
        {"heap.segContextSize", h.segContextSize}, {"heap.segContextSegmentMask", h.segContextSegmentMask},
        {"heap.segContextUnitShift", h.segContextUnitShift},
        {"heap.segContextFirstDescriptorIndex", h.segContextFirstDescriptorIndex},
        {"heap.segContextSegmentListHead", h.segContextSegmentListHead}, {"heap.segmentSignature", h.segmentSignature},
        {"heap.descriptorSize", h.descriptorSize}, {"heap.descriptorTreeSignature", h.descriptorTreeSignature},
        {"heap.descriptorRangeFlags", h.descriptorRangeFlags}, {"heap.descriptorUnitSize", h.descriptorUnitSize},
        {"heap.descriptorUnitOffset", h.descriptorUnitOffset}, {"heap.lfhFreeCount", h.lfhFreeCount},
        {"heap.lfhBlockCount", h.lfhBlockCount}, {"heap.lfhBlockOffsets", h.lfhBlockOffsets},
        {"heap.lfhBlockBitmap", h.lfhBlockBitmap}, {"heap.vsSize", h.vsSize}, {"heap.vsSignature", h.vsSignature},
        {"heap.vsSubsegmentSize", h.vsSubsegmentSize}, {"heap.vsChunkHeaderSize", h.vsChunkHeaderSize},
    });
    return all;
}

} // namespace poolscope::testdata
