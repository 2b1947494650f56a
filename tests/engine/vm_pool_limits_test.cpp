// !vm on Windows 10/11 prints the size of the pools' address range (16 TB on x64) as their
// maximum: no limit. The reader keeps it out of the maxima and says the pools have no fixed
// maximum; the figures that mean something (usage per node, commit, the failures !vm counts)
// are kept, and a failure count above zero becomes a finding.
#include "analysis/conclusions/explain.h"
#include "analysis/report/html_report.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/html_check.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

Snapshot read(const std::string& text)
{
    auto snapshot = readWindbgLog(decodeText(text, "vm.log"));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

bool mentions(const Snapshot& s, std::string_view part)
{
    return std::any_of(s.diagnostics.begin(), s.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.message.find(part) != std::string::npos; });
}

bool mentions(const std::vector<std::string>& texts, std::string_view part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

// `!vm` on Windows 10 19041 (lkd, 16 GB), as a public blog post on Windows internals prints
// it: two NUMA nodes' lines, two failure banners, the 16 TB "maximum".
const std::string kWindows10Vm = "lkd> !vm\n"
                                 "Page File: \\??\\C:\\pagefile.sys\n"
                                 "  Current:   3014656 Kb  Free Space:   3014648 Kb\n"
                                 "  Minimum:   3014656 Kb  Maximum:     50331648 Kb\n"
                                 "No Name for Paging File\n"
                                 "  Current:  67107824 Kb  Free Space:  67107132 Kb\n"
                                 "  Minimum:  67107824 Kb  Maximum:     67107824 Kb\n"
                                 "\n"
                                 "Physical Memory:          4194044 (   16776176 Kb)\n"
                                 "Available Pages:          3332119 (   13328476 Kb)\n"
                                 "ResAvail Pages:           3959228 (   15836912 Kb)\n"
                                 "Locked IO Pages:                0 (          0 Kb)\n"
                                 "Free System PTEs:      4294985064 (17179940256 Kb)\n"
                                 "\n"
                                 "******* 464832 kernel stack PTE allocations have failed ******\n"
                                 "\n"
                                 "\n"
                                 "******* 459598336 kernel stack growth attempts have failed ******\n"
                                 "\n"
                                 "Modified Pages:             26112 (     104448 Kb)\n"
                                 "Modified PF Pages:          25658 (     102632 Kb)\n"
                                 "Modified No Write Pages:       38 (        152 Kb)\n"
                                 "NonPagedPool    0:            231 (        924 Kb)\n"
                                 "NonPagedPoolNx  0:          17887 (      71548 Kb)\n"
                                 "NonPagedPool    1:              8 (         32 Kb)\n"
                                 "NonPagedPoolNx  1:          12233 (      48932 Kb)\n"
                                 "NonPagedPool Usage:           239 (        956 Kb)\n"
                                 "NonPagedPoolNx Usage:       30120 (     120480 Kb)\n"
                                 "NonPagedPool Max:      4294967296 (17179869184 Kb)\n"
                                 "PagedPool  0:               21987 (      87948 Kb)\n"
                                 "PagedPool  1:               15796 (      63184 Kb)\n"
                                 "PagedPool Usage:            37783 (     151132 Kb)\n"
                                 "PagedPool Maximum:     4294967296 (17179869184 Kb)\n"
                                 "Processor Commit:            2494 (       9976 Kb)\n"
                                 "Session Commit:              2920 (      11680 Kb)\n"
                                 "Shared Commit:              73067 (     292268 Kb)\n"
                                 "Special Pool:                   0 (          0 Kb)\n"
                                 "Kernel Stacks:              13104 (      52416 Kb)\n"
                                 "NonPagedPool Commit:        63749 (     254996 Kb)\n"
                                 "PagedPool Commit:           37783 (     151132 Kb)\n"
                                 "Driver Commit:              11926 (      47704 Kb)\n"
                                 "Sum System Commit:         262839 (    1051356 Kb)\n"
                                 "Total Private:             541657 (    2166628 Kb)\n"
                                 "Misc/Transient Commit:        683 (       2732 Kb)\n"
                                 "Committed pages:           805179 (    3220716 Kb)\n"
                                 "Commit limit:             4947708 (   19790832 Kb)\n";

std::string without(std::string text, std::string_view line)
{
    const std::size_t at = text.find(line);
    if (at != std::string::npos)
        text.erase(at, text.find('\n', at) + 1 - at);
    return text;
}

} // namespace

