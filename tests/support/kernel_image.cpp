#include "kernel_image.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace poolscope::testdata {

namespace {

template <typename T>
void put(std::vector<std::byte>& out, std::size_t at, T value)
{
    std::memcpy(out.data() + at, &value, sizeof(T));
}

std::uint8_t hexByte(const std::string& hex, std::size_t at)
{
    return static_cast<std::uint8_t>(std::stoul(hex.substr(at, 2), nullptr, 16));
}

constexpr std::size_t kNt = 0x100;
constexpr std::size_t kOptional = kNt + 0x18;
constexpr std::size_t kSections = kOptional + 0xf0;
constexpr std::size_t kDebug = 0x400;

// IMAGE_DEBUG_DIRECTORY (28 bytes) followed by the CodeView RSDS record, placed at `at`
// in `out`, which the loader maps at RVA `rva`.
void writeDebugData(std::vector<std::byte>& out, std::size_t at, std::uint32_t rva, const KernelImageSpec& spec)
{
    const std::size_t rsds = at + 0x30;
    const std::size_t rsdsSize = 24 + spec.pdbName.size() + 1;
    put<std::uint32_t>(out, at + 4, spec.timeDateStamp);
    put<std::uint32_t>(out, at + 12, 2); // IMAGE_DEBUG_TYPE_CODEVIEW
    put<std::uint32_t>(out, at + 16, static_cast<std::uint32_t>(rsdsSize));
    put<std::uint32_t>(out, at + 20, rva + 0x30);
    put<std::uint32_t>(out, at + 24, rva + 0x30);

    std::memcpy(out.data() + rsds, "RSDS", 4);
    // The GUID's first three fields are little-endian numbers, the last eight plain bytes.
    put<std::uint32_t>(out, rsds + 4, static_cast<std::uint32_t>(std::stoul(spec.guid.substr(0, 8), nullptr, 16)));
    put<std::uint16_t>(out, rsds + 8, static_cast<std::uint16_t>(std::stoul(spec.guid.substr(8, 4), nullptr, 16)));
    put<std::uint16_t>(out, rsds + 10, static_cast<std::uint16_t>(std::stoul(spec.guid.substr(12, 4), nullptr, 16)));
    for (std::size_t i = 0; i < 8; ++i)
        out[rsds + 12 + i] = std::byte{hexByte(spec.guid, 16 + i * 2)};
    put<std::uint32_t>(out, rsds + 20, spec.age);
    std::memcpy(out.data() + rsds + 24, spec.pdbName.data(), spec.pdbName.size());
}

} // namespace

std::vector<std::byte> makeKernelImageHeaders(const KernelImageSpec& spec)
{
    if (spec.guid.size() != 32)
        throw std::invalid_argument("a PDB GUID has 32 hex digits");
    std::vector<ImageSection> sections = spec.sections;
    if (sections.empty()) {
        if (spec.sizeOfImage <= kDataStart)
            throw std::invalid_argument("the image is too small for its .data section");
        sections = {{".text", 0x1000, kDataStart - 0x1000, kCodeSection},
                    {".data", kDataStart, spec.sizeOfImage - kDataStart, kDataSection}};
    }
    if (kSections + sections.size() * 0x28 > kDebug)
        throw std::invalid_argument("too many sections for the header page");
    std::vector<std::byte> out(0x1000);
    put<std::uint16_t>(out, 0, 0x5a4d); // MZ
    put<std::uint32_t>(out, 0x3c, kNt);
    const char stub[] = "This program cannot be run in DOS mode.";
    std::memcpy(out.data() + 0x4e, stub, sizeof stub - 1);

    put<std::uint32_t>(out, kNt, 0x00004550); // PE\0\0
    put<std::uint16_t>(out, kNt + 4, 0x8664);
    put<std::uint16_t>(out, kNt + 6, static_cast<std::uint16_t>(sections.size()));
    put<std::uint32_t>(out, kNt + 8, spec.timeDateStamp);
    put<std::uint16_t>(out, kNt + 0x14, 0xf0);
    put<std::uint16_t>(out, kNt + 0x16, 0x22); // executable, large-address aware

    put<std::uint16_t>(out, kOptional, 0x20b); // PE32+
    put<std::uint32_t>(out, kOptional + 0x10, sections.front().rva + 0x3f0); // AddressOfEntryPoint
    put<std::uint64_t>(out, kOptional + 0x18, 0x140000000ull); // the linker's preferred base
    put<std::uint32_t>(out, kOptional + 0x20, 0x1000);        // SectionAlignment
    put<std::uint32_t>(out, kOptional + 0x24, 0x200);         // FileAlignment
    put<std::uint16_t>(out, kOptional + 0x28, 10);            // OS version 10.0
    put<std::uint16_t>(out, kOptional + 0x30, 10);            // subsystem version
    put<std::uint32_t>(out, kOptional + 0x38, spec.sizeOfImage);
    put<std::uint32_t>(out, kOptional + 0x3c, 0x1000);        // SizeOfHeaders
    put<std::uint16_t>(out, kOptional + 0x44, 1);             // IMAGE_SUBSYSTEM_NATIVE
    put<std::uint32_t>(out, kOptional + 0x6c, 16);            // NumberOfRvaAndSizes
    const std::uint32_t debugRva = spec.debugRva ? spec.debugRva : static_cast<std::uint32_t>(kDebug);
    put<std::uint32_t>(out, kOptional + 0x70 + 6 * 8, debugRva); // debug directory
    put<std::uint32_t>(out, kOptional + 0x70 + 6 * 8 + 4, 28);

    std::uint32_t fileOffset = 0x400;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const ImageSection& s = sections[i];
        const std::size_t at = kSections + i * 0x28;
        std::memcpy(out.data() + at, s.name.data(), std::min<std::size_t>(8, s.name.size()));
        put<std::uint32_t>(out, at + 8, s.size);
        put<std::uint32_t>(out, at + 12, s.rva);
        put<std::uint32_t>(out, at + 16, s.size); // SizeOfRawData
        put<std::uint32_t>(out, at + 20, fileOffset);
        put<std::uint32_t>(out, at + 36, s.characteristics);
        fileOffset += s.size;
    }
    if (!spec.debugRva)
        writeDebugData(out, kDebug, static_cast<std::uint32_t>(kDebug), spec);
    return out;
}

std::vector<std::byte> makeDebugDirectory(const KernelImageSpec& spec)
{
    if (spec.guid.size() != 32)
        throw std::invalid_argument("a PDB GUID has 32 hex digits");
    std::vector<std::byte> out(0x30 + 24 + spec.pdbName.size() + 1);
    writeDebugData(out, 0, spec.debugRva, spec);
    return out;
}

} // namespace poolscope::testdata
