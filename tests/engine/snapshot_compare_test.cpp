// Compare mode's data: two snapshots of one system, keyed the way a user thinks.
#include "analysis/poolmon_reader.h"
#include "analysis/conclusions/snapshot_compare.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

using testdata::fileText;

Snapshot kdSnapshot(std::size_t irps, std::size_t threadHandles)
{
    testdata::KdLogOptions options;
    options.queuedIrps = irps;
    options.leakedThreadHandles = threadHandles;
    auto s = readWindbgLog(decodeText(testdata::generateKdLog(options), "kd.log"));
    EXPECT_TRUE(s.ok());
    return s.ok() ? std::move(s.value()) : Snapshot{};
}

} // namespace

TEST(SnapshotCompare, TwoRealPoolmonScreensGiveTheirDelta)
{
    const auto first = testdata::sharedFile("fixtures/poolmon/poolmon-examples__18.txt");
    const auto second = testdata::sharedFile("fixtures/poolmon/poolmon-examples__19.txt");
    if (first.empty() || second.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    auto series = readPoolmon(decodeText(fileText(first) + fileText(second), "two.log"));
    ASSERT_TRUE(series.ok());
    ASSERT_EQ(series->size(), 2u);
    const auto rows = compareTags(series->snapshots[0], series->snapshots[1]);
    const auto drsd = std::find_if(rows.begin(), rows.end(), [](const TagComparison& c) { return c.tag == PoolTag("Drsd"); });
    ASSERT_NE(drsd, rows.end());
    EXPECT_EQ(drsd->side, CompareSide::Both);
    EXPECT_EQ(drsd->bytesDelta, 22464 - 17472);
    EXPECT_EQ(drsd->outstandingDelta, 27 - 21);
}

TEST(SnapshotCompare, GrowthOfBothLeaksAndRowsOnOneSide)
{
    const Snapshot before = kdSnapshot(100, 200000);
    const Snapshot after = kdSnapshot(156, 323155);
    const auto tags = compareTags(before, after);
    const auto thre = std::find_if(tags.begin(), tags.end(), [](const TagComparison& c) { return c.tag == PoolTag("Thre"); });
    ASSERT_NE(thre, tags.end());
    EXPECT_EQ(thre->outstandingDelta, 123155);
    EXPECT_EQ(thre->bytesDelta, 123155 * 640);

    const auto ports = comparePorts(before, after);
    ASSERT_FALSE(ports.empty());
    EXPECT_EQ(ports.front().port, 0xffffe00005248840u);
    EXPECT_EQ(ports.front().depthBefore, 100u);
    EXPECT_EQ(ports.front().depthAfter, 156u);
    EXPECT_EQ(ports.front().depthDelta, 56);

    const auto handles = compareHandleTypes(before, after);
    const auto threads = std::find_if(handles.begin(), handles.end(), [](const HandleTypeComparison& c) {
        return c.type == "Thread" && c.image == "xxxxxx.EXE";
    });
    ASSERT_NE(threads, handles.end());
    EXPECT_EQ(threads->countDelta, 123155);
    EXPECT_EQ(threads->side, CompareSide::Both);

    // Objects by address, with the counts that keep them alive.
    Snapshot oa;
    Snapshot ob;
    KernelObject thread;
    thread.address = 0x81098620;
    thread.handleCount = 1;
    thread.pointerCount = 1;
    oa.objects.push_back(thread);
    thread.pointerCount = 3;
    ob.objects.push_back(thread);
    KernelObject appeared;
    appeared.address = 0x81099000;
    ob.objects.push_back(appeared);
    const auto objects = compareObjects(oa, ob);
    ASSERT_EQ(objects.size(), 2u);
    EXPECT_EQ(objects[0].pointerCountDelta, 2);
    EXPECT_EQ(objects[0].handleCountDelta, 0);
    EXPECT_EQ(objects[1].side, CompareSide::AfterOnly);
    EXPECT_FALSE(objects[1].handleCountDelta);

    // The same process in two captures: matched by pid and image even at another address.
    Snapshot pa;
    Snapshot pb;
    Process p;
    p.address = 0x886f5020;
    p.pid = 0x8e8;
    p.imageName = "xxxxxx.EXE";
    p.handleCountsByType = {{"Thread", 1000}};
    pa.processes.push_back(p);
    p.address = 0x996f5020;
    p.handleCountsByType = {{"Thread", 5000}};
    pb.processes.push_back(p);
    const auto moved = compareHandleTypes(pa, pb);
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(moved[0].countDelta, 4000);
    EXPECT_EQ(moved[0].process, 0x996f5020u);

    // A tag only on one side: gone tags count down by all they had; absent figures stay absent.
    Snapshot a;
    Snapshot b;
    PoolTagStat gone;
    gone.tag = PoolTag("Gone");
    gone.type = PoolType::Paged;
    gone.bytes = 4096;
    a.poolTags.push_back(gone);
    PoolTagStat fresh;
    fresh.tag = PoolTag("New");
    fresh.type = PoolType::NonPaged;
    fresh.outstanding = 3;
    b.poolTags.push_back(fresh);
    const auto oneSided = compareTags(a, b);
    ASSERT_EQ(oneSided.size(), 2u);
    EXPECT_EQ(oneSided[0].side, CompareSide::AfterOnly);
    EXPECT_EQ(oneSided[0].outstandingDelta, 3);
    EXPECT_FALSE(oneSided[0].bytesDelta);
    EXPECT_EQ(oneSided[1].side, CompareSide::BeforeOnly);
    EXPECT_EQ(oneSided[1].bytesDelta, -4096);
    EXPECT_FALSE(compareSummaries(a, b).nonPagedDelta);
}
