// poolscope-cli explain, processes, series --correlate, irps --group-by and the tags'
// driver images, as a script and a person see them: on a generated dump of both seed
// cases, the generated KD transcript, a poolmon capture under uneven load, a quiet capture
// and the real `!process 0 0` fixture.
#include "tests/support/kd_log_generator.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/program_run.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace poolscope;

namespace {

using Outcome = testdata::ProgramRun;

class ExplainCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-explain-cli-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
        const Outcome made = testdata::runProgram(POOLSCOPE_MAKE_DUMP,
                                                  {"--scenario", "both", "--build", "19041", "--format", "bitmap",
                                                   "--threads", "2000", "-o", file("both.dmp")},
                                                  s_dir);
        ASSERT_EQ(made.exitCode, 0) << made.err;
        testdata::KdLogOptions kd;
        kd.noiseProcesses = 24;
        write("both.log", testdata::generateKdLog(kd));
        testdata::PoolmonLogOptions uneven;
        uneven.screens = 24;
        uneven.tagsPerScreen = 60;
        uneven.irregularGrowth = true;
        write("uneven.log", testdata::generatePoolmonLog(uneven));
        testdata::PoolmonLogOptions quiet;
        quiet.screens = 12;
        quiet.tagsPerScreen = 60;
        quiet.growingTags = 0;
        write("quiet.log", testdata::generatePoolmonLog(quiet));
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static void write(const std::string& name, const std::string& content)
    {
        std::ofstream(s_dir / name, std::ios::binary) << content;
    }
    static std::string file(const std::string& name) { return (s_dir / name).string(); }
    static Outcome cli(const std::vector<std::string>& args) { return testdata::runProgram(POOLSCOPE_CLI, args, s_dir); }

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

    static bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

    static inline fs::path s_dir;
};

TEST_F(ExplainCliTest, ExplainOnADumpFollowsBothCasesToTheirHolders)
{
    const Outcome text = cli({"explain", file("both.dmp")});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    const std::string& out = text.out;
    EXPECT_TRUE(has(out, "   <- 2,002 thread objects, TERMINATED, kept alive by handles\n")) << out;
    EXPECT_TRUE(has(out, "   <- xxxxxx.EXE (pid 0x8e8) holds 2,000 handles to exited threads, 3% of its 67,231 handles")) << out;
    EXPECT_TRUE(has(out, "   -> a process that opens threads and never closes their handles\n")) << out;
    EXPECT_TRUE(has(out, "   <- IOCPLeak.exe (pid 0x1a2c) issued 156 of the 156 and holds a handle to the port; svchost.exe "
                         "(pid 0x358) holds it too\n"))
        << out;
    EXPECT_TRUE(has(out, "        coverage: 156 of 1,158 outstanding Irp allocations are queued on this port\n")) << out;
    EXPECT_TRUE(has(out, "        confirm:  !irpfind\n")) << out;
    // The zombies, per holder, with the pool they keep.
    EXPECT_TRUE(has(out, "Exited threads and processes kept alive by handles, per holding process")) << out;
    const auto row = [&](const std::string& start) {
        for (const std::string& line : lines(out))
            if (const auto at = line.find(start); at != std::string::npos)
                return line.substr(at);
        return std::string();
    };
    // xxxxxx.EXE: 2,000 threads x 2,272 bytes = 4,544,000 bytes; svchost.exe: 2 threads and 2
    // processes (2 x 2,272 + 2 x 2,688 = 9,920 bytes).
    EXPECT_EQ(row("0x8e8  xxxxxx.EXE"), "0x8e8  xxxxxx.EXE     2,000          0    2,000     4.3 MB") << out;
    EXPECT_EQ(row("0x3ac  svchost.exe"), "0x3ac  svchost.exe        2          2        4     9.7 KB") << out;
    EXPECT_TRUE(has(out, "Pool kept: each exited thread holds one Thre block (2,272 bytes: Thre: ")) << out;
    EXPECT_TRUE(has(out, "What the walks account for, against the outstanding allocations of each tag")) << out;
    EXPECT_EQ(row("Proc  Process objects"), "Proc  Process objects                 14       14            0  2 exited") << out;

    const Outcome csv = cli({"explain", file("both.dmp"), "--csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const auto rows = lines(csv.out);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows[0], "chain,tag,pool,bytes,why,reaches_holder,conclusion,summary");
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const std::string& r) {
        return r == "chain,step,text,figures,coverage,command,record";
    }));
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const std::string& r) {
        return r == "holder,pid,image,exited_threads,exited_processes,handles,pool_bytes";
    }));
    // Coverage: 1,158 Irp allocations (156 on the port, 2 pending, 1,000 of the system's other
    // I/O that no walk reaches).
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(),
                            [](const std::string& r) { return r == "tag,objects,outstanding,reached,not_reached,where"; }));
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const std::string& r) {
        return r.rfind("Irp ,IRPs,1158,158,1000,\"156 queued on port ", 0) == 0 && has(r, ", 2 pending on their threads\"");
    })) << csv.out;
    // The zombie row of xxxxxx.EXE: 2,000 threads x 2,272 bytes (0x30 header + 0x898 ETHREAD +
    // 0x10 pool header, rounded to 16).
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(),
                            [](const std::string& r) { return r.find(",2280,xxxxxx.EXE,2000,0,2000,4544000") != std::string::npos; }))
        << csv.out;

    const Outcome json = cli({"explain", file("both.dmp"), "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_TRUE(has(json.out, "\"chains\": [")) << json.out.substr(0, 300);
    EXPECT_TRUE(has(json.out, "\"links\": ["));
    EXPECT_TRUE(has(json.out, "\"zombies\": ["));
    EXPECT_TRUE(has(json.out, "\"step\": \"holder\""));
}

