#include "extra_fields.h"

#include <array>

namespace poolscope::testdata {

namespace {

struct Row {
    std::uint32_t build;
    std::uint32_t processUniqueId; // the anchor a derived row is moved by
    // _KPROCESS size; _EPROCESS CreateTime, ExitTime, ActiveThreads, Peb, Session, WoW64Process
    std::array<std::uint32_t, 7> process;
    std::uint32_t keyBodySize;
    // _CM_KEY_CONTROL_BLOCK size, TotalLevels, ParentKcb, NameBlock, KeyBodyListHead, Flags
    std::array<std::uint32_t, 6> kcb;
    std::uint32_t pcrSize;
    std::uint32_t sessionSize;
    std::uint32_t threadCreateTime; // _ETHREAD.CreateTime (ExitTime follows it)
};

// From the ISF files of ../shared/reference/isf.
constexpr std::array kRows{
    Row{14393, 0x2e8, {0x2d8, 0x308, 0x690, 0x498, 0x3f8, 0x400, 0x428}, 0x58, {0x128, 0x4, 0x40, 0x48, 0x70, 0xb0}, 0x8040, 0x4000, 0x5e0},
    Row{17763, 0x2e0, {0x2d8, 0x308, 0x690, 0x498, 0x3f8, 0x400, 0x428}, 0x60, {0x130, 0x4, 0x40, 0x48, 0x70, 0xb0}, 0x8040, 0x5000, 0x5f0},
    Row{19041, 0x440, {0x438, 0x468, 0x840, 0x5f0, 0x550, 0x558, 0x580}, 0x68, {0x138, 0x8, 0x48, 0x50, 0x78, 0xb8}, 0xb080, 0x5000, 0x430},
    Row{20348, 0x440, {0x438, 0x468, 0x840, 0x5f0, 0x550, 0x558, 0x580}, 0x70, {0x138, 0x8, 0x48, 0x50, 0x78, 0xb8}, 0xc080, 0x5000, 0x480},
    Row{22000, 0x440, {0x438, 0x468, 0x840, 0x5f0, 0x550, 0x558, 0x580}, 0x70, {0x138, 0x8, 0x48, 0x50, 0x78, 0xb8}, 0xc080, 0x3c0, 0x480},
};

ExtraFields fromRow(const Row& row, std::int64_t shift)
{
    const auto moved = [&](std::uint32_t offset) { return static_cast<std::uint32_t>(offset + shift); };
    ExtraFields f;
    f.build = row.build;
    f.processHeaderSize = moved(row.process[0]) / 4;
    f.processCreateTime = moved(row.process[1]);
    f.processExitTime = moved(row.process[2]);
    f.processActiveThreads = moved(row.process[3]);
    f.processPeb = moved(row.process[4]);
    f.processSession = moved(row.process[5]);
    f.processWow64 = moved(row.process[6]);
    f.keyBodySize = row.keyBodySize;
    f.kcbSize = row.kcb[0];
    f.kcbTotalLevels = row.kcb[1];
    f.kcbParent = row.kcb[2];
    f.kcbNameBlock = row.kcb[3];
    f.kcbKeyBodyListHead = row.kcb[4];
    f.kcbFlags = row.kcb[5];
    f.pcrSize = row.pcrSize;
    f.sessionSize = row.sessionSize;
    f.threadCreateTime = row.threadCreateTime;
    f.threadExitTime = row.threadCreateTime + 8;
    return f;
}

} // namespace

ExtraFields extraFields(const KernelLayout& layout)
{
    // The kernel's own row (its PDB GUID), else a row whose _EPROCESS the layout shares (the
    // nearest build), else the nearest older build with the _EPROCESS fields moved.
    const Row* chosen = nullptr;
    for (const Row& row : kRows) {
        const auto own = builtinLayout(row.build);
        if (own && own->pdbGuid == layout.pdbGuid)
            chosen = &row;
    }
    const bool ownRow = chosen != nullptr;
    const auto closer = [&](const Row* best, const Row& row) {
        if (!best)
            return true;
        const auto distance = [&](const Row& r) {
            return r.build <= layout.build ? layout.build - r.build : 0x100000 + (r.build - layout.build);
        };
        return distance(row) < distance(*best);
    };
    if (!chosen)
        for (const Row& row : kRows)
            if (row.processUniqueId == layout.processUniqueId && closer(chosen, row))
                chosen = &row;
    if (!chosen)
        for (const Row& row : kRows)
            if (closer(chosen, row))
                chosen = &row;
    const std::int64_t shift = static_cast<std::int64_t>(layout.processUniqueId) - chosen->processUniqueId;
    ExtraFields f = fromRow(*chosen, shift);
    f.derived = !ownRow && (chosen->build != layout.build || shift != 0);
    // _ETHREAD's times keep their distance to Cid from the row's kernel (0x48 from 1809 on),
    // so they move with a layout whose _ETHREAD moved (26100: +0x40).
    const std::uint32_t rowCid = builtinLayout(chosen->build)->threadCid;
    f.threadCreateTime = layout.threadCid - (rowCid - chosen->threadCreateTime);
    f.threadExitTime = f.threadCreateTime + 8;
    return f;
}

std::vector<std::pair<std::uint32_t, std::vector<std::pair<std::string, std::uint32_t>>>> extraFieldRows()
{
    std::vector<std::pair<std::uint32_t, std::vector<std::pair<std::string, std::uint32_t>>>> out;
    for (const Row& row : kRows) {
        const ExtraFields f = fromRow(row, 0);
        out.push_back({row.build,
                       {{"_ETHREAD.CreateTime", f.threadCreateTime},
                        {"_ETHREAD.ExitTime", f.threadExitTime},
                        {"_KPROCESS.<size>", f.processHeaderSize * 4},
                        {"_KPROCESS.DirectoryTableBase", f.processDirectoryTableBase},
                        {"_EPROCESS.CreateTime", f.processCreateTime},
                        {"_EPROCESS.ExitTime", f.processExitTime},
                        {"_EPROCESS.ActiveThreads", f.processActiveThreads},
                        {"_EPROCESS.Peb", f.processPeb},
                        {"_EPROCESS.Session", f.processSession},
                        {"_EPROCESS.WoW64Process", f.processWow64},
                        {"_CM_KEY_BODY.<size>", f.keyBodySize},
                        {"_CM_KEY_BODY.Type", f.keyBodyType},
                        {"_CM_KEY_BODY.KeyControlBlock", f.keyBodyKcb},
                        {"_CM_KEY_BODY.ProcessID", f.keyBodyProcessId},
                        {"_CM_KEY_BODY.KeyBodyList", f.keyBodyList},
                        {"_CM_KEY_CONTROL_BLOCK.<size>", f.kcbSize},
                        {"_CM_KEY_CONTROL_BLOCK.RefCount", f.kcbRefCount},
                        {"_CM_KEY_CONTROL_BLOCK.TotalLevels", f.kcbTotalLevels},
                        {"_CM_KEY_CONTROL_BLOCK.ParentKcb", f.kcbParent},
                        {"_CM_KEY_CONTROL_BLOCK.NameBlock", f.kcbNameBlock},
                        {"_CM_KEY_CONTROL_BLOCK.KeyBodyListHead", f.kcbKeyBodyListHead},
                        {"_CM_KEY_CONTROL_BLOCK.Flags", f.kcbFlags},
                        {"_CM_NAME_CONTROL_BLOCK.NameLength", f.nameBlockLength},
                        {"_CM_NAME_CONTROL_BLOCK.Name", f.nameBlockName},
                        {"_KPCR.<size>", f.pcrSize},
                        {"_KPCR.Self", f.pcrSelf},
                        {"_KPCR.CurrentPrcb", f.pcrCurrentPrcb},
                        {"_KPCR.MajorVersion", f.pcrMajorVersion},
                        {"_KPCR.Prcb", f.pcrPrcb},
                        {"_KPRCB.CurrentThread", f.prcbCurrentThread},
                        {"_KPRCB.Number", f.prcbNumber},
                        {"_MM_SESSION_SPACE.<size>", f.sessionSize},
                        {"_MM_SESSION_SPACE.SessionId", f.sessionId}}});
    }
    return out;
}

} // namespace poolscope::testdata
