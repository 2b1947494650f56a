// What differs on Windows and must still work there: drive letters and backslashes, the
// extended-length \\?\ form, folders given to _NT_SYMBOL_PATH and POOLSCOPE_SYMBOLS as
// C:\symbols, a dump of 8 GB mapped whole, and the symbol files this build cannot read
// (.json.xz: no liblzma for mingw) named as such.
#include "tests/windows/wine_runs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace poolscope::windows;

namespace {

// The same command with the file named the Linux way and the Windows way; the Windows
// output with its spelling turned back must be the Linux output.
void expectSameWithPath(const std::vector<std::string>& args, const fs::path& file, const std::string& spelled)
{
    std::vector<std::string> onLinux = args, onWindows = args;
    onLinux.push_back(file.string());
    onWindows.push_back(spelled);
    const Outcome l = runLinux(onLinux);
    const Outcome w = runWindows(onWindows);
    ASSERT_EQ(w.exitCode, 0) << spelled << ": " << w.err;
    EXPECT_EQ(l.exitCode, 0) << l.err;
    EXPECT_EQ(firstDifference(l.out, replaced(w.out, spelled, file.string())), "") << spelled;
    EXPECT_EQ(firstDifference(l.err, replaced(w.err, spelled, file.string())), "") << spelled;
}

// A line of stderr that names each of `words`.
bool saysAll(const std::string& text, const std::vector<std::string>& words)
{
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return text.find(w) != std::string::npos; });
}

} // namespace

TEST(WindowsPaths, DriveLettersBackslashesAndTheExtendedForm)
{
    const fs::path log = inputs() / "iocp.log";
    const fs::path dump = inputs() / "both.dmp";
    for (const fs::path& file : {log, dump}) {
        const std::string drive = windowsPath(file);
        expectSameWithPath({"summary"}, file, drive);
        expectSameWithPath({"summary"}, file, "\\\\?\\" + drive);
        std::string forward = drive;
        std::replace(forward.begin(), forward.end(), '\\', '/');
        expectSameWithPath({"summary"}, file, forward);
    }
    // Relative, through a folder with a blank, with a backslash.
    const Outcome l = runLinux({"ports", "sub dir/iocp.log"});
    const Outcome w = runWindows({"ports", "sub dir\\iocp.log"});
    ASSERT_EQ(w.exitCode, 0) << w.err;
    EXPECT_EQ(firstDifference(l.out, replaced(w.out, "sub dir\\iocp.log", "sub dir/iocp.log")), "");
}

TEST(WindowsPaths, SymbolFoldersOnDriveC)
{
    // What Linux reads with --symbols, Windows finds through the symbol path WinDbg uses.
    const Outcome l = runLinux({"ports", "misfit.dmp", "--symbols", "sym"});
    ASSERT_EQ(l.exitCode, 0) << l.err;
    for (const Environment& environment :
         {Environment{{"_NT_SYMBOL_PATH", "srv*C:\\symbols*https://msdl.microsoft.com/download/symbols"}},
          Environment{{"_NT_SYMBOL_PATH", "cache*c:\\Symbols;SRV*https://msdl.microsoft.com/download/symbols"}},
          Environment{{"POOLSCOPE_SYMBOLS", "C:\\nowhere;C:\\symbols"}}}) {
        const Outcome w = runWindows({"ports", "misfit.dmp"}, inputs(), environment);
        EXPECT_EQ(w.exitCode, 0) << environment.front().second << ": " << w.err;
        EXPECT_EQ(firstDifference(l.out, w.out), "") << environment.front().second;
    }
    // Without it, the refusal names the PDB to fetch, as on Linux.
    const Outcome refused = runWindows({"ports", "misfit.dmp"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(saysAll(refused.err, {"does not fit this dump", "ntkrnlmp.pdb", "_NT_SYMBOL_PATH"})) << refused.err;
}

TEST(WindowsPaths, CompressedSymbolFilesAreNamedNotRead)
{
    if (!fs::exists(inputs() / "isf.dmp"))
        GTEST_SKIP() << "../shared/reference/isf is not there";
    // Linux reads the .json.xz; the Windows build says why it cannot and what to give instead.
    const Outcome l = runLinux({"summary", "isf.dmp", "--symbols", "isf-xz", "--verbose"});
    ASSERT_EQ(l.exitCode, 0) << l.err;
    EXPECT_NE(l.out.find("json.xz"), std::string::npos) << l.out;
    const Outcome w = runWindows({"summary", "isf.dmp", "--symbols", "isf-xz", "--verbose"});
    EXPECT_TRUE(saysAll(w.out + w.err, {"xz-compressed", "expand it", ".json", "PDB"})) << w.out << w.err;
    // The expanded file gives the Linux answer (SymbolFiles compares it whole).
    const Outcome expanded = runWindows({"ports", "isf.dmp", "--symbols", "isf-json"});
    EXPECT_EQ(expanded.exitCode, 0) << expanded.err;
    EXPECT_EQ(firstDifference(runLinux({"ports", "isf.dmp", "--symbols", "isf-xz"}).out, expanded.out), "");
}

TEST(WindowsPaths, ADumpOfEightGigabytesIsReadPastItsFirstFour)
{
    const fs::path dump = inputs() / "high.dmp";
    ASSERT_GT(fs::file_size(dump), 4ull << 30);
    // The structures lie past 4 GB in the file (its first data after the header and bitmap
    // of page tables is there): a 32-bit size or offset would not reach them.
    const int fd = ::open(dump.c_str(), O_RDONLY);
    ASSERT_GE(fd, 0);
    const off_t data = ::lseek(fd, off_t{4} << 30, SEEK_DATA);
    ::close(fd);
    ASSERT_GE(data, off_t{4} << 30);
    ASSERT_LT(static_cast<std::uint64_t>(data), fs::file_size(dump) - 4096);
    const Outcome w = runWindows({"processes", "high.dmp"});
    ASSERT_EQ(w.exitCode, 0) << w.err;
    EXPECT_NE(w.out.find("xxxxxx.EXE"), std::string::npos) << w.out;
    EXPECT_NE(w.out.find("IOCPLeak.exe"), std::string::npos) << w.out;
    expectSameWithPath({"handles", "--by-type"}, dump, windowsPath(dump));
}

TEST(WindowsPaths, ReportNeedsQtAndSaysSo)
{
    const Outcome w = runWindows({"report", "iocp.log", "-o", "report.html"});
    EXPECT_EQ(w.exitCode, 2);
    EXPECT_NE(w.err.find("report is not available in this build"), std::string::npos) << w.err;
    EXPECT_FALSE(fs::exists(inputs() / "report.html"));
}
