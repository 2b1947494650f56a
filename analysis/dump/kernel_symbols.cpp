#include "kernel_symbols.h"

#include "analysis/dump/isf_symbols.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "analysis/dump/symbol_path.h"

#include <fmt/format.h>

namespace poolscope {

KernelSymbols findKernelSymbols(const std::vector<std::string>& folders, const CodeViewInfo& kernel)
{
    KernelSymbols found;
    const pdb::PdbIdentity expected{kernel.guid, kernel.age};
    const auto names = kernelPdbNames(kernel.pdbName);
    const PdbSearch search = findPdbFiles(folders, names, kernel.guid, kernel.age);
    for (const std::string& file : search.files) {
        auto layout = loadPdbLayout(file, expected);
        if (layout) {
            found.layout = std::move(layout.value());
            return found;
        }
        const InputError& why = layout.error();
        found.notes.push_back(why.offset ? fmt::format("the PDB {} was not used (at file offset {:#x}): {}", file,
                                                       why.offset, why.message)
                                         : fmt::format("the PDB {} was not used: {}", file, why.message));
    }
    found.notes.insert(found.notes.end(), search.notes.begin(), search.notes.end());

    if (const auto file = findIsfFile(folders, kernel.guid, kernel.age)) {
        auto layout = loadIsfLayout(*file);
        if (layout) {
            found.layout = std::move(layout.value());
            return found;
        }
        found.notes.push_back(fmt::format("the symbol file {} could not be used: {}", *file, layout.error().message));
    } else if (search.files.empty()) {
        found.notes.push_back(fmt::format("no {} for {}-{} (nor its symbol file {}-{}.json.xz) in {}",
                                          fmt::join(names, " or "), kernel.guid, kernel.age, kernel.guid, kernel.age,
                                          fmt::join(folders, ", ")));
    }
    return found;
}

} // namespace poolscope
