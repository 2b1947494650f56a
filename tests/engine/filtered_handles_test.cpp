// Handle tables read through a filter (!mex.grep) that left out the PROCESS lines: the
// handles are still listed, under a record that says it stands for processes the log does
// not name, and no conclusion treats that record as one process. The inputs are the real
// !handle fixtures with the filter applied as the debugger extension applies it: only the
// lines that hold the pattern are printed.
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/handle_tally.h"
#include "analysis/conclusions/leak_queries.h"
#include "analysis/conclusions/suspects.h"
#include "analysis/text_source.h"
#include "analysis/windbg/unnamed_process.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

using namespace poolscope;

namespace {

using testdata::fileText;

Snapshot read(const std::string& text)
{
    auto snapshot = readWindbgLog(decodeText(text, "filtered.log"));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

// What "!mex.grep PATTERN <command>" prints of the command's output: the lines holding the
// pattern. The fixture's own prompt line is the command's, not its output.
std::string grep(const std::string& output, const std::string& pattern)
{
    std::istringstream in(output);
    std::string kept;
    for (std::string line; std::getline(in, line);)
        if (line.find(pattern) != std::string::npos && line.find("kd>") == std::string::npos)
            kept += line + "\n";
    return kept;
}

struct Entry {
    std::uint64_t value = 0;
    Address object = 0;
    std::uint32_t access = 0;
    bool isProtected = false;
};

// The handle entries of a !handle output, read here by their own pattern.
std::vector<Entry> entriesOf(const std::string& output)
{
    static const std::regex shape(R"(^([0-9a-f]{4}): Object: ([0-9a-f]{8})\s+GrantedAccess: ([0-9a-f]{8})(.*)$)");
    std::vector<Entry> out;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_match(line, m, shape))
            out.push_back({std::stoull(m[1], nullptr, 16), std::stoull(m[2], nullptr, 16),
                           static_cast<std::uint32_t>(std::stoul(m[3], nullptr, 16)),
                           m[4].str().find("(Protected)") != std::string::npos});
    }
    return out;
}

bool mentions(const std::vector<std::string>& texts, std::string_view part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

std::vector<std::string> diagnosticsOf(const Snapshot& s)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : s.diagnostics)
        out.push_back(d.message);
    return out;
}

} // namespace

TEST(FilteredHandles, EntriesWithoutTheirProcessLineAreListedUnderAnUnnamedProcess)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-handle__4.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const std::string fixture = fileText(path);
    const std::string filtered = grep(fixture, "Object:");
    ASSERT_EQ(filtered.find("PROCESS"), std::string::npos); // the filter hid the owner
    const auto expected = entriesOf(filtered);
    ASSERT_GE(expected.size(), 2u);

    const Snapshot s = read("0: kd> !mex.grep Object: !handle 0 4\n" + filtered);
    ASSERT_EQ(s.handles.size(), expected.size());
    for (const Entry& e : expected) {
        const auto it = std::find_if(s.handles.begin(), s.handles.end(), [&](const Handle& h) { return h.value == e.value; });
        ASSERT_NE(it, s.handles.end()) << std::hex << e.value;
        EXPECT_EQ(it->process, kUnnamedProcess);
        EXPECT_EQ(it->object, e.object);
        EXPECT_EQ(it->grantedAccess, e.access);
        EXPECT_EQ(it->isProtected, e.isProtected);
    }
    // One record stands for the owners, and says so.
    ASSERT_EQ(s.processes.size(), 1u);
    EXPECT_EQ(s.processes.front().address, kUnnamedProcess);
    EXPECT_EQ(s.processes.front().imageName, unnamedProcessLabel());
    EXPECT_FALSE(s.processes.front().pid);
    EXPECT_TRUE(mentions(diagnosticsOf(s), std::to_string(expected.size()) + " handle entries came without their PROCESS header"));
    EXPECT_FALSE(mentions(diagnosticsOf(s), "start over")); // one table: the values only rise
    EXPECT_EQ(s.skipCounts.lines, 0u);

    // The tally and the finding say where they are; no ranking takes the record for a process.
    const HandleTally tally = tallyHandles(s);
    EXPECT_EQ(tally.listed, expected.size());
    EXPECT_EQ(tally.listedUnnamed, expected.size());
    EXPECT_EQ(handleTallyText(tally), std::to_string(expected.size()) + " handles listed, all under " + unnamedProcessLabel());
    SnapshotSeries series;
    series.snapshots.push_back(s);
    const Explanation explanation = explainLeaks(series);
    EXPECT_TRUE(mentions(explanation.notes, std::to_string(expected.size()) + " handles are listed under " + unnamedProcessLabel()));
    EXPECT_FALSE(mentions(explanation.figures, "the most handles: " + unnamedProcessLabel()));
    for (const Suspect& suspect : rankSuspects(s))
        EXPECT_NE(suspect.kind, Suspect::Kind::ProcessHandles) << suspect.record;
}

