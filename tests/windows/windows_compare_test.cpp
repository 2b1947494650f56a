// poolscope-cli.exe under wine prints what poolscope-cli prints on Linux, byte for byte
// (stdout, stderr and the exit code), for every command, on the seeds, the fixtures and the
// generated logs and dumps (one of 8 GB whose structures lie past its first 4 GB). Files are
// named relative to the folder both run in, so that no path spelling differs.
#include "tests/windows/wine_runs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <regex>

namespace fs = std::filesystem;
using namespace poolscope::windows;

namespace {

// Every text input: the seeds and fixtures copied by the setup, and the generated logs.
constexpr const char* kTexts = "*texts";

struct Case {
    const char* name;
    std::vector<std::string> args; // "{}" stands for each file
    std::vector<std::string> files;
};

// The name alone: ctest's test names must not carry the bytes of the parameter.
void PrintTo(const Case& c, std::ostream* out)
{
    *out << c.name;
}

const std::vector<Case>& cases()
{
    static const std::vector<Case> all{
        {"SummaryOfEveryText", {"summary", "{}"}, {kTexts}},
        {"TagsCsvOfEveryText", {"tags", "{}", "--csv"}, {kTexts}},
        {"SuspectsOfEveryText", {"suspects", "{}"}, {kTexts}},
        {"SummaryOfDumps", {"summary", "{}", "--verbose"},
         {"both.dmp", "live.dmp", "rdmp.dmp", "ref.dmp", "high.dmp", "misfit.dmp", "fake.dmp"}},
        {"TagsJson", {"tags", "{}", "--json", "--top", "25"}, {"both.dmp", "handles.log", "wide.log"}},
        {"TagsScreenSortType", {"tags", "{}", "--screen", "2", "--type", "paged", "--sort", "allocs", "--top", "10"},
         {"series.log", "snapshot.log"}},
        {"PortsWithOwners", {"ports", "{}", "--owners"}, {"iocp.log", "both.dmp", "live.dmp", "high.dmp"}},
        {"IrpsGrouped", {"irps", "{}", "--group-by", "process,file,status"}, {"iocp.log", "both.dmp"}},
        {"IrpsCsv", {"irps", "{}", "--csv"}, {"iocp.log", "live.dmp"}},
        {"WalkDeepestPort", {"walk", "{}"}, {"iocp.log", "both.dmp", "high.dmp"}},
        {"WalkProcessListJson", {"walk", "{}", "--process-list", "--json"}, {"both.dmp"}},
        {"HandlesByType", {"handles", "{}", "--by-type", "--top", "15"},
         {"handles.log", "both.dmp", "rdmp.dmp", "high.dmp"}},
        {"Processes", {"processes", "{}"}, {"handles.log", "both.dmp", "live.dmp", "ref.dmp"}},
        {"SeriesGrowth", {"series", "{}"}, {"series.log", "wide.log", "snapshot.log"}},
        {"SeriesOfATagJson", {"series", "{}", "--tag", "Thre", "--json"}, {"series.log"}},
        {"SeriesCorrelate", {"series", "{}", "--correlate", "Irp"}, {"partner.log"}},
        {"Explain", {"explain", "{}"}, {"iocp.log", "handles.log", "series.log", "both.dmp", "ref.dmp"}},
        {"ExplainJson", {"explain", "{}", "--json"}, {"high.dmp"}},
        {"Poolfind", {"poolfind", "{}", "Thre"}, {"both.dmp", "high.dmp"}},
        {"PoolfindGrouped", {"poolfind", "{}", "Leak", "--group-by", "owner,pointer"}, {"ref.dmp"}},
        {"PoolfindFreeCsv", {"poolfind", "{}", "Proc", "--free", "--csv"}, {"both.dmp"}},
        {"PoolfindOnALogIsRefused", {"poolfind", "{}", "Thre"}, {"iocp.log"}},
        {"NamesOutsideAscii", {"tags", "{}", "--top", "5"}, {"пул-日本.log", "дамп-日本.dmp"}},
        {"BadInput", {"summary", "{}"}, {"garbage.txt", "empty.txt", "no-such-file.log"}},
    };
    return all;
}

std::vector<std::string> texts()
{
    // A fixed list of the generated logs: other tests write files of their own beside them.
    std::vector<std::string> out{"iocp.log", "handles.log", "series.log", "snapshot.log", "wide.log", "partner.log"};
    for (const auto& entry : fs::directory_iterator(inputs() / "shared"))
        out.push_back("shared/" + entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// Compares one run; `windowsArgs` are the same as the Linux ones unless a path is spelled
// the Windows way (then `spellings` turns the Windows output back into the Linux one).
void expectSame(const std::vector<std::string>& args, const std::vector<std::string>& windowsArgs = {},
                const std::vector<std::pair<std::string, std::string>>& spellings = {})
{
    const Outcome onLinux = runLinux(args);
    Outcome onWindows = runWindows(windowsArgs.empty() ? args : windowsArgs);
    for (const auto& [windowsSpelling, linuxSpelling] : spellings) {
        onWindows.out = replaced(onWindows.out, windowsSpelling, linuxSpelling);
        onWindows.err = replaced(onWindows.err, windowsSpelling, linuxSpelling);
    }
    std::string command;
    for (const auto& a : args)
        command += " " + a;
    EXPECT_EQ(onWindows.exitCode, onLinux.exitCode) << command << "\nWindows stderr: " << onWindows.err;
    EXPECT_EQ(firstDifference(onLinux.out, onWindows.out), "") << command << " (stdout)";
    EXPECT_EQ(firstDifference(onLinux.err, onWindows.err), "") << command << " (stderr)";
    EXPECT_FALSE(onLinux.out.empty() && onLinux.err.empty()) << command << ": neither printed anything";
}

class Compare : public ::testing::TestWithParam<Case> {};

} // namespace

TEST_P(Compare, TheSameOutputAsOnLinux)
{
    const Case& c = GetParam();
    std::vector<std::string> files;
    for (const std::string& f : c.files) {
        if (f == kTexts) {
            const auto all = texts();
            files.insert(files.end(), all.begin(), all.end());
        } else {
            files.push_back(f);
        }
    }
    for (const std::string& file : files) {
        std::vector<std::string> args = c.args;
        for (auto& a : args)
            if (a == "{}")
                a = file;
        expectSame(args);
    }
}

INSTANTIATE_TEST_SUITE_P(Commands, Compare, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

TEST(CompareMore, DiffOfTwoSources)
{
    expectSame({"diff", "iocp.log", "handles.log"});
    expectSame({"diff", "both.dmp", "high.dmp", "--top", "10"});
    expectSame({"diff", "series.log", "wide.log", "--csv"});
}

TEST(CompareMore, PoolBlockAtAnAddress)
{
    // An address the dump's pool holds: the first Proc block poolfind lists.
    const Outcome blocks = runLinux({"poolfind", "high.dmp", "Proc", "--csv"});
    ASSERT_EQ(blocks.exitCode, 0) << blocks.err;
    std::smatch address;
    ASSERT_TRUE(std::regex_search(blocks.out, address, std::regex("ffff[0-9a-f`]{12,13}"))) << blocks.out;
    expectSame({"pool", "high.dmp", address.str()});
    expectSame({"pool", "high.dmp", "ffffffff`00000000"});
}

TEST(CompareMore, SuspectsOfSeveralFiles)
{
    expectSame({"suspects", "series.log", "partner.log", "--top", "8"});
    expectSame({"explain", "iocp.log", "handles.log"});
}

TEST(CompareMore, UsageErrorsHelpAndVersion)
{
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {},
             {"bogus"},
             {"tags"},
             {"tags", "iocp.log", "--top", "0"},
             {"walk", "iocp.log", "--port", "1", "--thread", "2"},
             {"diff", "iocp.log"},
             {"tags", "iocp.log", "--screen", "99"},
             {"capture"},
             {"capture", "-o", "x.log", "--interval", "0"},
             {"--help"},
             {"help", "poolfind"},
             {"capture", "--help"},
         })
        expectSame(args);
    // Each build names the commit it was built from, and the tree may change between the two
    // builds of one `cmake --build`: the version is compared without it.
    const std::regex commit("\\(commit [^)]*\\)");
    const Outcome onLinux = runLinux({"--version"});
    const Outcome onWindows = runWindows({"--version"});
    EXPECT_EQ(onWindows.exitCode, 0);
    EXPECT_EQ(std::regex_replace(onWindows.out, commit, "(commit)"), std::regex_replace(onLinux.out, commit, "(commit)"));
    EXPECT_NE(onLinux.out.find("(commit "), std::string::npos) << onLinux.out;
}

TEST(CompareMore, SymbolFiles)
{
    // The file found in a folder is named the way each system joins paths.
    expectSame({"summary", "misfit.dmp", "--symbols", "sym"}, {}, {{"sym\\ntkrnlmp.pdb", "sym/ntkrnlmp.pdb"}});
    expectSame({"ports", "misfit.dmp", "--symbols", "sym"});
    expectSame({"symbols", "sym/ntkrnlmp.pdb"});
    expectSame({"symbols", "sym/ntkrnlmp.pdb", "--dump", "misfit.dmp"});
    if (fs::exists(inputs() / "isf.dmp"))
        expectSame({"summary", "isf.dmp", "--symbols", "isf-json"}, {}, {{"isf-json\\", "isf-json/"}});
}
