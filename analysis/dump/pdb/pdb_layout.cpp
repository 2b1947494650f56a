#include "pdb_layout.h"

#include <fmt/format.h>

namespace poolscope {

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
    auto dbi = pdb::readDebugInfo(msf);
    if (!dbi)
        return dbi.error();
    auto globals = pdb::GlobalSymbols::read(msf, *dbi);
    if (!globals)
        return globals.error();
    const pdb::PdbKernelTypes source(*types, *globals);
    // Another kernel's PDB is named for what it is, not for the first member it lacks.
    if (const auto kind = kernelSymbolsKind(source, dbi->machine); kind != KernelSymbolsKind::Readable)
        return refuse(fmt::format("PDB {} is {}", describe(*identity), kernelSymbolsRefusal(kind, "PDB", dbi->machine)));
    if (types->recordCount() == 0)
        return refuse(fmt::format("PDB {} has no type records (a stripped, public-only PDB, as symbol servers give "
                                  "for many files): it places the globals but does not describe the structures",
                                  describe(*identity)));

    KernelLayout layout;
    layout.source = fmt::format("PDB {}", msf.name());
    layout.pdbGuid = identity->guid;
    layout.pdbAge = identity->age;
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
