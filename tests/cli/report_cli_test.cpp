// poolscope-cli report as a colleague gets it: one HTML file, written over ssh without a
// display, read back as a browser would (well formed, every image a real PNG inline,
// nothing linked from outside), with the findings of both seed cases; a series of
// captures; the real seeds; and the mistakes a script can make.
#include "tests/support/html_check.h"
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
using namespace poolscope::testdata;

namespace {

class ReportCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-report-cli-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
        const ProgramRun made = runProgram(POOLSCOPE_MAKE_DUMP,
                                           {"--scenario", "both", "--build", "19041", "--format", "bitmap", "--threads",
                                            "2000", "-o", file("both.dmp")},
                                           s_dir);
        ASSERT_EQ(made.exitCode, 0) << made.err;
        // One capture cut in two at a screen boundary: the two files of one system, oldest first.
        PoolmonLogOptions options;
        options.screens = 12;
        options.tagsPerScreen = 60;
        const std::string capture = generatePoolmonLog(options);
        // Each screen starts with poolmon's " Memory:" line.
        std::size_t cut = capture.find(" Memory:");
        for (int screen = 0; screen < 6; ++screen)
            cut = capture.find("\n Memory:", cut + 1);
        ASSERT_NE(cut, std::string::npos);
        write("monday.log", capture.substr(0, cut + 1));
        write("tuesday.log", capture.substr(cut + 1));
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static void write(const std::string& name, const std::string& content)
    {
        std::ofstream(s_dir / name, std::ios::binary) << content;
    }
    static std::string read(const std::string& name)
    {
        std::ifstream in(s_dir / name, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    static std::string file(const std::string& name) { return (s_dir / name).string(); }
    static ProgramRun cli(const std::vector<std::string>& args) { return runProgram(POOLSCOPE_CLI, args, s_dir); }
    // As over ssh: no display, no platform chosen.
    static ProgramRun cliWithoutDisplay(const std::vector<std::string>& args)
    {
        std::vector<std::string> all{"-u", "QT_QPA_PLATFORM", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", POOLSCOPE_CLI};
        all.insert(all.end(), args.begin(), args.end());
        return runProgram("env", all, s_dir);
    }
    static bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

    static std::string textOf(const HtmlDocument& doc, std::string_view id)
    {
        const HtmlElement* e = doc.byId(id);
        return e ? doc.text(*e) : std::string();
    }

    // Every image is a PNG inside the file, drawn at twice its size on the page.
    static std::size_t expectInlinePngs(const HtmlDocument& doc)
    {
        const auto images = doc.named("img");
        for (const HtmlElement* img : images) {
            const std::string& src = img->attributes.at("src");
            EXPECT_EQ(src.rfind("data:image/png;base64,", 0), 0u) << src.substr(0, 40);
            const auto bytes = decodeBase64(src.substr(src.find(',') + 1));
            if (!bytes) {
                ADD_FAILURE() << "not base64";
                continue;
            }
            const auto png = checkPng(*bytes);
            if (!png) {
                ADD_FAILURE() << "not a PNG: " << img->attributes.at("alt");
                continue;
            }
            EXPECT_EQ(png->width, 2 * std::stoul(img->attributes.at("width")));
            EXPECT_EQ(png->height, 2 * std::stoul(img->attributes.at("height")));
            EXPECT_FALSE(img->attributes.at("alt").empty());
        }
        EXPECT_FALSE(has(doc.source, "http://"));
        EXPECT_FALSE(has(doc.source, "https://"));
        for (const HtmlElement* script : doc.named("script"))
            EXPECT_EQ(script->attributes.count("src"), 0u);
        return images.size();
    }

    static inline fs::path s_dir;
};

} // namespace

#if POOLSCOPE_REPORT_CHARTS

TEST_F(ReportCliTest, ADumpOfBothCasesWithoutADisplay)
{
    const ProgramRun run = cliWithoutDisplay({"report", file("both.dmp"), "-o", file("both.html")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string html = read("both.html");
    EXPECT_TRUE(has(run.out, "Wrote " + file("both.html") + " (")) << run.out;
    EXPECT_TRUE(has(run.out, "): 4 findings, 3 charts.")) << run.out;
    // Nothing of Qt's own chatter about the off-screen platform.
    EXPECT_EQ(run.err, "");
    EXPECT_GT(html.size(), 50u * 1024);
    EXPECT_LT(html.size(), 3u * 1024 * 1024);

    const HtmlDocument doc = parseHtml(html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    EXPECT_EQ(expectInlinePngs(doc), 3u);
    for (const char* id : {"source", "findings", "tags", "ports", "handles", "processes", "skipped", "finding-1"})
        EXPECT_NE(doc.byId(id), nullptr) << id;
    // Both seed cases, with the figures and the commands to confirm them.
    const std::string findings = textOf(doc, "findings");
    EXPECT_TRUE(has(findings, "xxxxxx.EXE (pid 0x8e8) holds 2,000 handles to exited threads")) << findings;
    EXPECT_TRUE(has(findings, "IOCPLeak.exe (pid 0x1a2c) issued 156 of the 156 and holds a handle to the port"));
    EXPECT_TRUE(has(findings, "156 entries queued, 156 of them IRPs, and no thread waits on it"));
    std::vector<std::string> codes;
    for (const HtmlElement* code : doc.named("code"))
        codes.push_back(doc.text(*code));
    for (const char* command : {"!icpleak 1", "!irpfind", "!poolused 2 Thre", "!vm", "!process 0 0"})
        EXPECT_NE(std::find(codes.begin(), codes.end(), command), codes.end()) << command;
    EXPECT_TRUE(has(textOf(doc, "source"), "Type information built-in table for build 19041"));
    EXPECT_TRUE(has(textOf(doc, "source"), "File " + file("both.dmp")));
    EXPECT_TRUE(has(doc.source, "<meta name=\"generator\" content=\"PoolScope 0.1.0 (commit "));

    // --top keeps fewer rows and says how many it left out: 14 processes, 5 kept.
    const ProgramRun top = cli({"report", file("both.dmp"), "-o", file("top.html"), "--top", "5"});
    ASSERT_EQ(top.exitCode, 0) << top.err;
    const HtmlDocument shorter = parseHtml(read("top.html"));
    ASSERT_TRUE(shorter.error.empty()) << shorter.error;
    EXPECT_TRUE(has(textOf(shorter, "processes"), "9 more rows not shown (the table keeps the first 5). All of them: "
                                                  "poolscope-cli processes " + file("both.dmp")))
        << textOf(shorter, "processes");
}

TEST_F(ReportCliTest, SeveralCapturesAreOneSeries)
{
    const ProgramRun run = cli({"report", file("monday.log"), file("tuesday.log"), "-o", file("series.html")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const HtmlDocument doc = parseHtml(read("series.html"));
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    EXPECT_GE(expectInlinePngs(doc), 2u); // the top tags and the growth
    ASSERT_NE(doc.byId("growth"), nullptr);
    EXPECT_EQ(doc.within(*doc.byId("growth"), "img").size(), 1u);
    const std::string source = textOf(doc, "source");
    EXPECT_TRUE(has(source, "Files, oldest first " + file("monday.log") + " " + file("tuesday.log"))) << source;
    EXPECT_TRUE(has(source, "Snapshots 12 snapshots")) << source;
    EXPECT_TRUE(has(textOf(doc, "growth"), "tags grow steadily: the first rows.")) << textOf(doc, "growth");
    EXPECT_TRUE(has(doc.text(*doc.named("title").front()), "tuesday.log and 1 more"));
}

TEST_F(ReportCliTest, TheRealSeeds)
{
    const auto iocp = sharedFile("seeds/002_fe80fed602300250.txt");
    const auto handles = sharedFile("seeds/004_5534fcd0e08ba444.txt");
    if (iocp.empty() || handles.empty())
        GTEST_SKIP() << "../shared/seeds is not here";
    ProgramRun run = cli({"report", iocp.string(), "-o", file("seed002.html")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    HtmlDocument doc = parseHtml(read("seed002.html"));
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    expectInlinePngs(doc);
    EXPECT_TRUE(has(textOf(doc, "finding-1"), "they wait on completion port ffffe000`05248840")) << textOf(doc, "finding-1");
    EXPECT_TRUE(has(textOf(doc, "finding-1"), "no thread waits on it (max concurrency 8)"));

    run = cli({"report", handles.string(), "-o", file("seed004.html")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    // The reader's warnings go to stderr as for every command.
    EXPECT_TRUE(has(run.err, "lines of command output could not be read and were skipped")) << run.err;
    doc = parseHtml(read("seed004.html"));
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    expectInlinePngs(doc);
    EXPECT_TRUE(has(textOf(doc, "finding-1"), "xxxxxx.EXE (pid 0x8e8) holds 323,155 Thread handles, 83% of its 388,386 handles"));
    EXPECT_TRUE(has(textOf(doc, "skipped"), "Lines of command output skipped 18"));
}

TEST_F(ReportCliTest, MistakesAreSaid)
{
    ProgramRun run = cli({"report", file("both.dmp")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(has(run.err, "report writes a file: give it with -o REPORT.html")) << run.err;
    run = cli({"report", file("both.dmp"), "-o", file("x.html"), "--csv"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(has(run.err, "--csv and --json do not apply")) << run.err;
    run = cli({"tags", file("both.dmp"), "-o", file("x.html")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(has(run.err, "-o is for report")) << run.err;
    EXPECT_FALSE(fs::exists(s_dir / "x.html"));
    // A folder that does not exist: the input was fine, the file could not be written.
    const std::string nowhere = file("no-such-folder/report.html");
    run = cli({"report", file("monday.log"), "-o", nowhere});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(has(run.err, nowhere + ": the report could not be written")) << run.err;
    run = cli({"help", "report"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(has(run.out, "usage: poolscope-cli report FILE... -o REPORT.html")) << run.out;
}

#else

TEST_F(ReportCliTest, UnavailableWithoutQt)
{
    const ProgramRun run = cli({"report", file("monday.log"), "-o", file("x.html")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(has(run.err, "report is not available in this build")) << run.err;
    EXPECT_FALSE(fs::exists(s_dir / "x.html"));
}

#endif
