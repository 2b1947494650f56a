#include "kernel_dump_reader.h"

#include "analysis/dump/address_space.h"
#include "analysis/dump/dump_description.h"
#include "analysis/dump/handle_table_walk.h"
#include "analysis/dump/io_walks.h"
#include "analysis/dump/kernel_globals.h"
#include "analysis/dump/kernel_identity.h"
#include "analysis/dump/layout_check.h"
#include "analysis/dump/module_walk.h"
#include "analysis/dump/pool/dump_pool.h"
#include "analysis/dump/pool/pool_plan.h"
#include "analysis/dump/pool/scan_beside.h"
#include "analysis/dump/pool_tables_walk.h"
#include "analysis/dump/process_walk.h"
#include "analysis/file_path.h"
#include "analysis/memory_release.h"
#include "analysis/snapshot_builder.h"
#include "analysis/snapshot_links.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <stop_token>
#include <thread>

namespace poolscope {

namespace {

// The refusal of a built-in row that does not fit, naming what would make the dump readable.
std::string layoutMisfit(const KernelIdentity& kernel, const DumpHeader& header, const LayoutCheck& fit)
{
    const KernelLayout& layout = kernel.layout;
    std::string out
        = text::say(text::phrase("Dump",
                                 "the built-in structure layout of build {} ({}) does not fit this dump of Windows "
                                 "build {}: {}. Read with it, the dump would give wrong processes and no handles, "
                                 "so it is not read"),
                    layout.rowBuild, layout.origin, header.build, fmt::join(fit.failures, "; "));
    if (kernel.image && kernel.image->codeView) {
        const CodeViewInfo& pdb = *kernel.image->codeView;
        const std::string name = pdb.pdbName.empty() ? std::string("ntkrnlmp.pdb") : pdb.pdbName;
        out += text::say(
            text::phrase("Dump",
                         ". The kernel's own PDB makes it readable: {} with GUID {} and age {} (in a symbol cache: "
                         "{}/{}{:X}/{}), or its volatility3 symbol file {}-{}.json.xz; give its folder with "
                         "--symbols DIR or _NT_SYMBOL_PATH (Settings > Symbol Folders in the window)"),
            name, pdb.guid, pdb.age, name, pdb.guid, pdb.age, name, pdb.guid, pdb.age);
    } else {
        out += ". The kernel image's debug record is not readable, so the PDB it needs cannot be named";
    }
    // What the symbol folders offered and why it was not taken (another age, no types).
    if (!kernel.notes.empty())
        out += fmt::format(" ({})", fmt::join(kernel.notes, "; "));
    return out;
}

// Progress is reported per stage, each given a share of the bar by its usual cost.
constexpr std::uint64_t kSteps = 1000;
constexpr std::uint64_t kProcessesDone = 20, kHandlesDone = 600, kIoDone = 750, kTrackerDone = 770, kPoolDone = 950;

std::vector<std::pair<Address, Address>> imageRanges(const std::vector<LoadedModule>& modules)
{
    std::vector<std::pair<Address, Address>> ranges;
    for (const LoadedModule& module : modules)
        if (module.size)
            ranges.emplace_back(module.base & ~(kPageSize - 1), (module.base + module.size + kPageSize - 1) & ~(kPageSize - 1));
    std::sort(ranges.begin(), ranges.end());
    // Merge overlaps: the page lister needs ranges that do not overlap.
    std::vector<std::pair<Address, Address>> merged;
    for (const auto& range : ranges) {
        if (!merged.empty() && range.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }
    return merged;
}

} // namespace

Result<Snapshot> readKernelDump(const DumpFile& dump, const DumpReadOptions& options, ReadControl& control,
                                std::shared_ptr<const DumpPool>* poolOut)
{
    const auto cancelled = [&] { return InputError{dump.name(), 0, 0, "reading was cancelled"}; };
    const AddressSpace memory(dump);
    const DumpHeader& header = dump.header();
    SnapshotBuilder builder(dump.name());
    builder.setLabel(utf8FromPath(pathFromUtf8(dump.name()).filename()));
    const Provenance top{0, 0, 0};
    control.report(0, kSteps);

    auto kernel = identifyKernel(dump, memory, options.symbolDirs);
    if (!kernel && (dump.missingPages() > 0 || dump.fileSize() < header.requiredDumpSpace))
        return InputError{
            dump.name(), 0, kernel.error().offset,
            text::say(text::phrase("Dump",
                                   "{}; {}. The part that survived does not reach the kernel's loaded module list "
                                   "({:#x}), so nothing in it can be walked: a complete copy of the file is needed"),
                      describeDump(header), describeTruncation(dump), header.psLoadedModuleList)};
    if (!kernel)
        return kernel.error();
    const KernelLayout& layout = kernel->layout;
    builder.listOffsets() = listFieldOffsets(layout);
    const std::string pdb = kernel->image && kernel->image->codeView
        ? fmt::format("{}-{}", kernel->image->codeView->guid, kernel->image->codeView->age)
        : std::string(text::phrase("Dump", "unknown PDB"));
    builder.info(top,
                 text::say(text::phrase("Dump", "{}; kernel at {:#x} ({}); type information: {}"), describeDump(header),
                           kernel->base, pdb, layout.source));
    for (const std::string& note : kernel->notes)
        builder.warn(top, note);
    if (dump.missingPages())
        builder.warn(top,
                     text::say(text::phrase("Dump", "{}; what lay in the missing pages is reported as unreadable"),
                               describeTruncation(dump)));

    std::vector<std::uint64_t> processes;
    walkProcesses(memory, layout, header.psActiveProcessHead, builder, {}, &processes);
    if (processes.empty() && dump.missingPages() > 0)
        return InputError{
            dump.name(), 0, 0,
            text::say(text::phrase("Dump",
                                   "{}; {}. The part that survived holds the kernel but not its process list "
                                   "({:#x}), so nothing in it can be walked: a complete copy of the file is needed"),
                      describeDump(header), describeTruncation(dump), header.psActiveProcessHead)};
    control.report(kProcessesDone, kSteps);
    if (control.cancelled())
        return cancelled();

    const KernelGlobalsFound globals = resolveGlobals(dump, memory, *kernel, processes);
    for (const std::string& note : globals.notes)
        builder.info(top, note);
    for (const std::string& problem : globals.problems)
        builder.warn(top, problem);
    const ObjectTypeTable* types = globals.types ? &*globals.types : nullptr;

    // A built-in row is used only where it fits: tried on the dump before anything is read
    // with it. Symbols of this very kernel are trusted, but a misfit is still said.
    const LayoutCheck fit = checkLayout(memory, layout, header.psActiveProcessHead, processes, types);
    const std::string layoutName = layout.rowBuild
        ? text::say(text::phrase("Dump", "layout of build {}"), layout.rowBuild)
        : text::say(text::phrase("Dump", "layout from {}"), layout.source);
    if (!fit.fits() && layout.rowBuild)
        return InputError{dump.name(), 0, 0, layoutMisfit(*kernel, header, fit)};
    if (!fit.fits())
        builder.warn(top,
                     text::say(text::phrase("Dump", "the {} does not fit this dump: {}"), layoutName,
                               fmt::join(fit.failures, "; ")));

    // The pool scan needs only the tracker table and the modules: it runs beside the walks.
    walkPoolTracker(memory, layout, globals.pool, builder);
    walkBigPages(memory, layout, globals.pool, builder);
    std::vector<std::string> moduleProblems;
    std::vector<LoadedModule> modules =
        walkLoadedModules(memory, layout, header.psLoadedModuleList, moduleProblems, options.moduleLimits);
    for (const std::string& problem : moduleProblems)
        builder.warn(top, problem);
    std::shared_ptr<DumpPool> pool;
    if (options.scanPool || poolOut)
        pool = std::make_shared<DumpPool>(std::make_shared<DumpFile>(dump), layout,
                                          planPoolScan(memory, *kernel, header.build, globals.pool,
                                                       imageRanges(modules)),
                                          globals.types);
    std::optional<PoolScanBeside> scan;
    if (options.scanPool)
        scan.emplace(*pool, builder.poolTagsSoFar(), modules, options.poolScanWorkers, control);

    // The handle tables say how many handles there are: the records of the handles and their
    // objects are reserved from that count and never copied (a million handles and objects).
    RecordCounts counts;
    std::vector<Address> tables;
    for (const Address address : processes) {
        const Process& process = builder.process(address, Provenance{0, 0, address});
        if (process.objectTable) {
            tables.push_back(*process.objectTable);
            counts.handles += countHandles(memory, layout, *process.objectTable);
        }
    }
    counts.objects = counts.handles;
    counts.handlesNew = true;
    builder.reserve(counts);
    // Reading a dump is mostly waiting for the mapped file's pages: another core goes through
    // the same tables ahead of the walk and takes those faults (a million object headers).
    std::jthread headersAhead([&dump, &layout, &tables](std::stop_token stop) {
        const AddressSpace ahead(dump);
        for (std::size_t i = 0; i < tables.size() && !stop.stop_requested(); ++i)
            countHandles(ahead, layout, tables[i], true);
    });

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

    // Every object is met through a handle: the index that found them again (16 MB for a
    // million) is not needed past this point, and the threads and IRPs take its room.
    builder.forgetKeys();

    // Threads are read from their handles; a few more (an IRP's thread without a handle).
    RecordCounts threads;
    threads.threads = typed.threads.size() + typed.threads.size() / 8 + 256;
    threads.fileObjects = typed.files.size() + typed.files.size() / 8 + 256;
    builder.reserve(threads);
    headersAhead.request_stop();
    headersAhead.join();
    // Likewise each thread's ETHREAD, one page each for 323,155 terminated threads.
    std::jthread threadsAhead([&dump, &layout, &typed](std::stop_token stop) {
        const AddressSpace ahead(dump);
        for (std::size_t i = 0; i < typed.threads.size() && !stop.stop_requested(); ++i)
            ahead.readValue<std::uint8_t>(typed.threads[i] + layout.threadState);
    });
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
            builder.info(
                top,
                text::say(text::phrase("Dump",
                                       "{} completion ports on the IoCompletion type list (the system maintains "
                                       "object type lists)"),
                          listed.size()));
        ports.insert(ports.end(), listed.begin(), listed.end());
    }
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    // Each queue's count says how many IRPs its walk will meet (an IRP takes more than 0x100
    // bytes of the dump, which bounds a corrupt count).
    RecordCounts queued;
    for (const Address port : ports)
        if (const auto signal = memory.readValue<std::int32_t>(port + layout.queueSignalState); signal && *signal > 0)
            queued.irps += static_cast<std::size_t>(*signal);
    queued.irps = std::min<std::size_t>(queued.irps, dump.fileSize() / 0x100);
    builder.reserve(queued);
    for (std::size_t i = 0; i < ports.size(); ++i) {
        io.port(ports[i]);
        if (control.cancelled())
            return cancelled();
    }
    // The fields of the ETHREADs a few places on are asked for while this one is read: their
    // cache misses overlap (the thread ahead has already faulted their pages in).
    constexpr std::size_t kAhead = 8;
    const std::array<std::uint32_t, 5> threadFields{layout.threadCid, layout.threadState, layout.threadProcess,
                                                    layout.threadStartAddress, layout.threadIrpList};
    for (std::size_t i = 0; i < typed.threads.size(); ++i) {
        if (i + kAhead < typed.threads.size()) {
            for (const std::uint32_t field : threadFields)
                memory.prefetch(typed.threads[i + kAhead] + field);
            builder.prefetchThread(typed.threads[i + kAhead]);
        }
        io.thread(typed.threads[i]);
        if (i % 65536 == 0) {
            control.report(kHandlesDone + (kIoDone - kHandlesDone) * i / typed.threads.size(), kSteps);
            if (control.cancelled())
                return cancelled();
        }
    }
    control.report(kIoDone, kSteps);
    if (fit.fits())
        builder.info(
            top,
            text::say(
                text::phrase("Dump", "{}, checked on this dump: {}; queue counts match their walks on {} of {} ports"),
                layoutName, fit.evidence(), io.queuesMatching(), io.queuesWalked()));

