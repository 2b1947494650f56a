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

} // namespace poolscope::testdata
