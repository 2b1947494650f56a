#include "options.h"

#include "analysis/dump/kernel_layout.h"
#include "analysis/parse_util.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace poolscope::cli {

namespace {

struct CommandInfo {
    const char* name;
    const char* synopsis;
    const char* help;
};

constexpr std::array kCommands{
    CommandInfo{"summary", "summary FILE",
                "Pool usage against its maximum (the !vm figures), what the source holds, and the top suspect of "
                "each kind."},
    CommandInfo{"tags", "tags FILE [--sort bytes|outstanding|allocs] [--type paged|nonpaged] [--top N]",
                "Pool tags, largest first, with the driver and description from pooltag.txt."},
    CommandInfo{"ports", "ports FILE [--owners]",
                "I/O completion ports ranked by queued entries (the !icpleak answer); --owners adds the "
                "processes holding a handle to each port."},
    CommandInfo{"irps", "irps FILE [--port ADDR] [--group-by KEY,...]",
                "IRPs with their thread, process, file and completion port; --port keeps those queued on one "
                "port; --group-by counts them per process, thread, file, driver, status, completed or port "
                "(any of them, comma-separated)."},
    CommandInfo{"walk", "walk FILE [--port ADDR | --thread ADDR | --process-list]",
                "The !list walk of a port's queue (EntryListHead), step by step: each entry, the record "
                "CONTAINING_RECORD gives with the field offset of the layout in use (IRP or completion packet), "
                "its thread, process, file and status, its Flink; where the walk ends (back at the head, a "
                "broken link, a cycle, or where a log stops showing it) and the WinDbg command that repeats "
                "it. Without --port, the deepest port. --thread walks a thread's IrpList, --process-list "
                "PsActiveProcessHead. --csv prints the steps alone."},
    CommandInfo{"handles", "handles FILE [--by-type [--top N]] [--owners ADDR]",
                "Handles by process; --by-type counts them per object type (the thread-handle leak shows "
                "here); --owners lists the processes holding a handle to the object at ADDR."},
    CommandInfo{"processes", "processes FILE [--top N]",
                "Processes ranked by handle count, from whatever the source holds (!process 0 0, !handle, a "
                "dump's handle tables): pid, parent, image, session, handles, threads, exited; from a dump also "
                "the nonpaged and paged pool quota each is charged and its peak (Task Manager's NP Pool and Paged "
                "Pool)."},
    CommandInfo{"series", "series FILE [--tag TAG | --correlate TAG] [--type paged|nonpaged]",
                "How each tag grows over the screens of a poolmon log (rate, steadiness, time until the pool is "
                "full), leaking tags first; with --tag, that tag's figures on every screen; with --correlate, the "
                "other tags ranked by how closely their step-to-step changes follow TAG's (partners first)."},
    CommandInfo{"suspects", "suspects FILE... [--top N]",
                "What looks like a leak, each with a plain-words reason: tags that keep growing (several "
                "screens or files, oldest first), a port with entries queued and no thread waiting, a process "
                "holding far more handles of one type than any other, a tag taking most of its pool."},
    CommandInfo{"explain", "explain FILE...",
                "For each large or growing tag, and each tag a leak's signature points at, the chain from the tag "
                "to what holds it: every link with its figures, how much of the tag it accounts for and the WinDbg "
                "command that confirms it; exited threads and processes kept alive by handles, per holder; what "
                "the source cannot link is said. Several FILEs, oldest first, make one series."},
    CommandInfo{"report", "report FILE... -o REPORT.html [--top N] [--screen N]",
                "One self-contained HTML file for a colleague: what was opened and its type information, the "
                "findings (each chain from the tag to its holder with figures, coverage and the WinDbg command that "
                "confirms each step), the suspects, growth over a series, the largest tags, the ports, handle counts "
                "by type and the processes (the first --top rows of each, 25 by default, and how many were left out), "
                "the charts as embedded PNG, and what the readers skipped. It links to nothing outside and opens "
                "offline in any browser. Several FILEs, oldest first, make one series. Needs a build with Qt (the "
                "charts are drawn with it)."},
    CommandInfo{"poolfind", "poolfind DUMP TAG [--group-by size,type,state,owner,pointer] [--type paged|nonpaged] [--free]",
                "Every block of the pool that carries TAG, read from the dump's pool pages as the kernel lays them out "
                "(the segment heap's LFH and VS subsegments on Windows 10 1903 and later, the pool pages of 1607 and "
                "1809, the big page table), allocated told apart from free as the heap tells them; one line per "
                "block, as !poolfind prints it, then the count held against the tracker table and what the blocks "
                "hold (the object in each: its type, state and owner, the offset from block to body). --group-by "
                "prints the blocks grouped instead (size, type, state, owner: a thread's or process's process, a "
                "file's folder; pointer: what a driver block's first pointer points at); --free also lists the free "
                "blocks that still carry the tag (a scan by tag alone would count them)."},
    CommandInfo{"pool", "pool DUMP ADDR",
                "The pool block holding ADDR and the blocks around it in its page, as !pool ADDR prints them, and the "
                "block itself: its POOL_HEADER, the object inside with the arithmetic from block to body, its type, "
                "counts, state and owner, and the WinDbg commands that confirm it."},
    CommandInfo{"symbols", "symbols FILE.pdb|FILE.json.xz [--dump DUMP]",
                "What a symbol file is before a dump is read with it: a PDB or a volatility3 ISF file, its PDB GUID "
                "and age, its processor, whether it is a Windows kernel's (and of which kind: x64 from Windows 10 on, "
                "older, 32-bit), every structure offset, size and global the walks would take from it with its value, "
                "what it lacks (needed, optional with a built-in value standing in, the pool's segment heap taken "
                "whole), and whether a dump can be read with it, or why not. --dump DUMP says whether the dump's "
                "kernel was built with this PDB (its CodeView GUID and age), as WinDbg matches them."},
    CommandInfo{"capture", "capture -o CAPTURE.log [--interval SECONDS] [--count N] [--top N]",
                "Windows build (poolscope-cli.exe) only: every SECONDS (default 5) the kernel's pool tag table and each "
                "process's handles by object type, written as poolmon screens with the handle counts and the time "
                "added (a poolmon capture PoolScope opens, growth chart and handles included), flushed after each "
                "screen; after each one, the --top tags (default 5) growing fastest. Ctrl+C ends it, every screen "
                "written whole; --count N ends it after N screens. CAPTURE.log must not exist yet."},
    CommandInfo{"diff", "diff BEFORE AFTER [--top N]",
                "Two snapshots side by side: tags, ports and handles by type with before, after and the "
                "change, largest growth first; rows on one side only are marked."},
};

const CommandInfo* findCommand(const std::string& name)
{
    for (const auto& c : kCommands)
        if (name == c.name)
            return &c;
    return nullptr;
}

// A tenth of a second reads the tables often enough; a day is a typing mistake.
constexpr double kShortestInterval = 0.1;
constexpr double kLongestInterval = 86400;

std::optional<double> parseSeconds(const std::string& text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Address parseAddressArgument(const std::string& option, const std::string& value)
{
    const auto address = text::parseHex(value);
    if (!address)
        throw UsageError(fmt::format("{} expects an address like ffffe000`05248840, got '{}'", option, value));
    return *address;
}

} // namespace

std::string usageText()
{
    std::string out = "usage: poolscope-cli COMMAND FILE [options]\n\n"
                      "Finds what leaks Windows kernel pool in poolmon captures, WinDbg/KD logs and x64\n"
                      "kernel memory dumps (complete, kernel and bitmap .dmp files).\n\n"
                      "commands:\n";
    for (const auto& c : kCommands)
        out += fmt::format("  {}\n      {}\n", c.synopsis, c.help);
    out += "\noptions for every command:\n"
           "  --csv              comma-separated values (RFC 4180), raw numbers\n"
           "  --json             JSON, raw numbers, absent figures as null\n"
           "  --screen N         which screen of a poolmon log (1 = first; default: the last)\n"
           "  --pooltag FILE     a pooltag.txt for tag descriptions (default: the built-in table\n"
           "                     and the usual Debugging Tools locations)\n"
           "  --symbols DIR      a folder with a dump kernel's PDB (a WinDbg/symchk symbol cache, or\n"
           "                     ntkrnlmp.pdb in it) or volatility3 symbol file (GUID-AGE.json.xz);\n"
           "                     repeatable, also read from POOLSCOPE_SYMBOLS and the local folders of\n"
           "                     _NT_SYMBOL_PATH. Without one, the built-in layout of the dump's build\n"
           "                     is used; built-in builds:\n";
    for (const BuiltinBuilds& row : builtinLayoutBuilds())
        out += fmt::format("                       {} ({})\n",
                           row.first == row.last ? fmt::format("{}", row.first)
                                                 : fmt::format("{}-{}", row.first, row.last),
                           row.release);
    out += "                     A newer build is read with the nearest older one's layout once it\n"
           "                     has been checked on the dump\n"
           "  --verbose          list every line the reader skipped (and, for a dump, how the\n"
           "                     kernel's type information and globals were found)\n"
           "  --help, --version\n"
           "\nexit codes: 0 ok, 1 input error (the message names the file and line), 2 usage error\n";
    return out;
}

std::string commandHelp(const std::string& command)
{
    const CommandInfo* info = findCommand(command);
    if (!info)
        return usageText();
    return fmt::format("usage: poolscope-cli {}\n\n{}\n", info->synopsis, info->help);
}

Options parseOptions(int argc, char** argv)
{
    Options options;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        throw UsageError("no command given");
    std::size_t i = 0;
    const auto value = [&](const std::string& option) -> std::string {
        if (i + 1 >= args.size())
            throw UsageError(fmt::format("{} needs a value", option));
        return args[++i];
    };
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--csv") {
            options.format = OutputFormat::Csv;
        } else if (a == "--json") {
            options.format = OutputFormat::Json;
        } else if (a == "--verbose" || a == "-v") {
            options.verbose = true;
        } else if (a == "--owners") {
            // "handles --owners ADDR" takes an address; "ports --owners" does not.
            if (options.command == "handles")
                options.ownersOf = parseAddressArgument(a, value(a));
            else
                options.owners = true;
        } else if (a == "--by-type") {
            options.byType = true;
        } else if (a == "--port") {
            options.port = parseAddressArgument(a, value(a));
        } else if (a == "--thread") {
            options.thread = parseAddressArgument(a, value(a));
        } else if (a == "--process-list") {
            options.processList = true;
        } else if (a == "--group-by" && options.command != "poolfind") {
            const std::string v = value(a);
            std::size_t from = 0;
            while (from <= v.size()) {
                const std::size_t comma = std::min(v.find(',', from), v.size());
                const std::string name = v.substr(from, comma - from);
                const auto key = irpKeyNamed(name);
                if (!key)
                    throw UsageError(fmt::format("--group-by expects process, thread, file, driver, status, completed "
                                                 "or port (comma-separated), got '{}'",
                                                 name));
                options.groupBy.push_back(*key);
                from = comma + 1;
            }
        } else if (a == "--free") {
            options.listFree = true;
        } else if (a == "--group-by" && options.command == "poolfind") {
            const std::string v = value(a);
            std::size_t from = 0;
            while (from <= v.size()) {
                const std::size_t comma = std::min(v.find(',', from), v.size());
                const std::string name = v.substr(from, comma - from);
                const auto key = blockKeyNamed(name);
                if (!key)
                    throw UsageError(fmt::format("--group-by expects size, type, state, owner or pointer "
                                                 "(comma-separated), got '{}'",
                                                 name));
                options.blockGroups.push_back(*key);
                from = comma + 1;
            }
        } else if (a == "--correlate") {
            options.correlate = value(a);
            if (options.correlate.empty() || options.correlate.size() > 4)
                throw UsageError(fmt::format("--correlate expects a pool tag of 1 to 4 characters, got '{}'",
                                             options.correlate));
        } else if (a == "--tag") {
            options.tag = value(a);
            if (options.tag.empty() || options.tag.size() > 4)
                throw UsageError(fmt::format("--tag expects a pool tag of 1 to 4 characters, got '{}'", options.tag));
        } else if (a == "--sort") {
            const std::string v = value(a);
            if (v == "bytes")
                options.tagQuery.sort = TagSort::Bytes;
            else if (v == "outstanding" || v == "diff")
                options.tagQuery.sort = TagSort::Outstanding;
            else if (v == "allocs")
                options.tagQuery.sort = TagSort::Allocs;
            else
                throw UsageError(fmt::format("--sort expects bytes, outstanding or allocs, got '{}'", v));
        } else if (a == "--type") {
            const std::string v = value(a);
            if (v == "paged") {
                options.tagQuery.pool = PoolFilter::Paged;
                options.poolType = PoolType::Paged;
            } else if (v == "nonpaged") {
                options.tagQuery.pool = PoolFilter::NonPaged;
                options.poolType = PoolType::NonPaged;
            } else {
                throw UsageError(fmt::format("--type expects paged or nonpaged, got '{}'", v));
            }
        } else if (a == "--top") {
            const std::string v = value(a);
            const auto n = text::parseDecimal(v);
            if (!n || *n == 0)
                throw UsageError(fmt::format("--top expects a positive number, got '{}'", v));
            options.tagQuery.top = static_cast<std::size_t>(*n);
        } else if (a == "--screen") {
            const std::string v = value(a);
            const auto n = text::parseDecimal(v);
            if (!n || *n == 0)
                throw UsageError(fmt::format("--screen expects a screen number from 1, got '{}'", v));
            options.screen = static_cast<std::size_t>(*n);
        } else if (a == "-o" || a == "--output") {
            options.output = value(a);
            if (options.output.empty())
                throw UsageError(fmt::format("{} needs a file name", a));
        } else if (a == "--pooltag") {
            options.pooltagFile = value(a);
        } else if (a == "--symbols") {
            options.symbolDirs.push_back(value(a));
        } else if (a == "--interval") {
            const std::string v = value(a);
            const auto seconds = parseSeconds(v);
            if (!seconds || *seconds < kShortestInterval || *seconds > kLongestInterval)
                throw UsageError(fmt::format("--interval expects seconds from {} to {} (0.5, 5, 60), got '{}'",
                                             kShortestInterval, kLongestInterval, v));
            options.intervalSeconds = *seconds;
        } else if (a == "--count") {
            const std::string v = value(a);
            const auto n = text::parseDecimal(v);
            if (!n || *n == 0)
                throw UsageError(fmt::format("--count expects a positive number of screens, got '{}'", v));
            options.count = static_cast<std::size_t>(*n);
        } else if (a == "--dump") {
            options.dumpFile = value(a);
            if (options.dumpFile.empty())
                throw UsageError("--dump needs a dump file");
        } else if (a.size() > 1 && a[0] == '-') {
            throw UsageError(fmt::format("unknown option '{}'", a));
        } else if (options.command.empty()) {
            if (!findCommand(a))
                throw UsageError(fmt::format("unknown command '{}'", a));
            options.command = a;
        } else {
            options.files.push_back(a);
        }
    }
    if (options.command.empty())
        throw UsageError("no command given");
    // poolfind DUMP TAG, pool DUMP ADDR: the last word is not a file.
    if (options.command == "poolfind" || options.command == "pool") {
        const char* what = options.command == "poolfind" ? "a TAG" : "an ADDR";
        if (options.files.size() != 2)
            throw UsageError(fmt::format("{} reads one DUMP and {}: {} DUMP {}", options.command, what,
                                         options.command, options.command == "poolfind" ? "TAG" : "ADDR"));
        const std::string word = options.files.back();
        options.files.pop_back();
        if (options.command == "poolfind") {
            if (word.empty() || word.size() > 4)
                throw UsageError(fmt::format("poolfind expects a pool tag of 1 to 4 characters, got '{}'", word));
            options.poolTag = word;
        } else {
            options.poolAddress = parseAddressArgument("pool", word);
        }
    }
    if (options.command == "capture") {
        if (options.output.empty())
            throw UsageError("capture writes a file: give it with -o CAPTURE.log");
        if (!options.files.empty())
            throw UsageError(fmt::format("capture reads the running system, not a file ('{}')", options.files.front()));
        if (options.format != OutputFormat::Text)
            throw UsageError("capture writes poolmon screens: --csv and --json do not apply to it");
        return options;
    }
    if (options.files.empty())
        throw UsageError(fmt::format("{} needs a FILE", options.command));
    if (options.command == "diff" && options.files.size() != 2)
        throw UsageError(fmt::format("diff compares two files, BEFORE and AFTER; got {}", options.files.size()));
    if (options.command == "walk" && (options.port.has_value() + options.thread.has_value() + options.processList) > 1)
        throw UsageError("walk follows one list: give --port, --thread or --process-list, not several");
    if (options.command == "report" && options.output.empty())
        throw UsageError("report writes a file: give it with -o REPORT.html");
    if (options.command == "report" && options.format != OutputFormat::Text)
        throw UsageError("report writes HTML: --csv and --json do not apply to it");
    if (options.command != "report" && !options.output.empty())
        throw UsageError(fmt::format("-o is for report; {} prints to the standard output", options.command));
    if (options.files.size() > 1 && options.command != "suspects" && options.command != "diff"
        && options.command != "explain" && options.command != "report")
        throw UsageError(fmt::format("{} reads one FILE, got {}", options.command, options.files.size()));
    if (options.command != "symbols" && !options.dumpFile.empty())
        throw UsageError(fmt::format("--dump is for symbols; {} reads its dump as its FILE", options.command));
    if (!options.tag.empty() && !options.correlate.empty())
        throw UsageError("series takes --tag or --correlate, not both");
    return options;
}

} // namespace poolscope::cli
