#pragma once
#include <cstdint>
#include <optional>
#include <string>

// Where the fields the walks read sit in the kernel's structures, per Windows build. The
// built-in table comes from the volatility3 ISF files of five builds (see
// ../shared/reference/DUMPS.md); a symbol file for the dump's own kernel takes precedence
// once it is loaded.
namespace poolscope {

struct KernelLayout {
    std::uint32_t build = 0;
    std::string source; // "built-in table for build 19041"
    // _EPROCESS
    std::uint32_t processUniqueId = 0;
    std::uint32_t processActiveLinks = 0;
    std::uint32_t processObjectTable = 0;
    std::uint32_t processImageFileName = 0;
    std::uint32_t processThreadListHead = 0;
    // _ETHREAD
    std::uint32_t threadCid = 0;
    std::uint32_t threadIrpList = 0;
    std::uint32_t threadListEntry = 0;
    // Stable across the supported builds (x64).
    std::uint32_t objectHeaderSize = 0x30; // body = header + 0x30
    std::uint32_t handleTableTableCode = 0x08;
};

// The built-in layout for a build, or nothing when the build is not in the table (the
// caller says which build it needs). Builds between two known ones with the same layout
// (2004-22H2 share 19041's) use that layout.
std::optional<KernelLayout> builtinLayout(std::uint32_t build);

} // namespace poolscope
