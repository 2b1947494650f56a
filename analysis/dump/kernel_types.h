#pragma once
#include "analysis/dump/kernel_layout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// One question the walks ask of a symbol file, and its answer: what `symbols` lists, so
// that it shows exactly what layoutFromTypes takes.
struct TypeAnswer {
    enum class Kind : std::uint8_t { Offset, Size, Width, Bitfield, Global };
    // Required: the walks cannot do without it. Optional: a built-in value stands in.
    // Whole: the pool's segment heap, taken only when every one of its members is there.
    enum class Need : std::uint8_t { Required, Optional, Whole };
    Kind kind = Kind::Offset;
    Need need = Need::Optional;
    std::string type;   // "_EPROCESS"; empty for a global
    std::string member; // "UniqueProcessId", a global's name; empty for a size
    std::optional<std::uint64_t> value; // offset, size, width in bytes or RVA; nothing when absent
    std::optional<KernelBitfield> bits;
};

// Fills every structure offset, size and global of `layout` that `types` knows; the others
// keep their values. Returns the first member the walks cannot do without that `types`
// lacks ("_EPROCESS.UniqueProcessId"), or an empty string when none is missing. With
// `answers`, every question asked is appended to it with its answer.
std::string layoutFromTypes(const KernelTypeSource& types, KernelLayout& layout,
                            std::vector<TypeAnswer>* answers = nullptr);

// Whose symbols these are, before a layout is asked of them: PoolScope reads x64 kernels
// from Windows 10 on, and symbols of another kernel are named as such rather than by the
// first member they lack.
enum class KernelSymbolsKind : std::uint8_t {
    NotAKernel,  // no _EPROCESS, no kernel global: a driver's or a program's
    X86,         // a 32-bit kernel's
    OtherCpu,    // a kernel's for another processor (ARM64)
    BeforeWin10, // an x64 kernel older than Windows 10 (no ObHeaderCookie, or no _OBJECT_HEADER.TypeIndex)
    Readable,    // an x64 Windows 10 or later kernel's (it may still lack members: layoutFromTypes says)
};
// `machine` is the symbol file's own word (IMAGE_FILE_MACHINE_*) when it has one.
KernelSymbolsKind kernelSymbolsKind(const KernelTypeSource& types, std::optional<std::uint16_t> machine);
// "a 32-bit (x86) kernel {what}: PoolScope reads x64 dumps", for a kind that is not Readable;
// `what` is "PDB" or "symbol file".
std::string kernelSymbolsRefusal(KernelSymbolsKind kind, std::string_view what,
                                 std::optional<std::uint16_t> machine = std::nullopt);

// IMAGE_FILE_MACHINE_* by name: "x64 (AMD64)", "x86 (i386)", "ARM64", "0x1234".
std::string machineName(std::uint16_t machine);

} // namespace poolscope
