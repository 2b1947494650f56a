#pragma once
#include "tests/support/dump_builder.h"

#include <cstdint>

namespace poolscope::testdata {

// KUSER_SHARED_DATA at 0xfffff78000000000, the page the kernel shares with every process
// (its layout is a fixed ABI): the clocks, the Windows version and product type, the
// system root, the processors and RAM. volatility3's windows.info reads its system time
// and version from here.
constexpr std::uint64_t kKuserSharedData = 0xfffff78000000000ull;

struct SharedDataFacts {
    std::uint32_t build = 0;
    std::uint64_t systemTime = 0;    // FILETIME
    std::uint64_t interruptTime = 0; // 100 ns since boot
    std::uint32_t productType = 1;   // NtProductWinNt; 3 = NtProductServer
    std::uint32_t suiteMask = 0;
    std::uint32_t processors = 0;
    std::uint64_t physicalPages = 0;
    std::uint32_t cookie = 0;
};

void writeKuserSharedData(DumpBuilder& memory, const SharedDataFacts& facts);

} // namespace poolscope::testdata
