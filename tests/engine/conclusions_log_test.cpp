// The conclusions on logs and captures: the real seed documents (each seed's own chain of
// reasoning, with the seed's figures), the generated KD transcript of both cases (the
// window's demo), a poolmon capture with an Irp leak and its partner, quiet sources (a real
// 7-process `!process 0 0` listing, a capture where nothing grows), and figures checked
// against hand calculations.
#include "analysis/conclusions/correlation.h"
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/process_ranking.h"
#include "analysis/conclusions/zombies.h"
#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

SnapshotSeries readLog(const std::string& text, const char* name)
{
    auto snapshot = readWindbgLog(decodeText(text, name));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    SnapshotSeries series;
    if (snapshot.ok())
        series.snapshots.push_back(std::move(snapshot.value()));
    return series;
}

SnapshotSeries readCapture(const std::string& text)
{
    auto series = readPoolmon(decodeText(text, "poolmon.log"));
    EXPECT_TRUE(series.ok()) << (series.ok() ? "" : series.error().describe());
    return series.ok() ? std::move(series.value()) : SnapshotSeries{};
}

using testdata::fileText;

const LeakChain* chainOf(const Explanation& e, const char* tag)
{
    const auto it = std::find_if(e.chains.begin(), e.chains.end(), [&](const LeakChain& c) { return c.tag == PoolTag(tag); });
    return it == e.chains.end() ? nullptr : &*it;
}

const ExplainLink* linkOf(const LeakChain& chain, ExplainLink::Step step)
{
    const auto it = std::find_if(chain.links.begin(), chain.links.end(), [&](const ExplainLink& l) { return l.step == step; });
    return it == chain.links.end() ? nullptr : &*it;
}

std::uint64_t figure(const ExplainLink& link, std::string_view name)
{
    for (const ExplainFigure& f : link.figures)
        if (f.name == name)
            return f.value;
    ADD_FAILURE() << "no figure '" << name << "' in: " << link.text;
    return 0;
}

} // namespace

// Seed 004's walk: Thre takes most of nonpaged pool; the sampled thread is TERMINATED yet
// HandleCount 1; one process holds 323,155 Thread handles.
TEST(ConclusionsOnLogs, TheThreadHandleLeakFromItsSeed)
{
    const auto path = testdata::sharedFile("seeds/004_5534fcd0e08ba444.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const SnapshotSeries series = readLog(fileText(path), "004.txt");
    const Explanation e = explainLeaks(series);
    const LeakChain* thre = chainOf(e, "Thre");
    ASSERT_NE(thre, nullptr);
    const ExplainLink& tag = thre->links.front();
    EXPECT_EQ(tag.step, ExplainLink::Step::Tag);
    EXPECT_EQ(figure(tag, "bytes"), 208968960u);
    EXPECT_EQ(figure(tag, "allocations"), 326514u);
    // 208,968,960 of the 238,452 KB (244,174,848 bytes) !vm says nonpaged pool uses: 85.6%.
    EXPECT_EQ(figure(tag, "share of its pool"), 86u);
    EXPECT_EQ(tag.text, "Thre 199 MB in 326,514 allocations (nonpaged), 86% of the nonpaged pool in use (233 MB)");
    EXPECT_EQ(tag.command, "!poolused 2 Thre");
    const ExplainLink* objects = linkOf(*thre, ExplainLink::Step::Objects);
    ASSERT_NE(objects, nullptr);
    EXPECT_EQ(objects->text, "1 sampled thread object, TERMINATED, yet HandleCount >= 1 (!object): kept alive by a handle");
    EXPECT_EQ(objects->command, "!thread 81098620; !object 81098620");
    EXPECT_EQ(objects->coverage.substr(0, 49), "2 of 326,514 outstanding Thre allocations reached");
    const ExplainLink* holder = linkOf(*thre, ExplainLink::Step::Holder);
    ASSERT_NE(holder, nullptr);
    EXPECT_EQ(holder->record->address, 0x886f5020u);
    EXPECT_EQ(figure(*holder, "Thread handles"), 323155u);
    EXPECT_EQ(figure(*holder, "handles"), 388386u);
    EXPECT_NE(holder->text.find("xxxxxx.EXE (pid 0x8e8) holds 323,155 Thread handles, 83% of its 388,386 handles; the "
                                "next process holds 0; the sampled exited thread belongs to it"),
              std::string::npos)
        << holder->text;
    EXPECT_EQ(holder->command, "!handle 0 2 886f5020 Thread");
    EXPECT_EQ(thre->conclusion, "most likely a process that opens threads and never closes their handles");
    EXPECT_TRUE(thre->reachesHolder);

    // The sampled zombie keeps one Thre block: 208,968,960 / 326,514 = 640 bytes (0x280, the
    // size !poolfind printed).
    const ZombieReport z = findZombies(series.snapshots.back());
    EXPECT_EQ(z.exitedThreads, 1u);
    EXPECT_EQ(z.threadsWithoutHolder, 1u);
    EXPECT_EQ(z.threadsWithHandleCount, 1u);
    ASSERT_TRUE(z.threadBlock);
    EXPECT_EQ(z.threadBlock->bytes, 640u);
    ASSERT_EQ(z.holders.size(), 1u);
    EXPECT_EQ(z.holders[0].threadPoolBytes, 640u);

    // The process the seed found: TableSize 391,189.
    const auto rows = rankProcesses(series.snapshots.back());
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front().process->imageName, "xxxxxx.EXE");
    EXPECT_EQ(rows.front().handles, 391189u);
}

