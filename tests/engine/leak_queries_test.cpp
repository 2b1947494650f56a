#include "analysis/conclusions/leak_queries.h"
#include "analysis/snapshot_links.h"

#include <gtest/gtest.h>

using namespace poolscope;

namespace {

// A small system in the shape of the IOCP case: one port bound to a file, two IRPs
// queued through that file, one healthy port with a waiting thread.
Snapshot iocpSystem()
{
    Snapshot s;
    Process leaker;
    leaker.address = 0x1000;
    leaker.pid = 0x1a2c;
    leaker.imageName = "IOCPLeak.exe";
    Process other;
    other.address = 0x2000;
    other.pid = 0x44;
    other.imageName = "svchost.exe";
    s.processes = {leaker, other};

    Thread t;
    t.address = 0x1100;
    t.process = 0x1000;
    s.threads = {t};

    FileObject file;
    file.address = 0x3000;
    file.name = "\\File.txt";
    file.completionPort = 0x5000;
    s.fileObjects = {file};

    CompletionPort deep;
    deep.address = 0x5000;
    deep.waitingThreads = 0;
    CompletionPort shallow;
    shallow.address = 0x6000;
    shallow.queuedEntries = 1;
    shallow.waitingThreads = 2;
    s.ports = {shallow, deep};

    for (Address a : {0x7000u, 0x8000u}) {
        Irp irp;
        irp.address = a;
        irp.thread = 0x1100;
        irp.fileObject = 0x3000;
        irp.stackCount = 10;
        irp.currentLocation = 12;
        s.irps.push_back(irp);
    }
    Irp unrelated;
    unrelated.address = 0x9000;
    s.irps.push_back(unrelated);

    Handle toPort;
    toPort.process = 0x1000;
    toPort.value = 0x88;
    toPort.object = 0x5000;
    Handle toPortAgain = toPort;
    toPortAgain.value = 0x8c;
    Handle otherToShallow;
    otherToShallow.process = 0x2000;
    otherToShallow.value = 0x40;
    otherToShallow.object = 0x6000;
    otherToShallow.type = "IoCompletion";
    s.handles = {toPort, toPortAgain, otherToShallow};
    KernelObject portObject;
    portObject.address = 0x5000;
    portObject.type = "IoCompletion";
    s.objects = {portObject};
    return s;
}

} // namespace

TEST(SnapshotLinks, FollowsIrpToFileToPortAndThreadToProcess)
{
    Snapshot s = iocpSystem();
    linkSnapshot(s);
    EXPECT_EQ(s.irps[0].port, 0x5000u);
    EXPECT_EQ(s.irps[0].process, 0x1000u);
    EXPECT_EQ(s.irps[0].completed, true);
    EXPECT_FALSE(s.irps[2].port);
    EXPECT_FALSE(s.irps[2].completed); // absent stays absent
    EXPECT_EQ(s.handles[0].type, "IoCompletion");
    EXPECT_EQ(s.handles[0].pid, 0x1a2cu);
    EXPECT_EQ(s.threads[0].pid, 0x1a2cu);
    // One holder per process, even with two handles to the port.
    ASSERT_EQ(s.ports[1].holders.size(), 1u);
    EXPECT_EQ(s.ports[1].holders[0].imageName, "IOCPLeak.exe");
    EXPECT_EQ(s.ports[1].holders[0].handle, 0x88u);
}

TEST(SnapshotLinks, NeverOverwritesWhatASourceStated)
{
    Snapshot s = iocpSystem();
    s.irps[0].port = 0x6000;
    s.irps[0].completed = false;
    linkSnapshot(s);
    EXPECT_EQ(s.irps[0].port, 0x6000u);
    EXPECT_EQ(s.irps[0].completed, false);
}

TEST(LeakQueries, RankPortsCountsIrpsWhenThePortDidNotSay)
{
    Snapshot s = iocpSystem();
    linkSnapshot(s);
    const auto ranking = rankPorts(s);
    ASSERT_EQ(ranking.size(), 2u);
    EXPECT_EQ(ranking[0].port->address, 0x5000u);
    EXPECT_EQ(ranking[0].depth, 2u);
    EXPECT_TRUE(ranking[0].depthFromIrps);
    EXPECT_EQ(ranking[0].completedIrps, 2u);
    EXPECT_EQ(ranking[1].depth, 1u);
    EXPECT_FALSE(ranking[1].depthFromIrps);
    EXPECT_EQ(irpsOnPort(s, 0x5000).size(), 2u);
    EXPECT_EQ(irpsOnPort(s, std::nullopt).size(), 3u);
}

TEST(LeakQueries, HoldersOfAnObjectCollectEveryHandle)
{
    Snapshot s = iocpSystem();
    linkSnapshot(s);
    const auto holders = holdersOf(s, 0x5000);
    ASSERT_EQ(holders.size(), 1u);
    EXPECT_EQ(holders[0].imageName, "IOCPLeak.exe");
    EXPECT_EQ(holders[0].handles, (std::vector<std::uint64_t>{0x88, 0x8c}));
    EXPECT_TRUE(holdersOf(s, 0xdead).empty());
}

