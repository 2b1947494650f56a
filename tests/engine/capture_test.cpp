// poolscope-cli capture's engine on Linux: the loop writes what a fake Windows system gives
// as poolmon screens, the file is opened as any poolmon capture, and the growth analysis
// ranks the tag the fake system leaks first. Ctrl+C (the stop token) loses no screen.
#include "analysis/capture/capture_loop.h"
#include "analysis/capture/capture_screen.h"
#include "analysis/capture/growth_ranking.h"
#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/leak_queries.h"
#include "analysis/source_open.h"
#include "tests/support/fake_system.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace poolscope;
using capture::CaptureOptions;
using capture::FileSink;
using testdata::FakeSystem;
using testdata::FakeSystemOptions;

namespace {

class Capture : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() / (std::string("poolscope-capture-") + test->name() + "-" +
                                             std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string path(const std::string& name) const { return (m_dir / name).string(); }

    struct Run {
        capture::CaptureResult result;
        std::vector<std::string> problems;
        std::vector<std::size_t> rankedScreens;
        std::vector<std::string> firstRanked; // the tag ranked first after each screen
    };

    static Run capture(FakeSystem& system, const std::string& file, std::optional<std::size_t> screens,
                       std::stop_token stop = {})
    {
        std::string why;
        auto sink = FileSink::create(file, why);
        EXPECT_TRUE(sink) << why;
        Run run;
        CaptureOptions options;
        options.interval = std::chrono::milliseconds(0);
        options.screens = screens;
        capture::CaptureEvents events;
        events.problem = [&](const std::string& text) { run.problems.push_back(text); };
        events.screenWritten = [&](const capture::ScreenWritten& written) {
            run.rankedScreens.push_back(written.number);
            run.firstRanked.push_back(written.growth.empty() ? std::string()
                                                             : std::string(written.growth.front().tag.chars()));
        };
        run.result = capture::runCapture(system, *sink, options, stop, events);
        return run;
    }

    fs::path m_dir;
};

const PoolTagStat* row(const Snapshot& s, std::string_view tag, PoolType type)
{
    const auto it = std::find_if(s.poolTags.begin(), s.poolTags.end(),
                                 [&](const PoolTagStat& r) { return r.tag == PoolTag(tag) && r.type == type; });
    return it == s.poolTags.end() ? nullptr : &*it;
}

const Process* process(const Snapshot& s, std::uint32_t pid)
{
    const auto it = std::find_if(s.processes.begin(), s.processes.end(), [&](const Process& p) { return p.pid == pid; });
    return it == s.processes.end() ? nullptr : &*it;
}

} // namespace

