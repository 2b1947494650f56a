// poolscope-cli as a script sees it: exit codes, stdout tables, CSV and JSON, on the two
// seed cases generated at full scale and on the real fixtures.
#include "tests/support/kd_log_generator.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/program_run.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace fs = std::filesystem;
using namespace poolscope;

namespace {

using CliRun = testdata::ProgramRun;

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class CliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-cli-test-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
        testdata::KdLogOptions iocp;
        iocp.handleLeak = false;
        write("iocp.log", testdata::generateKdLog(iocp, &s_iocp));
        testdata::KdLogOptions handles;
        handles.iocpLeak = false;
        write("handles.log", testdata::generateKdLog(handles, &s_handles));
        testdata::KdLogOptions entries;
        entries.iocpLeak = false;
        entries.handleEntries = true;
        write("handle-entries.log", testdata::generateKdLog(entries, &s_entries));
        write("garbage.txt", "just some notes\nnothing a debugger wrote\n");
        write("fake.dmp", std::string("PAGEDU64") + std::string(4088, '\0'));
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static void write(const std::string& name, const std::string& content)
    {
        std::ofstream(s_dir / name, std::ios::binary) << content;
    }
    static std::string file(const std::string& name) { return (s_dir / name).string(); }

    static CliRun run(const std::vector<std::string>& args) { return testdata::runProgram(POOLSCOPE_CLI, args, s_dir); }

    static std::vector<std::string> lines(const std::string& text)
    {
        std::vector<std::string> out;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            out.push_back(line);
        }
        return out;
    }

    static inline fs::path s_dir;
    static inline testdata::PlantedLeaks s_iocp, s_handles, s_entries;
};