// Seed 002's walk: completed IRPs, queued on a port no thread waits on, through a file
// bound to the port. The log does not say which process; the chain says so.
TEST(ConclusionsOnLogs, TheIocpLeakFromItsSeed)
{
    const auto path = testdata::sharedFile("seeds/002_fe80fed602300250.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const Explanation e = explainLeaks(readLog(fileText(path), "002.txt"));
    const LeakChain* irp = chainOf(e, "Irp");
    ASSERT_NE(irp, nullptr);
    EXPECT_EQ(irp->links.front().text, "Irp: no pool figures for the tag in this source");
    const ExplainLink* objects = linkOf(*irp, ExplainLink::Step::Objects);
    ASSERT_NE(objects, nullptr);
    EXPECT_EQ(figure(*objects, "IRPs"), 8u); // the eight !irpfind lines of the excerpt
    EXPECT_EQ(figure(*objects, "completed"), 8u);
    const ExplainLink* queue = linkOf(*irp, ExplainLink::Step::Queue);
    ASSERT_NE(queue, nullptr);
    EXPECT_EQ(queue->record->address, 0xffffe00005248840u);
    EXPECT_EQ(queue->text, "they wait on completion port ffffe000`05248840 (1 seen queued on it), and no thread waits on "
                           "it (max concurrency 8)");
    const ExplainLink* file = linkOf(*irp, ExplainLink::Step::File);
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->record->address, 0xffffe000039455a0u);
    EXPECT_EQ(file->command, "dt nt!_FILE_OBJECT ffffe000`039455a0; dt nt!_IO_COMPLETION_CONTEXT ffffe000`00ea8470");
    const ExplainLink& last = irp->links.back();
    EXPECT_EQ(last.step, ExplainLink::Step::Gap);
    EXPECT_EQ(last.text, "which process issued them is not in this source; their thread is ffffe000`01665080");
    EXPECT_FALSE(irp->reachesHolder);
    EXPECT_NE(irp->conclusion.find("GetQueuedCompletionStatus"), std::string::npos);
}

