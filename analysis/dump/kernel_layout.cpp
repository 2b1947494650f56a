#include "kernel_layout.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <array>

namespace poolscope {

namespace {

// One row per kernel line: builds up to 22000 from the ISF files of ../shared/reference/isf
// (each of one kernel, whose PDB GUID and global RVAs the row keeps); 22621-22631 and
// 26100-26200 from headers generated from Microsoft's PDBs (ntdiff/headers, see
// ../shared/reference/LAYOUTS-22621-26100.md), which name no kernel and no global RVAs.
struct BuildRow {
    std::uint32_t firstBuild, lastBuild;
    const char* release; // the Windows releases of the builds, as `--help` names them
    const char* guid; // empty: the row names no particular kernel
    const char* origin;
    // _EPROCESS: UniqueProcessId, ActiveProcessLinks, ObjectTable, ImageFileName,
    // ThreadListHead, InheritedFromUniqueProcessId, size
    std::array<std::uint32_t, 7> process;
    // _ETHREAD: Cid, IrpList, ThreadListEntry, StartAddress, Win32StartAddress, size
    std::array<std::uint32_t, 6> thread;
    std::uint32_t trackerSize; // 0x28 = the u32-count layout of 1607
    std::uint32_t bigPageSize;
    // RVAs: ObHeaderCookie, ObTypeIndexTable, PoolTrackTable, PoolTrackTableSize,
    // PoolBigPageTable, PoolBigPageTableSize, ExPoolTagTables, PsActiveProcessHead,
    // PsLoadedModuleList; all zero when the row's source gives no addresses.
    std::array<std::uint64_t, 9> globals;
};

constexpr const char* kIsf = "ISF";
constexpr const char* kPdbHeaders = "PDB-derived headers";

constexpr std::array kRows{
    BuildRow{14393, 14393, "1607", "DBBC830E3E9A48FDA25A2144C146930E", kIsf,
             {0x2e8, 0x2f0, 0x418, 0x450, 0x488, 0x3e0, 0x7d0},
             {0x630, 0x668, 0x698, 0x608, 0x688, 0x7e0}, 0x28, 0x18,
             {0x3a94c0, 0x3a99e0, 0x2fb9f0, 0x2fa578, 0x2fb9d8, 0x2fb9c0, 0x2fa5c0, 0x300430, 0x305c70}},
    BuildRow{17763, 17763, "1809", "1806D020A6E46538D7AC3325FAC114D8", kIsf,
             {0x2e0, 0x2e8, 0x418, 0x450, 0x488, 0x3e0, 0x858},
             {0x638, 0x670, 0x6a8, 0x610, 0x690, 0x810}, 0x38, 0x18,
             {0x5415c8, 0x541bf0, 0x409858, 0x406fe0, 0x409840, 0x409818, 0x407000, 0x40e3a0, 0x41a8d0}},
    // 2004, 20H2, 21H1, 21H2 and 22H2 share one kernel line.
    BuildRow{19041, 19045, "2004-22H2", "606FF669409B00F7FC8C61A9C1670129", kIsf,
             {0x440, 0x448, 0x570, 0x5a8, 0x5e0, 0x540, 0xa40},
             {0x478, 0x4b0, 0x4e8, 0x450, 0x4d0, 0x898}, 0x38, 0x18,
             {0xcfc728, 0xcfce60, 0xc16998, 0xc16990, 0xc191f8, 0xc191f0, 0xc169c0, 0xc1e090, 0xc2a360}},
    BuildRow{20348, 20348, "Server 2022", "879AD95F3461091BB6318FA98072AD8E", kIsf,
             {0x440, 0x448, 0x570, 0x5a8, 0x5e0, 0x540, 0xbc0},
             {0x4c8, 0x500, 0x538, 0x4a0, 0x520, 0x8f0}, 0x50, 0x20,
             {0xd10b08, 0xd113b0, 0xc1d518, 0xc21598, 0xc21578, 0xc21570, 0xc1d560, 0xc26400, 0xc339d0}},
    BuildRow{22000, 22000, "11 21H2", "0CE4A95C0CD782A7596B034D8648E585", kIsf,
             {0x440, 0x448, 0x570, 0x5a8, 0x5e0, 0x540, 0xb80},
             {0x4c8, 0x500, 0x538, 0x4a0, 0x520, 0x8f0}, 0x50, 0x20,
             {0xd06c0c, 0xd07490, 0xc157d8, 0xc157d0, 0xc157b8, 0xc157c0, 0xc117a0, 0xc1bfa0, 0xc298a0}},
    // Windows 11 22H2 and 23H2: 22000's offsets; only _ETHREAD grew (0x8f0 -> 0x900).
    BuildRow{22621, 22631, "11 22H2-23H2", "", kPdbHeaders,
             {0x440, 0x448, 0x570, 0x5a8, 0x5e0, 0x540, 0xb80},
             {0x4c8, 0x500, 0x538, 0x4a0, 0x520, 0x900}, 0x50, 0x20,
             {}},
    // Windows 11 24H2, 25H2 and Server 2025: _KPROCESS shrank by 0x270, moving every
    // _EPROCESS field down; _KTHREAD grew by 0x40, moving every _ETHREAD field up.
    BuildRow{26100, 26200, "11 24H2-25H2, Server 2025", "", kPdbHeaders,
             {0x1d0, 0x1d8, 0x300, 0x338, 0x370, 0x2d0, 0x840},
             {0x508, 0x540, 0x578, 0x4e0, 0x560, 0x788}, 0x50, 0x20,
             {}},
};

// The segment heap by kernel line (1607 has none; 1809's kernel has the types, though its
// pool is still the classic one). ExPoolState's fields moved twice (19041, 20348, 26100),
// _SEGMENT_HEAP grew ahead of its SegContexts in 20348, and 26100 moved UnitOffset out of
// the descriptor's union and grew the LFH subsegment header.
struct HeapRow {
    std::uint32_t firstBuild;
    std::uint32_t numberOfPools, poolNode, specialHeaps, segContexts, unitOffset, lfhBitmap;
    std::uint64_t exPoolState, rtlpHpHeapGlobals; // RVAs of the row's own kernel, 0 when it names none
};
constexpr std::array kHeapRows{
    HeapRow{17763, 0x30c8, 0x3100, 0x86100, 0x100, 0x1f, 0x30, 0x440200, 0x40df40},
    HeapRow{19041, 0x38d0, 0x3900, 0x86900, 0x100, 0x1f, 0x30, 0xc54780, 0xc1dc40},
    HeapRow{20348, 0x38e0, 0x3900, 0x86900, 0x140, 0x1f, 0x30, 0xc64dc0, 0xc64340},
    HeapRow{22000, 0x38e0, 0x3900, 0x86900, 0x140, 0x1f, 0x30, 0xc5b180, 0xc5a600},
    HeapRow{22621, 0x38e0, 0x3900, 0x86900, 0x140, 0x1f, 0x30, 0, 0},
    HeapRow{26100, 0x3910, 0x3940, 0x86940, 0x140, 0x1a, 0x40, 0, 0},
};

// _EPROCESS.ProcessQuotaUsage / ProcessQuotaPeak by kernel line, apart from the rows so that a
// row added for a new build picks its quota offsets up here (0x470/0x480 from 19041 through
// 22631, moved with the rest of _EPROCESS in 26100: LAYOUTS-22621-26100.md).
struct QuotaRow {
    std::uint32_t firstBuild, usage, peak;
};
constexpr std::array kQuotaRows{
    QuotaRow{14393, 0x310, 0x320}, QuotaRow{17763, 0x310, 0x320}, QuotaRow{19041, 0x470, 0x480},
    QuotaRow{20348, 0x470, 0x480}, QuotaRow{22000, 0x470, 0x480}, QuotaRow{22621, 0x470, 0x480},
    QuotaRow{26100, 0x200, 0x210},
};

KernelLayout fromRow(const BuildRow& row, std::uint32_t build)
{
    KernelLayout l;
    l.build = build;
    l.rowBuild = row.firstBuild;
    l.source = text::say(text::phrase("Dump", "built-in table for build {}"), row.firstBuild);
    l.origin = row.origin;
    l.pdbGuid = row.guid;
    l.pdbAge = *row.guid ? 1 : 0;
    l.processUniqueId = row.process[0];
    l.processActiveLinks = row.process[1];
    l.processObjectTable = row.process[2];
    l.processImageFileName = row.process[3];
    l.processThreadListHead = row.process[4];
    l.processParentId = row.process[5];
    l.processSize = row.process[6];
    for (const QuotaRow& quota : kQuotaRows)
        if (quota.firstBuild == row.firstBuild) {
            l.processQuotaUsage = quota.usage;
            l.processQuotaPeak = quota.peak;
        }
    l.threadCid = row.thread[0];
    l.threadIrpList = row.thread[1];
    l.threadListEntry = row.thread[2];
    l.threadStartAddress = row.thread[3];
    l.threadWin32StartAddress = row.thread[4];
    l.threadSize = row.thread[5];
    l.trackerSize = row.trackerSize;
    if (row.trackerSize == 0x28) { // ULONG Allocs/Frees, SIZE_T Bytes
        l.trackerCountSize = 4;
        l.trackerNonPagedAllocs = 0x04;
        l.trackerNonPagedFrees = 0x08;
        l.trackerNonPagedBytes = 0x10;
        l.trackerPagedAllocs = 0x18;
        l.trackerPagedFrees = 0x1c;
        l.trackerPagedBytes = 0x20;
    }
    l.bigPageSize = row.bigPageSize;
    for (const HeapRow& heap : kHeapRows) {
        if (heap.firstBuild != row.firstBuild)
            continue;
        SegmentHeapLayout h;
        h.stateNumberOfPools = heap.numberOfPools;
        h.statePoolNode = heap.poolNode;
        h.stateSpecialHeaps = heap.specialHeaps;
        h.heapSegContexts = heap.segContexts;
        h.descriptorUnitOffset = heap.unitOffset;
        h.lfhBlockBitmap = heap.lfhBitmap;
        l.heap = h;
        if (heap.exPoolState) {
            l.globals.exPoolState = heap.exPoolState;
            l.globals.rtlpHpHeapGlobals = heap.rtlpHpHeapGlobals;
        }
    }
    if (row.globals[0] == 0)
        return l; // no kernel's addresses: the globals are found on the dump
    KernelGlobals& g = l.globals;
    g.obHeaderCookie = row.globals[0];
    g.obTypeIndexTable = row.globals[1];
    g.poolTrackTable = row.globals[2];
    g.poolTrackTableSize = row.globals[3];
    g.poolBigPageTable = row.globals[4];
    g.poolBigPageTableSize = row.globals[5];
    g.exPoolTagTables = row.globals[6];
    g.psActiveProcessHead = row.globals[7];
    g.psLoadedModuleList = row.globals[8];
    return l;
}

} // namespace

std::optional<KernelLayout> builtinLayout(std::uint32_t build)
{
    for (const BuildRow& row : kRows)
        if (build >= row.firstBuild && build <= row.lastBuild)
            return fromRow(row, build);
    return std::nullopt;
}

std::optional<KernelLayout> nearestOlderLayout(std::uint32_t build)
{
    const BuildRow* nearest = nullptr;
    for (const BuildRow& row : kRows)
        if (row.lastBuild < build && (!nearest || row.firstBuild > nearest->firstBuild))
            nearest = &row;
    if (!nearest)
        return std::nullopt;
    KernelLayout l = fromRow(*nearest, build);
    l.nearestOlder = true;
    l.source = text::say(text::phrase("Dump", "built-in table for build {} (the nearest older than build {})"),
                         nearest->firstBuild, build);
    return l;
}

std::vector<BuiltinBuilds> builtinLayoutBuilds()
{
    std::vector<BuiltinBuilds> out;
    for (const BuildRow& row : kRows)
        out.push_back({row.firstBuild, row.lastBuild, row.release});
    return out;
}

std::string builtinBuilds()
{
    std::string out;
    for (const BuildRow& row : kRows) {
        if (!out.empty())
            out += ", ";
        out += row.firstBuild == row.lastBuild ? fmt::format("{} ({})", row.firstBuild, row.release)
                                               : fmt::format("{}-{} ({})", row.firstBuild, row.lastBuild, row.release);
    }
    return out;
}

} // namespace poolscope
