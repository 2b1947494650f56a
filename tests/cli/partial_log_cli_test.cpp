// poolscope-cli on logs that show only part of the walk, built from the real fixtures: a
// handle table filtered through !mex.grep (no PROCESS line left), !poolfind alone, and a
// Windows 10 !vm whose printed pool maximum is no limit.
#include "tests/support/program_run.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace poolscope;

namespace {

std::string fileText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class PartialLogCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-partial-cli-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static std::string write(const std::string& name, const std::string& content)
    {
        std::ofstream(s_dir / name, std::ios::binary) << content;
        return (s_dir / name).string();
    }
    static testdata::ProgramRun run(const std::vector<std::string>& args)
    {
        return testdata::runProgram(POOLSCOPE_CLI, args, s_dir);
    }
    static bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

    static inline fs::path s_dir;
};

} // namespace

TEST_F(PartialLogCliTest, FilteredHandlesAreListedUnderTheUnnamedProcess)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-handle__4.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    // What "!mex.grep Object: !handle 0 4" prints: the entry lines, no PROCESS line.
    std::istringstream fixture(fileText(path));
    std::string filtered = "0: kd> !mex.grep Object: !handle 0 4\n";
    std::size_t entries = 0;
    for (std::string line; std::getline(fixture, line);)
        if (line.find("Object:") != std::string::npos && line.find("kd>") == std::string::npos) {
            filtered += line + "\n";
            ++entries;
        }
    const std::string log = write("filtered-handles.log", filtered);
    const auto r = run({"handles", log, "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(has(r.out, "no handles in this source")) << r.out;
    std::size_t rows = 0;
    std::istringstream out(r.out);
    for (std::string line; std::getline(out, line);)
        rows += has(line, "(a process the log does not name)");
    EXPECT_EQ(rows, entries) << r.out;
    // "0168: Object: ffb6c748  GrantedAccess: 00000003 (Protected)", in raw numbers.
    EXPECT_TRUE(has(r.out, "0x0,,(a process the log does not name),360,0xffb6c748,,3\r\n")) << r.out;

    const auto explain = run({"explain", log});
    ASSERT_EQ(explain.exitCode, 0) << explain.err;
    EXPECT_TRUE(has(explain.out, std::to_string(entries) + " handles are listed under (a process the log does not name)"))
        << explain.out;
    EXPECT_FALSE(has(explain.out, "in this source:\n\n")) << explain.out; // figures follow the colon
}

TEST_F(PartialLogCliTest, PoolfindAloneFillsTheTagTable)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-poolfind__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const auto r = run({"tags", path.string(), "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(has(r.out, "SeSd,Nonpaged,,,")) << r.out;
    EXPECT_TRUE(has(r.out, "blocks listed by !poolfind")) << r.out;
    const auto explain = run({"explain", path.string()});
    ASSERT_EQ(explain.exitCode, 0) << explain.err;
    const std::size_t colon = explain.out.find("Nothing stands out in");
    ASSERT_NE(colon, std::string::npos) << explain.out;
    const std::size_t lineEnd = explain.out.find('\n', colon);
    ASSERT_NE(lineEnd, std::string::npos);
    EXPECT_TRUE(has(explain.out.substr(lineEnd), "blocks listed by !poolfind: SeSd (nonpaged)")) << explain.out;
}

TEST_F(PartialLogCliTest, Windows10VmPrintsNoFixedMaximum)
{
    // The pool lines of a Windows 10 !vm (see vm_pool_limits_test.cpp for the whole output).
    const std::string log = write("vm10.log", "lkd> !vm\n"
                                              "Physical Memory:          4194044 (   16776176 Kb)\n"
                                              "NonPagedPool Usage:           239 (        956 Kb)\n"
                                              "NonPagedPoolNx Usage:       30120 (     120480 Kb)\n"
                                              "NonPagedPool Max:      4294967296 (17179869184 Kb)\n"
                                              "PagedPool Usage:            37783 (     151132 Kb)\n"
                                              "PagedPool Maximum:     4294967296 (17179869184 Kb)\n"
                                              "Committed pages:           805179 (    3220716 Kb)\n"
                                              "Commit limit:             4947708 (   19790832 Kb)\n");
    const auto r = run({"summary", log});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(has(r.out, "16.0 TB")) << r.out;
    EXPECT_TRUE(has(r.out, "119 MB")) << r.out;
    EXPECT_TRUE(has(r.out, "(no fixed maximum on this Windows)")) << r.out;
    EXPECT_TRUE(has(r.out, "3.1 GB of 18.9 GB")) << r.out;
}
