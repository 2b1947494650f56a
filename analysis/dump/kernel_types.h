#pragma once
#include "analysis/dump/kernel_layout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// What a symbol file says about the kernel, asked the way the walks need it: where a
// member path lies in a structure, how big a structure or a member's base type is, where a
// global lies in the image. A volatility3 ISF file and the kernel's own PDB both answer
// these; one mapping (layoutFromTypes) turns the answers into a KernelLayout.
namespace poolscope {

// A bitfield member: the offset of the storage unit it lives in, then its bits in that unit.
struct KernelBitfield {
    std::uint32_t offset = 0;
    std::uint32_t position = 0;
    std::uint32_t width = 0;
};

class KernelTypeSource {
public:
    virtual ~KernelTypeSource() = default;
    // The offset of a member path ("Tail.Overlay.ListEntry") from the start of `type`,
    // looking through unnamed members as the compiler does; a bitfield gives its storage unit.
    virtual std::optional<std::uint32_t> offset(std::string_view type, std::string_view path) const = 0;
    virtual std::optional<std::uint32_t> size(std::string_view type) const = 0;
    // The size of a member's base type (a count's width), through bitfields and modifiers.
    virtual std::optional<std::uint32_t> baseSize(std::string_view type, std::string_view member) const = 0;
    virtual std::optional<KernelBitfield> bitfield(std::string_view type, std::string_view path) const = 0;
    // A global's offset from the kernel's load base.
    virtual std::optional<std::uint64_t> symbolRva(std::string_view name) const = 0;
};

// Fills every structure offset, size and global of `layout` that `types` knows; the others
// keep their values. Returns the first member the walks cannot do without that `types`
// lacks ("_EPROCESS.UniqueProcessId"), or an empty string when none is missing.
std::string layoutFromTypes(const KernelTypeSource& types, KernelLayout& layout);

} // namespace poolscope
