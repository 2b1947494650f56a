#include "pe_image.h"

#include "analysis/dump/byte_fields.h"

#include <fmt/format.h>

#include <array>
#include <cstring>

namespace poolscope {

namespace {

constexpr std::uint32_t kMaxHeaderOffset = 0x1000;
constexpr std::uint16_t kMachineAmd64 = 0x8664;
constexpr std::uint16_t kPe32Plus = 0x20b;
constexpr std::uint32_t kDebugDirectory = 6;
constexpr std::uint32_t kDebugTypeCodeView = 2;
constexpr std::size_t kMaxSections = 96;
constexpr std::size_t kMaxDebugEntries = 32;
constexpr std::size_t kMaxPdbName = 260;

} // namespace

std::string guidText(std::span<const std::byte> bytes)
{
    std::string text = fmt::format("{:08X}{:04X}{:04X}", fieldAt<std::uint32_t>(bytes, 0),
                                   fieldAt<std::uint16_t>(bytes, 4), fieldAt<std::uint16_t>(bytes, 6));
    for (std::size_t b = 8; b < 16; ++b)
        text += fmt::format("{:02X}", fieldAt<std::uint8_t>(bytes, b));
    return text;
}

Result<PeImage> readPeImage(const AddressSpace& memory, std::uint64_t base)
{
    const auto fail = [&](std::uint64_t at, std::string message) {
        return InputError{"", 0, at, fmt::format("the kernel image at {:#x}: {}", base, message)};
    };
    std::vector<std::byte> dos(0x40);
    if (!memory.read(base, dos))
        return fail(base, "its first page is not in the dump");
    if (fieldAt<std::uint16_t>(dos, 0) != 0x5a4d) // "MZ"
        return fail(base, "no MZ signature");
    const auto lfanew = fieldAt<std::uint32_t>(dos, 0x3c);
    if (lfanew < 0x40 || lfanew > kMaxHeaderOffset)
        return fail(base + 0x3c, fmt::format("e_lfanew {:#x} points outside the headers", lfanew));

    // PE signature, file header (0x14) and the PE32+ optional header up to the data directories.
    std::vector<std::byte> nt(0x18 + 0xf0);
    const std::uint64_t ntAt = base + lfanew;
    if (!memory.read(ntAt, nt))
        return fail(ntAt, "its NT headers are not readable");
    if (fieldAt<std::uint32_t>(nt, 0) != 0x00004550) // "PE\0\0"
        return fail(ntAt, "no PE signature");
    if (fieldAt<std::uint16_t>(nt, 4) != kMachineAmd64)
        return fail(ntAt + 4, fmt::format("machine {:#x}, not x64", fieldAt<std::uint16_t>(nt, 4)));
    const auto sectionCount = fieldAt<std::uint16_t>(nt, 6);
    const auto optionalSize = fieldAt<std::uint16_t>(nt, 0x14);
    if (fieldAt<std::uint16_t>(nt, 0x18) != kPe32Plus)
        return fail(ntAt + 0x18, "not a PE32+ optional header");
    PeImage image;
    image.base = base;
    image.timeDateStamp = fieldAt<std::uint32_t>(nt, 8);
    image.sizeOfImage = fieldAt<std::uint32_t>(nt, 0x18 + 0x38);
    if (image.sizeOfImage < 0x1000)
        return fail(ntAt + 0x50, fmt::format("SizeOfImage {:#x} is too small", image.sizeOfImage));
    const auto directories = fieldAt<std::uint32_t>(nt, 0x18 + 0x6c);

    if (sectionCount > kMaxSections)
        return fail(ntAt + 6, fmt::format("{} sections (at most {} expected)", sectionCount, kMaxSections));
    std::vector<std::byte> table(static_cast<std::size_t>(sectionCount) * 0x28);
    const std::uint64_t tableAt = ntAt + 0x18 + optionalSize;
    if (optionalSize > kMaxHeaderOffset || !memory.read(tableAt, table))
        return fail(tableAt, "its section table is not readable");
    for (std::size_t i = 0; i < sectionCount; ++i) {
        PeSection s;
        const std::size_t at = i * 0x28;
        std::array<char, 9> name{};
        std::memcpy(name.data(), table.data() + at, 8);
        s.name = name.data();
        s.virtualSize = fieldAt<std::uint32_t>(table, at + 8);
        s.virtualAddress = fieldAt<std::uint32_t>(table, at + 12);
        s.characteristics = fieldAt<std::uint32_t>(table, at + 36);
        if (s.virtualAddress >= image.sizeOfImage)
            continue; // a section outside the image describes nothing we can read
        s.virtualSize = std::min(s.virtualSize, image.sizeOfImage - s.virtualAddress);
        image.sections.push_back(std::move(s));
    }

    if (directories <= kDebugDirectory || optionalSize < 0x70 + (kDebugDirectory + 1) * 8)
        return image;
    const auto debugRva = fieldAt<std::uint32_t>(nt, 0x18 + 0x70 + kDebugDirectory * 8);
    const auto debugSize = fieldAt<std::uint32_t>(nt, 0x18 + 0x70 + kDebugDirectory * 8 + 4);
    if (debugRva == 0 || debugSize == 0)
        return image;
    if (debugRva >= image.sizeOfImage || debugSize > image.sizeOfImage - debugRva)
        return fail(ntAt, fmt::format("its debug directory ({:#x}, {} bytes) lies outside the image", debugRva, debugSize));
    const std::size_t entries = std::min<std::size_t>(debugSize / 28, kMaxDebugEntries);
    std::vector<std::byte> debug(entries * 28);
    if (!memory.read(base + debugRva, debug))
        return fail(base + debugRva, "its debug directory is not in the dump");
    for (std::size_t i = 0; i < entries; ++i) {
        const std::size_t at = i * 28;
        if (fieldAt<std::uint32_t>(debug, at + 12) != kDebugTypeCodeView)
            continue;
        const auto size = fieldAt<std::uint32_t>(debug, at + 16);
        const auto rva = fieldAt<std::uint32_t>(debug, at + 20);
        if (size < 24 || rva == 0 || rva >= image.sizeOfImage || size > image.sizeOfImage - rva)
            continue;
        std::vector<std::byte> record(std::min<std::size_t>(size, 24 + kMaxPdbName));
        if (!memory.read(base + rva, record))
            return fail(base + rva, "its CodeView record is not in the dump");
        if (fieldAt<std::uint32_t>(record, 0) != 0x53445352) // "RSDS"
            continue;
        CodeViewInfo cv;
        cv.guid = guidText(std::span(record).subspan(4, 16));
        cv.age = fieldAt<std::uint32_t>(record, 20);
        for (std::size_t c = 24; c < record.size() && record[c] != std::byte{0}; ++c)
            cv.pdbName += static_cast<char>(record[c]);
        image.codeView = std::move(cv);
        break;
    }
    return image;
}

} // namespace poolscope
