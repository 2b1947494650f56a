#include "debugger_data.h"

#include <bit>
#include <cstring>
#include <vector>

namespace poolscope::testdata {

namespace {

constexpr std::uint32_t kBlockSize = 0x368; // KDDEBUGGER_DATA64 of Windows 10 and 11

template <typename T>
void put(std::vector<std::byte>& out, std::size_t at, T value)
{
    std::memcpy(out.data() + at, &value, sizeof(T));
}

} // namespace

std::string buildLab(std::uint32_t build)
{
    // The release branch and date each build line was signed off with.
    if (build < 17134)
        return std::to_string(build) + ".0.amd64fre.rs1_release.160715-1616";
    if (build < 19041)
        return std::to_string(build) + ".1.amd64fre.rs5_release.180914-1434";
    if (build < 20000)
        return std::to_string(build) + ".1.amd64fre.vb_release.191206-1406";
    if (build < 22000)
        return std::to_string(build) + ".1.amd64fre.fe_release.210507-1500";
    if (build < 22600)
        return std::to_string(build) + ".1.amd64fre.co_release.210604-1628";
    if (build < 26000)
        return std::to_string(build) + ".1.amd64fre.ni_release.220506-1250";
    return std::to_string(build) + ".1.amd64fre.ge_release.240331-1435";
}

void writeDebuggerData(DumpBuilder& m, const DebuggerDataSpec& s)
{
    const std::string lab = buildLab(s.build);
    m.write(s.ntBuildLab, lab.c_str(), lab.size() + 1);
    m.write(s.ntBuildLabEx, lab.c_str(), lab.size() + 1);
    m.write32(s.ntBuildNumber, 0xf0000000u | s.build); // a free build
    m.write32(s.cmNtCsdVersion, 0);                    // no service pack since Windows 10

    // KDDEBUGGER_DATA64 holds the addresses of globals, not their values.
    std::vector<std::byte> b(kBlockSize);
    put<std::uint64_t>(b, 0x00, s.dataListHead); // Header.List
    put<std::uint64_t>(b, 0x08, s.dataListHead);
    std::memcpy(b.data() + 0x10, "KDBG", 4);     // Header.OwnerTag
    put<std::uint32_t>(b, 0x14, kBlockSize);
    put<std::uint64_t>(b, 0x18, s.kernelBase);
    put<std::uint64_t>(b, 0x20, s.breakpointWithStatus);
    put<std::uint64_t>(b, 0x48, s.psLoadedModuleList);
    put<std::uint64_t>(b, 0x50, s.psActiveProcessHead);
    put<std::uint64_t>(b, 0xc0, s.mmPfnDatabase);
    put<std::uint64_t>(b, 0x138, 0x1000); // MmPageSize: the value itself
    put<std::uint64_t>(b, 0x1b8, s.poolTrackTable);
    put<std::uint64_t>(b, 0x1c8, 0x00007ffffffeffffull); // MmHighestUserAddress
    put<std::uint64_t>(b, 0x1d0, 0xffff800000000000ull); // MmSystemRangeStart
    put<std::uint64_t>(b, 0x1d8, 0x00007fffffff0000ull); // MmUserProbeAddress
    put<std::uint64_t>(b, 0x208, s.ntBuildLab);
    put<std::uint64_t>(b, 0x218, s.kiProcessorBlock);
    put<std::uint64_t>(b, 0x268, s.cmNtCsdVersion);
    put<std::uint16_t>(b, 0x2a8, s.processSize);
    put<std::uint16_t>(b, 0x2aa, s.processPeb);
    put<std::uint16_t>(b, 0x2ac, s.processParentId);
    put<std::uint16_t>(b, 0x2ae, s.processDirectoryTableBase);
    put<std::uint16_t>(b, 0x2b0, s.prcbSize);
    put<std::uint16_t>(b, 0x2b4, 0x08); // OffsetPrcbCurrentThread
    put<std::uint16_t>(b, 0x2be, 0x24); // OffsetPrcbNumber
    put<std::uint16_t>(b, 0x2c0, s.threadSize);
    put<std::uint16_t>(b, 0x2e0, s.pcrSize);
    put<std::uint16_t>(b, 0x2e2, 0x18);  // OffsetPcrSelfPcr
    put<std::uint16_t>(b, 0x2e4, 0x20);  // OffsetPcrCurrentPrcb
    put<std::uint16_t>(b, 0x2e6, 0x180); // OffsetPcrContainedPrcb
    if (s.encoded) {
        // KdpDataBlockEncoded: each u64 stored as the kernel encodes it, so that
        // dec = bswap(rol(enc ^ KiWaitNever, KiWaitNever & 0xff) ^ &KdpDataBlockEncoded) ^ KiWaitAlways.
        constexpr std::uint64_t never = 0x5a3c9e1f04b7d263ull, always = 0xc0ffee2b7d1e4a95ull;
        m.write64(s.waitNever, never);
        m.write64(s.waitAlways, always);
        m.write8(s.blockEncoded, 1);
        for (std::size_t at = 0; at + 8 <= b.size(); at += 8) {
            std::uint64_t v = 0;
            std::memcpy(&v, b.data() + at, 8);
            const std::uint64_t rotated = __builtin_bswap64(v ^ always) ^ s.blockEncoded;
            v = std::rotr(rotated, static_cast<int>(never & 0xff)) ^ never;
            std::memcpy(b.data() + at, &v, 8);
        }
    }
    m.write(s.debuggerData, b.data(), b.size());
    m.write64(s.dataListHead, s.debuggerData);
    m.write64(s.dataListHead + 8, s.debuggerData);

    // _DBGKD_GET_VERSION64 (nt!KdVersionBlock)
    m.write16(s.versionBlock + 0x00, 0xf);                                 // MajorVersion: free build
    m.write16(s.versionBlock + 0x02, static_cast<std::uint16_t>(s.build)); // MinorVersion
    m.write8(s.versionBlock + 0x04, 6);                                    // ProtocolVersion
    m.write8(s.versionBlock + 0x05, 2);                                    // KdSecondaryVersion
    m.write16(s.versionBlock + 0x06, 0x46);                                // Flags: MP, PTR64, no MM
    m.write16(s.versionBlock + 0x08, 0x8664);                              // MachineType
    m.write8(s.versionBlock + 0x0a, 0x0c);                                 // MaxPacketType
    m.write8(s.versionBlock + 0x0b, 0x03);                                 // MaxStateChange
    m.write8(s.versionBlock + 0x0c, 0x33);                                 // MaxManipulate
    m.write64(s.versionBlock + 0x10, s.kernelBase);
    m.write64(s.versionBlock + 0x18, s.psLoadedModuleList);
    m.write64(s.versionBlock + 0x20, s.dataListHead); // DebuggerDataList
}

} // namespace poolscope::testdata
