#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/input_error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace poolscope {

struct PeSection {
    std::string name;
    std::uint32_t virtualAddress = 0;
    std::uint32_t virtualSize = 0;
    std::uint32_t characteristics = 0;
};

// The CodeView RSDS record: which PDB (and so which symbol file) belongs to the image.
struct CodeViewInfo {
    std::string guid; // 32 upper-case hex digits, as symbol servers and volatility3 spell it
    std::uint32_t age = 0;
    std::string pdbName;
};

struct PeImage {
    std::uint64_t base = 0;
    std::uint32_t sizeOfImage = 0;
    std::uint32_t timeDateStamp = 0;
    std::vector<PeSection> sections;
    std::optional<CodeViewInfo> codeView;
};

// A GUID as it lies in memory (a little-endian u32 and two u16, then eight bytes), spelled
// as symbol stores and volatility3 spell it: 32 upper-case hex digits. Needs 16 bytes.
std::string guidText(std::span<const std::byte> bytes);

// Reads the headers of an x64 PE image mapped in a dump's memory (ntoskrnl): sections and
// the debug directory's RSDS record. Every read is bounded by the image; an unreadable
// or malformed header is an error naming the structure and its address. An image without
// a CodeView record is not an error (codeView stays empty).
Result<PeImage> readPeImage(const AddressSpace& memory, std::uint64_t base);

} // namespace poolscope