TEST_F(Capture, TheFileOpensAsAPoolmonSeriesAndTheGrowingTagRanksFirst)
{
    FakeSystem system(FakeSystemOptions{});
    const std::string file = path("capture.log");
    const Run run = capture(system, file, 12);
    ASSERT_TRUE(run.result.error.empty()) << run.result.error;
    EXPECT_EQ(run.result.screens, 12u);
    EXPECT_FALSE(run.result.stopped);
    EXPECT_TRUE(run.problems.empty());

    auto opened = openSource(file);
    ASSERT_TRUE(opened) << opened.error().describe();
    EXPECT_EQ(opened->kind, SourceKind::Poolmon);
    const SnapshotSeries& series = opened->series;
    ASSERT_EQ(series.size(), 12u);
    for (std::size_t i = 0; i < series.size(); ++i) {
        const Snapshot& s = series.snapshots[i];
        ASSERT_TRUE(s.secondsSinceStart) << i;
        EXPECT_DOUBLE_EQ(*s.secondsSinceStart, 5.0 * static_cast<double>(i));
        EXPECT_EQ(s.skipCounts.lines, 0u) << s.label;
        for (const Diagnostic& d : s.diagnostics)
            EXPECT_NE(d.severity, Severity::Warning) << s.label << ": " << d.message;
    }

    const std::vector<TagGrowth> growth = analyzeGrowth(series);
    ASSERT_FALSE(growth.empty());
    EXPECT_EQ(growth.front().tag, PoolTag(FakeSystem::kLeakingTag));
    EXPECT_EQ(growth.front().type, PoolType::NonPaged);
    EXPECT_TRUE(growth.front().leaking);
    EXPECT_TRUE(growth.front().perSecond);
    const std::uint64_t perTick = FakeSystemOptions{}.leakedThreadsPerTick * FakeSystem::kThreadBytes;
    EXPECT_NEAR(growth.front().bytesRate, static_cast<double>(perTick) / 5.0, static_cast<double>(perTick) / 50.0);
    EXPECT_EQ(std::count_if(growth.begin(), growth.end(), [](const TagGrowth& g) { return g.leaking; }), 1);

    // The ranking printed as it went said the same once it had enough screens.
    ASSERT_EQ(run.firstRanked.size(), 12u);
    for (std::size_t i = GrowthOptions{}.minimumPoints - 1; i < run.firstRanked.size(); ++i)
        EXPECT_EQ(run.firstRanked[i], FakeSystem::kLeakingTag) << "after screen " << i + 1;

    // The handles: the leaking process's threads on every screen, as the system gave them.
    for (std::size_t i = 0; i < series.size(); ++i) {
        const Process* leaking = process(series.snapshots[i], FakeSystem::kLeakingPid);
        ASSERT_NE(leaking, nullptr) << i;
        EXPECT_EQ(leaking->imageName, FakeSystem::kLeakingImage);
        const auto& given = system.history()[i].handles->back();
        ASSERT_EQ(given.pid, FakeSystem::kLeakingPid);
        ASSERT_FALSE(leaking->handleCountsByType.empty());
        EXPECT_EQ(leaking->handleCountsByType.front().type.str(), "Thread");
        EXPECT_EQ(leaking->handleCountsByType.front().count, given.byType.front().second);
    }
    const auto perProcess = handleCountsByType(series.snapshots.back());
    ASSERT_FALSE(perProcess.empty());
    const auto most = std::max_element(perProcess.begin(), perProcess.end(),
                                       [](const auto& a, const auto& b) { return a.total < b.total; });
    EXPECT_EQ(most->process->pid, FakeSystem::kLeakingPid);
}

TEST_F(Capture, EveryRowSaysWhatTheSystemGaveAndTheDeltasAreTheChanges)
{
    FakeSystem system(FakeSystemOptions{});
    const std::string file = path("rows.log");
    capture(system, file, 3);
    auto opened = openSource(file);
    ASSERT_TRUE(opened) << opened.error().describe();
    ASSERT_EQ(opened->series.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const Snapshot& screen = opened->series.snapshots[i];
        const capture::SystemReading& given = system.history()[i];
        std::size_t rows = 0;
        for (const capture::PoolTagCounters& t : *given.poolTags) {
            for (const bool paged : {true, false}) {
                const std::uint64_t allocs = paged ? t.pagedAllocs : t.nonPagedAllocs;
                if (allocs == 0)
                    continue;
                ++rows;
                const PoolTagStat* r = row(screen, t.tag.chars(), paged ? PoolType::Paged : PoolType::NonPaged);
                ASSERT_NE(r, nullptr) << t.tag.display() << " screen " << i + 1;
                EXPECT_EQ(*r->allocs, allocs);
                EXPECT_EQ(*r->frees, paged ? t.pagedFrees : t.nonPagedFrees);
                EXPECT_EQ(*r->bytes, paged ? t.pagedBytes : t.nonPagedBytes);
                EXPECT_EQ(*r->outstanding,
                          static_cast<std::int64_t>(allocs - (paged ? t.pagedFrees : t.nonPagedFrees)));
                if (i == 0) {
                    EXPECT_FALSE(r->allocsDelta);
                    continue;
                }
                const auto& before = *std::find_if(system.history()[i - 1].poolTags->begin(),
                                                   system.history()[i - 1].poolTags->end(),
                                                   [&](const auto& b) { return b.tag == t.tag; });
                ASSERT_TRUE(r->allocsDelta);
                EXPECT_EQ(*r->allocsDelta,
                          static_cast<std::int64_t>(allocs - (paged ? before.pagedAllocs : before.nonPagedAllocs)));
                EXPECT_EQ(*r->bytesDelta, static_cast<std::int64_t>((paged ? t.pagedBytes : t.nonPagedBytes) -
                                                                      (paged ? before.pagedBytes : before.nonPagedBytes)));
            }
        }
        EXPECT_EQ(screen.poolTags.size(), rows);
        // poolmon's header figures, in kilobytes as poolmon prints them.
        EXPECT_EQ(*screen.summary.commitLimit, *given.memory.commitLimit);
        EXPECT_EQ(*screen.summary.nonPagedUsage, *given.memory.nonPagedPool / 1024 * 1024);
        EXPECT_EQ(*screen.summary.physicalMemory, *given.memory.physical);
        // Rows as poolmon /b sorts them: largest bytes first.
        for (std::size_t r = 1; r < screen.poolTags.size(); ++r)
            EXPECT_GE(*screen.poolTags[r - 1].bytes, *screen.poolTags[r].bytes);
    }
}

