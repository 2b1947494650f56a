#pragma once
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/kernel_types.h"
#include "analysis/input_error.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace poolscope {

// What an ISF file's metadata says it describes (metadata.windows.pdb and .pe).
struct IsfIdentity {
    std::string guid; // upper-case; empty when the metadata names none
    std::optional<std::uint32_t> age;
    std::string database;                 // "ntkrnlmp.pdb"
    std::optional<std::uint16_t> machine; // machine_type: 0x8664 x64, 0x14c x86
    std::optional<std::uint32_t> build;
};

// An ISF file read whole, for what is asked of it beyond a layout (`symbols`): its identity
// and its types, asked the way the walks ask them. Copies share the parsed file.
class IsfFile {
public:
    // Errors: unreadable, not xz or JSON, not an ISF file (no user_types, base_types, symbols).
    static Result<IsfFile> open(const std::string& path);
    const std::string& path() const { return m_path; }
    const IsfIdentity& identity() const;
    const KernelTypeSource& types() const;
    std::size_t typeCount() const;
    std::size_t symbolCount() const;

private:
    struct Data;
    std::string m_path;
    std::shared_ptr<const Data> m_data;
};

// A volatility3 Intermediate Symbol Format file (.json.xz or .json) for ntkrnlmp.pdb, as a
// KernelLayout: every structure offset the walks read, the globals' RVAs, and the PDB
// GUID and age it describes. A field the walks cannot do without is an error naming it.
Result<KernelLayout> loadIsfLayout(const std::string& path);
Result<KernelLayout> loadIsfLayout(const IsfFile& file);

// The whole file as text, xz-decoded when it is xz. Bounded: a bomb stops at 512 MB; a cut
// or corrupt stream is an error with the offset where it broke.
Result<std::string> readIsfText(const std::string& path);

// The ISF file for a kernel's PDB in the user's symbol folders: GUID-AGE.json.xz or .json,
// directly in a folder or in volatility3's layout (ntkrnlmp.pdb/, windows/ntkrnlmp.pdb/,
// symbols/windows/ntkrnlmp.pdb/). The GUID is matched without regard to case.
std::optional<std::string> findIsfFile(const std::vector<std::string>& symbolDirs, std::string_view guid,
                                       std::uint32_t age);

} // namespace poolscope
