#pragma once
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "analysis/input_error.h"

#include <optional>
#include <string>

namespace poolscope {

// A kernel's own PDB (ntkrnlmp.pdb) as a KernelLayout: structure offsets from its type
// records, globals from its public and global symbols. With `expected` (the GUID and age
// the kernel image's CodeView record names), a PDB of another GUID, or of this GUID and
// another age, is refused as WinDbg refuses it, naming both; a PDB without type records (a
// stripped, public-only PDB) is refused saying so; a damaged one names the stream and offset.
Result<KernelLayout> loadPdbLayout(const std::string& path, const std::optional<pdb::PdbIdentity>& expected = {});
Result<KernelLayout> loadPdbLayout(const pdb::MsfFile& msf, const std::optional<pdb::PdbIdentity>& expected = {});

} // namespace poolscope
