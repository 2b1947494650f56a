// Growth over a series, on a generated capture with known leaks, noise and false friends,
// checked against a hand calculation, and on the real poolmon screens.
#include "analysis/conclusions/growth.h"
#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"
#include "tests/support/poolmon_log_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace poolscope;

namespace {

void addTag(Snapshot& s, const char* tag, PoolType type, double bytes, std::int64_t outstanding)
{
    PoolTagStat stat;
    stat.tag = PoolTag(tag);
    stat.type = type;
    stat.bytes = static_cast<std::uint64_t>(bytes);
    stat.outstanding = outstanding;
    s.poolTags.push_back(stat);
}

// 30 screens, 10 s apart.
SnapshotSeries knownSeries()
{
    SnapshotSeries series;
    for (int i = 0; i < 30; ++i) {
        Snapshot s;
        s.secondsSinceStart = 10.0 * i;
        // The leak: +100 bytes (one allocation) every screen, with one spike at screen 10.
        addTag(s, "Leak", PoolType::NonPaged, 1000 + 100 * i + (i == 10 ? 5000 : 0), 10 + i);
        // Big and flat: the largest tag, not a leak.
        addTag(s, "Flat", PoolType::Paged, 100'000'000, 5000);
        // Grows for twenty screens, then is freed.
        addTag(s, "Hour", PoolType::NonPaged, i < 20 ? 1000.0 * i : 500, i < 20 ? i : 1);
        // A larger tag going up and down hides a small steady leak.
        addTag(s, "Big ", PoolType::NonPaged, 10'000'000 + (i % 2 == 0 ? 500'000 : -500'000), 900);
        addTag(s, "Hide", PoolType::NonPaged, 200 + 50 * i, 2 + i);
        s.summary.nonPagedUsage = 9'000'000;
        s.summary.nonPagedMaximum = 10'000'000;
        series.snapshots.push_back(std::move(s));
    }
    return series;
}

const TagGrowth& find(const std::vector<TagGrowth>& all, const char* tag)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const TagGrowth& g) { return g.tag == PoolTag(tag); });
    EXPECT_NE(it, all.end()) << tag;
    return *it;
}

} // namespace

TEST(Growth, RanksTheLeaksAndPassesOverTheFalseFriends)
{
    const auto growth = analyzeGrowth(knownSeries());
    ASSERT_EQ(growth.size(), 5u);
    // Leaking tags first, fastest first: the hidden one too.
    EXPECT_EQ(growth[0].tag, PoolTag("Leak"));
    EXPECT_EQ(growth[1].tag, PoolTag("Hide"));
    EXPECT_TRUE(growth[0].leaking);
    EXPECT_TRUE(growth[1].leaking);
    EXPECT_EQ(std::count_if(growth.begin(), growth.end(), [](const TagGrowth& g) { return g.leaking; }), 2);

    // By hand: every step is +100 bytes in 10 s = 10 B/s, except the spike's two steps
    // (+5,100 and -4,900); the median ignores them. 28 of 29 steps grew.
    const TagGrowth& leak = find(growth, "Leak");
    EXPECT_TRUE(leak.perSecond);
    EXPECT_DOUBLE_EQ(leak.bytesRate, 10.0);
    EXPECT_NEAR(leak.allocsRate, 0.1, 1e-6); // step slopes are kept as floats
    EXPECT_DOUBLE_EQ(leak.steadiness, 28.0 / 29.0);
    EXPECT_EQ(leak.firstBytes, 1000u);
    EXPECT_EQ(leak.lastBytes, 3900u);
    // 1,000,000 bytes of room at 10 B/s: 100,000 s, 27.8 h.
    ASSERT_TRUE(leak.untilExhaustion.has_value());
    EXPECT_DOUBLE_EQ(*leak.untilExhaustion, 100000.0);
    EXPECT_EQ(leak.explanation,
              "grows +10 B/s in 97% of steps, 1000 B -> 3.8 KB over 30 snapshots; nonpaged pool full in 27.8 h at this rate");

    EXPECT_DOUBLE_EQ(find(growth, "Hide").bytesRate, 5.0);
    const TagGrowth& hour = find(growth, "Hour");
    EXPECT_FALSE(hour.leaking);
    // Its plateau (the median of three neighbours: a lone last value is not the level) is 18,000 bytes.
    EXPECT_EQ(hour.explanation, "grew to 17.6 KB then fell back to 500 B: freed, not leaked");
    EXPECT_FALSE(find(growth, "Flat").leaking);
    EXPECT_EQ(find(growth, "Flat").explanation, "no steady growth: 95.4 MB -> 95.4 MB over 30 snapshots");
    EXPECT_FALSE(find(growth, "Big").leaking);
}

TEST(Growth, ScreensWithoutTimesGiveRatesPerSnapshot)
{
    SnapshotSeries series = knownSeries();
    for (auto& s : series.snapshots)
        s.secondsSinceStart.reset();
    series.snapshots[5].poolTags.erase(series.snapshots[5].poolTags.begin()); // "Leak" missing once
    const auto growth = analyzeGrowth(series);
    const TagGrowth& leak = find(growth, "Leak");
    EXPECT_FALSE(leak.perSecond);
    EXPECT_EQ(leak.points, 29u);
    EXPECT_DOUBLE_EQ(leak.bytesRate, 100.0);
    ASSERT_TRUE(leak.untilExhaustion.has_value());
    EXPECT_DOUBLE_EQ(*leak.untilExhaustion, 10000.0);

    SnapshotSeries two;
    two.snapshots.assign(series.snapshots.begin(), series.snapshots.begin() + 2);
    for (const TagGrowth& g : analyzeGrowth(two))
        EXPECT_FALSE(g.leaking) << g.tag.display();
}

TEST(Growth, GeneratedPoolmonCaptureFindsThePlantedGrowth)
{
    testdata::PoolmonLogOptions options;
    options.screens = 20;
    testdata::PoolmonLogFacts facts;
    auto series = readPoolmon(decodeText(testdata::generatePoolmonLog(options, &facts), "growth.log"));
    ASSERT_TRUE(series.ok());
    const auto growth = analyzeGrowth(*series);
    for (const auto& planted : facts.growing) {
        const auto it = std::find_if(growth.begin(), growth.end(), [&](const TagGrowth& g) {
            return g.tag == planted.tag && g.type == planted.type;
        });
        ASSERT_NE(it, growth.end()) << planted.tag.display();
        EXPECT_TRUE(it->leaking) << planted.tag.display() << ": " << it->explanation;
        EXPECT_EQ(it->firstBytes, planted.firstBytes);
        EXPECT_EQ(it->lastBytes, planted.lastBytes);
    }
    // The other tags wander up and down: none of them is called a leak.
    EXPECT_EQ(static_cast<std::size_t>(std::count_if(growth.begin(), growth.end(), [](const TagGrowth& g) { return g.leaking; })),
              facts.growing.size());
}
