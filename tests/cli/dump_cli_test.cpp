// poolscope-cli on kernel dumps written by poolscope-make-dump: both seed cases are found
// in the complete, kernel, bitmap and live formats by the commands an engineer runs first, and
// every broken dump gives its clear message and exit code.
#include "tests/support/program_run.h"
#include "tests/support/shared_data.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Outcome = poolscope::testdata::ProgramRun;

class DumpCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-dump-cli-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static Outcome run(const char* program, const std::vector<std::string>& args)
    {
        return poolscope::testdata::runProgram(program, args, s_dir);
    }
    static Outcome cli(const std::vector<std::string>& args) { return run(POOLSCOPE_CLI, args); }

    // Writes a dump; extra options go to poolscope-make-dump.
    static std::string makeDump(const std::string& name, const std::string& format, std::vector<std::string> extra = {})
    {
        const std::string path = (s_dir / name).string();
        std::vector<std::string> args{"--scenario", "both", "--build", "19041", "--format", format, "-o", path};
        args.insert(args.end(), extra.begin(), extra.end());
        const Outcome made = run(POOLSCOPE_MAKE_DUMP, args);
        EXPECT_EQ(made.exitCode, 0) << made.err;
        return path;
    }

    static std::vector<std::vector<std::string>> csv(const std::string& text)
    {
        std::vector<std::vector<std::string>> rows;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            std::vector<std::string> cells;
            std::string cell;
            std::istringstream fields(line);
            while (std::getline(fields, cell, ','))
                cells.push_back(cell);
            rows.push_back(cells);
        }
        return rows;
    }

    static inline fs::path s_dir;
};

// The seed cases, at the seeds' scale, through each dump format in turn.
class DumpFormats : public DumpCliTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(DumpFormats, BothSeedCasesAreFoundByTheFirstCommands)
{
    const std::string dump = makeDump(std::string("both-") + GetParam() + ".dmp", GetParam());

