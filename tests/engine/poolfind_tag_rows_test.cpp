// A log that shows a tag only through !poolfind: its blocks are counted per tag and pool
// into a row of their own, said to be a count of what was listed (not the tracker's), and
// kept out of every share of a pool. A quiet source's findings always say something.
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/listed_blocks.h"
#include "analysis/conclusions/suspects.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace poolscope;

namespace {

using testdata::fileText;

Snapshot read(const std::string& text, const std::string& name = "poolfind.log")
{
    auto snapshot = readWindbgLog(decodeText(text, name));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

const PoolTagStat* rowOf(const Snapshot& s, const char* tag, PoolType type)
{
    const auto it = std::find_if(s.poolTags.begin(), s.poolTags.end(),
                                 [&](const PoolTagStat& t) { return t.tag == PoolTag(tag) && t.type == type; });
    return it == s.poolTags.end() ? nullptr : &*it;
}

// The classic block lines of one tag, counted here by their own pattern.
struct Listed {
    std::uint64_t allocated = 0, bytes = 0, free = 0;
};
Listed listedIn(const std::string& output, const std::string& tag)
{
    static const std::regex shape(R"(^\*?([0-9a-f]{8}) size:\s+([0-9a-f]+) previous size:\s+[0-9a-f]+\s+\((Allocated|Free)\)\s+\*?(\S+).*$)");
    Listed out;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        // A page copied from a browser has no-break spaces where the debugger printed spaces.
        for (std::size_t at = line.find("\xC2\xA0"); at != std::string::npos; at = line.find("\xC2\xA0", at))
            line.replace(at, 2, " ");
        std::smatch m;
        if (!std::regex_match(line, m, shape) || m[4] != tag)
            continue;
        if (m[3] == "Free") {
            ++out.free;
        } else {
            ++out.allocated;
            out.bytes += std::stoull(m[2], nullptr, 16);
        }
    }
    return out;
}

Explanation explainOne(const Snapshot& s)
{
    SnapshotSeries series;
    series.snapshots.push_back(s);
    return explainLeaks(series);
}

bool mentions(const std::vector<std::string>& texts, std::string_view part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

} // namespace

TEST(PoolfindTagRows, TheFixturesBlocksAreCountedPerTagAndPool)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-poolfind__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const std::string fixture = fileText(path);
    const std::size_t pagedRun = fixture.find("kd> !poolfind SeSd 1");
    ASSERT_NE(pagedRun, std::string::npos);
    const Listed nonPaged = listedIn(fixture.substr(0, pagedRun), "SeSd");
    const Listed paged = listedIn(fixture.substr(pagedRun), "SeSd");
    ASSERT_GT(nonPaged.allocated, 0u);
    ASSERT_GT(nonPaged.free, 0u);
    ASSERT_GT(paged.allocated, 0u);

    const Snapshot s = read(fixture);
    const PoolTagStat* np = rowOf(s, "SeSd", PoolType::NonPaged);
    ASSERT_NE(np, nullptr);
    EXPECT_EQ(np->outstanding, static_cast<std::int64_t>(nonPaged.allocated));
    EXPECT_EQ(np->bytes, nonPaged.bytes);
    EXPECT_FALSE(np->allocs); // !poolfind counts no allocations or frees
    EXPECT_FALSE(np->frees);
    EXPECT_EQ(np->description, std::to_string(nonPaged.allocated) + " blocks listed by !poolfind (" + std::to_string(nonPaged.free)
                                   + " free left out), not the tracker's count");
    const PoolTagStat* p = rowOf(s, "SeSd", PoolType::Paged);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->outstanding, static_cast<std::int64_t>(paged.allocated));
    EXPECT_EQ(p->bytes, paged.bytes);
    EXPECT_EQ(s.poolTags.size(), 2u);
    // The row points at the first block it counted.
    const ListedBlockRows listed(s);
    EXPECT_TRUE(listed.contains(*np));
    EXPECT_TRUE(listed.contains(*p));
    EXPECT_EQ(s.skipCounts.lines, 0u);

    // Nothing is judged from a count of listed blocks, and the quiet findings say what the
    // source holds instead of ending on a colon.
    for (const Suspect& suspect : rankSuspects(s))
        EXPECT_FALSE(suspect.signature) << suspect.title;
    const Explanation explanation = explainOne(s);
    EXPECT_TRUE(explanation.chains.empty());
    ASSERT_TRUE(explanation.nothingStandsOut);
    EXPECT_TRUE(mentions(explanation.figures, "blocks listed by !poolfind: SeSd (nonpaged) " + std::to_string(nonPaged.allocated)
                                                  + " blocks"))
        << (explanation.figures.empty() ? "" : explanation.figures.front());
}