TEST(VmPoolLimits, Windows10HasNoFixedMaximum)
{
    const Snapshot s = read(kWindows10Vm);
    EXPECT_EQ(s.summary.nonPagedUsage, (956u + 120480u) * 1024);
    EXPECT_EQ(s.summary.pagedUsage, 151132u * 1024);
    EXPECT_FALSE(s.summary.nonPagedMaximum);
    EXPECT_FALSE(s.summary.pagedMaximum);
    EXPECT_TRUE(s.summary.noFixedMaximum);
    EXPECT_EQ(s.summary.commit, 3220716ull * 1024);
    EXPECT_EQ(s.summary.commitLimit, 19790832ull * 1024);
    ASSERT_EQ(s.summary.failures.size(), 2u);
    EXPECT_EQ(s.summary.failures[0].what, "kernel stack PTE allocations");
    EXPECT_EQ(s.summary.failures[0].count, 464832u);
    EXPECT_EQ(s.summary.failures[1].what, "kernel stack growth attempts");
    EXPECT_EQ(s.summary.failures[1].count, 459598336u);
    EXPECT_TRUE(mentions(s, "!vm prints 16.0 TB as a pool maximum"));
    // The nodes' lines add up to the usage lines: nothing to warn about.
    EXPECT_FALSE(mentions(s, "per node"));
    EXPECT_EQ(s.skipCounts.lines, 0u);

    SnapshotSeries series;
    series.snapshots.push_back(s);
    const Explanation explanation = explainLeaks(series);
    EXPECT_TRUE(mentions(explanation.notes, "!vm counts 464,832 kernel stack PTE allocations that have failed since boot"));
    EXPECT_TRUE(mentions(explanation.notes, "!vm counts 459,598,336 kernel stack growth attempts that have failed since boot"));
    ASSERT_TRUE(explanation.nothingStandsOut);
    EXPECT_TRUE(mentions(explanation.figures, "nonpaged pool in use: 119 MB, no fixed maximum"));
    EXPECT_FALSE(mentions(explanation.figures, "TB"));
}

TEST(VmPoolLimits, TheNodesStandInForAMissingUsageLineAndAreCheckedAgainstIt)
{
    const Snapshot cut = read(without(without(kWindows10Vm, "NonPagedPool Usage:"), "NonPagedPoolNx Usage:"));
    EXPECT_EQ(cut.summary.nonPagedUsage, (924u + 71548u + 32u + 48932u) * 1024);
    EXPECT_FALSE(mentions(cut, "per node"));

    std::string damaged = kWindows10Vm;
    damaged.replace(damaged.find("NonPagedPoolNx  1:          12233 (      48932 Kb)"),
                    std::string_view("NonPagedPoolNx  1:          12233 (      48932 Kb)").size(),
                    "NonPagedPoolNx  1:          12232 (      48928 Kb)");
    const Snapshot s = read(damaged);
    EXPECT_EQ(s.summary.nonPagedUsage, (956u + 120480u) * 1024); // the usage line is kept
    EXPECT_TRUE(mentions(s, "!vm: the NonPagedPool lines per node add up to 121432 Kb, its usage line says 121436 Kb"));
}

TEST(VmPoolLimits, AnOlderSystemsMaximumIsAFixedLimit)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-vm__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const Snapshot s = read(text.str());
    EXPECT_FALSE(s.summary.noFixedMaximum);
    EXPECT_EQ(s.summary.nonPagedMaximum, 25008u * 1024);
    EXPECT_EQ(s.summary.pagedMaximum, 53248u * 1024);
    EXPECT_TRUE(s.summary.failures.empty());
    // Its "PagedPool N Usage" lines add up to the pool's usage line.
    EXPECT_FALSE(mentions(s, "per node"));
}

TEST(VmPoolLimits, AMaximumAbovePhysicalMemoryLimitsNothing)
{
    // Nonpaged pool lives in physical memory: a 1.5 GB maximum on a machine with 1 GB of it
    // is no limit, whatever the build.
    const Snapshot s = read("kd> !vm\n"
                            "Physical Memory:           262144 (    1048576 Kb)\n"
                            "NonPagedPool Usage:         10000 (      40000 Kb)\n"
                            "NonPagedPool Max:          393216 (    1572864 Kb)\n"
                            "\\*\\*\\*\\*\\*\\*\\* 12 system PTE allocations have failed \\*\\*\\*\\*\\*\\*\n");
    EXPECT_FALSE(s.summary.nonPagedMaximum);
    EXPECT_TRUE(s.summary.noFixedMaximum);
    ASSERT_EQ(s.summary.failures.size(), 1u); // the banner with its stars escaped by Markdown
    EXPECT_EQ(s.summary.failures.front().what, "system PTE allocations");
    EXPECT_EQ(s.summary.failures.front().count, 12u);
}

TEST(VmPoolLimits, TheReportSaysThereIsNoFixedMaximum)
{
    SnapshotSeries series;
    series.snapshots.push_back(read(kWindows10Vm));
    const PoolTagDatabase descriptions = PoolTagDatabase::builtin();
    ReportInput input;
    input.series = &series;
    input.files = {"vm.log"};
    input.sourceKind = "WinDbg/KD log";
    input.descriptions = &descriptions;
    const testdata::HtmlDocument doc = testdata::parseHtml(buildHtmlReport(input, nullptr).html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    const testdata::HtmlElement* pools = doc.byId("pool-usage");
    ASSERT_NE(pools, nullptr);
    const std::string text = doc.text(*pools);
    EXPECT_NE(text.find("119 MB (no fixed maximum on this Windows: nonpaged pool is bounded by physical memory)"), std::string::npos)
        << text;
    EXPECT_NE(text.find("148 MB (no fixed maximum on this Windows: paged pool is bounded by the commit limit)"), std::string::npos);
    EXPECT_NE(text.find("kernel stack PTE allocations failed (since boot) 464,832"), std::string::npos) << text;
    EXPECT_EQ(text.find("16.0 TB"), std::string::npos);
}
