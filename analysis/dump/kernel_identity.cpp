#include "kernel_identity.h"

#include "analysis/dump/kernel_strings.h"
#include "analysis/dump/kernel_symbols.h"
#include "analysis/dump/symbol_path.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

namespace poolscope {

namespace {

// ntoskrnl is the first entry of PsLoadedModuleList: its KLDR_DATA_TABLE_ENTRY, whose
// DllBase and SizeOfImage no build has moved. Gives the entry's address.
Result<std::uint64_t> firstModule(const DumpFile& dump, const AddressSpace& memory, std::uint64_t& base)
{
    const DumpHeader& header = dump.header();
    const auto first = memory.readValue<std::uint64_t>(header.psLoadedModuleList);
    const auto dllBase = first ? memory.readValue<std::uint64_t>(*first + 0x30) : std::nullopt;
    if (!first || !dllBase || !isKernelPointer(*dllBase))
        return InputError{
            dump.name(), 0, 0x20,
            text::say(text::phrase("Dump",
                                   "the loaded module list ({:#x}, from the dump header) is not readable, so the "
                                   "kernel cannot be found; the dump may be damaged or not a kernel dump"),
                      header.psLoadedModuleList)};
    base = *dllBase;
    return *first;
}

} // namespace

Result<CodeViewInfo> kernelCodeView(const DumpFile& dump)
{
    const AddressSpace memory(dump);
    std::uint64_t base = 0;
    const auto entry = firstModule(dump, memory, base);
    if (!entry)
        return entry.error();
    auto image = readPeImage(memory, base);
    if (!image)
        return InputError{dump.name(), 0, 0,
                          text::say(text::phrase("Dump", "the kernel image at {:#x} could not be identified: {}"), base,
                                    image.error().message)};
    if (!image->codeView)
        return InputError{dump.name(), 0, 0,
                          text::say(text::phrase("Dump", "the kernel image at {:#x} has no CodeView (RSDS) record, so "
                                                         "the PDB it was built with cannot be named"),
                                    base)};
    return *image->codeView;
}

Result<KernelIdentity> identifyKernel(const DumpFile& dump, const AddressSpace& memory,
                                      const std::vector<std::string>& symbolDirs)
{
    const DumpHeader& header = dump.header();
    const auto fail = [&](std::uint64_t offset, std::string message) {
        return InputError{dump.name(), 0, offset, std::move(message)};
    };
    KernelIdentity id;
    const auto first = firstModule(dump, memory, id.base);
    if (!first)
        return first.error();
    id.sizeOfImage = memory.readValue<std::uint32_t>(*first + 0x40).value_or(0);

    auto image = readPeImage(memory, id.base);
    std::optional<CodeViewInfo> codeView;
    if (image) {
        codeView = image->codeView;
        id.image = std::move(image.value());
        if (id.sizeOfImage == 0)
            id.sizeOfImage = id.image->sizeOfImage;
    } else {
        id.notes.push_back(text::say(text::phrase("Dump", "the kernel image at {:#x} could not be identified: {}"),
                                     id.base, image.error().message));
    }
    const std::string pdb
        = codeView ? fmt::format("{}-{}", codeView->guid, codeView->age) : std::string(text::phrase("Dump", "unknown"));

    if (codeView && !symbolDirs.empty()) {
        auto symbols = findKernelSymbols(symbolDirs, *codeView);
        id.notes.insert(id.notes.end(), symbols.notes.begin(), symbols.notes.end());
        if (symbols.layout) {
            id.layout = std::move(*symbols.layout);
            id.layout.build = header.build;
            id.globalsExact = true;
            return id;
        }
    }
    // A build the table does not know gets the row of the nearest older build, which the
    // reader then checks on the dump before using it (layout_check.h).
    auto builtin = builtinLayout(header.build);
    if (!builtin)
        builtin = nearestOlderLayout(header.build);
    if (!builtin)
        return fail(
            0x0c,
            text::say(text::phrase("Dump",
                                   "Windows build {} (kernel PDB {}) is older than every built-in structure layout "
                                   "(built-in: {}). Give PoolScope the kernel's {} (a WinDbg or symchk symbol "
                                   "cache holds it) or the volatility3 symbol file {}.json.xz: --symbols DIR, "
                                   "_NT_SYMBOL_PATH, or Settings > Symbol Folders in the window{}"),
                      header.build, pdb, builtinBuilds(),
                      codeView ? kernelPdbNames(codeView->pdbName).front() : "ntkrnlmp.pdb", pdb,
                      id.notes.empty() ? "" : fmt::format(" ({})", fmt::join(id.notes, "; "))));
    id.layout = std::move(*builtin);
    id.globalsExact = codeView && !id.layout.pdbGuid.empty() && codeView->guid == id.layout.pdbGuid
                      && codeView->age == id.layout.pdbAge;
    // A row taken from one kernel's symbols holds that kernel's addresses; another kernel of
    // the line is worth a word. A row from headers holds none: heuristics are its only way.
    if (!id.globalsExact && !id.layout.pdbGuid.empty())
        id.notes.push_back(
            text::say(text::phrase("Dump",
                                   "this kernel (PDB {}) is not one whose global addresses the built-in table "
                                   "for build {} holds; its globals are found by validated heuristics"),
                      pdb, id.layout.rowBuild));
    return id;
}

} // namespace poolscope
