#include "kuser_shared_data.h"

#include <string_view>

namespace poolscope::testdata {

namespace {

// KSYSTEM_TIME: LowPart, High1Time, High2Time (equal when the value is consistent).
void writeSystemTime(DumpBuilder& m, std::uint64_t at, std::uint64_t value)
{
    m.write32(at, static_cast<std::uint32_t>(value));
    m.write32(at + 4, static_cast<std::uint32_t>(value >> 32));
    m.write32(at + 8, static_cast<std::uint32_t>(value >> 32));
}

} // namespace

void writeKuserSharedData(DumpBuilder& m, const SharedDataFacts& f)
{
    const std::uint64_t k = kKuserSharedData;
    m.map(k, 0x1000);
    m.write32(k + 0x004, 0x0fa00000); // TickCountMultiplier
    writeSystemTime(m, k + 0x008, f.interruptTime);
    writeSystemTime(m, k + 0x014, f.systemTime);
    writeSystemTime(m, k + 0x020, 0); // TimeZoneBias: the machine runs on UTC
    m.write16(k + 0x02c, 0x8664);     // ImageNumberLow
    m.write16(k + 0x02e, 0x8664);     // ImageNumberHigh
    constexpr std::u16string_view root = u"C:\\Windows";
    m.write(k + 0x030, root.data(), root.size() * 2); // NtSystemRoot
    m.write32(k + 0x260, f.build);                    // NtBuildNumber
    m.write32(k + 0x264, f.productType);              // NtProductType
    m.write8(k + 0x268, 1);                           // ProductTypeIsValid
    m.write16(k + 0x26a, 9);                          // NativeProcessorArchitecture: AMD64
    m.write32(k + 0x26c, 10);                         // NtMajorVersion
    m.write32(k + 0x270, 0);                          // NtMinorVersion
    m.write32(k + 0x2d0, f.suiteMask);
    m.write8(k + 0x2d4, 0);                           // KdDebuggerEnabled
    m.write32(k + 0x2e8, static_cast<std::uint32_t>(f.physicalPages)); // NumberOfPhysicalPages
    writeSystemTime(m, k + 0x320, f.interruptTime / 156250); // TickCount: 15.625 ms ticks
    m.write32(k + 0x330, f.cookie);
    m.write32(k + 0x3c0, f.processors); // ActiveProcessorCount
}

} // namespace poolscope::testdata