    builder.forgetKeys(); // every record is met: the indexes go
    threadsAhead.request_stop();
    threadsAhead.join();
    typed = {};
    releaseFreedMemory();
    control.report(kTrackerDone, kSteps);

    std::optional<PoolScanSummary> poolScan;
    if (scan) {
        PoolScanBeside::Outcome scanned = scan->finish(control, kTrackerDone, kPoolDone, kSteps);
        if (control.cancelled())
            return cancelled();
        for (Diagnostic& said : scanned.diagnostics) {
            if (said.severity == Severity::Info)
                builder.info(said.where, std::move(said.message));
            else
                builder.warn(said.where, std::move(said.message));
        }
        poolScan = std::move(scanned.summary);
        releaseFreedMemory(); // the blocks kept for reading, now read
    }
    if (poolOut)
        *poolOut = std::move(pool);
    control.report(kPoolDone, kSteps);

    Snapshot snapshot = builder.finish();
    snapshot.poolScan = std::move(poolScan);
    // Which module carries each tag: searched once the tracker has said which tags exist.
    std::vector<std::uint32_t> keys;
    for (const PoolTagStat& stat : snapshot.poolTags)
        keys.push_back(stat.tag.key());
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<std::string> scanProblems;
    snapshot.tagsInImages = findTagsInImages(memory, modules, keys, scanProblems, control, options.moduleLimits);
    if (control.cancelled())
        return cancelled();
    std::uint64_t missing = 0;
    for (const LoadedModule& module : modules)
        missing += module.pagesMissing;
    if (missing > 0)
        scanProblems.push_back(
            text::say(text::phrase("Dump",
                                   "{} pages of the loaded modules' images are not in the dump; the tags in "
                                   "them are not counted (a kernel dump leaves out pages that were paged out)"),
                      missing));
    for (std::string& problem : scanProblems)
        snapshot.diagnostics.push_back({Severity::Info, top, std::move(problem)});
    snapshot.modules = std::move(modules);
    if (types)
        snapshot.objectTypes = describeObjectTypes(memory, layout, *types);
    snapshot.pointerSize = 8;
    snapshot.kind = dumpTypeName(header);
    snapshot.system
        = text::say(text::phrase("Dump", "{}; kernel {:#x}, PDB {}"), describeDump(header), kernel->base, pdb);
    snapshot.typeInformation = layout.source;
    snapshot.build = header.build;
    linkSnapshot(snapshot);
    control.report(kSteps, kSteps);
    return snapshot;
}

Result<Snapshot> readKernelDump(const std::string& path, const DumpReadOptions& options, ReadControl& control,
                                std::shared_ptr<const DumpPool>* pool)
{
    auto dump = DumpFile::open(path);
    if (!dump)
        return dump.error();
    return readKernelDump(dump.value(), options, control, pool);
}

} // namespace poolscope
