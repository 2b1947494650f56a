// The lines poolscope-cli capture adds to poolmon screens, written and read back, and the
// poolmon reader on captures written by hand, damaged ones included.
#include "analysis/poolmon_capture_lines.h"
#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"

#include <gtest/gtest.h>

using namespace poolscope;

namespace {

std::string stripped(const std::string& line)
{
    std::string s = line;
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s.substr(s.find_first_not_of(' '));
}

SnapshotSeries read(const std::string& text)
{
    auto series = readPoolmon(decodeText(text, "capture.log"));
    EXPECT_TRUE(series) << series.error().describe();
    return series ? std::move(series.value()) : SnapshotSeries{};
}

constexpr const char* kScreens =
    " Captured: 2024-03-14 10:21:07 UTC  Elapsed: 0.000 s\n"
    " Commit: 7340032K Limit:20971520K Peak: 9437184K            Pool N:  512000K P:  800000K\n"
    " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
    "\n"
    " Thre Nonp    4000123   3676968   323155 336081200   1040\n"
    " Toke Paged    120000    119000     1000 3072000   3072\n"
    "\n"
    " Handles: 6700 xxxxxx.EXE: 323155 Thread, 12 Event\n"
    " Handles: 612 csrss.exe: 1450 Thread, 88 ALPC Port\n"
    "\n"
    " Captured: 2024-03-14 10:21:12 UTC  Elapsed: 5.002 s\n"
    " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
    "\n"
    " Thre Nonp    4005163 (5040)   3677008 (  40)   328155 341281200 (5200000)   1040\n"
    "\n"
    " Handles: 6700 xxxxxx.EXE: 328155 Thread, 12 Event\n"
    "\n";

} // namespace