TEST_F(Capture, StoppingMidwayKeepsEveryScreenWhole)
{
    std::stop_source stop;
    FakeSystemOptions options;
    options.stopAfterReads = &stop;
    options.readsBeforeStop = 4;
    FakeSystem system(options);
    const std::string file = path("stopped.log");
    const Run run = capture(system, file, std::nullopt, stop.get_token());
    EXPECT_TRUE(run.result.stopped);
    EXPECT_TRUE(run.result.error.empty());
    // The screen being taken when Ctrl+C came was finished and written.
    EXPECT_EQ(run.result.screens, 4u);
    EXPECT_EQ(system.reads(), 4u);
    auto opened = openSource(file);
    ASSERT_TRUE(opened) << opened.error().describe();
    ASSERT_EQ(opened->series.size(), 4u);
    const Snapshot& last = opened->series.snapshots.back();
    EXPECT_EQ(last.poolTags.size(), opened->series.snapshots.front().poolTags.size());
    EXPECT_EQ(last.processes.size(), system.history().back().handles->size());
    EXPECT_EQ(testdata::fileText(file).back(), '\n');
}

TEST_F(Capture, ATableTheSystemRefusesIsSaidOnceAndTheRestIsCaptured)
{
    FakeSystemOptions options;
    options.poolTags = false; // as Wine answers SystemPoolTagInformation
    FakeSystem system(options);
    const std::string file = path("handles-only.log");
    const Run run = capture(system, file, 5);
    EXPECT_TRUE(run.result.error.empty()) << run.result.error;
    EXPECT_EQ(run.result.screens, 5u);
    ASSERT_EQ(run.problems.size(), 1u);
    EXPECT_NE(run.problems.front().find("SystemPoolTagInformation"), std::string::npos);
    auto opened = openSource(file);
    ASSERT_TRUE(opened) << opened.error().describe();
    ASSERT_EQ(opened->series.size(), 5u);
    for (const Snapshot& s : opened->series.snapshots) {
        EXPECT_TRUE(s.poolTags.empty());
        EXPECT_EQ(s.processes.size(), system.history().front().handles->size());
    }
}

TEST_F(Capture, NothingToCaptureIsAnErrorAndWritesNothing)
{
    FakeSystemOptions options;
    options.poolTags = false;
    options.handles = false;
    FakeSystem system(options);
    const std::string file = path("nothing.log");
    const Run run = capture(system, file, 3);
    EXPECT_FALSE(run.result.error.empty());
    EXPECT_EQ(run.result.screens, 0u);
    EXPECT_EQ(run.problems.size(), 2u);
    EXPECT_TRUE(testdata::fileText(file).empty());
}

