#pragma once
#include "io.h"
#include "kernel_list.h"
#include "kernel_object.h"
#include "module.h"
#include "pool.h"
#include "pool_scan.h"
#include "process.h"
#include "provenance.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// A command or passage of a source that the reader recognised but does not parse
// ("!analyze -v"), or did not recognise at all. Listed, never an error.
struct SkippedCommand {
    std::string command;
    Provenance where;
    std::uint32_t lines = 0; // how many lines of output went with it
};

// Counts of what a reader passed over, so that a partial read never looks complete.
struct SkipCounts {
    std::uint64_t lines = 0;        // lines of recognised output that did not parse
    std::uint64_t commands = 0;     // commands skipped as a whole (see Snapshot::skipped)
    std::uint64_t unrecognised = 0; // text outside any command that no reader recognised
};

// Everything one source could tell about the system at one moment.
// What a source does not provide is absent (empty vectors, empty optionals), never zero.
struct Snapshot {
    std::string label;                       // "poolmon.log screen 3", "crash.dmp"
    // What the file is, as its own header says when it has one ("complete memory dump",
    // "kernel memory dump (bitmap)"); empty: the reader's kind name stands.
    std::string kind;
    std::vector<std::string> sources;        // files the records' Provenance::source indexes
    std::optional<double> secondsSinceStart; // for series with real time
    std::uint8_t pointerSize = 8;            // 4 for logs of x86 targets
    // For a dump: which Windows, which kernel, and where its type information came from
    // ("symbols <file>" or "built-in table for build 19041"), so the user can judge it.
    std::string system;
    std::string typeInformation;
    // The kernel's build number when the source states it (a dump header's MinorVersion):
    // two snapshots of different builds are not one system before and after.
    std::optional<std::uint32_t> build;

    PoolSummary summary;
    std::vector<PoolTagStat> poolTags;
    std::vector<PoolBlock> poolBlocks;
    // Dumps only: every block of the pool read from its pages, counted per tag and held
    // against the tracker table (poolTags).
    std::optional<PoolScanSummary> poolScan;
    std::vector<Process> processes;
    std::vector<Thread> threads;
    std::vector<Handle> handles;
    std::vector<KernelObject> objects;
    std::vector<CompletionPort> ports;
    std::vector<Irp> irps;
    std::vector<FileObject> fileObjects;
    // Lists the source showed entry by entry (a dump's queue walks, a log's !list), and the
    // offsets of their fields in the layout in use.
    std::vector<KernelList> lists;
    ListFieldOffsets listOffsets;
    // Dumps only: the loaded modules, the tags found in their images, the object types.
    std::vector<LoadedModule> modules;
    std::vector<TagInImage> tagsInImages;
    std::vector<ObjectTypeInfo> objectTypes;

    std::vector<Diagnostic> diagnostics;
    std::vector<SkippedCommand> skipped;
    SkipCounts skipCounts;

    bool hasRecords() const
    {
        return !summary.empty() || !poolTags.empty() || !poolBlocks.empty() || !processes.empty()
            || !threads.empty() || !handles.empty() || !objects.empty() || !ports.empty() || !irps.empty()
            || !fileObjects.empty() || !modules.empty();
    }
};

// Snapshots of one system in time order (the screens of a poolmon log).
struct SnapshotSeries {
    std::vector<Snapshot> snapshots;

    bool empty() const { return snapshots.empty(); }
    std::size_t size() const { return snapshots.size(); }
};

} // namespace poolscope