// The generated transcript of both cases (the demo's shape): the Irp chain reaches the
// process through !handle, the thread chain through the handle count by type table.
TEST(ConclusionsOnLogs, BothCasesFromTheGeneratedTranscript)
{
    testdata::KdLogOptions options;
    options.noiseProcesses = 24;
    testdata::PlantedLeaks planted;
    const SnapshotSeries series = readLog(testdata::generateKdLog(options, &planted), "demo_kd.log");
    const Explanation e = explainLeaks(series);
    const LeakChain* irp = chainOf(e, "Irp");
    ASSERT_NE(irp, nullptr);
    EXPECT_TRUE(irp->reachesHolder);
    const ExplainLink* issuer = linkOf(*irp, ExplainLink::Step::Holder);
    ASSERT_NE(issuer, nullptr);
    EXPECT_EQ(issuer->record->address, planted.iocpProcess);
    EXPECT_EQ(issuer->text, "IOCPLeak.exe (pid 0x1a2c) issued 156 of the 156 and holds a handle to the port");
    const ExplainLink* queue = linkOf(*irp, ExplainLink::Step::Queue);
    ASSERT_NE(queue, nullptr);
    // !poolused says 1,158 Irp allocations; 156 are on the port.
    EXPECT_EQ(queue->coverage, "156 of 1,158 outstanding Irp allocations are queued on this port");

    const LeakChain* thre = chainOf(e, "Thre");
    ASSERT_NE(thre, nullptr);
    const ExplainLink* objects = linkOf(*thre, ExplainLink::Step::Objects);
    ASSERT_NE(objects, nullptr);
    EXPECT_EQ(objects->record->address, planted.sampledThread);
    const ExplainLink* holder = linkOf(*thre, ExplainLink::Step::Holder);
    ASSERT_NE(holder, nullptr);
    EXPECT_EQ(holder->record->address, planted.handleLeakProcess);
    EXPECT_EQ(figure(*holder, "Thread handles"), 323155u);
    EXPECT_NE(holder->text.find("the sampled exited thread belongs to it"), std::string::npos) << holder->text;
    EXPECT_TRUE(thre->reachesHolder);
}

// A poolmon capture under uneven load: Irp leaks, IoCo follows it step for step, Thre and
// Toke leak on their own rhythm. The chain of Irp names its partner and says what a capture
// cannot show.
TEST(ConclusionsOnLogs, APoolmonCaptureExplainsGrowthAndPartners)
{
    testdata::PoolmonLogOptions options;
    options.screens = 24;
    options.tagsPerScreen = 60;
    options.irregularGrowth = true;
    testdata::PoolmonLogFacts facts;
    const SnapshotSeries series = readCapture(testdata::generatePoolmonLog(options, &facts));
    ASSERT_EQ(facts.partner, PoolTag("IoCo"));
    const Explanation e = explainLeaks(series);
    for (const char* tag : {"Irp", "Thre", "Toke", "IoCo"})
        EXPECT_NE(chainOf(e, tag), nullptr) << tag;
    const LeakChain* irp = chainOf(e, "Irp");
    ASSERT_NE(irp, nullptr);
    EXPECT_NE(irp->links.front().text.find("grows"), std::string::npos);
    const ExplainLink* partner = linkOf(*irp, ExplainLink::Step::Partner);
    ASSERT_NE(partner, nullptr);
    EXPECT_EQ(partner->record->tag, PoolTag("IoCo"));
    EXPECT_EQ(std::count_if(irp->links.begin(), irp->links.end(),
                            [](const ExplainLink& l) { return l.step == ExplainLink::Step::Partner; }),
              1);
    EXPECT_EQ(irp->links.back().step, ExplainLink::Step::Gap);
    EXPECT_FALSE(irp->reachesHolder);
    ASSERT_EQ(e.notes.size(), 1u);
    EXPECT_NE(e.notes[0].find("says how much each tag holds, not what holds it"), std::string::npos);
    // Thre leaks on its own: no partner link.
    const LeakChain* thre = chainOf(e, "Thre");
    EXPECT_EQ(linkOf(*thre, ExplainLink::Step::Partner), nullptr);
}

