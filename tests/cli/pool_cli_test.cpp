// poolscope-cli poolfind and pool on dumps written by poolscope-make-dump: the seed-004 threads
// found and grouped into terminated threads of xxxxxx.EXE, the output shaped as !poolfind's, the
// count held against the tracker, the free blocks that keep the tag told apart, the reference
// leak's driver blocks, !pool of an address; a log is refused with the reason.
#include "tests/support/program_run.h"
#include "tests/support/shared_data.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Outcome = poolscope::testdata::ProgramRun;

class PoolCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-pool-cli-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
        s_handles = makeDump("handles.dmp", {"--scenario", "handle-leak", "--threads", "4000", "--build", "26100"});
        s_references = makeDump("references.dmp", {"--scenario", "ref-leak", "--build", "19041"});
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static Outcome cli(const std::vector<std::string>& args) { return poolscope::testdata::runProgram(POOLSCOPE_CLI, args, s_dir); }

    static std::string makeDump(const std::string& name, std::vector<std::string> args)
    {
        const std::string path = (s_dir / name).string();
        args.insert(args.end(), {"--format", "kernel", "-o", path});
        const Outcome made = poolscope::testdata::runProgram(POOLSCOPE_MAKE_DUMP, args, s_dir);
        EXPECT_EQ(made.exitCode, 0) << made.err;
        return path;
    }

    static std::vector<std::string> lines(const std::string& text)
    {
        std::vector<std::string> out;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back(); // CSV lines end in CRLF (RFC 4180)
            out.push_back(line);
        }
        return out;
    }

    static bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

    static inline fs::path s_dir;
    static inline std::string s_handles, s_references;
};

TEST_F(PoolCliTest, PoolfindListsTheBlocksAsWinDbgDoesAndChecksThemAgainstTheTracker)
{
    const Outcome found = cli({"poolfind", s_handles, "Thre"});
    ASSERT_EQ(found.exitCode, 0) << found.err;
    const auto out = lines(found.out);
    // The heading, then one "ADDR : tag Thre, size 0x..., Nonpaged pool" line per block.
    ASSERT_FALSE(out.empty());
    EXPECT_TRUE(out[0].rfind("Scanning large pool allocation table for tag 0x65726854 (Thre)", 0) == 0) << out[0];
    const auto blockLines = std::count_if(out.begin(), out.end(), [](const std::string& l) {
        return l.size() > 20 && l.find(" : tag Thre, size ") == 16 && l.find(", Nonpaged pool") != std::string::npos;
    });
    // 4,000 leaked threads and the system's own.
    EXPECT_GT(blockLines, 4000);
    // The count against the tracker, all of it found; the one-line answer with the body offset.
    EXPECT_TRUE(has(found.out, "Thre (Nonpaged): ")) << found.out;
    EXPECT_TRUE(has(found.out, " found in the pool, 100%")) << found.out;
    EXPECT_TRUE(has(found.out, "4,000 of ")) << found.out;
    EXPECT_TRUE(has(found.out, " Thre blocks hold TERMINATED threads of xxxxxx.EXE (pid 0x8e8).")) << found.out;
    EXPECT_TRUE(has(found.out, "Each Thread object's body starts 0x40 bytes into its block")) << found.out;
    // Freed blocks that keep the tag are not counted, and said.
    EXPECT_TRUE(has(found.out, "free blocks still carry the tag")) << found.out;
    const Outcome free = cli({"poolfind", s_handles, "Thre", "--free"});
    EXPECT_TRUE(has(free.out, "Free blocks that still carry the tag 'Thre'")) << free.out;
    EXPECT_GT(lines(free.out).size(), out.size());
}

TEST_F(PoolCliTest, PoolfindGroupsTheThreadsByStateAndOwner)
{
    const Outcome grouped = cli({"poolfind", s_handles, "Thre", "--group-by", "type,state,owner", "--csv"});
    ASSERT_EQ(grouped.exitCode, 0) << grouped.err;
    const auto rows = lines(grouped.out);
    ASSERT_GE(rows.size(), 2u);
    EXPECT_EQ(rows[0], "type,state,owner,blocks,share,bytes,sample");
    EXPECT_TRUE(rows[1].rfind("Thread,TERMINATED,xxxxxx.EXE (pid 0x8e8),4000,", 0) == 0) << rows[1];
    // Text: a table with the same first row.
    const Outcome text = cli({"poolfind", s_handles, "Thre", "--group-by", "state,owner"});
    EXPECT_TRUE(has(text.out, "TERMINATED  xxxxxx.EXE (pid 0x8e8)")) << text.out;
    EXPECT_EQ(cli({"poolfind", s_handles, "Thre", "--group-by", "colour"}).exitCode, 2);
}

