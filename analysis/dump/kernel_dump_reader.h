#pragma once
#include "analysis/dump/dump_file.h"
#include "analysis/dump/module_walk.h"
#include "analysis/input_error.h"
#include "analysis/read_control.h"
#include "model/snapshot.h"

#include <memory>
#include <string>
#include <vector>

namespace poolscope {

class DumpPool;

struct DumpReadOptions {
    // Folders with the kernel's PDB (flat, or in a symbol store or WinDbg cache layout) or
    // its volatility3 ISF file (GUID-AGE.json.xz, or its symbols/windows/ntkrnlmp.pdb/ layout).
    std::vector<std::string> symbolDirs;
    // How much of the driver images is searched for pool tags (!for_each_module s -a): the
    // search is most of the time a small dump takes to open; the fuzzer caps it.
    ModuleWalkLimits moduleLimits;
    // Every block of the pool read from the heap and counted per tag against the tracker
    // table (Snapshot::poolScan); the fuzzer turns it off to keep its runs short.
    bool scanPool = true;
    unsigned poolScanWorkers = 0; // 0: every core
};

// Walks a Windows x64 kernel dump into a Snapshot, as !process, !handle, !icpleak 1,
// !irpfind and !poolused would: processes and their handle tables, objects with types and
// counts, completion ports with what is queued on them, the IRPs with their threads and
// files, the pool tracker and big page tables. What could not be read is a warning on the
// record (with its address), never a crash; the type information used is said in an info
// diagnostic.
// `pool`, when given, receives the dump's pool kept open for later lookups (!poolfind, !pool).
Result<Snapshot> readKernelDump(const DumpFile& dump, const DumpReadOptions& options, ReadControl& control,
                                std::shared_ptr<const DumpPool>* pool = nullptr);
Result<Snapshot> readKernelDump(const std::string& path, const DumpReadOptions& options, ReadControl& control,
                                std::shared_ptr<const DumpPool>* pool = nullptr);

} // namespace poolscope