// Quiet sources say so, with the figures that say so.
TEST(ConclusionsOnLogs, QuietSourcesSayNothingStandsOut)
{
    testdata::PoolmonLogOptions options;
    options.growingTags = 0;
    options.screens = 12;
    options.tagsPerScreen = 60;
    const Explanation capture = explainLeaks(readCapture(testdata::generatePoolmonLog(options)));
    EXPECT_TRUE(capture.nothingStandsOut);
    EXPECT_TRUE(capture.chains.empty());
    EXPECT_TRUE(std::any_of(capture.figures.begin(), capture.figures.end(), [](const std::string& f) {
        return f == "over the 12 snapshots no tag grows steadily (60 tags followed)";
    })) << (capture.figures.empty() ? "" : capture.figures.front());
    EXPECT_TRUE(std::any_of(capture.figures.begin(), capture.figures.end(),
                            [](const std::string& f) { return f.rfind("largest nonpaged tag: ", 0) == 0; }));

    const auto path = testdata::sharedFile("fixtures/windbg/cmd-process__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Explanation listing = explainLeaks(readLog(fileText(path), "cmd-process__1.txt"));
    EXPECT_TRUE(listing.nothingStandsOut);
    EXPECT_TRUE(std::any_of(listing.figures.begin(), listing.figures.end(), [](const std::string& f) {
        return f == "7 processes; the most handles: services.exe (pid 0x26) with 222";
    }));
}

// The real `!process 0 0` fixture (Windows 2000-era, TableSize): every process a row, ranked
// by its handle count.
TEST(ConclusionsOnLogs, ProcessesOfARealListingByHandleCount)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-process__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const SnapshotSeries series = readLog(fileText(path), "cmd-process__1.txt");
    const auto rows = rankProcesses(series.snapshots.back());
    std::vector<std::pair<std::string, std::uint64_t>> order;
    for (const ProcessRow& r : rows)
        order.emplace_back(r.process->imageName, r.handles.value_or(0));
    // Ties (System and csrss.exe, 150 each) by pid.
    EXPECT_EQ(order, (std::vector<std::pair<std::string, std::uint64_t>>{{"services.exe", 222}, {"System", 150},
                                                                         {"csrss.exe", 150},    {"lsass.exe", 110},
                                                                         {"SPOOLSS.EXE", 70},   {"winlogon.exe", 54},
                                                                         {"smss.exe", 38}}));
    EXPECT_EQ(rows.front().process->parentPid, 0x20u);
    EXPECT_EQ(rows.front().handlesFrom, ProcessRow::HandlesFrom::Process);
}

