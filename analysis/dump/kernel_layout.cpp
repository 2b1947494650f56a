#include "kernel_layout.h"

#include <fmt/format.h>

namespace poolscope {

namespace {

KernelLayout layout(std::uint32_t build, std::uint32_t table, std::uint32_t pid, std::uint32_t links, std::uint32_t objectTable,
                    std::uint32_t image, std::uint32_t threads, std::uint32_t cid, std::uint32_t irpList, std::uint32_t threadEntry)
{
    KernelLayout l;
    l.build = build;
    l.source = fmt::format("built-in table for build {}", table);
    l.processUniqueId = pid;
    l.processActiveLinks = links;
    l.processObjectTable = objectTable;
    l.processImageFileName = image;
    l.processThreadListHead = threads;
    l.threadCid = cid;
    l.threadIrpList = irpList;
    l.threadListEntry = threadEntry;
    return l;
}

} // namespace

std::optional<KernelLayout> builtinLayout(std::uint32_t build)
{
    // Offsets from the ISF files of these builds (DUMPS.md, "Differ by build").
    if (build == 14393)
        return layout(build, 14393, 0x2e8, 0x2f0, 0x418, 0x450, 0x488, 0x630, 0x668, 0x698);
    if (build == 17763)
        return layout(build, 17763, 0x2e0, 0x2e8, 0x418, 0x450, 0x488, 0x638, 0x670, 0x6a8);
    // 2004, 20H2, 21H1, 21H2, 22H2 (19041-19045) share one kernel layout.
    if (build >= 19041 && build <= 19045)
        return layout(build, 19041, 0x440, 0x448, 0x570, 0x5a8, 0x5e0, 0x478, 0x4b0, 0x4e8);
    if (build == 20348)
        return layout(build, 20348, 0x440, 0x448, 0x570, 0x5a8, 0x5e0, 0x4c8, 0x500, 0x538);
    if (build == 22000)
        return layout(build, 22000, 0x440, 0x448, 0x570, 0x5a8, 0x5e0, 0x4c8, 0x500, 0x538);
    return std::nullopt;
}

} // namespace poolscope
