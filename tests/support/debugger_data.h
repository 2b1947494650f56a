#pragma once
#include "tests/support/dump_builder.h"

#include <cstdint>
#include <string>

namespace poolscope::testdata {

// What a debugger finds the kernel by, at the symbol addresses of the image: the debugger
// data block (KDDEBUGGER_DATA64, "KDBG"), linked into KdpDebuggerDataListHead; the version
// block (_DBGKD_GET_VERSION64, nt!KdVersionBlock) pointing at that list; the build strings
// the block points to (NtBuildLab, NtBuildLabEx), NtBuildNumber and CmNtCSDVersion.
struct DebuggerDataSpec {
    std::uint32_t build = 0;
    std::uint64_t kernelBase = 0;
    // Virtual addresses of the globals in the image
    std::uint64_t debuggerData = 0, versionBlock = 0, dataListHead = 0, psLoadedModuleList = 0, psActiveProcessHead = 0,
                  mmPfnDatabase = 0, poolTrackTable = 0, ntBuildLab = 0, ntBuildLabEx = 0, kiProcessorBlock = 0,
                  cmNtCsdVersion = 0, ntBuildNumber = 0, breakpointWithStatus = 0;
    // KdpDataBlockEncoded, KiWaitNever, KiWaitAlways: the encoding's flag and keys
    std::uint64_t blockEncoded = 0, waitNever = 0, waitAlways = 0;
    // Structure sizes and offsets the block tells debuggers
    std::uint16_t processSize = 0, processPeb = 0, processParentId = 0, processDirectoryTableBase = 0,
                  threadSize = 0, pcrSize = 0, prcbSize = 0;
    // A live dump keeps the block encoded (KdpDataBlockEncoded): not readable as such.
    bool encoded = false;
};

// The build lab string of a build ("19041.1.amd64fre.vb_release.191206-1406").
std::string buildLab(std::uint32_t build);

void writeDebuggerData(DumpBuilder& memory, const DebuggerDataSpec& spec);

} // namespace poolscope::testdata
