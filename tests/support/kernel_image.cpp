#include "kernel_image.h"

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
constexpr std::size_t kRsds = 0x430;

} // namespace

std::vector<std::byte> makeKernelImageHeaders(const KernelImageSpec& spec)
{
    if (spec.guid.size() != 32)
        throw std::invalid_argument("a PDB GUID has 32 hex digits");
    if (spec.sizeOfImage <= kDataStart)
        throw std::invalid_argument("the image is too small for its .data section");
    std::vector<std::byte> out(0x1000);
    put<std::uint16_t>(out, 0, 0x5a4d); // MZ
    put<std::uint32_t>(out, 0x3c, kNt);
    const char stub[] = "This program cannot be run in DOS mode.";
    std::memcpy(out.data() + 0x4e, stub, sizeof stub - 1);

    put<std::uint32_t>(out, kNt, 0x00004550); // PE\0\0
    put<std::uint16_t>(out, kNt + 4, 0x8664);
    put<std::uint16_t>(out, kNt + 6, 2); // sections
    put<std::uint32_t>(out, kNt + 8, spec.timeDateStamp);
    put<std::uint16_t>(out, kNt + 0x14, 0xf0);
    put<std::uint16_t>(out, kNt + 0x16, 0x22); // executable, large-address aware

    put<std::uint16_t>(out, kOptional, 0x20b); // PE32+
    put<std::uint32_t>(out, kOptional + 0x10, 0x1000 + 0x3f0); // AddressOfEntryPoint
    put<std::uint64_t>(out, kOptional + 0x18, 0x140000000ull); // the linker's preferred base
    put<std::uint32_t>(out, kOptional + 0x20, 0x1000);        // SectionAlignment
    put<std::uint32_t>(out, kOptional + 0x24, 0x200);         // FileAlignment
    put<std::uint16_t>(out, kOptional + 0x28, 10);            // OS version 10.0
    put<std::uint16_t>(out, kOptional + 0x30, 10);            // subsystem version
    put<std::uint32_t>(out, kOptional + 0x38, spec.sizeOfImage);
    put<std::uint32_t>(out, kOptional + 0x3c, 0x1000);        // SizeOfHeaders
    put<std::uint16_t>(out, kOptional + 0x44, 1);             // IMAGE_SUBSYSTEM_NATIVE
    put<std::uint32_t>(out, kOptional + 0x6c, 16);            // NumberOfRvaAndSizes
    const std::size_t rsdsSize = 24 + spec.pdbName.size() + 1;
    put<std::uint32_t>(out, kOptional + 0x70 + 6 * 8, kDebug); // debug directory
    put<std::uint32_t>(out, kOptional + 0x70 + 6 * 8 + 4, 28);

    const auto section = [&](std::size_t index, const char* name, std::uint32_t rva, std::uint32_t size,
                             std::uint32_t characteristics) {
        const std::size_t at = kSections + index * 0x28;
        std::memcpy(out.data() + at, name, std::strlen(name));
        put<std::uint32_t>(out, at + 8, size);
        put<std::uint32_t>(out, at + 12, rva);
        put<std::uint32_t>(out, at + 16, size);
        put<std::uint32_t>(out, at + 20, rva);
        put<std::uint32_t>(out, at + 36, characteristics);
    };
    section(0, ".text", 0x1000, kDataStart - 0x1000, 0x68000020);             // code, execute, read
    section(1, ".data", kDataStart, spec.sizeOfImage - kDataStart, 0xc8000040); // data, read, write

    put<std::uint32_t>(out, kDebug + 4, spec.timeDateStamp);
    put<std::uint32_t>(out, kDebug + 12, 2); // IMAGE_DEBUG_TYPE_CODEVIEW
    put<std::uint32_t>(out, kDebug + 16, static_cast<std::uint32_t>(rsdsSize));
    put<std::uint32_t>(out, kDebug + 20, kRsds);
    put<std::uint32_t>(out, kDebug + 24, kRsds);

    std::memcpy(out.data() + kRsds, "RSDS", 4);
    // The GUID's first three fields are little-endian numbers, the last eight plain bytes.
    put<std::uint32_t>(out, kRsds + 4, static_cast<std::uint32_t>(std::stoul(spec.guid.substr(0, 8), nullptr, 16)));
    put<std::uint16_t>(out, kRsds + 8, static_cast<std::uint16_t>(std::stoul(spec.guid.substr(8, 4), nullptr, 16)));
    put<std::uint16_t>(out, kRsds + 10, static_cast<std::uint16_t>(std::stoul(spec.guid.substr(12, 4), nullptr, 16)));
    for (std::size_t i = 0; i < 8; ++i)
        out[kRsds + 12 + i] = std::byte{hexByte(spec.guid, 16 + i * 2)};
    put<std::uint32_t>(out, kRsds + 20, spec.age);
    std::memcpy(out.data() + kRsds + 24, spec.pdbName.data(), spec.pdbName.size());
    return out;
}

} // namespace poolscope::testdata