TEST_F(ExplainCliTest, ExplainOnTheTranscriptAndOnSeveralCaptures)
{
    const Outcome log = cli({"explain", file("both.log")});
    ASSERT_EQ(log.exitCode, 0) << log.err;
    EXPECT_TRUE(has(log.out, "The most likely holder: this source does not say which objects those handles point at")) << log.out;
    EXPECT_TRUE(has(log.out, "   -> most likely a process that opens threads and never closes their handles")) << log.out;

    const Outcome capture = cli({"explain", file("uneven.log")});
    ASSERT_EQ(capture.exitCode, 0) << capture.err;
    EXPECT_TRUE(has(capture.out, "   + 'IoCo' (nonpaged) grows with it: its changes follow 'Irp' (correlation 1.00")) << capture.out;
    EXPECT_TRUE(has(capture.out, "(not linked) what the allocations are and who holds them is not in this source")) << capture.out;

    const Outcome quiet = cli({"explain", file("quiet.log")});
    ASSERT_EQ(quiet.exitCode, 0) << quiet.err;
    EXPECT_TRUE(has(quiet.out, "Nothing stands out in 12 snapshots:\n")) << quiet.out;
    EXPECT_TRUE(has(quiet.out, "   over the 12 snapshots no tag grows steadily (60 tags followed)\n")) << quiet.out;
    const Outcome quietJson = cli({"explain", file("quiet.log"), "--json"});
    EXPECT_TRUE(has(quietJson.out, "\"nothing_stands_out\": [")) << quietJson.out;
}

