#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace poolscope::testdata {

struct ImageSection {
    std::string name;
    std::uint32_t rva = 0;
    std::uint32_t size = 0;
    std::uint32_t characteristics = 0;
};

// IMAGE_SCN_* combinations of the kernel's sections.
constexpr std::uint32_t kCodeSection = 0x68000020;     // code, not paged, execute, read
constexpr std::uint32_t kDataSection = 0xc8000040;     // initialized data, not paged, read, write
constexpr std::uint32_t kReadOnlySection = 0x48000040; // initialized data, not paged, read

struct KernelImageSpec {
    std::uint32_t sizeOfImage = 0x1000000;
    // Empty: .text from 0x1000 to kDataStart and .data from there to the end of the image.
    std::vector<ImageSection> sections;
    // Where the debug directory and its RSDS record sit: 0 = in the header page (a
    // minimal image); otherwise an RVA in a section, written with makeDebugDirectory.
    std::uint32_t debugRva = 0;
    std::string guid = "606FF669409B00F7FC8C61A9C1670129"; // 32 hex digits, as symbol servers spell it
    std::uint32_t age = 1;
    std::string pdbName = "ntkrnlmp.pdb";
    std::uint32_t timeDateStamp = 0x5f2a7c1d;
};

// The first page of an x64 kernel image as the loader maps it: DOS and PE32+ headers, a
// section table (by default .text at 0x1000 and .data from kDataStart to the end of the
// image), and a debug directory whose CodeView RSDS record names the PDB GUID and age, so
// dump tools can find the kernel's symbols.
constexpr std::uint32_t kDataStart = 0x200000;
std::vector<std::byte> makeKernelImageHeaders(const KernelImageSpec& spec);
// The debug directory and its RSDS record as they sit at spec.debugRva (in .rdata).
std::vector<std::byte> makeDebugDirectory(const KernelImageSpec& spec);

} // namespace poolscope::testdata
