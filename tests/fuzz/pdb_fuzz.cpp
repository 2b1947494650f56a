// Reads any bytes as a kernel PDB: the MSF container, the information and DBI streams, the
// type records (structures found by name, member paths followed through unnamed members,
// forward references and field list continuations) and the symbol records. Seed it with
// real PDBs (poolscope-make-pdb writes them); every read must stay in bounds and end.
#include "analysis/dump/pdb/global_symbols.h"
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "analysis/dump/pdb/type_table.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::byte> bytes(size);
    if (size)
        std::memcpy(bytes.data(), data, size);
    auto msf = poolscope::pdb::MsfFile::fromBytes(std::move(bytes), "fuzz.pdb");
    if (!msf)
        return 0;
    // The whole mapping, as a dump's kernel asks it.
    auto layout = poolscope::loadPdbLayout(*msf, poolscope::pdb::PdbIdentity{"35B9B388AD7EF7644C4C44205044422E", 1});
    layout = poolscope::loadPdbLayout(*msf);
    // The pieces, whatever the mapping made of them.
    auto types = poolscope::pdb::TypeTable::read(*msf);
    if (types) {
        std::size_t n = 0;
        n += types->offset("_IRP", "Tail.Overlay.CurrentStackLocation").value_or(0);
        n += types->offset("_ETHREAD", "Tcb.State").value_or(0);
        n += types->size("_EPROCESS").value_or(0);
        n += types->baseSize("_POOL_TRACKER_TABLE", "NonPagedAllocs").value_or(0);
        if (const auto bits = types->bitfield("_HANDLE_TABLE_ENTRY", "ObjectPointerBits"))
            n += bits->position;
        (void)n;
    }
    if (auto dbi = poolscope::pdb::readDebugInfo(*msf)) {
        auto globals = poolscope::pdb::GlobalSymbols::read(*msf, *dbi);
        if (globals)
            (void)globals->rva("ObHeaderCookie");
    }
    return 0;
}