TEST(LeakQueries, HandleCountsPreferThePrintedTable)
{
    Snapshot s = iocpSystem();
    s.processes[1].handleCountsByType = {{"Key", 65110}, {"Thread", 323155}, {"Event", 73}};
    linkSnapshot(s);
    const auto counts = handleCountsByType(s);
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts[0].process->imageName, "IOCPLeak.exe");
    EXPECT_TRUE(counts[0].fromHandleTable);
    ASSERT_EQ(counts[0].counts.size(), 1u);
    EXPECT_EQ(counts[0].counts[0].type, "IoCompletion");
    EXPECT_EQ(counts[0].counts[0].count, 2u);
    EXPECT_FALSE(counts[1].fromHandleTable);
    EXPECT_EQ(counts[1].counts[0].type, "Thread");
    EXPECT_EQ(counts[1].total, 323155u + 65110u + 73u);
}

TEST(LeakQueries, RankTagsSortsFiltersAndCuts)
{
    Snapshot s;
    const auto add = [&](const char* tag, PoolType type, std::uint64_t bytes, std::int64_t outstanding) {
        PoolTagStat stat;
        stat.tag = PoolTag(tag);
        stat.type = type;
        stat.bytes = bytes;
        stat.outstanding = outstanding;
        s.poolTags.push_back(stat);
    };
    add("Thre", PoolType::NonPaged, 208968960, 326514);
    add("MmCm", PoolType::NonPaged, 2830624, 647);
    add("CM31", PoolType::Paged, 124567552, 30412);
    add("Npfs", PoolType::Paged, 208320, 1202);
    add("Npfs", PoolType::NonPaged, 1276672, 1681);
    TagQuery q;
    auto all = rankTags(s, q);
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all[0]->tag.display(), "Thre");
    EXPECT_EQ(all[1]->tag.display(), "CM31");
    q.pool = PoolFilter::Paged;
    auto paged = rankTags(s, q);
    ASSERT_EQ(paged.size(), 2u);
    EXPECT_EQ(paged[1]->tag.display(), "Npfs");
    q.pool = PoolFilter::NonPaged;
    q.sort = TagSort::Outstanding;
    q.top = 2;
    auto top = rankTags(s, q);
    ASSERT_EQ(top.size(), 2u);
    EXPECT_EQ(top[0]->tag.display(), "Thre");
    EXPECT_EQ(top[1]->tag.display(), "Npfs");
}

TEST(LeakQueries, TagSeriesMarksScreensWhereTheTagIsAbsent)
{
    SnapshotSeries series;
    for (int i = 0; i < 3; ++i) {
        Snapshot s;
        if (i != 1) {
            PoolTagStat stat;
            stat.tag = PoolTag("Drsd");
            stat.type = PoolType::Paged;
            stat.bytes = 17472u + static_cast<std::uint64_t>(i) * 4992u;
            s.poolTags.push_back(stat);
        }
        series.snapshots.push_back(s);
    }
    const auto points = tagSeries(series, PoolTag("Drsd"));
    ASSERT_EQ(points.size(), 3u);
    ASSERT_NE(points[0].stat, nullptr);
    EXPECT_EQ(points[1].stat, nullptr);
    EXPECT_EQ(points[2].stat->bytes, 27456u);
    EXPECT_EQ(tagSeries(series, PoolTag("Drsd"), PoolType::NonPaged)[0].stat, nullptr);
}

TEST(LeakQueries, HandleTypeStacksKeepTheTopProcessesAndTypesAndSumTheRest)
{
    // Seed 004's shape: one process far ahead on Thread handles, the others with a few
    // handles of many types.
    const auto counted = [](Address address, std::vector<HandleTypeCount> counts) {
        ProcessHandleTypes p;
        p.processAddress = address;
        p.counts = std::move(counts);
        for (const HandleTypeCount& c : p.counts)
            p.total += c.count;
        return p;
    };
    const std::vector<ProcessHandleTypes> all{
        counted(0x3000, {{"File", 20}, {"Event", 5}}),    // 25: the fourth, left out
        counted(0x1000, {{"Thread", 323155}, {"Key", 65110}, {"Event", 73}}),
        counted(0x2000, {{"File", 25}, {"Event", 5}}),   // 30 handles, as many as 0x4000
        counted(0x4000, {{"Mutant", 29}, {"Event", 1}}), // 30: after 0x2000 by address
    };
    std::vector<const ProcessHandleTypes*> candidates;
    for (const ProcessHandleTypes& p : all)
        candidates.push_back(&p);

    const HandleTypeStacks stacks = handleTypeStacks(candidates, 3, 2);
    ASSERT_EQ(stacks.processes.size(), 3u);
    EXPECT_EQ(stacks.processes[0]->processAddress, 0x1000u);
    EXPECT_EQ(stacks.processes[1]->processAddress, 0x2000u);
    EXPECT_EQ(stacks.processes[2]->processAddress, 0x4000u);
    // The types with the most handles across those three; Mutant and File are left to Other.
    ASSERT_EQ(stacks.types.size(), 2u);
    EXPECT_EQ(stacks.types[0].type, "Thread");
    EXPECT_EQ(stacks.types[0].counts, (std::vector<std::uint64_t>{323155, 0, 0}));
    EXPECT_EQ(stacks.types[1].type, "Key");
    EXPECT_EQ(stacks.types[1].counts, (std::vector<std::uint64_t>{65110, 0, 0}));
    EXPECT_EQ(stacks.other, (std::vector<std::uint64_t>{73, 30, 30}));

    // Room for every type: nothing is left to Other.
    const HandleTypeStacks wide = handleTypeStacks(candidates, 10, 10);
    EXPECT_EQ(wide.processes.size(), 4u);
    EXPECT_EQ(wide.types.size(), 5u);
    EXPECT_TRUE(wide.other.empty());
}
