#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace poolscope::testdata {

struct KernelImageSpec {
    std::uint32_t sizeOfImage = 0x1000000;
    std::string guid = "606FF669409B00F7FC8C61A9C1670129"; // 32 hex digits, as symbol servers spell it
    std::uint32_t age = 1;
    std::string pdbName = "ntkrnlmp.pdb";
    std::uint32_t timeDateStamp = 0x5f2a7c1d;
};

// The first page of an x64 kernel image as the loader maps it: DOS and PE32+ headers, a
// section table (.text at 0x1000, .data from kDataStart to the end of the image, where
// the generated kernel's globals live), and a debug directory whose CodeView RSDS record
// names the PDB GUID and age, so dump tools can find the kernel's symbols.
constexpr std::uint32_t kDataStart = 0x200000;
std::vector<std::byte> makeKernelImageHeaders(const KernelImageSpec& spec);

} // namespace poolscope::testdata
