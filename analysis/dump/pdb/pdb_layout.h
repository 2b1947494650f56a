#pragma once
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/kernel_types.h"
#include "analysis/dump/pdb/global_symbols.h"
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "analysis/dump/pdb/type_table.h"
#include "analysis/input_error.h"

#include <optional>
#include <string>

namespace poolscope {

namespace pdb {

// A PDB's type records and globals asked the way the walks ask (kernel_types.h).
class PdbKernelTypes final : public KernelTypeSource {
public:
    PdbKernelTypes(const TypeTable& types, const GlobalSymbols& globals) : m_types(types), m_globals(globals) {}
    std::optional<std::uint32_t> offset(std::string_view type, std::string_view path) const override
    {
        return m_types.offset(type, path);
    }
    std::optional<std::uint32_t> size(std::string_view type) const override { return m_types.size(type); }
    std::optional<std::uint32_t> baseSize(std::string_view type, std::string_view member) const override
    {
        return m_types.baseSize(type, member);
    }
    std::optional<KernelBitfield> bitfield(std::string_view type, std::string_view path) const override
    {
        return m_types.bitfield(type, path);
    }
    std::optional<std::uint64_t> symbolRva(std::string_view name) const override { return m_globals.rva(name); }

private:
    const TypeTable& m_types;
    const GlobalSymbols& m_globals;
};

} // namespace pdb

// A kernel's own PDB (ntkrnlmp.pdb) as a KernelLayout: structure offsets from its type
// records, globals from its public and global symbols. With `expected` (the GUID and age
// the kernel image's CodeView record names), a PDB of another GUID, or of this GUID and
// another age, is refused as WinDbg refuses it, naming both; a PDB without type records (a
// stripped, public-only PDB) is refused saying so; a damaged one names the stream and offset.
Result<KernelLayout> loadPdbLayout(const std::string& path, const std::optional<pdb::PdbIdentity>& expected = {});
Result<KernelLayout> loadPdbLayout(const pdb::MsfFile& msf, const std::optional<pdb::PdbIdentity>& expected = {});

} // namespace poolscope
