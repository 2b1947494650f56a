#include "program_run.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace poolscope::testdata {

std::string shellQuote(const std::string& arg)
{
    std::string q = "'";
    for (char c : arg)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

ProgramRun runShellLine(const std::string& line, const std::filesystem::path& errFile)
{
    ProgramRun result;
    FILE* pipe = ::popen((line + " 2>" + shellQuote(errFile.string())).c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 65536> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errFile, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    result.err = s.str();
    return result;
}

ProgramRun runProgram(const std::string& program, const std::vector<std::string>& args,
                      const std::filesystem::path& scratch)
{
    std::string command = shellQuote(program);
    for (const auto& a : args)
        command += " " + shellQuote(a);
    return runShellLine(command, scratch / "stderr.txt");
}

} // namespace poolscope::testdata