TEST_F(PoolCliTest, PoolfindJsonGivesEachBlockWithTheObjectInside)
{
    const Outcome json = cli({"poolfind", s_handles, "Thre", "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_TRUE(has(json.out, "\"object_type\": \"Thread\"")) << json.out.substr(0, 2000);
    EXPECT_TRUE(has(json.out, "\"object_state\": \"TERMINATED\""));
    EXPECT_TRUE(has(json.out, "\"owner\": \"xxxxxx.EXE (pid 0x8e8)\""));
    EXPECT_TRUE(has(json.out, "\"state\": \"free\"")); // scripts get the free blocks, marked
}

TEST_F(PoolCliTest, ADriversBlocksPointAtFileObjectsWithoutHandles)
{
    const Outcome leak = cli({"poolfind", s_references, "Leak", "--group-by", "pointer"});
    ASSERT_EQ(leak.exitCode, 0) << leak.err;
    EXPECT_TRUE(has(leak.out, "a File object with no handle")) << leak.out;
    EXPECT_TRUE(has(leak.out, "1,800")) << leak.out;
    const Outcome files = cli({"poolfind", s_references, "File"});
    EXPECT_TRUE(has(files.out, "1,800 of the objects are referenced (PointerCount > 0) and have no handle")) << files.out;
    const Outcome explain = cli({"explain", s_references});
    EXPECT_TRUE(has(explain.out, "a driver (leakydrv.sys) that takes references to File objects")) << explain.out;
}

TEST_F(PoolCliTest, PoolShowsTheBlockHoldingAnAddressAndTheObjectInIt)
{
    // An address inside a thread's body: the first block poolfind lists, 0x48 bytes in.
    const Outcome found = cli({"poolfind", s_handles, "Thre", "--csv"});
    const auto rows = lines(found.out);
    ASSERT_GE(rows.size(), 2u);
    const std::string block = rows[1].substr(0, rows[1].find(','));
    const unsigned long long address = std::stoull(block, nullptr, 16) + 0x48;
    const Outcome pool = cli({"pool", s_handles, fmt::format("{:x}", address)});
    ASSERT_EQ(pool.exitCode, 0) << pool.err;
    EXPECT_TRUE(has(pool.out, fmt::format("Pool page {:016x} region is Nonpaged pool", address))) << pool.out;
    EXPECT_TRUE(has(pool.out, fmt::format("*{:016x} size:", address - 0x48))) << pool.out;
    EXPECT_TRUE(has(pool.out, "(Allocated) *Thre")) << pool.out;
    EXPECT_TRUE(has(pool.out, "HandleCount")) << pool.out;
    EXPECT_TRUE(has(pool.out, "(OBJECT_HEADER), block + 0x40")) << pool.out;
    const unsigned long long body = address - 0x48 + 0x40;
    EXPECT_TRUE(has(pool.out, fmt::format("!thread {:08x}`{:08x}", body >> 32, body & 0xffffffffu))) << pool.out;
    EXPECT_EQ(cli({"pool", s_handles}).exitCode, 2);
}

TEST_F(PoolCliTest, ALogIsRefusedWithTheReason)
{
    const std::string log = (s_dir / "case.log").string();
    {
        std::ofstream out(log);
        out << "0: kd> !poolused 2\n Sorting by NonPaged Pool Consumed\n\n"
               "               NonPaged                  Paged\n"
               " Tag     Allocs         Used     Allocs         Used\n\n"
               " Thre     323160    208968960          0            0\n";
    }
    const Outcome refused = cli({"poolfind", log, "Thre"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(has(refused.err, "reads a kernel dump's pool pages")) << refused.err;
}

} // namespace