TEST_F(Capture, TagsThatAreNotPrintableAreWrittenSafely)
{
    FakeSystemOptions options;
    options.oddTags = true;
    FakeSystem system(options);
    const std::string file = path("odd.log");
    capture(system, file, 3);
    auto opened = openSource(file);
    ASSERT_TRUE(opened) << opened.error().describe();
    // Still three screens: no row broke a line or repeated a tag (a repeat starts a screen).
    ASSERT_EQ(opened->series.size(), 3u);
    const Snapshot& first = opened->series.snapshots.front();
    EXPECT_EQ(first.skipCounts.lines, 0u);
    const PoolTagStat* blank = row(first, "????", PoolType::NonPaged);
    ASSERT_NE(blank, nullptr);
    EXPECT_EQ(*blank->allocs, 4'000u);
    // "Ab\1\n" and "Ab\2\3" print alike: one row holding both.
    const PoolTagStat* merged = row(first, "Ab??", PoolType::Paged);
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(*merged->allocs, 1'000u);
    EXPECT_EQ(*merged->frees, 150u);
}

TEST_F(Capture, AnExistingFileIsNotOverwritten)
{
    const std::string file = path("kept.log");
    std::ofstream(file) << "an earlier capture\n";
    std::string why;
    EXPECT_FALSE(FileSink::create(file, why));
    EXPECT_NE(why.find("exists"), std::string::npos);
    EXPECT_EQ(testdata::fileText(file), "an earlier capture\n");
    EXPECT_FALSE(FileSink::create(path("no-such-folder/x.log"), why));
    EXPECT_NE(why.find("cannot create"), std::string::npos);
}

TEST_F(Capture, AFailingSinkEndsTheCaptureWithItsReason)
{
    struct Full final : capture::ScreenSink {
        std::size_t accepted = 0;
        bool write(std::string_view, std::string& why) override
        {
            if (accepted == 2) {
                why = "disk full";
                return false;
            }
            ++accepted;
            return true;
        }
    } sink;
    FakeSystem system(FakeSystemOptions{});
    CaptureOptions options;
    options.interval = std::chrono::milliseconds(0);
    const auto result = capture::runCapture(system, sink, options, {}, {});
    EXPECT_EQ(result.error, "disk full");
    EXPECT_EQ(result.screens, 2u);
}

TEST_F(Capture, TheRankingLooksAtABoundedSpreadOfScreens)
{
    FakeSystem system(FakeSystemOptions{});
    std::string why;
    auto sink = FileSink::create(path("long.log"), why);
    ASSERT_TRUE(sink) << why;
    CaptureOptions options;
    options.interval = std::chrono::milliseconds(0);
    options.screens = 30;
    options.rankedScreens = 7; // odd: the newest screen must survive the thinning all the same
    std::size_t mostRanked = 0;
    double lastRankedTime = 0;
    std::string leader;
    capture::CaptureEvents events;
    events.screenWritten = [&](const capture::ScreenWritten& written) {
        leader = std::string(written.growth.front().tag.chars());
        lastRankedTime = *written.screen.secondsSinceStart;
        EXPECT_DOUBLE_EQ(lastRankedTime, 5.0 * static_cast<double>(written.number - 1));
        mostRanked = std::max(mostRanked, written.growth.front().points);
    };
    const auto result = capture::runCapture(system, *sink, options, {}, events);
    EXPECT_EQ(result.screens, 30u);
    EXPECT_LE(mostRanked, 7u);
    EXPECT_EQ(leader, FakeSystem::kLeakingTag);
    EXPECT_DOUBLE_EQ(lastRankedTime, 29 * 5.0);
    // The file has them all.
    auto opened = openSource(path("long.log"));
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->series.size(), 30u);
}

TEST(CaptureRanking, SaysWhenThereAreTooFewScreensThenListsTheTop)
{
    const std::string early = capture::rankingText(1, 0, 6, {}, 5);
    EXPECT_NE(early.find("screen 1 at 0.0 s"), std::string::npos);
    EXPECT_NE(early.find("ranked from screen 3"), std::string::npos);

    std::vector<TagGrowth> growth(7);
    for (std::size_t i = 0; i < growth.size(); ++i) {
        growth[i].tag = PoolTag("T" + std::to_string(i));
        growth[i].type = PoolType::Paged;
        growth[i].explanation = "why " + std::to_string(i);
    }
    growth[0].leaking = true;
    const std::string text = capture::rankingText(4, 15, 2, growth, 3);
    EXPECT_NE(text.find("7 tags, 2 processes"), std::string::npos);
    EXPECT_NE(text.find("1. T0   Paged    LEAKING why 0"), std::string::npos) << text;
    EXPECT_NE(text.find("3. T2"), std::string::npos);
    EXPECT_EQ(text.find("T3"), std::string::npos);
}