    // ports --owners: the deepest port holds the 156 IRPs; IOCPLeak.exe and svchost.exe hold it.
    const Outcome ports = cli({"ports", dump, "--owners", "--csv"});
    ASSERT_EQ(ports.exitCode, 0) << ports.err;
    const auto rows = csv(ports.out);
    ASSERT_GE(rows.size(), 2u);
    const auto& header = rows[0];
    const auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
    };
    ASSERT_LT(column("queued_entries"), header.size()) << ports.out;
    EXPECT_EQ(rows[1][column("queued_entries")], "156");
    EXPECT_EQ(rows[1][column("irps_seen")], "156");
    EXPECT_EQ(rows[1][column("packets")], "0");
    EXPECT_EQ(rows[1][column("waiting_threads")], "0");
    const std::string port = rows[1][column("port")];
    const Outcome owners = cli({"ports", dump, "--owners"});
    EXPECT_NE(owners.out.find("IOCPLeak.exe"), std::string::npos) << owners.out;
    EXPECT_NE(owners.out.find("held by svchost.exe (pid 0x358), IOCPLeak.exe (pid 0x1a2c)"), std::string::npos)
        << owners.out;

    // irps --port: every queued IRP is complete, from IOCPLeak.exe, through File.txt.
    const Outcome irps = cli({"irps", dump, "--port", port, "--csv"});
    ASSERT_EQ(irps.exitCode, 0) << irps.err;
    const auto irpRows = csv(irps.out);
    ASSERT_EQ(irpRows.size(), 157u) << irps.out.substr(0, 400);
    for (std::size_t i = 1; i < irpRows.size(); ++i) {
        const std::string& line = irpRows[i].front();
        EXPECT_FALSE(line.empty());
    }
    EXPECT_EQ(std::count(irps.out.begin(), irps.out.end(), '\n'), 157);
    const Outcome irpText = cli({"irps", dump, "--port", port});
    EXPECT_NE(irpText.out.find("\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt"), std::string::npos);
    EXPECT_NE(irpText.out.find("IOCPLeak.exe"), std::string::npos);

    // walk: the same port's queue, entry by entry, back at its head; IRPs, not packets.
    const Outcome walk = cli({"walk", dump, "--port", port, "--csv"});
    ASSERT_EQ(walk.exitCode, 0) << walk.err;
    const auto steps = csv(walk.out);
    ASSERT_EQ(steps.size(), 157u);
    EXPECT_EQ(steps[0][3], "kind");
    for (std::size_t i = 1; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i][0], std::to_string(i));
        EXPECT_EQ(steps[i][3], "IRP");
        if (i + 1 < steps.size()) {
            EXPECT_EQ(steps[i][8], steps[i + 1][1]); // Flink = the next entry
        }
    }

    // handles --by-type: xxxxxx.EXE's 323,155 thread handles lead.
    const Outcome handles = cli({"handles", dump, "--by-type"});
    ASSERT_EQ(handles.exitCode, 0) << handles.err;
    const auto firstRow = handles.out.find("0x8e8  xxxxxx.EXE    Thread         323,155");
    EXPECT_NE(firstRow, std::string::npos) << handles.out.substr(0, 600);
    EXPECT_NE(handles.out.find("xxxxxx.EXE    Key             65,110"), std::string::npos);

    // tags: Thre leads the nonpaged pool, summed over both processors' tracker tables.
    const Outcome tags = cli({"tags", dump, "--top", "3", "--csv"});
    ASSERT_EQ(tags.exitCode, 0) << tags.err;
    const auto tagRows = csv(tags.out);
    ASSERT_GE(tagRows.size(), 2u);
    EXPECT_EQ(tagRows[1][0], "Thre");

    // summary says what the file is and where the type information came from.
    const Outcome summary = cli({"summary", dump});
    EXPECT_NE(summary.out.find("Type information  built-in table for build 19041"), std::string::npos) << summary.out;
    const std::map<std::string, std::string> kinds{{"full", "complete memory dump"},
                                                   {"kernel", "kernel memory dump (bitmap)"},
                                                   {"bitmap", "complete memory dump (bitmap)"},
                                                   {"live", "live kernel memory dump"},
                                                   {"rdmp", "kernel memory dump written by .dump /k"}};
    const std::string kind = kinds.at(GetParam());
    EXPECT_NE(summary.out.find(fmt::format("both-{}.dmp ({})", GetParam(), kind)), std::string::npos)
        << summary.out.substr(0, 200);
    fs::remove(dump);
}

INSTANTIATE_TEST_SUITE_P(Formats, DumpFormats, ::testing::Values("full", "kernel", "bitmap", "live", "rdmp"));

// The Windows 11 customers run today: 23H2's layout and 24H2's moved _EPROCESS and
// _ETHREAD, read with the built-in rows after checking them on the dump.
TEST_F(DumpCliTest, Windows11And2025DumpsShowBothSeedCases)
{
    for (const char* build : {"22631", "26100"}) {
        SCOPED_TRACE(build);
        const std::string dump = makeDump(fmt::format("win11-{}.dmp", build), "kernel", {"--build", build});
        const Outcome ports = cli({"ports", dump, "--owners"});
        ASSERT_EQ(ports.exitCode, 0) << ports.err;
        EXPECT_NE(ports.out.find("holds 156 queued entries and no thread waits on it; held by svchost.exe (pid "
                                 "0x358), IOCPLeak.exe (pid 0x1a2c)"),
                  std::string::npos)
            << ports.out;
        const Outcome handles = cli({"handles", dump, "--by-type", "--top", "1"});
        ASSERT_EQ(handles.exitCode, 0) << handles.err;
        EXPECT_NE(handles.out.find("xxxxxx.EXE (pid 0x8e8) holds 323,155 Thread handles"), std::string::npos)
            << handles.out;
        const Outcome summary = cli({"summary", dump, "--verbose"});
        EXPECT_NE(summary.err.find(fmt::format("layout of build {}, checked on this dump: 14 processes round-trip",
                                               std::string(build) == "22631" ? "22621" : "26100")),
                  std::string::npos)
            << summary.err;
        fs::remove(dump);
    }
}