TEST_F(CliTest, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(run({}).exitCode, 2);
    const CliRun unknown = run({"frobnicate", file("iocp.log")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos) << unknown.err;
    EXPECT_EQ(run({"tags", file("iocp.log"), "--top", "0"}).exitCode, 2);
    EXPECT_EQ(run({"tags", file("iocp.log"), "--sort", "size"}).exitCode, 2);
    EXPECT_EQ(run({"series", file("iocp.log"), "--tag", "TooLong"}).exitCode, 2);
    EXPECT_EQ(run({"tags", file("iocp.log"), file("handles.log")}).exitCode, 2); // one file, except suspects and diff
    EXPECT_EQ(run({"irps", file("iocp.log"), "--port", "not-an-address"}).exitCode, 2);
    const CliRun help = run({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("ports FILE [--owners]"), std::string::npos);
}

TEST_F(CliTest, InputErrorsExitWithOneAndNameTheFile)
{
    const CliRun missing = run({"tags", file("no-such.log")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("no-such.log"), std::string::npos) << missing.err;
    const CliRun garbage = run({"tags", file("garbage.txt")});
    EXPECT_EQ(garbage.exitCode, 1);
    EXPECT_NE(garbage.err.find("garbage.txt: not a recognised source"), std::string::npos) << garbage.err;
    const CliRun dump = run({"summary", file("fake.dmp")});
    EXPECT_EQ(dump.exitCode, 1);
    EXPECT_NE(dump.err.find("a kernel dump's header alone is 8192 bytes"), std::string::npos) << dump.err;
}

TEST_F(CliTest, PortsOwnersFindsTheIocpLeak)
{
    const CliRun r = run({"ports", file("iocp.log"), "--owners"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto out = lines(r.out);
    // The first ranked row is the leaking port, 156 deep, nobody waiting.
    std::string firstRow;
    for (std::size_t i = 0; i + 1 < out.size(); ++i)
        if (out[i].find("---") != std::string::npos) {
            firstRow = out[i + 1];
            break;
        }
    EXPECT_NE(firstRow.find("ffffe000`05248840"), std::string::npos) << r.out;
    EXPECT_NE(firstRow.find(" 156 "), std::string::npos) << firstRow;
    EXPECT_NE(firstRow.find("entries queued, no thread waiting"), std::string::npos) << firstRow;
    EXPECT_NE(r.out.find("Processes holding a handle to each port"), std::string::npos);
    EXPECT_NE(r.out.find("IOCPLeak.exe"), std::string::npos);
    EXPECT_NE(r.out.find("Deepest port ffffe000`05248840 holds 156 queued entries and no thread waits on it; "
                         "held by IOCPLeak.exe (pid 0x1a2c)."),
              std::string::npos)
        << r.out;

    const CliRun csv = run({"ports", file("iocp.log"), "--owners", "--csv"});
    ASSERT_EQ(csv.exitCode, 0);
    const auto rows = lines(csv.out);
    ASSERT_GE(rows.size(), 2u);
    EXPECT_EQ(rows[0], "rank,port,queued_entries,max_concurrency,active_threads,waiting_threads,holders,irps_seen,finding");
    EXPECT_EQ(rows[1], "1,0xffffe00005248840,156,8,0,0,1,156,\"entries queued, no thread waiting\"");
    const auto holderRow = std::find(rows.begin(), rows.end(), "0xffffe00005248840,0xffffe00001ad0900,6700,IOCPLeak.exe,136");
    EXPECT_NE(holderRow, rows.end()) << csv.out;

    const CliRun json = run({"ports", file("iocp.log"), "--json"});
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_NE(json.out.find("\"port\": \"0xffffe00005248840\", \"queued_entries\": 156, \"max_concurrency\": 8"),
              std::string::npos)
        << json.out;
}

TEST_F(CliTest, IrpsOnThePortAreTheQueuedOnes)
{
    const CliRun r = run({"irps", file("iocp.log"), "--port", "ffffe000`05248840", "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 1u + s_iocp.irpsOnPort);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_NE(rows[i].find(",0xffffe00001665080,0xffffe00001ad0900,IOCPLeak.exe,0xffffe000039455a0,"
                               "\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt,0xffffe00005248840,"),
                  std::string::npos)
            << rows[i];
        EXPECT_NE(rows[i].find(",yes,"), std::string::npos) << rows[i];
    }
    const CliRun all = run({"irps", file("iocp.log"), "--csv"});
    EXPECT_GT(lines(all.out).size(), rows.size()); // the healthy IRPs of other threads
    const CliRun text = run({"irps", file("iocp.log"), "--port", "0xffffe00005248840"});
    EXPECT_NE(text.out.find("156 IRPs, 156 of them completed but not freed."), std::string::npos) << text.out;
}

TEST_F(CliTest, WalkFollowsThePortQueueFromItsHeadBackToItsHead)
{
    // Without --port: the deepest port, where seed 002's walk starts.
    const CliRun r = run({"walk", file("iocp.log")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Walk of the EntryListHead of port ffffe000`05248840: nt!_IRP.Tail.Overlay.ListEntry at +0xa8"),
              std::string::npos)
        << r.out.substr(0, 300);
    EXPECT_NE(r.out.find("EntryListHead of port ffffe000`05248840: back at the head (ffffe000`05248858) after 156 "
                         "entries."),
              std::string::npos);
    EXPECT_NE(r.out.find("CONTAINING_RECORD(ffffe000`08b00cb8, nt!_IRP, Tail.Overlay.ListEntry) = ffffe000`08b00c10 "
                         "(entry - 0xa8)"),
              std::string::npos);
    EXPECT_NE(r.out.find("!list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                         "@@(#CONTAINING_RECORD(0xffffe000`08b00cb8, nt!_IRP, Tail.Overlay.ListEntry))"),
              std::string::npos);

    // --csv: the steps alone, in queue order, each Flink the next step's entry.
    const CliRun csv = run({"walk", file("iocp.log"), "--port", "ffffe000`05248840", "--csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const auto rows = lines(csv.out);
    ASSERT_EQ(rows.size(), 1u + s_iocp.irpsOnPort);
    EXPECT_EQ(rows[0], "step,entry,record,kind,thread,process,file,status,flink,blink,line,note");
    EXPECT_EQ(rows[1].substr(0, rows[1].find(",IOCPLeak")),
              "1,0xffffe00008b00cb8,0xffffe00008b00c10,IRP,0xffffe00001665080");
    std::string previousFlink = "0xffffe00008b00cb8";
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto cells = rows[i];
        EXPECT_EQ(cells.substr(0, cells.find(',')), std::to_string(i));
        EXPECT_NE(cells.find("," + previousFlink + ","), std::string::npos) << cells;
        const std::size_t flinkAt = cells.find(",0xffffe000", cells.find("File.txt"));
        previousFlink = cells.substr(flinkAt + 1, 18);
    }
    EXPECT_EQ(previousFlink, "0xffffe00005248858"); // the last Flink is the head

    const CliRun json = run({"walk", file("iocp.log"), "--json"});
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_NE(json.out.find("{\"figure\": \"end\", \"value\": \"back_at_head\"}"), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("{\"figure\": \"entries\", \"value\": 156}"), std::string::npos);
    EXPECT_NE(json.out.find("{\"step\": 156, \"entry\": \"0xffffe0000954bcb8\""), std::string::npos);

    // One list at a time; a thread the log does not walk says so.
    EXPECT_EQ(run({"walk", file("iocp.log"), "--port", "1", "--thread", "2"}).exitCode, 2);
    const CliRun thread = run({"walk", file("iocp.log"), "--thread", "ffffe000`01665080"});
    ASSERT_EQ(thread.exitCode, 0) << thread.err;
    EXPECT_NE(thread.out.find("IrpList of thread ffffe000`01665080: this source does not show the list."),
              std::string::npos)
        << thread.out;
    const CliRun none = run({"walk", file("handles.log")});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_NE(none.out.find("no completion port in this source"), std::string::npos) << none.out;
}

TEST_F(CliTest, WalkOfTheSeedShowsItsOneStepAndWhereTheLogStops)
{
    const auto seed = testdata::sharedFile("seeds/002_fe80fed602300250.txt");
    if (seed.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const CliRun r = run({"walk", seed.string(), "--port", "0xffffe00005248840", "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 2u) << r.out;
    EXPECT_EQ(rows[1].substr(0, 42), "1,0xffffe00007e366b8,0xffffe00007e36610,?,");
    const CliRun text = run({"walk", seed.string()});
    EXPECT_NE(text.out.find("the source does not show the Flink of step 1 (entry ffffe000`07e366b8)"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("The head's Blink names the last entry: ffffe000`02a41628"), std::string::npos);
    EXPECT_NE(text.out.find("On this list in the source, not reached by the walk"), std::string::npos);
}

TEST_F(CliTest, HandlesByTypeFindsTheThreadHandleLeak)
{
    for (const char* log : {"handles.log", "handle-entries.log"}) {
        SCOPED_TRACE(log);
        const CliRun r = run({"handles", file(log), "--by-type", "--csv"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const auto rows = lines(r.out);
        ASSERT_GE(rows.size(), 2u);
        EXPECT_EQ(rows[0], "process,pid,image,type,handles,share_of_process,counted_from");
        // The share differs: the type table counts every type, the handle entries of the
        // generated log are nearly all threads.
        const std::string row = rows[1];
        EXPECT_EQ(row.substr(0, row.find(",", row.find("323155"))), "0xffffe0000286f080,2280,xxxxxx.EXE,Thread,323155");
        EXPECT_EQ(row.substr(row.rfind(',') + 1), std::string(log) == std::string("handles.log") ? "type table" : "handle entries");
        const CliRun text = run({"handles", file(log), "--by-type"});
        EXPECT_NE(text.out.find("xxxxxx.EXE (pid 0x8e8) holds 323,155 Thread handles"), std::string::npos)
            << text.out.substr(text.out.size() > 2000 ? text.out.size() - 2000 : 0);
    }
}

TEST_F(CliTest, TagsRankTheLeakingTagFirst)
{
    const CliRun r = run({"tags", file("handles.log"), "--type", "nonpaged", "--top", "3", "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 4u) << r.out;
    EXPECT_EQ(rows[0], "tag,pool,allocs,frees,outstanding,bytes,bytes_per_alloc,driver,description");
    EXPECT_EQ(rows[1], "Thre,Nonpaged,,,326514,208968960,640,nt!ps,Thread objects");
    const CliRun text = run({"tags", file("handles.log"), "--top", "2"});
    EXPECT_NE(text.out.find("Thre"), std::string::npos);
    EXPECT_NE(text.out.find("199 MB"), std::string::npos) << text.out;
}

TEST_F(CliTest, SummaryShowsPoolUsageAgainstMaximum)
{
    const CliRun r = run({"summary", file("iocp.log")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Nonpaged pool"), std::string::npos);
    EXPECT_NE(r.out.find("233 MB of 271 MB (86%)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Deepest completion port"), std::string::npos) << r.out;
}

TEST_F(CliTest, SeriesFollowsATagAcrossRealPoolmonScreens)
{
    const auto first = testdata::sharedFile("fixtures/poolmon/poolmon-examples__18.txt");
    const auto second = testdata::sharedFile("fixtures/poolmon/poolmon-examples__19.txt");
    if (first.empty() || second.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    write("two-screens.log", readAll(first) + "\n" + readAll(second));
    const CliRun r = run({"series", file("two-screens.log"), "--tag", "Drsd", "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 3u) << r.out;
    EXPECT_EQ(rows[0], "screen,pool,allocs,frees,outstanding,bytes,bytes_change,line");
    EXPECT_EQ(rows[1].substr(0, rows[1].rfind(',')), "1,Paged,560,539,21,17472,");
    EXPECT_EQ(rows[2].substr(0, rows[2].rfind(',')), "2,Paged,737,710,27,22464,4992");
}

TEST_F(CliTest, SuspectsExplainTheLeaksInOneSnapshot)
{
    const CliRun r = run({"suspects", file("handles.log"), "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_GE(rows.size(), 3u) << r.out;
    EXPECT_EQ(rows[0], "rank,kind,record,figure,why,signature");
    // The runner-up is one of the generated noise processes: a few dozen handles at most.
    const std::string prefix = "1,handles,xxxxxx.EXE (pid 0x8e8),323155,\"holds 323,155 Thread handles, 83% of its 388,386 "
                               "handles; the next process holds ";
    ASSERT_EQ(rows[1].substr(0, prefix.size()), prefix);
    EXPECT_LT(std::stoul(rows[1].substr(prefix.size())), 100u);
    EXPECT_EQ(rows[1].substr(rows[1].size() - 5), "\",yes");
    const CliRun iocp = run({"suspects", file("iocp.log")});
    ASSERT_EQ(iocp.exitCode, 0) << iocp.err;
    EXPECT_NE(iocp.out.find("156 entries queued and no thread waiting on it (max concurrency 8); held by IOCPLeak.exe (pid 0x1a2c)"),
              std::string::npos)
        << iocp.out;
}

TEST_F(CliTest, SuspectsOverSeveralFilesAndSeriesGrowth)
{
    testdata::PoolmonLogOptions options;
    options.screens = 6;
    const std::string capture = testdata::generatePoolmonLog(options);
    // The same capture split in two files, oldest first, is one series.
    const std::size_t middle = capture.find(" Memory:", capture.size() / 2);
    ASSERT_NE(middle, std::string::npos);
    write("morning.log", capture.substr(0, middle));
    write("evening.log", capture.substr(middle));
    const CliRun r = run({"suspects", file("morning.log"), file("evening.log"), "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_GE(rows.size(), 4u) << r.out;
    for (std::size_t i = 1; i <= 3; ++i)
        EXPECT_EQ(rows[i].substr(0, rows[i].find(',', 2) + 12).find("growing tag"), 2u) << rows[i];

    write("capture.log", capture);
    const CliRun series = run({"series", file("capture.log"), "--csv"});
    ASSERT_EQ(series.exitCode, 0) << series.err;
    const auto growth = lines(series.out);
    EXPECT_EQ(growth[0], "tag,pool,bytes_rate,steadiness,first_bytes,last_bytes,leaking,why");
    std::size_t leaking = 0;
    for (const auto& line : growth)
        leaking += line.find(",yes,") != std::string::npos;
    EXPECT_EQ(leaking, 3u); // the three planted tags, and no other
}

TEST_F(CliTest, DiffShowsWhatGrewBetweenTwoLogs)
{
    testdata::KdLogOptions earlier;
    earlier.queuedIrps = 100;
    earlier.leakedThreadHandles = 200000;
    write("earlier.log", testdata::generateKdLog(earlier));
    const CliRun r = run({"diff", file("earlier.log"), file("handles.log"), "--csv", "--top", "1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_GE(rows.size(), 8u) << r.out;
    EXPECT_EQ(rows[0], "tag,pool,bytes_before,bytes_after,bytes_delta,outstanding_delta,side");
    EXPECT_EQ(rows[1], "Thre,Nonpaged,130149760,208968960,78819200,123155,");
    const CliRun text = run({"diff", file("earlier.log"), file("handles.log")});
    EXPECT_NE(text.out.find("Grew most: 'Thre' (Nonpaged) by +75.2 MB."), std::string::npos) << text.out;
    const CliRun usage = run({"diff", file("handles.log")});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_NE(usage.err.find("diff compares two files"), std::string::npos);
}

} // namespace
