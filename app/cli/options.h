#pragma once
#include "report.h"

#include "analysis/conclusions/irp_groups.h"
#include "analysis/conclusions/leak_queries.h"
#include "analysis/conclusions/pool_groups.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace poolscope::cli {

// A mistake in the command line: exit code 2 with this message and a hint.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Options {
    std::string command;
    std::vector<std::string> files;
    OutputFormat format = OutputFormat::Text;
    bool verbose = false;
    std::optional<std::size_t> screen; // 1-based screen of a poolmon log; default: last
    std::string pooltagFile;
    std::vector<std::string> symbolDirs;

    // tags
    TagQuery tagQuery;
    // ports
    bool owners = false;
    // irps, walk
    std::optional<Address> port;
    // walk
    std::optional<Address> thread;
    bool processList = false;
    std::vector<IrpKey> groupBy;
    // handles
    bool byType = false;
    std::optional<Address> ownersOf;
    // series
    std::string tag;
    std::string correlate; // --correlate TAG
    std::optional<PoolType> poolType;
    // report
    std::string output; // -o FILE
    // poolfind TAG, pool ADDR
    std::string poolTag;
    std::optional<Address> poolAddress;
    std::vector<BlockKey> blockGroups; // poolfind --group-by
    bool listFree = false;             // poolfind --free
    // symbols FILE --dump DUMP
    std::string dumpFile;
    // capture -o FILE [--interval SECONDS] [--count N]
    double intervalSeconds = 5;
    std::optional<std::size_t> count;
};

Options parseOptions(int argc, char** argv);
std::string usageText();
std::string commandHelp(const std::string& command);

} // namespace poolscope::cli
