#include "symbol_file_summary.h"

#include "analysis/dump/isf_symbols.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "analysis/file_path.h"

#include <fmt/format.h>

#include <fstream>

namespace poolscope {

namespace {

// The first bytes say which reader to ask; either reader names what is wrong past them.
bool looksLikePdb(const std::string& path)
{
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    char head[20] = {};
    in.read(head, sizeof head);
    return std::string_view(head, static_cast<std::size_t>(in.gcount())).starts_with("Microsoft C/C++");
}

std::string refusalOf(const InputError& error)
{
    return error.offset ? fmt::format("{} (at file offset {:#x})", error.message, error.offset) : error.message;
}

Result<SymbolFileSummary> summarizePdb(const std::string& path)
{
    auto msf = pdb::MsfFile::open(path);
    if (!msf)
        return msf.error();
    auto identity = pdb::readIdentity(*msf);
    if (!identity)
        return identity.error();
    SymbolFileSummary out;
    out.path = path;
    out.format = SymbolFileSummary::Format::Pdb;
    out.guid = identity->guid;
    out.age = identity->age;
    // What the streams past the identity say; a damaged one is the refusal, and what was
    // read before it still stands.
    auto dbi = pdb::readDebugInfo(*msf);
    if (!dbi) {
        out.refusal = refusalOf(dbi.error());
        return out;
    }
    out.machine = dbi->machine;
    auto types = pdb::TypeTable::read(*msf);
    auto globals = pdb::GlobalSymbols::read(*msf, *dbi);
    if (!types || !globals) {
        out.refusal = refusalOf(!types ? types.error() : globals.error());
        return out;
    }
    out.typeRecords = types->recordCount();
    out.namedTypes = types->definedTypes();
    out.globals = globals->size();
    const pdb::PdbKernelTypes source(*types, *globals);
    out.kind = kernelSymbolsKind(source, dbi->machine);
    KernelLayout scratch;
    layoutFromTypes(source, scratch, &out.answers);
    // The reader's own verdict, word for word, so `symbols` says what a dump read would.
    if (auto layout = loadPdbLayout(*msf); !layout)
        out.refusal = refusalOf(layout.error());
    return out;
}

Result<SymbolFileSummary> summarizeIsf(const std::string& path)
{
    auto file = IsfFile::open(path);
    if (!file)
        return file.error();
    const IsfIdentity& identity = file->identity();
    SymbolFileSummary out;
    out.path = path;
    out.format = SymbolFileSummary::Format::Isf;
    out.guid = identity.guid;
    out.age = identity.age;
    out.machine = identity.machine;
    out.database = identity.database;
    out.build = identity.build;
    out.typeRecords = file->typeCount();
    out.namedTypes = file->typeCount();
    out.globals = file->symbolCount();
    out.kind = kernelSymbolsKind(file->types(), identity.machine);
    KernelLayout scratch;
    layoutFromTypes(file->types(), scratch, &out.answers);
    if (auto layout = loadIsfLayout(*file); !layout)
        out.refusal = refusalOf(layout.error());
    return out;
}

} // namespace

Result<SymbolFileSummary> summarizeSymbolFile(const std::string& path)
{
    {
        std::ifstream probe(pathFromUtf8(path), std::ios::binary);
        if (!probe)
            return InputError{path, 0, 0, "cannot open the symbol file"};
    }
    if (looksLikePdb(path))
        return summarizePdb(path);
    auto isf = summarizeIsf(path);
    if (!isf && isf.error().message == "not a JSON file")
        return InputError{path, 0, 0,
                          "neither a PDB (no \"Microsoft C/C++ MSF 7.00\" signature) nor a volatility3 symbol file "
                          "(JSON, or xz-compressed JSON)"};
    return isf;
}

} // namespace poolscope
