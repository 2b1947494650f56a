#pragma once
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/input_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The PDB information stream (which PDB this is) and the debug information stream (DBI:
// which streams hold the symbols and the image's section headers).
namespace poolscope::pdb {

// What matches a PDB to an image: the GUID and age its RSDS record names.
struct PdbIdentity {
    std::string guid; // 32 upper-case hex digits, as symbol stores spell it
    std::uint32_t age = 0;
};
std::string describe(const PdbIdentity& identity); // "GUID-age", as the CodeView record is shown

struct DebugInfo {
    std::uint32_t age = 0;
    // The image's IMAGE_FILE_MACHINE_* (0x8664 x64, 0x14c x86); nothing when the header
    // leaves it 0 or the PDB has no DBI.
    std::optional<std::uint16_t> machine;
    std::uint16_t symbolRecords = kNoStream;
    std::uint16_t sectionHeaders = kNoStream;
    // With OMAP (an image rearranged after linking), symbols address the original sections
    // and a map takes their RVAs to the image's.
    std::uint16_t originalSectionHeaders = kNoStream;
    std::uint16_t omapFromSource = kNoStream;
};

// The GUID from the information stream and the age from the DBI header (the one images
// record; the information stream's own age counts rewrites of the file), or the
// information stream's age when there is no DBI.
Result<PdbIdentity> readIdentity(const MsfFile& msf);

// The DBI header and its optional debug header; a PDB without a DBI stream gives the
// defaults (no symbols, no sections).
Result<DebugInfo> readDebugInfo(const MsfFile& msf);

// Section:offset addresses of symbols to RVAs.
class SectionMap {
public:
    static Result<SectionMap> read(const MsfFile& msf, const DebugInfo& dbi);
    bool empty() const { return m_sections.empty(); }
    // Sections are numbered from 1; nothing for a section the image lacks or an address
    // OMAP drops.
    std::optional<std::uint64_t> rva(std::uint16_t section, std::uint32_t offset) const;

private:
    std::vector<std::uint32_t> m_sections; // virtual addresses
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_omap; // from, to; sorted by from
};

} // namespace poolscope::pdb
