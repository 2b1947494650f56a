#include "pdb_layout.h"

#include "analysis/dump/kernel_types.h"
#include "analysis/dump/pdb/global_symbols.h"
#include "analysis/dump/pdb/type_table.h"

#include <fmt/format.h>

namespace poolscope {

namespace {

class PdbKernelTypes final : public KernelTypeSource {
public:
    PdbKernelTypes(const pdb::TypeTable& types, const pdb::GlobalSymbols& globals) : m_types(types), m_globals(globals)
    {
    }
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
    const pdb::TypeTable& m_types;
    const pdb::GlobalSymbols& m_globals;
};

} // namespace

Result<KernelLayout> loadPdbLayout(const pdb::MsfFile& msf, const std::optional<pdb::PdbIdentity>& expected)
{
    const auto refuse = [&](std::string message) { return InputError{msf.name(), 0, 0, std::move(message)}; };
    auto identity = pdb::readIdentity(msf);
    if (!identity)
        return identity.error();
    if (expected && identity->guid != expected->guid)
        return refuse(fmt::format("this is the PDB of another kernel: it is {}, the dump's kernel names {}",
                                  describe(*identity), describe(*expected)));
    if (expected && identity->age != expected->age)
        return refuse(fmt::format("its GUID is the kernel's but its age is not: it is {}, the kernel names {}; "
                                  "refused, as WinDbg refuses a PDB of another age (another build of the same "
                                  "sources)",
                                  describe(*identity), describe(*expected)));

    auto types = pdb::TypeTable::read(msf);
    if (!types)
        return types.error();
    if (types->recordCount() == 0)
        return refuse(fmt::format("PDB {} has no type records (a stripped, public-only PDB, as symbol servers give "
                                  "for many files): it places the globals but does not describe the structures",
                                  describe(*identity)));
    auto dbi = pdb::readDebugInfo(msf);
    if (!dbi)
        return dbi.error();
    auto globals = pdb::GlobalSymbols::read(msf, *dbi);
    if (!globals)
        return globals.error();

    KernelLayout layout;
    layout.source = fmt::format("PDB {}", msf.name());
    layout.pdbGuid = identity->guid;
    layout.pdbAge = identity->age;
    const PdbKernelTypes source(*types, *globals);
    const std::string missing = layoutFromTypes(source, layout);
    // A damaged record on the way is the reason, whichever field it cost.
    if (types->damage())
        return *types->damage();
    if (!missing.empty())
        return refuse(fmt::format("PDB {} has no {}, which the walks need ({} types defined)", describe(*identity),
                                  missing, types->definedTypes()));
    return layout;
}

Result<KernelLayout> loadPdbLayout(const std::string& path, const std::optional<pdb::PdbIdentity>& expected)
{
    auto msf = pdb::MsfFile::open(path);
    if (!msf)
        return msf.error();
    return loadPdbLayout(*msf, expected);
}

} // namespace poolscope