TEST(FilteredHandles, ValuesStartingOverCountTheHiddenProcessesAndObjectLinesTypeTheHandle)
{
    const auto first = testdata::sharedFile("fixtures/windbg/cmd-handle__4.txt");
    const auto second = testdata::sharedFile("fixtures/windbg/cmd-handle__5.txt");
    if (first.empty() || second.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    // Two tables in one filtered output: the second one's values start below the first's
    // last, and its entry is followed by its object's line (which holds the pattern too).
    const std::string filtered = grep(fileText(first), "Object:") + grep(fileText(second), "Object:");
    const auto entries = entriesOf(filtered);
    const Snapshot s = read("0: kd> !mex.grep Object: !handle 0 3\n" + filtered);
    ASSERT_EQ(s.handles.size(), entries.size());
    EXPECT_TRUE(mentions(diagnosticsOf(s), "their handle values start over once: they belong to at least 2 processes"));
    // "0014: Object: e12751d0 ..." then "Object: e12751d0  Type: (80ec8db8) Key".
    const auto key = std::find_if(s.handles.begin(), s.handles.end(), [](const Handle& h) { return h.object == 0xe12751d0; });
    ASSERT_NE(key, s.handles.end());
    EXPECT_EQ(key->value, 0x14u);
    EXPECT_EQ(key->type, "Key");
    // Both tables hold their own handles; none was merged into another's.
    EXPECT_EQ(std::count_if(s.handles.begin(), s.handles.end(), [](const Handle& h) { return h.process == kUnnamedProcess; }),
              static_cast<std::ptrdiff_t>(entries.size()));
}

TEST(FilteredHandles, AnUnfilteredListingLaterNamesTheirProcess)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-handle__4.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const std::string fixture = fileText(path);
    const auto entries = entriesOf(fixture);
    // The filtered output first, then the same !handle as the debugger printed it.
    const Snapshot s = read("0: kd> !mex.grep Object: !handle 0 4\n" + grep(fixture, "Object:") + fixture);
    ASSERT_EQ(s.handles.size(), entries.size());
    for (const Handle& h : s.handles)
        EXPECT_EQ(h.process, 0x80559800u);
    EXPECT_TRUE(std::none_of(s.processes.begin(), s.processes.end(), [](const Process& p) { return p.address == kUnnamedProcess; }));
    EXPECT_TRUE(mentions(diagnosticsOf(s), std::to_string(entries.size())
                                               + " of the handle entries without a PROCESS header are listed again with their process"));
}

TEST(FilteredHandles, WithoutAFilterAnEntryBeforeAnyProcessLineIsStillSkipped)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-handle__4.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    // Pasted without the PROCESS line and without a filter's prompt: nothing says the owner
    // was left out on purpose, so the lines are counted as skipped, not given an owner.
    const std::string entries = grep(fileText(path), "Object:");
    const Snapshot s = read("kd> !handle 0 4\n" + entries);
    EXPECT_TRUE(s.handles.empty());
    EXPECT_EQ(s.skipCounts.lines, entriesOf(entries).size());
}
