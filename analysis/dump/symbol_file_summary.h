#pragma once
#include "analysis/dump/kernel_types.h"
#include "analysis/input_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What a symbol file is and what PoolScope would take from it, asked before a dump is read
// with it (`poolscope-cli symbols`): which PDB it is or was made from, for which processor,
// whether it is a kernel's, every structure offset, size and global the walks ask for with
// its answer, what it lacks, and whether a dump could be read with it.
namespace poolscope {

struct SymbolFileSummary {
    enum class Format : std::uint8_t { Pdb, Isf };
    std::string path;
    Format format = Format::Pdb;
    std::string guid; // 32 upper-case hex digits; empty when an ISF file's metadata names none
    std::optional<std::uint32_t> age;
    std::optional<std::uint16_t> machine; // IMAGE_FILE_MACHINE_*
    std::string database;                 // ISF: the PDB it was made from ("ntkrnlmp.pdb")
    std::optional<std::uint32_t> build;   // ISF: metadata.windows.pe.build, when given
    KernelSymbolsKind kind = KernelSymbolsKind::NotAKernel;
    std::size_t typeRecords = 0;  // PDB: CodeView type records; ISF: user types
    std::size_t namedTypes = 0;   // structures, classes and unions by name (PDB)
    std::size_t globals = 0;      // public and global symbols placed in the image
    std::vector<TypeAnswer> answers; // what the walks ask, in the order they ask it
    // Whether a dump can be read with it: empty when it can, else the refusal PoolScope
    // gives when it meets the file in a symbol folder (stripped, another kernel's, a member
    // missing, a damaged record).
    std::string refusal;
};

// A PDB (MSF 7.00) or a volatility3 ISF file (.json or .json.xz), told apart by content.
// Errors: unreadable, neither format, or a container too damaged to say what it is.
Result<SymbolFileSummary> summarizeSymbolFile(const std::string& path);

} // namespace poolscope
