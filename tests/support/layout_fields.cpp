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
        {"fileType", l.fileType}, {"fileDeviceObject", l.fileDeviceObject}, {"fileFlags", l.fileFlags},
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
    });
    return all;
}

} // namespace poolscope::testdata