TEST(CaptureLines, WrittenAndReadBack)
{
    const auto when = std::chrono::system_clock::time_point(std::chrono::seconds(1'710'411'667));
    const std::string captured = formatCapturedLine(when, 20.0034);
    EXPECT_EQ(captured, " Captured: 2024-03-14 10:21:07 UTC  Elapsed: 20.003 s\n");
    std::string why;
    ASSERT_TRUE(isCapturedLine(stripped(captured)));
    EXPECT_DOUBLE_EQ(*readCapturedLine(stripped(captured), why), 20.003);

    HandlesLine line{6700, "paged 2.exe", {{"Thread", 323155}, {"ALPC Port", 5}}};
    const std::string text = formatHandlesLine(line);
    EXPECT_EQ(text, " Handles: 6700 paged 2.exe: 323155 Thread, 5 ALPC Port\n");
    const auto back = readHandlesLine(stripped(text), why);
    ASSERT_TRUE(back) << why;
    EXPECT_EQ(back->pid, 6700u);
    EXPECT_EQ(back->image, "paged 2.exe");
    EXPECT_EQ(back->counts, line.counts);
}

TEST(CaptureLines, SeparatorsInNamesCannotBreakTheLine)
{
    HandlesLine line{42, "odd:name\n.exe", {{"Weird, Type", 3}}};
    std::string why;
    const auto back = readHandlesLine(stripped(formatHandlesLine(line)), why);
    ASSERT_TRUE(back) << why;
    EXPECT_EQ(back->image, "odd_name?.exe");
    ASSERT_EQ(back->counts.size(), 1u);
    EXPECT_EQ(back->counts.front().first, "Weird_ Type");
    const HandlesLine unnamed{9, "", {{"Event", 1}}};
    const auto noImage = readHandlesLine(stripped(formatHandlesLine(unnamed)), why);
    ASSERT_TRUE(noImage) << why;
    EXPECT_EQ(noImage->image, "");
}

TEST(CaptureLines, DamagedLinesSayWhatWasExpected)
{
    std::string why;
    EXPECT_FALSE(readCapturedLine("Captured: 2024-03-14 10:21:07 UTC", why));
    EXPECT_NE(why.find("Elapsed"), std::string::npos);
    EXPECT_FALSE(readCapturedLine("Captured: x  Elapsed: -3 s", why));
    EXPECT_FALSE(readHandlesLine("Handles: xx.exe: 1 Event", why));
    EXPECT_NE(why.find("process id"), std::string::npos);
    EXPECT_FALSE(readHandlesLine("Handles: 12 xx.exe 1 Event", why));
    EXPECT_NE(why.find("':'"), std::string::npos);
    EXPECT_FALSE(readHandlesLine("Handles: 12 xx.exe: Event 1", why));
    EXPECT_NE(why.find("COUNT TYPE"), std::string::npos);
    EXPECT_FALSE(readHandlesLine("Handles: 12 xx.exe: 99999999999999 Event", why));
    EXPECT_FALSE(readHandlesLine("Handles: 99999999999 xx.exe: 1 Event", why));
}

TEST(CaptureLines, TheReaderTakesTimesAndHandlesIntoEachScreen)
{
    const SnapshotSeries series = read(kScreens);
    ASSERT_EQ(series.size(), 2u);
    const Snapshot& first = series.snapshots[0];
    const Snapshot& second = series.snapshots[1];
    EXPECT_DOUBLE_EQ(*first.secondsSinceStart, 0.0);
    EXPECT_DOUBLE_EQ(*second.secondsSinceStart, 5.002);
    EXPECT_EQ(first.poolTags.size(), 2u);
    EXPECT_EQ(*first.summary.commitLimit, 20971520ull * 1024);
    ASSERT_EQ(first.processes.size(), 2u);
    EXPECT_EQ(first.processes[0].pid, 6700u);
    EXPECT_EQ(first.processes[0].address, 6700u); // keyed by pid: a capture has no EPROCESS
    EXPECT_EQ(first.processes[0].imageName, "xxxxxx.EXE");
    EXPECT_EQ(*first.processes[0].handleCount, 323167u);
    ASSERT_EQ(first.processes[1].handleCountsByType.size(), 2u);
    EXPECT_EQ(first.processes[1].handleCountsByType[1].type.str(), "ALPC Port");
    ASSERT_EQ(second.processes.size(), 1u);
    EXPECT_EQ(second.processes[0].handleCountsByType[0].count, 328155u);
    EXPECT_EQ(*second.poolTags[0].bytesDelta, 5200000);
    for (const Snapshot& s : series.snapshots)
        EXPECT_EQ(s.skipCounts.lines, 0u) << s.label;
}

TEST(CaptureLines, DamagedCaptureLinesAreSkippedWithTheirLine)
{
    std::string text = kScreens;
    text.replace(text.find("Handles: 612 csrss.exe:"), 23, "Handles: 612 csrss.exe ");
    text += " Handles: 6700 again.exe: 1 Event\n";
    const SnapshotSeries series = read(text);
    ASSERT_EQ(series.size(), 2u);
    const Snapshot& first = series.snapshots[0];
    EXPECT_EQ(first.processes.size(), 1u);
    EXPECT_EQ(first.skipCounts.lines, 1u);
    ASSERT_FALSE(first.diagnostics.empty());
    const bool named = std::any_of(first.diagnostics.begin(), first.diagnostics.end(),
                                   [](const Diagnostic& d) { return d.where.line == 9; });
    EXPECT_TRUE(named);
    // The same pid twice on one screen: the first line stands, and that is said.
    const Snapshot& second = series.snapshots[1];
    ASSERT_EQ(second.processes.size(), 1u);
    EXPECT_EQ(second.processes[0].imageName, "xxxxxx.EXE");
    EXPECT_TRUE(std::any_of(second.diagnostics.begin(), second.diagnostics.end(),
                            [](const Diagnostic& d) { return d.message.find("twice") != std::string::npos; }));
}

TEST(CaptureLines, AScreenOfHandlesAloneIsAScreen)
{
    const SnapshotSeries series = read(" Captured: 2024-03-14 10:21:07 UTC  Elapsed: 0.000 s\n"
                                       " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
                                       "\n"
                                       " Handles: 4 System: 2100 Thread\n"
                                       " Captured: 2024-03-14 10:21:12 UTC  Elapsed: 5.000 s\n"
                                       " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
                                       "\n"
                                       " Handles: 4 System: 2101 Thread\n");
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series.snapshots[1].processes.front().handleCountsByType.front().count, 2101u);
}
