#include "image_globals.h"

#include "tests/support/segment_heap.h"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

namespace poolscope::testdata {

namespace {

// The RVAs of the real kernels, from their ISF files (../shared/reference/isf).
struct KnownKernel {
    const char* guid;
    // KdDebuggerDataBlock, KdVersionBlock, KdpDebuggerDataListHead, KeNumberProcessors,
    // KiProcessorBlock, ObpInfoMaskToOffset, NtBuildLab, NtBuildLabEx, CmNtCSDVersion,
    // MmPfnDatabase, PsInitialSystemProcess, HandleTableListHead, NtBuildNumber, KiInitialPCR
    // (0 = none), KeBugCheckEx, PspUserThreadStartup, ObpCaptureHandleInformationEx,
    // KdpDataBlockEncoded, KiWaitNever, KiWaitAlways, ExPoolState, RtlpHpHeapGlobals (0 = none)
    std::array<std::uint64_t, 22> rva;
};

constexpr std::array<const char*, 22> kNames{
    "KdDebuggerDataBlock", "KdVersionBlock",         "KdpDebuggerDataListHead", "KeNumberProcessors",
    "KiProcessorBlock",    "ObpInfoMaskToOffset",    "NtBuildLab",              "NtBuildLabEx",
    "CmNtCSDVersion",      "MmPfnDatabase",          "PsInitialSystemProcess",  "HandleTableListHead",
    "NtBuildNumber",       "KiInitialPCR",           "KeBugCheckEx",
    "PspUserThreadStartup", "ObpCaptureHandleInformationEx", "KdpDataBlockEncoded", "KiWaitNever", "KiWaitAlways",
    "ExPoolState",         "RtlpHpHeapGlobals"};

constexpr std::array kKnown{
    KnownKernel{"DBBC830E3E9A48FDA25A2144C146930E", // 10.0.14393.6343
                {0x2f1900, 0x2f3df8, 0x31bb00, 0x3a9244, 0x3aa3c0, 0x305aa0, 0x25eea0, 0x25edc0, 0x322168, 0x3a92b8,
                 0x3a9258, 0x747090, 0x27e3d8, 0x343000, 0x15d1b0, 0x4fe0c0, 0x666734,
                 0x341108, 0x3a9538, 0x3a96c0, 0, 0}},
    KnownKernel{"1806D020A6E46538D7AC3325FAC114D8", // 10.0.17763.5933
                {0x3fea80, 0x401f40, 0x430780, 0x5412c4, 0x542d40, 0x41a2a0, 0x438400, 0x438300, 0x4382e8, 0x5413a8,
                 0x5412e0, 0x96ea50, 0x3745e0, 0, 0x1b9d10, 0x5c8f70, 0x861e80,
                 0x43c750, 0x541650, 0x541850, 0x440200, 0x40df40}},
    KnownKernel{"606FF669409B00F7FC8C61A9C1670129", // 10.0.19041.3570
                {0xc00b20, 0xc0f400, 0xc40800, 0xcfc404, 0xcfdcc0, 0xc25f40, 0xc4c2c0, 0xc4c1c0, 0xc4c198, 0xcfc510,
                 0xcfc420, 0xd2eb40, 0xc11fe0, 0, 0x3fd640, 0x67b080, 0x8e0540,
                 0xc50d00, 0xcfc808, 0xcfca10, 0xc54780, 0xc1dc40}},
    KnownKernel{"879AD95F3461091BB6318FA98072AD8E", // 10.0.20348.2529
                {0xc00a30, 0xc15598, 0xc4a5d0, 0xd107c4, 0xd12680, 0xc2f5a0, 0xc58520, 0xc58420, 0xc58408, 0xd108d0,
                 0xd107e0, 0xd49e18, 0xc18470, 0, 0x41fd30, 0x6d6890, 0x95cd50,
                 0xd0b3c8, 0xd10bd8, 0xd10e40, 0xc64dc0, 0xc64340}},
    KnownKernel{"0CE4A95C0CD782A7596B034D8648E585", // 10.0.22000.2538
                {0xc02190, 0xc097d0, 0xc40510, 0xd06884, 0xd088c0, 0xc254e0, 0xc4e6e0, 0xc4e5e0, 0xc4e5c8, 0xd069a8,
                 0xd068a0, 0xd3d8a8, 0xc0c5f8, 0, 0x41d780, 0x6efb30, 0x984100,
                 0xd01968, 0xd06cc8, 0xd06e28, 0xc5b180, 0xc5a600}},
};

// 19041's globals, for a kernel whose own are unknown: ObHeaderCookie, ObTypeIndexTable,
// PoolTrackTable, PoolTrackTableSize, PoolBigPageTable, PoolBigPageTableSize,
// ExPoolTagTables, PsActiveProcessHead, PsLoadedModuleList.
constexpr std::array<std::uint64_t, 9> kChosenLayoutGlobals{0xcfc728, 0xcfce60, 0xc16998, 0xc16990, 0xc191f8,
                                                             0xc191f0, 0xc169c0, 0xc1e090, 0xc2a360};

void assign(ImageGlobals& g, const std::array<std::uint64_t, 22>& r)
{
    g.kdDebuggerDataBlock = r[0];
    g.kdVersionBlock = r[1];
    g.kdpDebuggerDataListHead = r[2];
    g.keNumberProcessors = r[3];
    g.kiProcessorBlock = r[4];
    g.obpInfoMaskToOffset = r[5];
    g.ntBuildLab = r[6];
    g.ntBuildLabEx = r[7];
    g.cmNtCsdVersion = r[8];
    g.mmPfnDatabase = r[9];
    g.psInitialSystemProcess = r[10];
    g.handleTableListHead = r[11];
    g.ntBuildNumber = r[12];
    g.kiInitialPcr = r[13];
    g.keBugCheckEx = r[14];
    g.pspUserThreadStartup = r[15];
    g.obpCaptureHandleInformationEx = r[16];
    g.kdpDataBlockEncoded = r[17];
    g.kiWaitNever = r[18];
    g.kiWaitAlways = r[19];
    g.exPoolState = r[20];
    g.rtlpHpHeapGlobals = r[21];
}

std::array<std::uint64_t*, 9> layoutGlobals(ImageGlobals& g)
{
    return {&g.obHeaderCookie,   &g.obTypeIndexTable,     &g.poolTrackTable,
            &g.poolTrackTableSize, &g.poolBigPageTable,   &g.poolBigPageTableSize,
            &g.exPoolTagTables,  &g.psActiveProcessHead,  &g.psLoadedModuleList};
}

} // namespace

std::vector<std::pair<std::uint64_t, std::uint64_t>> ImageGlobals::layoutData() const
{
    return {{obHeaderCookie, 4},       {obTypeIndexTable, 0x100 * 8}, {poolTrackTable, 8},
            {poolTrackTableSize, 8},   {poolBigPageTable, 8},         {poolBigPageTableSize, 8},
            {exPoolTagTables, 64 * 8}, {psActiveProcessHead, 16},     {psLoadedModuleList, 16}};
}

std::vector<std::pair<std::uint64_t, std::uint64_t>> ImageGlobals::data(std::uint64_t pcrSize) const
{
    std::vector<std::pair<std::uint64_t, std::uint64_t>> out = layoutData();
    out.insert(out.end(), {
        {kdDebuggerDataBlock, 0x368}, {kdVersionBlock, 0x28},       {kdpDebuggerDataListHead, 16},
        {keNumberProcessors, 4},     {kiProcessorBlock, 64 * 8},    {obpInfoMaskToOffset, 0x100},
        {ntBuildLab, 0x40},          {ntBuildLabEx, 0x40},          {cmNtCsdVersion, 4},
        {mmPfnDatabase, 8},          {psInitialSystemProcess, 8},   {handleTableListHead, 16},
        {ntBuildNumber, 4},          {kdpDataBlockEncoded, 1},      {kiWaitNever, 8},
        {kiWaitAlways, 8}});
    if (kiInitialPcr)
        out.emplace_back(kiInitialPcr, pcrSize);
    // The whole heap manager state, so that nothing else lands inside it.
    if (exPoolState)
        out.emplace_back(exPoolState, exPoolStateSize);
    if (rtlpHpHeapGlobals)
        out.emplace_back(rtlpHpHeapGlobals, rtlpHpHeapGlobalsSize);
    return out;
}

std::vector<std::uint64_t> ImageGlobals::code() const
{
    return {keBugCheckEx, pspUserThreadStartup, obpCaptureHandleInformationEx};
}

ImageGlobals imageGlobals(const KernelLayout& layout)
{
    ImageGlobals g;
    const auto known = std::find_if(kKnown.begin(), kKnown.end(),
                                    [&](const KnownKernel& k) { return layout.pdbGuid == k.guid; });
    g.realKernel = known != kKnown.end();
    assign(g, g.realKernel ? known->rva : kKnown[2].rva);

    const KernelGlobals& lg = layout.globals;
    const std::array<const std::optional<std::uint64_t>*, 9> given{
        &lg.obHeaderCookie,   &lg.obTypeIndexTable,  &lg.poolTrackTable,      &lg.poolTrackTableSize, &lg.poolBigPageTable,
        &lg.poolBigPageTableSize, &lg.exPoolTagTables, &lg.psActiveProcessHead, &lg.psLoadedModuleList};
    const auto slots = layoutGlobals(g);
    bool anyGiven = false;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        *slots[i] = given[i]->value_or(kChosenLayoutGlobals[i]);
        anyGiven |= given[i]->has_value();
    }
    // The heap manager's globals where the layout says, else 19041's; none without a heap.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> fixed = g.layoutData();
    std::vector<std::uint64_t*> rest{&g.kdDebuggerDataBlock, &g.kdVersionBlock, &g.kdpDebuggerDataListHead,
                                     &g.keNumberProcessors, &g.kiProcessorBlock, &g.obpInfoMaskToOffset, &g.ntBuildLab,
                                     &g.ntBuildLabEx, &g.cmNtCsdVersion, &g.mmPfnDatabase, &g.psInitialSystemProcess,
                                     &g.handleTableListHead, &g.ntBuildNumber,
                                     &g.kdpDataBlockEncoded, &g.kiWaitNever, &g.kiWaitAlways};
    const auto heap = layout.heap ? layout.heap : segmentHeapLayoutFor(layout);
    if (!heap) {
        g.exPoolState = g.rtlpHpHeapGlobals = 0;
    } else {
        g.exPoolStateSize = heap->stateSpecialHeaps + 4 * 8;
        g.rtlpHpHeapGlobalsSize = heapGlobalsSize(layout.build);
        for (const auto& [rva, size, from] : {std::tuple{&g.exPoolState, g.exPoolStateSize, &lg.exPoolState},
                                              std::tuple{&g.rtlpHpHeapGlobals, g.rtlpHpHeapGlobalsSize, &lg.rtlpHpHeapGlobals}}) {
            if (from->has_value()) {
                *rva = **from;
                fixed.emplace_back(*rva, size);
                anyGiven = true;
            } else {
                rest.push_back(rva);
            }
        }
    }
    if (g.realKernel || !anyGiven)
        return g;

    // Another kernel's globals with 19041's for the rest: move the rest past them when any
    // two would share bytes.
    const auto overlaps = [&] {
        const auto all = g.data(0);
        for (std::size_t i = 0; i < all.size(); ++i)
            for (std::size_t j = i + 1; j < all.size(); ++j)
                if (all[i].first < all[j].first + all[j].second && all[j].first < all[i].first + all[i].second)
                    return true;
        return false;
    };
    if (overlaps()) {
        std::uint64_t top = 0;
        for (const auto& [rva, size] : fixed)
            top = std::max(top, rva + size);
        const std::uint64_t shift = ((top + 0x20000) & ~0xffffull) - 0xc00000;
        for (std::uint64_t* rva : rest)
            *rva += shift;
    }
    return g;
}

std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::uint64_t>>>> knownImageGlobals()
{
    std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::uint64_t>>>> out;
    for (const KnownKernel& k : kKnown) {
        auto& [guid, symbols] = out.emplace_back(k.guid, std::vector<std::pair<std::string, std::uint64_t>>{});
        for (std::size_t i = 0; i < kNames.size(); ++i)
            if (k.rva[i])
                symbols.emplace_back(kNames[i], k.rva[i]);
    }
    return out;
}

} // namespace poolscope::testdata
