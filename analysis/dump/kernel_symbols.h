#pragma once
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/pe_image.h"

#include <optional>
#include <string>
#include <vector>

namespace poolscope {

struct KernelSymbols {
    std::optional<KernelLayout> layout; // with globals at this kernel's RVAs
    // What was found and not used, and why (a PDB of another age, a stripped PDB ...), or
    // where nothing was found.
    std::vector<std::string> notes;
};

// The type information of the kernel a CodeView record names, from the user's symbol
// folders: its PDB (symbol store and cache layouts, then flat), else its volatility3 ISF
// file. Each PDB found is checked against the record's GUID and age before it is read.
KernelSymbols findKernelSymbols(const std::vector<std::string>& folders, const CodeViewInfo& kernel);

} // namespace poolscope
