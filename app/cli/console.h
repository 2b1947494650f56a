#pragma once
#include <string>
#include <vector>

namespace poolscope::cli {

// The program's arguments in UTF-8, the engine's encoding for file names. On Windows they
// are taken from the wide command line: argv there is in the local code page, which cannot
// name a file called "пул-日本.log".
class Utf8Arguments {
public:
    Utf8Arguments(int argc, char** argv);
    int argc() const { return static_cast<int>(m_args.size()); }
    char** argv() { return m_pointers.data(); }

private:
    std::vector<std::string> m_args;
    std::vector<char*> m_pointers;
};

// Output as on Linux: UTF-8 with "\n" line ends, the same bytes whichever system a script
// compares them on. On Windows stdout and stderr are switched to binary (no "\r\n") and the
// console's output code page to UTF-8 for as long as the program runs.
void prepareConsole();

// True when a person is watching stderr (progress is shown then).
bool stderrIsTerminal();

} // namespace poolscope::cli
