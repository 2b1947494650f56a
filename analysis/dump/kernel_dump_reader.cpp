#include "kernel_dump_reader.h"

#include "analysis/dump/address_space.h"
#include "analysis/dump/handle_table_walk.h"
#include "analysis/dump/io_walks.h"
#include "analysis/dump/kernel_globals.h"
#include "analysis/dump/kernel_identity.h"
#include "analysis/dump/module_walk.h"
#include "analysis/dump/pool_tables_walk.h"
#include "analysis/dump/process_walk.h"
#include "analysis/snapshot_builder.h"
#include "analysis/snapshot_links.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace poolscope {

namespace {

const char* dumpTypeName(DumpType type)
{
    switch (type) {
    case DumpType::Full: return "complete memory dump";
    case DumpType::Kernel: return "kernel memory dump";
    case DumpType::Bitmap: return "bitmap memory dump";
    case DumpType::LiveKernelBitmap: return "live kernel dump";
    }
    return "memory dump";
}

// Progress is reported per stage, each given a share of the bar by its usual cost.
constexpr std::uint64_t kSteps = 1000;
constexpr std::uint64_t kProcessesDone = 20, kHandlesDone = 700, kIoDone = 900, kPoolDone = 950;

} // namespace

Result<Snapshot> readKernelDump(const DumpFile& dump, const DumpReadOptions& options, ReadControl& control)
{
    const auto cancelled = [&] { return InputError{dump.name(), 0, 0, "reading was cancelled"}; };
    const AddressSpace memory(dump);
    const DumpHeader& header = dump.header();
    SnapshotBuilder builder(dump.name());
    builder.setLabel(std::filesystem::path(dump.name()).filename().string());
    const Provenance top{0, 0, 0};
    control.report(0, kSteps);

    auto kernel = identifyKernel(dump, memory, options.symbolDirs);
    if (!kernel)
        return kernel.error();
    const KernelLayout& layout = kernel->layout;
    const std::string pdb = kernel->image && kernel->image->codeView
                                ? fmt::format("{}-{}", kernel->image->codeView->guid, kernel->image->codeView->age)
                                : std::string("unknown PDB");
    builder.info(top, fmt::format("{}, Windows build {}, {} processors; kernel at {:#x} ({}); type information: {}",
                                  dumpTypeName(header.type), header.build, header.processors, kernel->base, pdb,
                                  layout.source));
    for (const std::string& note : kernel->notes)
        builder.warn(top, note);
    if (dump.missingPages())
        builder.warn(top, fmt::format("the file is shorter than its header says: {} pages are missing (a truncated "
                                      "copy?); what lay in them is reported as unreadable",
                                      dump.missingPages()));

    std::vector<std::uint64_t> processes;
    walkProcesses(memory, layout, header.psActiveProcessHead, builder, {}, &processes);
    control.report(kProcessesDone, kSteps);
    if (control.cancelled())
        return cancelled();

    const KernelGlobalsFound globals = resolveGlobals(dump, memory, *kernel, processes);
    for (const std::string& note : globals.notes)
        builder.info(top, note);
    for (const std::string& problem : globals.problems)
        builder.warn(top, problem);
    const ObjectTypeTable* types = globals.types ? &*globals.types : nullptr;

    TypedObjects typed;
    for (std::size_t i = 0; i < processes.size(); ++i) {
        Process& process = builder.process(processes[i], Provenance{0, 0, processes[i]});
        if (!process.objectTable)
            continue;
        const std::uint64_t handles = walkHandleTable(memory, layout, process.address, *process.objectTable, builder,
                                                      types, &typed);
        // The per-type counts come from the handles themselves (leak_queries), so they say
        // "counted from handle entries", which is what happened.
        process.handleCount = handles;
        control.report(kProcessesDone + (kHandlesDone - kProcessesDone) * (i + 1) / processes.size(), kSteps);
        if (control.cancelled())
            return cancelled();
    }

    IoWalker io(memory, layout, builder);
    for (const Address file : typed.files)
        io.file(file);
    // Ports reached through handles, and those only files point at (a port whose last handle
    // was closed while files still complete to it).
    std::vector<Address> ports = typed.ports;
    ports.insert(ports.end(), io.portsNamedByFiles().begin(), io.portsNamedByFiles().end());
    if (types) {
        // With type lists kept, every port is there, with or without a handle.
        std::string problem;
        const auto listed = objectsOnTypeList(memory, layout, *types, "IoCompletion", problem);
        if (!problem.empty())
            builder.warn(top, problem);
        if (!listed.empty())
            builder.info(top, fmt::format("{} completion ports on the IoCompletion type list (the system maintains "
                                          "object type lists)",
                                          listed.size()));
        ports.insert(ports.end(), listed.begin(), listed.end());
    }
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    for (std::size_t i = 0; i < ports.size(); ++i) {
        io.port(ports[i]);
        if (control.cancelled())
            return cancelled();
    }
    for (std::size_t i = 0; i < typed.threads.size(); ++i) {
        io.thread(typed.threads[i]);
        if (i % 65536 == 0) {
            control.report(kHandlesDone + (kIoDone - kHandlesDone) * i / typed.threads.size(), kSteps);
            if (control.cancelled())
                return cancelled();
        }
    }
    control.report(kIoDone, kSteps);

    walkPoolTracker(memory, layout, globals.pool, builder);
    walkBigPages(memory, layout, globals.pool, builder);
    control.report(kPoolDone, kSteps);

    std::vector<std::string> moduleProblems;
    std::vector<LoadedModule> modules = walkLoadedModules(memory, layout, header.psLoadedModuleList, moduleProblems);
    for (const std::string& problem : moduleProblems)
        builder.warn(top, problem);

    Snapshot snapshot = builder.finish();
    // Which module carries each tag: searched once the tracker has said which tags exist.
    std::vector<std::uint32_t> keys;
    for (const PoolTagStat& stat : snapshot.poolTags)
        keys.push_back(stat.tag.key());
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<std::string> scanProblems;
    snapshot.tagsInImages = findTagsInImages(memory, modules, keys, scanProblems, control);
    if (control.cancelled())
        return cancelled();
    std::uint64_t missing = 0;
    for (const LoadedModule& module : modules)
        missing += module.pagesMissing;
    if (missing > 0)
        scanProblems.push_back(fmt::format("{} pages of the loaded modules' images are not in the dump; the tags in "
                                           "them are not counted (a kernel dump leaves out pages that were paged out)",
                                           missing));
    for (std::string& problem : scanProblems)
        snapshot.diagnostics.push_back({Severity::Info, top, std::move(problem)});
    snapshot.modules = std::move(modules);
    if (types)
        snapshot.objectTypes = describeObjectTypes(memory, layout, *types);
    snapshot.pointerSize = 8;
    snapshot.system = fmt::format("Windows build {}, {} processors, {}; kernel {:#x}, PDB {}", header.build,
                                  header.processors, dumpTypeName(header.type), kernel->base, pdb);
    snapshot.typeInformation = layout.source;
    linkSnapshot(snapshot);
    control.report(kSteps, kSteps);
    return snapshot;
}

Result<Snapshot> readKernelDump(const std::string& path, const DumpReadOptions& options, ReadControl& control)
{
    auto dump = DumpFile::open(path);
    if (!dump)
        return dump.error();
    return readKernelDump(dump.value(), options, control);
}

} // namespace poolscope
