#pragma once
#include "analysis/dump/kernel_layout.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace poolscope::testdata {

// Where the generated kernel keeps its globals and the functions other tools read, as
// offsets from its load base (ISF "symbols" addresses). For the five kernels the built-in
// table was taken from they are that kernel's own (from its ISF file, checked by a test);
// for any other kernel the layout's globals are kept and the rest placed where the 19041
// kernel has them (moved past the layout's globals if they would overlap).
struct ImageGlobals {
    // The nine the walks start from (KernelLayout::globals); chosen when the layout has none.
    std::uint64_t obHeaderCookie = 0, obTypeIndexTable = 0, poolTrackTable = 0, poolTrackTableSize = 0,
                  poolBigPageTable = 0, poolBigPageTableSize = 0, exPoolTagTables = 0, psActiveProcessHead = 0,
                  psLoadedModuleList = 0;
    // What debuggers and volatility3 read: the debugger data block and the version block,
    // the processor block, the object header info offsets, build strings, the PFN database.
    std::uint64_t kdDebuggerDataBlock = 0, kdVersionBlock = 0, kdpDebuggerDataListHead = 0, keNumberProcessors = 0,
                  kiProcessorBlock = 0, obpInfoMaskToOffset = 0, ntBuildLab = 0, ntBuildLabEx = 0,
                  cmNtCsdVersion = 0, mmPfnDatabase = 0, psInitialSystemProcess = 0, handleTableListHead = 0,
                  ntBuildNumber = 0;
    // The debugger data block's encoding (a live dump keeps it encoded): the flag and keys.
    std::uint64_t kdpDataBlockEncoded = 0, kiWaitNever = 0, kiWaitAlways = 0;
    std::uint64_t kiInitialPcr = 0; // the boot processor's KPCR inside the image (1607), else 0
    // The pool's segment heaps (ExPoolState, RtlpHpHeapGlobals) with the bytes each takes;
    // 0 for a kernel whose layout has no segment heap (1607).
    std::uint64_t exPoolState = 0, rtlpHpHeapGlobals = 0;
    std::uint64_t exPoolStateSize = 0, rtlpHpHeapGlobalsSize = 0;
    // Code
    std::uint64_t keBugCheckEx = 0, pspUserThreadStartup = 0, obpCaptureHandleInformationEx = 0;
    bool realKernel = false; // the RVAs of the kernel the layout names (its PDB GUID)

    // Every data global with the bytes it occupies, and every function, for laying out
    // the image's sections around them.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> data(std::uint64_t pcrSize) const;
    // The nine layout globals with their bytes.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> layoutData() const;
    std::vector<std::uint64_t> code() const;
};

ImageGlobals imageGlobals(const KernelLayout& layout);

// The symbol names and RVAs of the real kernels' table, for the test that checks them
// against the ISF files: {PDB GUID, {{symbol, rva}, ...}}.
std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::uint64_t>>>> knownImageGlobals();

} // namespace poolscope::testdata
