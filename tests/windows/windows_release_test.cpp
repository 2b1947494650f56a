// The Windows release: one poolscope-cli.exe that needs no DLL beside it, and the zip the
// build writes with it, its man page as text and the README's Windows section.
#include "tests/support/shared_data.h"
#include "tests/windows/wine_runs.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace poolscope;
using namespace poolscope::windows;

TEST(WindowsRelease, TheExeImportsOnlyWhatWindowsHas)
{
    const Outcome imports = runTool(POOLSCOPE_MINGW_OBJDUMP, {"-p", POOLSCOPE_CLI_EXE});
    ASSERT_EQ(imports.exitCode, 0) << imports.err;
    const std::set<std::string> system{"KERNEL32.dll", "msvcrt.dll", "SHELL32.dll", "ADVAPI32.dll", "USER32.dll",
                                       "ntdll.dll"};
    std::size_t dlls = 0;
    const std::regex name("DLL Name: (\\S+)");
    for (std::sregex_iterator it(imports.out.begin(), imports.out.end(), name), end; it != end; ++it, ++dlls)
        EXPECT_TRUE(system.contains((*it)[1].str())) << (*it)[1].str() << " would have to be shipped beside the exe";
    EXPECT_GT(dlls, 0u) << imports.out;
}

TEST(WindowsRelease, TheZipHoldsTheExeItsManualAndTheReadme)
{
    const fs::path zip = POOLSCOPE_WINDOWS_ZIP;
    ASSERT_TRUE(fs::exists(zip)) << zip;
    const fs::path out = inputs() / "unzipped";
    fs::remove_all(out);
    fs::create_directories(out);
    const Outcome unzip = runTool(POOLSCOPE_CMAKE, {"-E", "tar", "xf", zip.string()}, out);
    ASSERT_EQ(unzip.exitCode, 0) << unzip.err;
    const fs::path folder = out / zip.stem();
    for (const char* file : {"poolscope-cli.exe", "poolscope-cli.txt", "README.txt"})
        EXPECT_TRUE(fs::is_regular_file(folder / file)) << file;

    // The manual is the program's own help, laid out as man prints it, in Windows line ends.
    const std::string manual = testdata::fileText(folder / "poolscope-cli.txt");
    EXPECT_NE(manual.find("SYNOPSIS\r\n       poolscope-cli COMMAND FILE [options]\r\n"), std::string::npos) << manual;
    const std::string help = runLinux({"--help"}).out;
    std::istringstream lines(help);
    for (std::string line; std::getline(lines, line);)
        // Headings ("commands:") and the usage line are the page's section titles and synopsis.
        if (!line.empty() && line.back() != ':' && line.rfind("usage: ", 0) != 0) {
            EXPECT_NE(manual.find(line + "\r\n"), std::string::npos) << line;
        }
    EXPECT_EQ(manual.find("\n"), manual.find("\r\n") + 1);

    const std::string readme = testdata::fileText(folder / "README.txt");
    EXPECT_NE(readme.find("poolscope-cli.exe"), std::string::npos);
    EXPECT_NE(readme.find("capture"), std::string::npos);
    EXPECT_EQ(readme.find("<!--"), std::string::npos);

    // The exe in the zip is the one built, stripped: it runs and says the same.
    EXPECT_LT(fs::file_size(folder / "poolscope-cli.exe"), fs::file_size(POOLSCOPE_CLI_EXE));
    const Outcome packed = runUnderWine((folder / "poolscope-cli.exe").string(), {"--version"});
    EXPECT_EQ(packed.exitCode, 0) << packed.err;
    EXPECT_EQ(packed.out, runWindows({"--version"}).out);
}
