#pragma once
#include "analysis/dump/kernel_layout.h"
#include "analysis/input_error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace poolscope {

// A volatility3 Intermediate Symbol Format file (.json.xz or .json) for ntkrnlmp.pdb, as a
// KernelLayout: every structure offset the walks read, the globals' RVAs, and the PDB
// GUID and age it describes. A field the walks cannot do without is an error naming it.
Result<KernelLayout> loadIsfLayout(const std::string& path);

// The whole file as text, xz-decoded when it is xz. Bounded: a bomb stops at 512 MB; a cut
// or corrupt stream is an error with the offset where it broke.
Result<std::string> readIsfText(const std::string& path);

// The ISF file for a kernel's PDB in the user's symbol folders: GUID-AGE.json.xz or .json,
// directly in a folder or in volatility3's layout (ntkrnlmp.pdb/, windows/ntkrnlmp.pdb/,
// symbols/windows/ntkrnlmp.pdb/). The GUID is matched without regard to case.
std::optional<std::string> findIsfFile(const std::vector<std::string>& symbolDirs, std::string_view guid,
                                       std::uint32_t age);

} // namespace poolscope
