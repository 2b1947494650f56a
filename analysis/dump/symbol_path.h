#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Where a kernel's PDB may lie on the engineer's machine: the folders an _NT_SYMBOL_PATH
// names, and the ways WinDbg, symchk and symstore lay PDBs out in a folder.
namespace poolscope {

// The local folders of an _NT_SYMBOL_PATH: elements separated by ';' are plain folders,
// srv*DIR*URL / SRV*DIR*URL / symsrv*symsrv.dll*DIR*URL (every store but the URL),
// cache*DIR. A store given only as a URL and the default caches (srv*URL, cache*) name no
// local folder; nothing is ever downloaded.
std::vector<std::string> symbolPathFolders(std::string_view ntSymbolPath);

// The names a kernel's PDB goes by: the one its CodeView record gives (without a path),
// then ntkrnlmp.pdb (multiprocessor kernels) and ntoskrnl.pdb.
std::vector<std::string> kernelPdbNames(std::string_view codeViewName);

struct PdbSearch {
    // Existing files, the likeliest first: those a symbol store files under this GUID and
    // age, then PDBs lying flat in a folder, then those a store files under this GUID with
    // another age (each is opened and checked; these get refused, saying why).
    std::vector<std::string> files;
    std::vector<std::string> notes; // what was found but cannot be read (compressed entries)
};

// Looks in each folder for DIR/NAME/<GUID><AGE>/NAME (a symbol store or a WinDbg/symchk
// cache; the age in hex), DIR/XX/NAME/<GUID><AGE>/NAME when DIR has an index2.txt (the
// two-tier store: XX is the name's first two letters), a file.ptr there pointing at the
// PDB, and DIR/NAME. Names and folders are matched without regard to case; folders that
// do not exist are skipped.
PdbSearch findPdbFiles(const std::vector<std::string>& folders, const std::vector<std::string>& names,
                       std::string_view guid, std::uint32_t age);

} // namespace poolscope
