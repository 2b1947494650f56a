// poolscope-cli: the headless face of PoolScope, for scripts and for a quick look over ssh.
#include "commands.h"
#include "console.h"
#include "options.h"

#include "app/build_info.h"

#include "model/format.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstring>

using namespace poolscope;
using namespace poolscope::cli;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInput = 1;
constexpr int kExitUsage = 2;

void collectWarnings(const Snapshot& snapshot, bool verbose, Report& report)
{
    std::size_t listed = 0;
    const std::size_t limit = verbose ? snapshot.diagnostics.size() : 5;
    for (const auto& d : snapshot.diagnostics) {
        if (d.severity == Severity::Info && !verbose)
            continue;
        if (listed++ >= limit)
            continue;
        const std::string& file = snapshot.sources.empty() ? snapshot.label : snapshot.sources[d.where.source];
        const char* note = d.severity == Severity::Info ? "note: " : "";
        if (d.where.line)
            report.warnings.push_back(fmt::format("{}{}:{}: {}", note, file, d.where.line, d.message));
        else
            report.warnings.push_back(fmt::format("{}{}: {}", note, file, d.message));
    }
    if (listed > limit)
        report.warnings.push_back(fmt::format("... {} more (run with --verbose to list them all)", listed - limit));
    if (snapshot.skipCounts.lines > 0)
        report.warnings.push_back(fmt::format("{} lines of command output could not be read and were skipped",
                                              format::count(snapshot.skipCounts.lines)));
    if (!snapshot.skipped.empty())
        report.warnings.push_back(fmt::format("{} {} not parsed (PoolScope does not read their output); "
                                              "`summary` lists them",
                                              snapshot.skipped.size(), snapshot.skipped.size() == 1 ? "command was" : "commands were"));
}