TEST_F(ExplainCliTest, ProcessesWithHandlesThreadsQuotaAndExit)
{
    const Outcome csv = cli({"processes", file("both.dmp"), "--csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const auto rows = lines(csv.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows[0], "process,pid,parent_pid,image,session,handles,handles_from,threads,exited,nonpaged_quota,"
                       "nonpaged_quota_peak,paged_quota,paged_quota_peak");
    // xxxxxx.EXE: 67,231 handles; its quota by the generator's rule: nonpaged 0x1800 + 0x260 per
    // handle + 8 x pid = 6,144 + 40,876,448 + 18,240 = 40,900,832, paged 0x9000 + 0x40 per handle
    // + 16 x pid = 36,864 + 4,302,784 + 36,480 = 4,376,128, each peak a quarter above.
    EXPECT_EQ(rows[1].substr(rows[1].find(",2280,")), ",2280,364,xxxxxx.EXE,,67231,process,3,no,40900832,51126040,4376128,5470160")
        << rows[1];
    EXPECT_EQ(std::count_if(rows.begin(), rows.end(),
                            [](const std::string& r) { return has(r, ",WerFault.exe,") && has(r, ",yes,"); }),
              2);
    const Outcome text = cli({"processes", file("both.dmp"), "--top", "2"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_TRUE(has(text.out, "NP pool")) << text.out;
    EXPECT_TRUE(has(text.out, "xxxxxx.EXE (pid 0x8e8) with 67,231")) << text.out;
    EXPECT_TRUE(has(text.out, "2 exited processes are still referenced")) << text.out;
}

TEST_F(ExplainCliTest, ARealProcessListingGivesRowsEverywhere)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-process__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Outcome processes = cli({"processes", path.string(), "--csv"});
    ASSERT_EQ(processes.exitCode, 0) << processes.err;
    const auto rows = lines(processes.out);
    ASSERT_EQ(rows.size(), 8u) << processes.out; // the header and the seven processes
    EXPECT_EQ(rows[1], "0x8094fce0,38,32,services.exe,,222,process,,");
    const Outcome handles = cli({"handles", path.string()});
    ASSERT_EQ(handles.exitCode, 0) << handles.err;
    EXPECT_TRUE(has(handles.out, "Processes by handle count")) << handles.out;
    EXPECT_TRUE(has(handles.out, "services.exe")) << handles.out;
    EXPECT_FALSE(has(handles.out, "no handles in this source: run")) << handles.out;
}

TEST_F(ExplainCliTest, SeriesCorrelateRanksThePartnerFirst)
{
    const Outcome csv = cli({"series", file("uneven.log"), "--correlate", "Irp", "--csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const auto rows = lines(csv.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows[0], "tag,pool,correlation,ratio,steps,net_change,partner,why");
    EXPECT_EQ(rows[1].substr(0, 25), "IoCo,Nonpaged,1.0000,1.00") << rows[1];
    EXPECT_NE(rows[1].find(",23,"), std::string::npos) << rows[1];
    EXPECT_NE(rows[1].find(",yes,"), std::string::npos) << rows[1];
    EXPECT_EQ(std::count_if(rows.begin(), rows.end(), [](const std::string& r) { return r.find(",yes,") != std::string::npos; }), 1);
    const Outcome text = cli({"series", file("uneven.log"), "--correlate", "Irp"});
    EXPECT_TRUE(has(text.out, "1 tag follows 'Irp' (+")) << text.out;
    const Outcome json = cli({"series", file("uneven.log"), "--correlate", "Irp", "--json", "--top", "1"});
    EXPECT_TRUE(has(json.out, "\"partners\": [")) << json.out;
    EXPECT_TRUE(has(json.out, "\"partner\": \"yes\"")) << json.out;
    const Outcome both = cli({"series", file("uneven.log"), "--correlate", "Irp", "--tag", "Thre"});
    EXPECT_EQ(both.exitCode, 2);
}

TEST_F(ExplainCliTest, IrpsGroupedAndTagsWithTheirDriverImages)
{
    const Outcome groups = cli({"irps", file("both.dmp"), "--group-by", "process,file,status", "--csv"});
    ASSERT_EQ(groups.exitCode, 0) << groups.err;
    const auto rows = lines(groups.out);
    ASSERT_EQ(rows.size(), 3u) << groups.out;
    EXPECT_EQ(rows[0], "process,file,status,irps,completed,share");
    // Scripts get the process and file object addresses, the status as a number (259 = 0x103,
    // STATUS_PENDING); 156 of 158 is 98.73%.
    EXPECT_EQ(rows[1].substr(rows[1].find(",0,")), ",0,156,156,0.9873") << rows[1];
    EXPECT_EQ(rows[2].substr(rows[2].find(",259,")), ",259,2,0,0.0127") << rows[2];
    EXPECT_EQ(rows[1].substr(0, 2), "0x");
    const Outcome named = cli({"irps", file("both.dmp"), "--group-by", "process,file,status"});
    EXPECT_TRUE(has(named.out, "IOCPLeak.exe (pid 0x1a2c)  \\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt  "
                               "STATUS_SUCCESS (0x00000000)   156        156    99%"))
        << named.out;
    const Outcome text = cli({"irps", file("both.dmp"), "--group-by", "completed"});
    EXPECT_TRUE(has(text.out, "158 IRPs in 2 groups; the largest holds 156.")) << text.out;
    EXPECT_EQ(cli({"irps", file("both.dmp"), "--group-by", "process,colour"}).exitCode, 2);

    const Outcome tags = cli({"tags", file("both.dmp"), "--csv"});
    ASSERT_EQ(tags.exitCode, 0) << tags.err;
    const auto tagRows = lines(tags.out);
    EXPECT_EQ(tagRows[0].substr(tagRows[0].size() - 8), ",modules");
    EXPECT_TRUE(std::any_of(tagRows.begin(), tagRows.end(), [](const std::string& r) {
        return r.rfind("Leak,Nonpaged,", 0) == 0 && r.find(",leakydrv.sys (3)") != std::string::npos;
    })) << tags.out;
    const Outcome tagText = cli({"tags", file("both.dmp"), "--top", "40"});
    EXPECT_TRUE(has(tagText.out, "leakydrv.sys (3)")) << tagText.out;
}

} // namespace
