#pragma once
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "analysis/input_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace poolscope::pdb {

// Where globals lie in the image, from the symbol record stream the DBI names: public
// symbols (S_PUB32), and global and module-local data (S_GDATA32, S_LDATA32), whose
// section:offset the section headers turn into RVAs.
class GlobalSymbols {
public:
    static Result<GlobalSymbols> read(const MsfFile& msf, const DebugInfo& dbi);

    std::optional<std::uint64_t> rva(std::string_view name) const;
    std::size_t size() const { return m_rvas.size(); }
    // Symbols whose section the PDB's section headers do not give (or that have none).
    std::size_t unplaced() const { return m_unplaced; }

private:
    struct Place {
        std::uint64_t rva = 0;
        int rank = 0; // public, global data, local data: a name's first kind wins
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, Place, Hash, std::equal_to<>> m_rvas;
    std::size_t m_unplaced = 0;
};

} // namespace poolscope::pdb