int run(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs((i > 1 ? commandHelp(argv[1]) : usageText()).c_str(), stdout);
            return kExitOk;
        }
        if (!std::strcmp(argv[i], "--version")) {
            std::printf("poolscope-cli %s\n", app::versionText().c_str());
            return kExitOk;
        }
    }
    if (argc >= 2 && !std::strcmp(argv[1], "help")) {
        std::fputs((argc >= 3 ? commandHelp(argv[2]) : usageText()).c_str(), stdout);
        return kExitOk;
    }

    Options options;
    try {
        options = parseOptions(argc, argv);
    } catch (const UsageError& e) {
        fmt::print(stderr, "poolscope-cli: {}\nRun 'poolscope-cli --help' for usage.\n", e.what());
        return kExitUsage;
    }
    if (options.command == "capture")
        return runCapture(options);
    // symbols describes a symbol file: there is no source to open.
    if (options.command == "symbols") {
        Report report;
        try {
            report = runSymbols(options);
        } catch (const SourceRefused& e) {
            fmt::print(stderr, "poolscope-cli: {}\n", e.what());
            return kExitInput;
        }
        report.source = options.files.back();
        const std::string out = render(report, options.format);
        std::fwrite(out.data(), 1, out.size(), stdout);
        return kExitOk;
    }
    if (options.command == "report" && !reportAvailable()) {
        fmt::print(stderr, "poolscope-cli: report is not available in this build: it draws its charts with Qt, and "
                           "this program was built without it (-DPOOLSCOPE_GUI=OFF)\n");
        return kExitUsage;
    }

    // Several files (suspects) are one series, oldest first; diff keeps BEFORE aside.
    SourceOptions sourceOptions;
    sourceOptions.symbolDirs = options.symbolDirs;
    // poolfind and pool scan the pool for what they are asked; the census would read it twice.
    sourceOptions.scanPool = options.command != "poolfind" && options.command != "pool";
    const auto open = [&](const std::string& path) {
        // A dump takes seconds: show how far the walk is when a person is watching.
        const bool watched = stderrIsTerminal();
        ReadControl control(
            watched ? ReadControl::ProgressFn([](double f) { fmt::print(stderr, "\rreading... {:3.0f}%", f * 100); })
                    : ReadControl::ProgressFn(),
            nullptr);
        auto result = openSource(path, control, sourceOptions);
        if (watched)
            fmt::print(stderr, "\r              \r");
        return result;
    };
    auto opened = open(options.files.back());
    if (!opened) {
        fmt::print(stderr, "poolscope-cli: {}\n", opened.error().describe());
        return kExitInput;
    }
    std::vector<OpenedSource> others;
    for (std::size_t i = 0; i + 1 < options.files.size(); ++i) {
        auto other = open(options.files[i]);
        if (!other) {
            fmt::print(stderr, "poolscope-cli: {}\n", other.error().describe());
            return kExitInput;
        }
        if (other->series.empty()) {
            fmt::print(stderr, "poolscope-cli: {}: no snapshot could be read from this file\n", options.files[i]);
            return kExitInput;
        }
        others.push_back(std::move(other.value()));
    }
    if ((options.command == "suspects" || options.command == "explain" || options.command == "report") && !others.empty()) {
        SnapshotSeries combined;
        for (auto& other : others)
            for (auto& s : other.series.snapshots)
                combined.snapshots.push_back(std::move(s));
        for (auto& s : opened->series.snapshots)
            combined.snapshots.push_back(std::move(s));
        opened->series = std::move(combined);
        others.clear();
    }
    const SnapshotSeries& series = opened->series;
    if (series.empty()) {
        fmt::print(stderr, "poolscope-cli: {}: no snapshot could be read from this file\n", options.files.back());
        return kExitInput;
    }
    std::size_t screen = series.size() - 1;
    if (options.screen) {
        if (*options.screen > series.size()) {
            fmt::print(stderr, "poolscope-cli: --screen {}: {} has {} screen{}\n", *options.screen,
                       options.files.back(), series.size(), series.size() == 1 ? "" : "s");
            return kExitUsage;
        }
        screen = *options.screen - 1;
    }

    PoolTagDatabase descriptions = PoolTagDatabase::builtin();
    if (!options.pooltagFile.empty()) {
        auto loaded = PoolTagDatabase::load(options.pooltagFile);
        if (!loaded) {
            fmt::print(stderr, "poolscope-cli: {}\n", loaded.error().describe());
            return kExitInput;
        }
        descriptions.merge(loaded.value());
    } else {
        std::vector<std::string> tried;
        descriptions = PoolTagDatabase::loadDefault(tried);
    }

    const Snapshot& snapshot = series.snapshots[screen];
    const Context context{options, opened.value(), snapshot, screen, descriptions,
                          others.empty() ? nullptr : &others.front().series.snapshots.back()};
    Report report;
    if (options.command == "summary")
        report = runSummary(context);
    else if (options.command == "tags")
        report = runTags(context);
    else if (options.command == "ports")
        report = runPorts(context);
    else if (options.command == "irps")
        report = runIrps(context);
    else if (options.command == "walk")
        report = runWalk(context);
    else if (options.command == "handles")
        report = runHandles(context);
    else if (options.command == "series")
        report = runSeries(context);
    else if (options.command == "suspects")
        report = runSuspects(context);
    else if (options.command == "diff")
        report = runDiff(context);
    else if (options.command == "processes")
        report = runProcesses(context);
    else if (options.command == "explain")
        report = runExplain(context);
    else if (options.command == "poolfind" || options.command == "pool") {
        try {
            report = options.command == "poolfind" ? runPoolfind(context) : runPool(context);
        } catch (const SourceRefused& e) {
            fmt::print(stderr, "poolscope-cli: {}: {}\n", options.files.back(), e.what());
            return kExitInput;
        }
    }
    else if (options.command == "report") {
        try {
            report = runReport(context);
        } catch (const OutputError& e) {
            fmt::print(stderr, "poolscope-cli: {}\n", e.what());
            return kExitInput;
        }
    }
    report.source = options.files.back();
    collectWarnings(snapshot, options.verbose, report);

    const std::string out = render(report, options.format);
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (options.format == OutputFormat::Text && !report.warnings.empty()) {
        std::fflush(stdout);
        for (const auto& w : report.warnings)
            fmt::print(stderr, "{}{}\n", w.rfind("note: ", 0) == 0 ? "" : "warning: ", w);
    }
    return kExitOk;
}

} // namespace

int main(int argc, char** argv)
{
    prepareConsole();
    Utf8Arguments arguments(argc, argv);
    try {
        return run(arguments.argc(), arguments.argv());
    } catch (const std::bad_alloc&) {
        std::fputs("poolscope-cli: out of memory while reading the input\n", stderr);
        return kExitInput;
    }
}
