#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/dump_file.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/pe_image.h"
#include "analysis/input_error.h"

#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// Which kernel a dump holds and where the type information for it comes from.
struct KernelIdentity {
    std::uint64_t base = 0; // ntoskrnl's DllBase
    std::uint32_t sizeOfImage = 0;
    std::optional<PeImage> image;
    KernelLayout layout;
    // True when layout.globals are this very kernel's (symbols, or the table's own kernel);
    // otherwise the globals are found by heuristics.
    bool globalsExact = false;
    std::vector<std::string> notes; // what was tried, for the diagnostics
};

// The kernel image's CodeView record, naming the PDB it was built with (GUID, age, file
// name), read from the dump's headers and the image alone: no walk, no symbols.
Result<CodeViewInfo> kernelCodeView(const DumpFile& dump);

// Finds ntoskrnl (the first PsLoadedModuleList entry), reads its RSDS record and picks the
// type information: a matching ISF file from symbolDirs, else the built-in table for the
// header's build. A build with neither is an error naming the build and the PDB it needs.
Result<KernelIdentity> identifyKernel(const DumpFile& dump, const AddressSpace& memory,
                                      const std::vector<std::string>& symbolDirs);

} // namespace poolscope
