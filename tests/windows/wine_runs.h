#pragma once
#include "tests/support/program_run.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

// Runs this build's poolscope-cli and poolscope-cli.exe under wine the way a script runs
// them (in a folder, with an environment), and compares what they print.
namespace poolscope::windows {

// Exit code, stdout and stderr, as the other CLI tests get them.
using Outcome = testdata::ProgramRun;

using Environment = std::vector<std::pair<std::string, std::string>>;

// The folder the setup test fills with inputs, and the wine prefix every run uses.
std::filesystem::path inputs();
std::filesystem::path winePrefix();

Outcome runLinux(const std::vector<std::string>& args, const std::filesystem::path& cwd = inputs(),
             const Environment& environment = {});
Outcome runWindows(const std::vector<std::string>& args, const std::filesystem::path& cwd = inputs(),
               const Environment& environment = {});
// Another Windows program (the exe in the zip), in inputs().
Outcome runUnderWine(const std::string& exe, const std::vector<std::string>& args);
// Runs it for `seconds`, then sends it Ctrl+C as a console would.
Outcome runWindowsUntilCtrlC(const std::vector<std::string>& args, const std::filesystem::path& cwd, int seconds);
// Any program, for the setup (generators) and checks (objdump).
Outcome runTool(const std::string& program, const std::vector<std::string>& args,
            const std::filesystem::path& cwd = inputs());

// How a Windows program names a file of this machine under wine: Z:\work\...\file.log.
std::string windowsPath(const std::filesystem::path& path);

// Empty when equal; else the first line that differs, both ways, for the failure message.
std::string firstDifference(const std::string& onLinux, const std::string& onWindows);

// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to);

} // namespace poolscope::windows
