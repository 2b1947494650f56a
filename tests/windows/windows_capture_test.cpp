// poolscope-cli.exe capture under wine: whatever wine answers is read without a crash, what
// it does not implement is said (it answers the pool tag table with STATUS_INVALID_INFO_CLASS
// and gives the handle table), and the file written opens on Linux. Ctrl+C (wine turns
// SIGINT into the console's CTRL_C_EVENT) ends it with every screen whole.
#include "tests/support/shared_data.h"
#include "tests/windows/wine_runs.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace poolscope;
using namespace poolscope::windows;

namespace {

// Captures are written in a folder of their own: the comparisons read the inputs meanwhile.
fs::path captures()
{
    const fs::path dir = inputs() / "captures";
    fs::create_directories(dir);
    return dir;
}

std::size_t count(const std::string& text, const std::string& word)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
        ++n;
    return n;
}

} // namespace

TEST(WindowsCapture, WhatWineGivesIsWrittenAndWhatItLacksIsSaid)
{
    const fs::path file = captures() / "wine-capture.log";
    fs::remove(file);
    const Outcome w = runWindows({"capture", "-o", "wine-capture.log", "--interval", "0.2", "--count", "3"}, captures());
    ASSERT_EQ(w.exitCode, 0) << w.out << w.err;
    EXPECT_NE(w.out.find("3 screens in wine-capture.log"), std::string::npos) << w.out;
    const std::string text = testdata::fileText(file);
    EXPECT_EQ(count(text, " Captured: "), 3u) << text;
    // Each table wine refuses is said once, by its name and status.
    for (const char* table : {"SystemPoolTagInformation", "SystemExtendedHandleInformation"}) {
        EXPECT_LE(count(w.err, table), 1u) << w.err;
        if (count(w.err, table) == 1) {
            EXPECT_NE(w.err.find("returned STATUS_"), std::string::npos) << w.err;
        }
    }
    // Wine 8 gives the handle table: the capture's own process is in it.
    if (w.err.find("SystemExtendedHandleInformation") == std::string::npos) {
        EXPECT_NE(text.find(" Handles: "), std::string::npos) << text;
        EXPECT_NE(text.find("poolscope-cli.exe: "), std::string::npos) << text;
    }

    // The Linux build opens it as a poolmon capture of three screens.
    const Outcome summary = runLinux({"summary", "wine-capture.log"}, captures());
    ASSERT_EQ(summary.exitCode, 0) << summary.err;
    EXPECT_NE(summary.out.find("(poolmon capture)"), std::string::npos) << summary.out;
    const Outcome series = runLinux({"series", "wine-capture.log", "--json"}, captures());
    EXPECT_EQ(series.exitCode, 0) << series.err;
    // And the Windows build reads it the same way.
    const Outcome again = runWindows({"handles", "wine-capture.log", "--by-type"}, captures());
    EXPECT_EQ(firstDifference(runLinux({"handles", "wine-capture.log", "--by-type"}, captures()).out, again.out), "");
}

TEST(WindowsCapture, AnExistingFileIsNotOverwritten)
{
    const fs::path file = captures() / "kept-capture.log";
    std::ofstream(file) << "kept\n";
    const Outcome w = runWindows({"capture", "-o", "kept-capture.log", "--count", "1"}, captures());
    EXPECT_EQ(w.exitCode, 1);
    EXPECT_NE(w.err.find("exists"), std::string::npos) << w.err;
    EXPECT_EQ(testdata::fileText(file), "kept\n");
}

TEST(WindowsCapture, LinuxSaysWhereItRuns)
{
    const Outcome l = runLinux({"capture", "-o", "linux-capture.log"}, captures());
    EXPECT_EQ(l.exitCode, 2);
    EXPECT_NE(l.err.find("poolscope-cli.exe"), std::string::npos) << l.err;
    EXPECT_FALSE(fs::exists(captures() / "linux-capture.log"));
}

TEST(WindowsCapture, CtrlCEndsItWithEveryScreenWhole)
{
    const fs::path file = captures() / "interrupted.log";
    fs::remove(file);
    const Outcome w = runWindowsUntilCtrlC({"capture", "-o", "interrupted.log", "--interval", "0.3"}, captures(), 3);
    const std::string text = testdata::fileText(file);
    ASSERT_FALSE(text.empty()) << w.out << w.err;
    EXPECT_NE(w.out.find("stopped with Ctrl+C"), std::string::npos) << w.out << w.err;
    EXPECT_EQ(w.exitCode, 0) << w.err;
    // Whole screens only: the file ends a screen, and reads back with as many as were announced.
    EXPECT_EQ(text.substr(text.size() - 2), "\n\n");
    const std::size_t screens = count(text, " Captured: ");
    EXPECT_NE(w.out.find(std::to_string(screens) + " screens in interrupted.log"), std::string::npos) << w.out;
    const Outcome summary = runLinux({"summary", "interrupted.log"}, captures());
    EXPECT_EQ(summary.exitCode, 0) << summary.err;
}