// Correlation of the step changes, by hand: B moves twice as much as A every step, C never
// changes, D moves against A.
TEST(ConclusionsOnLogs, CorrelationFiguresByHand)
{
    const std::vector<std::int64_t> a{10, 11, 14, 16, 21, 22}; // steps 1, 3, 2, 5, 1
    const std::vector<std::int64_t> d{50, 55, 56, 60, 61, 66}; // steps 5, 1, 4, 1, 5
    SnapshotSeries series;
    for (std::size_t i = 0; i < a.size(); ++i) {
        Snapshot s;
        const auto stat = [&](const char* tag, std::int64_t outstanding) {
            PoolTagStat t;
            t.tag = PoolTag(tag);
            t.type = PoolType::NonPaged;
            t.outstanding = outstanding;
            t.bytes = static_cast<std::uint64_t>(outstanding) * 64;
            s.poolTags.push_back(t);
        };
        stat("AAAA", a[i]);
        stat("BBBB", 2 * a[i] + 7);
        stat("CCCC", 100 + 3 * static_cast<std::int64_t>(i));
        stat("DDDD", d[i]);
        series.snapshots.push_back(std::move(s));
    }
    const TagCorrelation c = correlateTags(series, PoolTag("AAAA"));
    ASSERT_TRUE(c.found);
    EXPECT_TRUE(c.allocations);
    EXPECT_EQ(c.steps, 5u);
    EXPECT_EQ(c.netChange, 12);
    EXPECT_FALSE(c.constantSteps);
    ASSERT_EQ(c.others.size(), 3u);
    EXPECT_EQ(c.others[0].tag, PoolTag("BBBB"));
    EXPECT_TRUE(c.others[0].partner);
    EXPECT_NEAR(*c.others[0].correlation, 1.0, 1e-12);
    EXPECT_NEAR(*c.others[0].ratio, 2.0, 1e-12);
    EXPECT_EQ(c.others[0].netChange, 24);
    // D: deviations of A (-1.4, .6, -.4, 2.6, -1.4) and of D (1.8, -2.2, .8, -2.2, 1.8):
    // r = -12.4 / sqrt(11.2 x 16.8) = -0.904.
    EXPECT_EQ(c.others[1].tag, PoolTag("DDDD"));
    EXPECT_NEAR(*c.others[1].correlation, -12.4 / std::sqrt(11.2 * 16.8), 1e-9);
    EXPECT_FALSE(c.others[1].partner);
    // C grows by 3 every step: nothing to follow.
    EXPECT_EQ(c.others[2].tag, PoolTag("CCCC"));
    EXPECT_FALSE(c.others[2].correlation.has_value());
    EXPECT_FALSE(c.others[2].partner);
    EXPECT_EQ(c.summary, "1 tag follows 'AAAA' (+12 allocations over 5 steps): 'BBBB'");
}

// Generated captures: under uneven load the partner stands out and a tag leaking as steadily
// on its own does not; at a constant rate no partner can be told apart, and the answer says so.
TEST(ConclusionsOnLogs, PartnersOfAnIrpLeakInGeneratedCaptures)
{
    testdata::PoolmonLogOptions options;
    options.screens = 30;
    options.tagsPerScreen = 80;
    options.irregularGrowth = true;
    testdata::PoolmonLogFacts facts;
    const SnapshotSeries uneven = readCapture(testdata::generatePoolmonLog(options, &facts));
    const TagCorrelation c = correlateTags(uneven, PoolTag("Irp"));
    ASSERT_TRUE(c.found);
    EXPECT_EQ(c.type, PoolType::NonPaged);
    EXPECT_EQ(c.steps, 29u);
    ASSERT_FALSE(c.others.empty());
    EXPECT_EQ(c.others.front().tag, facts.partner);
    EXPECT_TRUE(c.others.front().partner);
    EXPECT_GT(*c.others.front().correlation, 0.99);
    EXPECT_NEAR(*c.others.front().ratio, 1.0, 0.01);
    const auto partners = std::count_if(c.others.begin(), c.others.end(), [](const TagPartner& p) { return p.partner; });
    EXPECT_EQ(partners, 1);
    for (const char* steady : {"Thre", "Toke"}) {
        const auto it = std::find_if(c.others.begin(), c.others.end(), [&](const TagPartner& p) { return p.tag == PoolTag(steady); });
        ASSERT_NE(it, c.others.end()) << steady;
        EXPECT_FALSE(it->partner) << steady;
        EXPECT_GT(it->netChange, 0) << steady; // it leaks too
        EXPECT_LT(*it->correlation, 0.8) << steady;
    }

    options.irregularGrowth = false;
    const TagCorrelation constant = correlateTags(readCapture(testdata::generatePoolmonLog(options)), PoolTag("Irp"));
    EXPECT_TRUE(constant.constantSteps);
    EXPECT_TRUE(std::none_of(constant.others.begin(), constant.others.end(), [](const TagPartner& p) { return p.partner; }));
    EXPECT_NE(constant.summary.find("a constant rate cannot tell a partner"), std::string::npos);
}