// Seed 004's "!poolfind Thre 0", cut out of the article as a log of its own.
TEST(PoolfindTagRows, TheSeedsThreadBlocksAloneAndBesideTheTrackerTable)
{
    const auto path = testdata::sharedFile("seeds/004_5534fcd0e08ba444.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const std::string seed = fileText(path);
    const std::size_t begin = seed.find("0: kd> !poolfind Thre 0");
    const std::size_t end = seed.find("It would be interesting", begin);
    ASSERT_NE(begin, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    const std::string excerpt = seed.substr(begin, end - begin);
    const Listed thre = listedIn(excerpt, "Thre");
    ASSERT_GT(thre.allocated, 0u);

    const Snapshot alone = read(excerpt, "004-poolfind.log");
    const PoolTagStat* row = rowOf(alone, "Thre", PoolType::NonPaged);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->outstanding, static_cast<std::int64_t>(thre.allocated));
    EXPECT_EQ(row->bytes, thre.bytes);
    EXPECT_EQ(row->description, std::to_string(thre.allocated) + " blocks listed by !poolfind, not the tracker's count");

    // In the whole article !poolused 2 gives Thre's figures: that row stays the only one.
    const Snapshot whole = read(seed, "004.txt");
    EXPECT_EQ(std::count_if(whole.poolTags.begin(), whole.poolTags.end(),
                            [](const PoolTagStat& t) { return t.tag == PoolTag("Thre"); }),
              1);
    const PoolTagStat* tracker = rowOf(whole, "Thre", PoolType::NonPaged);
    ASSERT_NE(tracker, nullptr);
    EXPECT_GT(tracker->bytes.value_or(0), thre.bytes);
    EXPECT_FALSE(ListedBlockRows(whole).contains(*tracker));
}

// Windows 10's "<address> : tag <tag>, size 0x<hex>, <pool> pool" lines, with the '*' a
// reader or an author puts before some of them: the marked lines are rows like the others.
TEST(PoolfindTagRows, StarredWindows10RowsAreRowsLikeTheOthers)
{
    const std::string plain = "12: kd> !poolfind -nonpaged -tag \"Proc\"\n"
                              "\n"
                              "Scanning large pool allocation table for tag 0x636f7250 (Proc) (ffff8287ae4a0000 : ffff8287ae6a0000)\n"
                              "\n"
                              "ffff8287befc4060 : tag Proc, size     0xe70, Nonpaged pool\n"
                              "ffff8287ad34f000 : tag Proc, size    0x1000, Nonpaged pool\n"
                              "ffff8287c07f3030 : tag Proc, size     0xe70, Nonpaged pool\n";
    std::string starred = plain;
    for (const char* address : {"ffff8287befc4060", "ffff8287c07f3030"})
        starred.replace(starred.find(address), 0, "*");
    ASSERT_NE(starred.find("*ffff8287befc4060 : tag Proc"), std::string::npos);
    const Snapshot a = read(plain);
    const Snapshot b = read(starred);
    ASSERT_EQ(a.poolBlocks.size(), 3u);
    ASSERT_EQ(b.poolBlocks.size(), a.poolBlocks.size());
    for (std::size_t i = 0; i < a.poolBlocks.size(); ++i) {
        EXPECT_EQ(b.poolBlocks[i].address, a.poolBlocks[i].address);
        EXPECT_EQ(b.poolBlocks[i].tag, a.poolBlocks[i].tag);
        EXPECT_EQ(b.poolBlocks[i].size, a.poolBlocks[i].size);
        EXPECT_EQ(b.poolBlocks[i].type, PoolType::NonPaged);
    }
    EXPECT_EQ(b.skipCounts.lines, 0u);
    const PoolTagStat* row = rowOf(b, "Proc", PoolType::NonPaged);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->outstanding, 3);
    EXPECT_EQ(row->bytes, 0xe70u + 0x1000u + 0xe70u);
}

TEST(PoolfindTagRows, ABlockListedTwiceIsCountedOnce)
{
    const std::string run = "kd> !poolfind SeSd 0\n"
                            "826fa130 size:   c0 previous size:   40  (Allocated) SeSd\n"
                            "82712000 size:   c0 previous size:    0  (Allocated) SeSd\n";
    const Snapshot s = read(run + run);
    const PoolTagStat* row = rowOf(s, "SeSd", PoolType::NonPaged);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->outstanding, 2);
    EXPECT_EQ(row->bytes, 2u * 0xc0u);
}

// Whatever real output is opened, a quiet source's findings hold figures: the overview and
// the report never end on "Nothing stands out in this source:" and nothing after it.
TEST(PoolfindTagRows, QuietFindingsAreNeverEmptyOnTheRealMaterial)
{
    const auto dir = testdata::sharedDir();
    if (dir.empty())
        GTEST_SKIP() << "../shared not present";
    std::size_t quiet = 0, opened = 0;
    for (const char* folder : {"fixtures/windbg", "seeds"}) {
        if (!std::filesystem::is_directory(dir / folder))
            continue;
        for (const auto& entry : std::filesystem::directory_iterator(dir / folder)) {
            const TextDocument document = decodeText(fileText(entry.path()), entry.path().string());
            if (!looksLikeWindbgLog(document.text))
                continue;
            auto snapshot = readWindbgLog(document);
            if (!snapshot.ok())
                continue;
            ++opened;
            const Explanation explanation = explainOne(snapshot.value());
            if (!explanation.nothingStandsOut)
                continue;
            ++quiet;
            EXPECT_FALSE(explanation.figures.empty()) << entry.path();
            for (const std::string& figure : explanation.figures)
                EXPECT_FALSE(figure.empty()) << entry.path();
        }
    }
    EXPECT_GT(opened, 5u);
    EXPECT_GT(quiet, 0u);
}
