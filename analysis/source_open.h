#pragma once
#include "analysis/input_error.h"
#include "analysis/read_control.h"
#include "model/snapshot.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace poolscope {

enum class SourceKind : std::uint8_t { Poolmon, WindbgLog, KernelDump, UserMinidump, Unknown };

// What the source is, in the reader's language (the command line stays English).
std::string sourceKindName(SourceKind kind);

// Decides what a file is from its first bytes (decoded text for the text kinds).
SourceKind detectSource(std::string_view firstBytes, std::string_view decodedText);

// Opens any supported source as a series: a poolmon log gives one snapshot per screen,
// every other source a series of one.
class DumpPool;

struct OpenedSource {
    SourceKind kind = SourceKind::Unknown;
    SnapshotSeries series;
    // A dump's pool, kept open for lookups by tag or address (!poolfind, !pool).
    std::shared_ptr<const DumpPool> pool;
};

struct SourceOptions {
    // Folders searched for the PDB or the volatility3 symbol file of a dump's kernel; the
    // folders of POOLSCOPE_SYMBOLS (separated by ':' or ';'), then the local folders of
    // _NT_SYMBOL_PATH, are searched after these.
    std::vector<std::string> symbolDirs;
    // A dump's pool counted per tag when it is read (Snapshot::poolScan); a command that
    // scans the pool for one tag itself does without.
    bool scanPool = true;
};

Result<OpenedSource> openSource(const std::string& path, ReadControl& control, const SourceOptions& options = {});
Result<OpenedSource> openSource(const std::string& path);

} // namespace poolscope