// Two dumps of different Windows builds are not one system before and after: diff says so
// before its tables; two of one build do not get the warning.
TEST_F(DumpCliTest, DiffOfTwoBuildsSaysTheyAreNotOneSystem)
{
    const std::vector<std::string> small{"--threads", "200"};
    const std::string win10 = makeDump("diff-19041.dmp", "kernel", small);
    std::vector<std::string> win11Options{"--build", "26100"};
    win11Options.insert(win11Options.end(), small.begin(), small.end());
    const std::string win11 = makeDump("diff-26100.dmp", "kernel", win11Options);
    const Outcome builds = cli({"diff", win10, win11});
    ASSERT_EQ(builds.exitCode, 0) << builds.err;
    const std::string said = "The two snapshots are of different Windows builds (19041 before, 26100 after)";
    EXPECT_NE((builds.out + builds.err).find(said), std::string::npos) << builds.out << builds.err;
    const Outcome same = cli({"diff", win10, win10});
    ASSERT_EQ(same.exitCode, 0) << same.err;
    EXPECT_EQ((same.out + same.err).find("different Windows builds"), std::string::npos) << same.out << same.err;
    fs::remove(win10);
    fs::remove(win11);
}

TEST_F(DumpCliTest, BrokenDumpsGiveTheirClearMessage)
{
    const std::vector<std::string> small{"--threads", "50"};
    const auto damaged = [&](const std::string& damage) {
        std::vector<std::string> extra = small;
        extra.insert(extra.end(), {"--damage", damage});
        return makeDump(damage + ".dmp", "full", extra);
    };

    const Outcome truncated = cli({"ports", damaged("truncated")});
    EXPECT_EQ(truncated.exitCode, 0);
    EXPECT_NE(truncated.err.find("pages missing; what lay in the missing pages is reported as unreadable"),
              std::string::npos)
        << truncated.err;
    EXPECT_NE(truncated.err.find("truncated: "), std::string::npos) << truncated.err;

    const Outcome signature = cli({"ports", damaged("bad-signature")});
    EXPECT_EQ(signature.exitCode, 1);
    EXPECT_NE(signature.err.find("bad-signature.dmp: not a Windows kernel dump"), std::string::npos) << signature.err;

    const Outcome cyclic = cli({"ports", damaged("cyclic-queue")});
    EXPECT_EQ(cyclic.exitCode, 0);
    EXPECT_NE(cyclic.err.find("the queue comes round to"), std::string::npos) << cyclic.err;
    EXPECT_NE(cyclic.out.find("Deepest port"), std::string::npos);
    const Outcome cycleWalk = cli({"walk", (s_dir / "cyclic-queue.dmp").string(), "--json"});
    EXPECT_EQ(cycleWalk.exitCode, 0);
    EXPECT_NE(cycleWalk.out.find("{\"figure\": \"end\", \"value\": \"cycle\"}"), std::string::npos) << cycleWalk.out;
    EXPECT_NE(cycleWalk.out.find("{\"figure\": \"cycle_onto\", \"value\": 10}"), std::string::npos);
    EXPECT_NE(cycleWalk.out.find("the list closes at step 157 onto step 10"), std::string::npos);

    const Outcome outside = cli({"handles", damaged("handle-table-outside"), "--by-type"});
    EXPECT_EQ(outside.exitCode, 0);
    EXPECT_NE(outside.err.find("handle table directory 0xffffd10000000000"), std::string::npos) << outside.err;
    EXPECT_NE(outside.out.find("xxxxxx.EXE"), std::string::npos);

    const Outcome typeIndex = cli({"handles", damaged("type-index-out-of-range"), "--by-type", "--verbose"});
    EXPECT_EQ(typeIndex.exitCode, 0);
    EXPECT_NE(typeIndex.err.find("decodes to 240, past the"), std::string::npos) << typeIndex.err;

    const Outcome unknown = cli({"summary", makeDump("future.dmp", "bitmap", {"--threads", "5", "--guid",
                                                                          "0123456789ABCDEF0123456789ABCDEF"})});
    EXPECT_EQ(unknown.exitCode, 0) << unknown.err;
    EXPECT_NE(unknown.out.find("0123456789ABCDEF0123456789ABCDEF-1"), std::string::npos) << unknown.out;
}

