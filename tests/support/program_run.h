#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace poolscope::testdata {

// A program run the way a script runs it: its exit code, stdout and stderr.
struct ProgramRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs `program args...` through the shell (arguments quoted), stderr captured in a file
// of `scratch`.
ProgramRun runProgram(const std::string& program, const std::vector<std::string>& args,
                      const std::filesystem::path& scratch);

// One argument for the shell, in single quotes.
std::string shellQuote(const std::string& arg);
// Runs a whole shell command line with its stderr sent to `errFile`: stdout, the exit code
// and that file's bytes. What runProgram and the wine tests (which add cd, env and
// timeout) share.
ProgramRun runShellLine(const std::string& line, const std::filesystem::path& errFile);

} // namespace poolscope::testdata
