#pragma once
#include "options.h"
#include "report.h"

#include "analysis/pooltag_database.h"
#include "analysis/source_open.h"

namespace poolscope::cli {

// What every command gets: the opened source, the snapshot the user chose, and the tag
// descriptions.
struct Context {
    const Options& options;
    const OpenedSource& source;
    const Snapshot& snapshot; // the chosen screen of a series
    std::size_t screen = 0;   // 0-based index of `snapshot` in the series
    const PoolTagDatabase& descriptions;
    const Snapshot* baseline = nullptr; // diff: the BEFORE snapshot
};

Report runSummary(const Context& context);
Report runTags(const Context& context);
Report runPorts(const Context& context);
Report runIrps(const Context& context);
Report runWalk(const Context& context);
Report runHandles(const Context& context);
Report runSeries(const Context& context);
Report runSuspects(const Context& context);
Report runDiff(const Context& context);
Report runProcesses(const Context& context);
Report runExplain(const Context& context);
Report runPoolfind(const Context& context);
Report runPool(const Context& context);
// Reads the symbol file (and --dump's kernel identity) itself: it opens no source. Throws
// SourceRefused when a file cannot be read.
Report runSymbols(const Options& options);
// Captures the running system into -o until Ctrl+C or --count (Windows build); prints the
// growth ranking as it goes. Returns the exit code.
int runCapture(const Options& options);
// Writes the HTML report to --output; throws OutputError when the file cannot be written.
Report runReport(const Context& context);
// False in a build without Qt (-DPOOLSCOPE_GUI=OFF): the report's charts are drawn with it.
bool reportAvailable();

// The source cannot answer the command (poolfind on a log): exit code 1 with the reason.
struct SourceRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The file a command was asked to write could not be written: exit code 1.
struct OutputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The processes of a snapshot by handle count (processes, and handles when the source
// lists no handle entries).
Table processTable(const Snapshot& snapshot, std::size_t top);

// Shared cell makers, so an address or a pid looks the same in every table.
Cell addressCell(const Snapshot& snapshot, Address address);
Cell addressCell(const Snapshot& snapshot, const std::optional<Address>& address);
Cell pidCell(const std::optional<std::uint32_t>& pid);
std::string processLabel(const std::string& image, const std::optional<std::uint32_t>& pid);

} // namespace poolscope::cli