TEST_F(DumpCliTest, AKernelLaidOutFromAnIsfFileIsReadWithItsSymbols)
{
    const fs::path isf = poolscope::testdata::sharedFile("reference/isf/879AD95F3461091BB6318FA98072AD8E-1.json.xz");
    if (isf.empty())
        GTEST_SKIP() << "../shared is absent";
    // Server 2022's layout from its symbol file, written under a build number the table
    // lacks: only the symbols can read it.
    const std::string path = (s_dir / "server.dmp").string();
    const Outcome made = run(POOLSCOPE_MAKE_DUMP, {"--scenario", "iocp-leak", "--symbols", isf.string(), "--build", "20349",
                                                   "--format", "kernel", "-o", path});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    EXPECT_NE(made.out.find("symbols"), std::string::npos) << made.out;

    // Without them, the nearest older row (20348) is tried on the dump, fits, and is used.
    const Outcome without = cli({"summary", path});
    EXPECT_EQ(without.exitCode, 0) << without.err;
    EXPECT_NE(without.out.find("Type information  built-in table for build 20348 (the nearest older than build 20349)"),
              std::string::npos)
        << without.out;

    const Outcome with = cli({"ports", path, "--symbols", isf.parent_path().string()});
    ASSERT_EQ(with.exitCode, 0) << with.err;
    EXPECT_NE(with.out.find("holds 156 queued entries and no thread waits on it"), std::string::npos) << with.out;
    const Outcome summary = cli({"summary", path, "--symbols", isf.parent_path().string()});
    EXPECT_NE(summary.out.find("Type information  symbols " + isf.string()), std::string::npos) << summary.out;
}

TEST_F(DumpCliTest, MakeDumpRefusesWhatItCannotBuild)
{
    const Outcome noBuild = run(POOLSCOPE_MAKE_DUMP, {"--scenario", "both", "--build", "10586", "--format", "full", "-o",
                                                  (s_dir / "x.dmp").string()});
    EXPECT_EQ(noBuild.exitCode, 2);
    EXPECT_NE(noBuild.err.find("build 10586 is not in the built-in table"), std::string::npos) << noBuild.err;
    const Outcome help = run(POOLSCOPE_MAKE_DUMP, {"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("--damage KIND"), std::string::npos);
}

// The formats Windows writes, by name: the dump type and page index in the file's header,
// and --size as the machine's RAM (the complete dump holds all of it).
TEST_F(DumpCliTest, MakeDumpWritesTheFormatsWindowsWrites)
{
    const auto header = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        std::vector<char> bytes(0x2008);
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        std::uint32_t type = 0;
        std::memcpy(&type, bytes.data() + 0xf98, 4);
        return std::pair{type, std::string(bytes.data() + 0x2000, 8)};
    };
    const std::vector<std::string> small{"--threads", "5"};
    const std::array<std::tuple<const char*, std::uint32_t, const char*>, 4> formats{
        {{"full", 1, ""}, {"kernel", 5, "SDMPDUMP"}, {"bitmap", 5, "FDMPDUMP"}, {"live", 6, "SDMPDUMP"}}};
    for (const auto& [format, type, signature] : formats) {
        const std::string path = makeDump(std::string("format-") + format + ".dmp", format, small);
        const auto [written, bitmap] = header(path);
        EXPECT_EQ(written, type) << format;
        if (*signature) {
            EXPECT_EQ(bitmap, signature) << format;
        }
        const Outcome summary = cli({"summary", path});
        EXPECT_EQ(summary.exitCode, 0) << format << summary.err;
        EXPECT_NE(summary.out.find("Processes         14"), std::string::npos) << format << summary.out;
        fs::remove(path);
    }
    std::vector<std::string> oneGb = small;
    oneGb.insert(oneGb.end(), {"--size", "1"});
    const std::string complete = makeDump("one-gb.dmp", "full", oneGb);
    EXPECT_EQ(fs::file_size(complete), 0x2000u + (1ull << 30));
    fs::remove(complete);
}

} // namespace
