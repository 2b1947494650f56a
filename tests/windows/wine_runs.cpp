#include "wine_runs.h"

#include <fmt/format.h>

#include <cstdio>
#include <unistd.h>

namespace poolscope::windows {

namespace {

using testdata::shellQuote;

// Through the shell: `cd`, the environment, stderr into a file of its own (tests run in
// parallel), and a timeout so that a hung program fails its test instead of the whole run.
Outcome run(const std::vector<std::string>& command, const std::filesystem::path& cwd, const Environment& environment,
        const std::string& timeout = "300")
{
    char errName[] = "/tmp/poolscope-windows-err-XXXXXX";
    const int errFile = ::mkstemp(errName);
    if (errFile < 0)
        return {};
    ::close(errFile);
    std::string line = "cd " + shellQuote(cwd.string()) + " && env -u POOLSCOPE_SYMBOLS -u _NT_SYMBOL_PATH -u DISPLAY "
                       "-u WAYLAND_DISPLAY -u POOLSCOPE_POOLTAG";
    for (const auto& [name, value] : environment)
        line += " " + shellQuote(name + "=" + value);
    line += " timeout " + timeout;
    for (const auto& part : command)
        line += " " + shellQuote(part);
    Outcome ran = testdata::runShellLine(line, errName);
    std::remove(errName);
    return ran;
}

} // namespace

std::filesystem::path inputs()
{
    return POOLSCOPE_WINDOWS_INPUTS;
}

std::filesystem::path winePrefix()
{
    return POOLSCOPE_WINE_PREFIX;
}

Outcome runLinux(const std::vector<std::string>& args, const std::filesystem::path& cwd, const Environment& environment)
{
    std::vector<std::string> command{POOLSCOPE_CLI};
    command.insert(command.end(), args.begin(), args.end());
    return run(command, cwd, environment);
}

namespace {

Outcome windowsRun(const std::string& exe, const std::vector<std::string>& args, const std::filesystem::path& cwd,
               const Environment& environment, const std::string& timeout)
{
    // No Mono or Gecko installer when the prefix is made, no window, no wine chatter.
    Environment wine{{"WINEPREFIX", winePrefix().string()}, {"WINEDEBUG", "-all"}, {"WINEDLLOVERRIDES", "mscoree,mshtml="}};
    wine.insert(wine.end(), environment.begin(), environment.end());
    std::vector<std::string> command{POOLSCOPE_WINE, exe};
    command.insert(command.end(), args.begin(), args.end());
    return run(command, cwd, wine, timeout);
}

} // namespace

// Wine now and then ends a run before the program starts, with an exit code and nothing
// printed (under parallel tests: three different commands in earlier CI runs, `--help`
// among them, none of them again in hundreds of runs alone). The program itself never ends
// that way here: a crash prints Wine's "Unhandled page fault" and a backtrace, an abort the
// C runtime's message. Such a run is made again, at most twice, and said on stderr.
Outcome windowsRunAgainIfSilent(const std::string& exe, const std::vector<std::string>& args,
                                const std::filesystem::path& cwd, const Environment& environment)
{
    Outcome ran = windowsRun(exe, args, cwd, environment, "300");
    for (int again = 1; again <= 2 && ran.exitCode != 0 && ran.out.empty() && ran.err.empty(); ++again) {
        std::fprintf(stderr, "wine ended %s with exit code %d and nothing printed; run again (%d of 2)\n", exe.c_str(),
                     ran.exitCode, again);
        ran = windowsRun(exe, args, cwd, environment, "300");
    }
    return ran;
}

Outcome runWindows(const std::vector<std::string>& args, const std::filesystem::path& cwd, const Environment& environment)
{
    return windowsRunAgainIfSilent(POOLSCOPE_CLI_EXE, args, cwd, environment);
}

Outcome runUnderWine(const std::string& exe, const std::vector<std::string>& args)
{
    return windowsRunAgainIfSilent(exe, args, inputs(), {});
}

Outcome runWindowsUntilCtrlC(const std::vector<std::string>& args, const std::filesystem::path& cwd, int seconds)
{
    // SIGINT, which wine hands to the console's Ctrl+C handlers; the program's own exit code.
    return windowsRun(POOLSCOPE_CLI_EXE, args, cwd, {}, "--preserve-status -s INT " + std::to_string(seconds));
}

Outcome runTool(const std::string& program, const std::vector<std::string>& args, const std::filesystem::path& cwd)
{
    std::vector<std::string> command{program};
    command.insert(command.end(), args.begin(), args.end());
    return run(command, cwd, {});
}

std::string windowsPath(const std::filesystem::path& path)
{
    std::string out = "Z:" + std::filesystem::absolute(path).lexically_normal().string();
    for (char& c : out)
        if (c == '/')
            c = '\\';
    return out;
}

std::string firstDifference(const std::string& onLinux, const std::string& onWindows)
{
    if (onLinux == onWindows)
        return {};
    std::istringstream a(onLinux), b(onWindows);
    std::string la, lb;
    for (int line = 1;; ++line) {
        const bool moreA = static_cast<bool>(std::getline(a, la));
        const bool moreB = static_cast<bool>(std::getline(b, lb));
        if (!moreA && !moreB)
            return "the same lines, different line ends or a missing last line break";
        if (!moreA || !moreB || la != lb)
            return fmt::format("line {}:\n  Linux:   {}\n  Windows: {}", line, moreA ? la : "(ended)",
                               moreB ? lb : "(ended)");
    }
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    if (from.empty())
        return text;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

} // namespace poolscope::windows
