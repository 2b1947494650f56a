#pragma once
#include "tests/support/image_globals.h"
#include "tests/support/kernel_image.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace poolscope::testdata {

// The generated kernel's image as the loader maps it: .rdata first (the debug directory
// with its RSDS record), then code and data sections laid around the functions and
// globals where the kernel keeps them (.text, .data, and the PAGE / PAGEDATA sections an
// older kernel keeps some of them in), and .rsrc at the end. Every page of it is mapped.
struct ImagePlan {
    std::vector<ImageSection> sections;
    std::uint32_t sizeOfImage = 0;
    std::uint32_t debugRva = 0;
};

ImagePlan planKernelImage(const ImageGlobals& globals, std::uint64_t pcrSize);

// The first bytes of nt!ObpCaptureHandleInformationEx as the kernel decodes a handle
// table entry: volatility3 disassembles this routine for the shift ("sar rax, 10h").
std::vector<std::byte> handleEntryDecodeCode();
// The first bytes of nt!KeBugCheckEx (where the dump's context record stopped).
std::vector<std::byte> keBugCheckExCode();

} // namespace poolscope::testdata
