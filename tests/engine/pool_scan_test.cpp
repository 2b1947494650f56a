// The pool scan on generated dumps of 1607, 1903+, 22H2 and 24H2: every tag's count is what
// the generator planted (freed blocks excluded) and what the tracker table says; freed blocks
// that keep their tag are told apart as the heap tells them (a scan by tag alone would count
// them); what the blocks hold is read back (the seed-004 threads, a driver's references to
// file objects); damage is a counted warning with its address and the scan goes on.
#include "analysis/conclusions/pool_groups.h"
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/dump/pool/block_inspection.h"
#include "analysis/dump/pool/dump_pool.h"
#include "analysis/dump/pool/pool_census.h"
#include "analysis/dump/pool/pool_contents.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "model/format.h"
#include "tests/support/kernel_scenario.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

struct Read {
    GeneratedKernel kernel;
    Snapshot snapshot;
    std::shared_ptr<const DumpPool> pool;
};

Read readGenerated(KernelScenario scenario, DumpBuilder::Format format = DumpBuilder::Format::Kernel)
{
    Read r{generateKernel(scenario), {}, {}};
    auto dump = DumpFile::fromBytes(r.kernel.memory.dump(format), "generated.dmp");
    EXPECT_TRUE(dump.ok()) << dump.error().describe();
    ReadControl control;
    auto snapshot = readKernelDump(dump.value(), {}, control, &r.pool);
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().describe();
    if (snapshot.ok())
        r.snapshot = std::move(snapshot.value());
    return r;
}

KernelScenario scenario(std::uint32_t build, ScenarioKind kind = ScenarioKind::Both, std::uint64_t threads = 3000)
{
    KernelScenario s;
    s.kind = kind;
    s.layout = *builtinLayout(build);
    s.leakedThreadHandles = threads;
    return s;
}

const PoolTagScan* scanOf(const Snapshot& s, const std::string& tag, PoolType type)
{
    for (const PoolTagScan& t : s.poolScan->tags)
        if (t.tag == PoolTag(tag) && t.type == type)
            return &t;
    return nullptr;
}

std::vector<std::string> warnings(const Snapshot& s)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : s.diagnostics)
        if (d.severity != Severity::Info)
            out.push_back(d.message);
    return out;
}

bool mentions(const std::vector<std::string>& lines, const std::string& what)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(what) != std::string::npos; });
}

class PoolScanByBuild : public ::testing::TestWithParam<std::uint32_t> {};

} // namespace

TEST_P(PoolScanByBuild, EveryTagIsWhatWasPlantedAndWhatTheTrackerSays)
{
    const Read r = readGenerated(scenario(GetParam()));
    ASSERT_TRUE(r.snapshot.poolScan);
    const PoolScanSummary& scan = *r.snapshot.poolScan;
    const PlantedPool& planted = r.kernel.planted.pool;
    EXPECT_EQ(scan.method, planted.segmentHeap ? PoolScanSummary::Method::SegmentHeap
                                               : PoolScanSummary::Method::ClassicPages);
    if (planted.segmentHeap) {
        EXPECT_EQ(scan.heaps, planted.heaps.size());
        EXPECT_EQ(scan.segments, planted.segments.size());
        EXPECT_EQ(scan.lfhSubsegments, planted.lfhSubsegments.size());
        EXPECT_EQ(scan.vsSubsegments, planted.vsSubsegments.size());
    } else {
        EXPECT_EQ(scan.classicPages, planted.classicPages.size());
    }
    EXPECT_EQ(scan.rangesAbandoned, 0u);
    EXPECT_EQ(scan.blocksUnread, 0u);
    std::uint64_t stale = 0;
    for (const auto& [tag, pools] : planted.tags) {
        for (const bool paged : {false, true}) {
            SCOPED_TRACE(tag + (paged ? " paged" : " nonpaged"));
            const PlantedPoolUse& use = paged ? pools.paged : pools.nonPaged;
            const PoolTagScan* found = scanOf(r.snapshot, tag, paged ? PoolType::Paged : PoolType::NonPaged);
            if (use.blocks() == 0 && use.staleHeaders == 0) {
                EXPECT_TRUE(!found || (found->allocated == 0 && found->freeWithTag == 0));
                continue;
            }
            ASSERT_NE(found, nullptr);
            EXPECT_EQ(found->allocated, use.blocks());
            EXPECT_EQ(found->allocatedBytes, use.bytes());
            EXPECT_EQ(found->big, use.bigAllocations);
            EXPECT_EQ(found->bigPagesMissing, use.bigWithoutPages);
            EXPECT_EQ(found->freeWithTag, use.staleHeaders);
            EXPECT_EQ(found->undetermined, 0u);
            // The tracker table of the same dump agrees to the block.
            const PlantedTag& t = r.kernel.planted.tags.at(tag);
            const std::int64_t outstanding = static_cast<std::int64_t>(paged ? t.pagedAllocs - t.pagedFrees
                                                                             : t.nonPagedAllocs - t.nonPagedFrees);
            ASSERT_TRUE(found->trackerOutstanding);
            EXPECT_EQ(*found->trackerOutstanding, outstanding);
            EXPECT_FALSE(disagreesWithTracker(*found));
            EXPECT_EQ(trackerAgreement(*found).find("100%") != std::string::npos, outstanding > 0);
            stale += use.staleHeaders;
        }
    }
    // A scan that counts every header carrying a tag is wrong by exactly the freed blocks the
    // generator left with their tags: some there must be, or this check proves nothing.
    ASSERT_GT(stale, 0u);
    EXPECT_EQ(scan.freeWithTag, stale);
    for (const std::string& w : warnings(r.snapshot))
        EXPECT_EQ(w.find("pool scan"), std::string::npos) << w;
}

INSTANTIATE_TEST_SUITE_P(Builds, PoolScanByBuild, ::testing::Values(14393u, 19041u, 22621u, 26100u));

TEST(PoolScan, TheSeedFourThreadsAreTerminatedThreadsOfOneProcess)
{
    const Read r = readGenerated(scenario(19041, ScenarioKind::HandleLeak, 5000));
    ASSERT_TRUE(r.pool);
    const PoolFound found = r.pool->find(PoolTag("Thre"));
    std::vector<PoolAllocation> allocated;
    for (const PoolAllocation& b : found.blocks)
        if (b.state == BlockState::Allocated)
            allocated.push_back(b);
    const auto& planted = r.kernel.planted.pool.tags.at("Thre").nonPaged;
    ASSERT_EQ(allocated.size(), planted.blocks());
    const std::vector<BlockContents> contents = r.pool->contents(allocated);
    // Every block holds a thread whose body is 0x40 bytes in (no optional headers), as seed
    // 004's engineer found by hand (32 bytes on x86).
    std::set<Address> bodies;
    for (const BlockContents& c : contents) {
        ASSERT_TRUE(c.object);
        EXPECT_EQ(c.object->type, "Thread");
        bodies.insert(c.object->body);
    }
    for (const Address t : r.kernel.planted.pool.leakedThreads)
        EXPECT_TRUE(bodies.contains(t)) << std::hex << t;
    const BlockGrouping grouping = groupBlocks(allocated, contents, {BlockKey::Type, BlockKey::State, BlockKey::Owner}, {});
    ASSERT_FALSE(grouping.rows.empty());
    const BlockGroupRow& top = grouping.rows.front();
    EXPECT_EQ(top.blocks, r.kernel.planted.pool.leakedThreads.size());
    EXPECT_EQ(top.values, (std::vector<std::string>{"Thread", "TERMINATED",
                                                     fmt::format("{} (pid {:#x})", r.kernel.planted.handleImage,
                                                                 r.kernel.planted.handlePid)}));
    // The same, said in one line on the snapshot, with the block-to-body arithmetic.
    const auto held = std::find_if(r.snapshot.poolScan->contents.begin(), r.snapshot.poolScan->contents.end(),
                                   [](const PoolTagContents& c) { return c.tag == PoolTag("Thre"); });
    ASSERT_NE(held, r.snapshot.poolScan->contents.end());
    EXPECT_EQ(held->headline, fmt::format("{} of {} Thre blocks hold TERMINATED threads of xxxxxx.EXE (pid 0x8e8)",
                                          format::count(r.kernel.planted.pool.leakedThreads.size()),
                                          format::count(planted.blocks())));
    EXPECT_EQ(held->objectType, "Thread");
    EXPECT_EQ(held->bodyOffset, 0x40u);
    EXPECT_EQ(bodyArithmetic(allocated.front(), *contents.front().object),
              fmt::format("{} = block {} + 0x10 (POOL_HEADER) + 0x0 (optional headers) + 0x30 (OBJECT_HEADER), block + 0x40",
                          format::address(contents.front().object->body), format::address(allocated.front().block)));
}

// What the kept blocks hold is read in slices on several workers, each slice into a tally of
// its own, and the tallies merged: the figures, groups and samples must be those of one
// tally over each tag's blocks in address order, whatever the slices and workers.
TEST(PoolScan, ContentsReadInSlicesOnWorkersAreThoseOfOneTally)
{
    const Read r = readGenerated(scenario(19041, ScenarioKind::Both, 3000));
    ASSERT_TRUE(r.pool);
    std::vector<PoolProblem> problems;
    KeptBlocks kept;
    r.pool->census(r.snapshot.poolTags, problems, nullptr, {},
                   tagsWorthReading(r.snapshot.poolTags, r.pool->objectTypeKeys()), &kept);
    const auto said = [](const std::vector<PoolTagContents>& all) {
        std::string out;
        const auto groups = [&](const char* what, const std::vector<PoolBlockGroup>& list) {
            for (const PoolBlockGroup& g : list)
                out += fmt::format("  {} {} {} {} {:#x} {:#x}\n", what, g.label, g.blocks, g.bytes, g.sample,
                                   g.sampleObject.value_or(0));
        };
        for (const PoolTagContents& c : all) {
            out += fmt::format("{} {} {} {} {} {} {} {} {}\n", c.tag.display(), static_cast<int>(c.type), c.blocks,
                               c.objects, c.withoutHandles, c.objectType, c.optionalHeaders, c.bodyOffset, c.headline);
            groups("held", c.groups);
            groups("pointing", c.pointers);
            groups("unhandled", c.unhandled);
        }
        return out;
    };
    // One tally per tag and pool over all its blocks, as the slices are meant to add up to.
    const PointerNamer namer = poolPointerNamer(*r.pool, r.snapshot.modules);
    std::vector<PoolTagContents> whole;
    std::vector<PoolAllocation> blocks;
    const KeptBlocks::Part* current = nullptr;
    const auto finishTag = [&] {
        if (current)
            whole.push_back(describeTagContents(PoolTag::fromKey(current->tag), current->type, blocks,
                                                r.pool->contents(blocks), namer));
        blocks.clear();
    };
    std::map<std::string, std::size_t> blocksOf;
    kept.inOrder([&](const KeptBlocks::Part& part, const KeptBlocks::Block& block) {
        if (current && (part.tag != current->tag || part.type != current->type))
            finishTag();
        current = &part;
        blocks.push_back(part.unpack(block));
        ++blocksOf[PoolTag::fromKey(part.tag).display()];
    });
    finishTag();
    const std::string expected = said(whole);
    // The slices must cut through every kind of group: threads of a process, files without a
    // handle, a driver's blocks pointing at them.
    for (const char* tag : {"Thre", "File", "Leak"})
        EXPECT_GT(blocksOf[tag], 3u * 37) << tag;
    EXPECT_NE(expected.find("unhandled"), std::string::npos);
    EXPECT_NE(expected.find("pointing"), std::string::npos);
    for (const unsigned workers : {1u, 2u, 5u})
        for (const std::size_t slice : {std::size_t{37}, std::size_t{4096}})
            EXPECT_EQ(said(readPoolContents(*r.pool, kept, r.snapshot.modules, workers, nullptr, slice)), expected)
                << workers << " workers, slices of " << slice;
}

TEST(PoolScan, ADriversReferencesToFileObjectsWithoutHandlesAreFound)
{
    const Read r = readGenerated(scenario(22621, ScenarioKind::ReferenceLeak));
    const std::vector<Address>& files = r.kernel.planted.pool.referencedFiles;
    ASSERT_GT(files.size(), 1000u);
    // No handle table holds them: the handle walk does not know them.
    for (const Handle& h : r.snapshot.handles)
        ASSERT_FALSE(std::binary_search(files.begin(), files.end(), h.object));
    const auto held = [&](const char* tag) {
        return std::find_if(r.snapshot.poolScan->contents.begin(), r.snapshot.poolScan->contents.end(),
                            [&](const PoolTagContents& c) { return c.tag == PoolTag(tag); });
    };
    const auto file = held("File");
    ASSERT_NE(file, r.snapshot.poolScan->contents.end());
    EXPECT_EQ(file->withoutHandles, files.size());
    ASSERT_FALSE(file->unhandled.empty());
    EXPECT_EQ(file->unhandled.front().blocks, files.size());
    EXPECT_EQ(file->unhandled.front().label, "\\ProgramData\\Scanner\\cache");
    // The driver's blocks hold no object; most of them point at those files.
    const auto leak = held("Leak");
    ASSERT_NE(leak, r.snapshot.poolScan->contents.end());
    EXPECT_EQ(leak->objects, 0u);
    ASSERT_FALSE(leak->pointers.empty());
    EXPECT_EQ(leak->pointers.front().label, "a File object with no handle");
    EXPECT_EQ(leak->pointers.front().blocks, files.size());
    EXPECT_EQ(leak->headline, fmt::format("{} Leak blocks hold no kernel object; {} of them point at a File object "
                                          "with no handle",
                                          format::count(r.kernel.planted.pool.leakBlocks.size()),
                                          format::count(files.size())));
}

TEST(PoolScan, PoolPageShowsTheBlockHoldingAnAddressAndItsNeighbours)
{
    const Read r = readGenerated(scenario(26100, ScenarioKind::HandleLeak, 200));
    const Address thread = r.kernel.planted.pool.leakedThreads.at(7);
    const PoolPageView view = r.pool->page(thread);
    ASSERT_TRUE(view.holder) << view.problem;
    EXPECT_EQ(view.holder->block + 0x40, thread);
    EXPECT_EQ(PoolTag::fromKey(view.holder->tag), PoolTag("Thre"));
    EXPECT_EQ(view.holder->state, BlockState::Allocated);
    const std::vector<std::string> lines = poolPageLines(*r.pool, view, nullptr);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines.front(), fmt::format("Pool page {:016x} region is Nonpaged pool", thread));
    EXPECT_TRUE(mentions(lines, fmt::format("*{:016x} size:", view.holder->block)));
    // Not in the pool: said, not guessed.
    const PoolPageView outside = r.pool->page(r.kernel.planted.kernelBase + 0x1000);
    EXPECT_FALSE(outside.holder);
    EXPECT_FALSE(outside.problem.empty());
}

TEST(PoolScan, PoolfindOutputReadsBackAsTheSameBlocks)
{
    const Read r = readGenerated(scenario(19041, ScenarioKind::IocpLeak));
    const PoolFound found = r.pool->find(PoolTag("Irp"));
    std::string log = "0: kd> !poolfind Irp 0\n\n";
    for (const std::string& line : poolfindHeading(*r.pool, PoolTag("Irp")))
        log += line + "\n";
    log += "\n";
    std::set<Address> allocated;
    for (const PoolAllocation& b : found.blocks)
        if (b.state == BlockState::Allocated) {
            log += poolfindLine(b) + "\n";
            allocated.insert(b.block);
        }
    log += "0: kd> \n";
    auto read = readWindbgLog(decodeText(log, "poolfind.log"));
    ASSERT_TRUE(read.ok()) << read.error().describe();
    std::set<Address> back;
    for (const PoolBlock& b : read->poolBlocks) {
        EXPECT_EQ(b.tag, PoolTag("Irp"));
        back.insert(b.address);
    }
    EXPECT_EQ(back, allocated);
    EXPECT_EQ(allocated.size(), r.kernel.planted.pool.tags.at("Irp ").nonPaged.blocks());
}

TEST(PoolScan, DamageIsACountedWarningAndTheScanGoesOn)
{
    for (const DumpDamage damage : {DumpDamage::PoolChunkHeader, DumpDamage::PoolPageMissing, DumpDamage::PoolSegmentCycle}) {
        SCOPED_TRACE(static_cast<int>(damage));
        KernelScenario s = scenario(19041, ScenarioKind::HandleLeak, 3000);
        s.damage = damage;
        const Read r = readGenerated(s);
        ASSERT_TRUE(r.snapshot.poolScan);
        const PoolScanSummary& scan = *r.snapshot.poolScan;
        const PlantedPoolDamage& d = r.kernel.planted.pool.damage;
        const auto all = warnings(r.snapshot);
        const PoolTagScan* thre = scanOf(r.snapshot, "Thre", PoolType::NonPaged);
        ASSERT_NE(thre, nullptr);
        const std::uint64_t planted = r.kernel.planted.pool.tags.at("Thre").nonPaged.blocks();
        switch (damage) {
        case DumpDamage::PoolChunkHeader:
            EXPECT_TRUE(mentions(all, fmt::format("the chunk header at {:#x} does not decode", d.chunkHeader)));
            EXPECT_GE(scan.rangesAbandoned, 1u);
            // Only the damaged chunk is lost: the walk takes up again at the next one.
            EXPECT_EQ(thre->allocated + 1, planted);
            break;
        case DumpDamage::PoolPageMissing:
            EXPECT_TRUE(mentions(all, "not in the dump"));
            EXPECT_GE(scan.pagesMissing, 1u);
            EXPECT_EQ(thre->allocated + d.blocksOnMissingPage.size(), planted);
            break;
        default:
            EXPECT_TRUE(mentions(all, fmt::format("comes back to segment {:#x}", d.cyclicSegment))
                        || mentions(all, "a cycle"));
            EXPECT_EQ(thre->allocated, planted);
            break;
        }
        // The disagreement is said, with the tag named.
        if (thre->allocated != planted) {
            EXPECT_EQ(std::abs(static_cast<std::int64_t>(thre->allocated) - *thre->trackerOutstanding),
                      static_cast<std::int64_t>(planted - thre->allocated));
        }
    }
}

TEST(PoolScan, WithoutSymbolsTheHeapsAndKeysAreFoundOnTheDump)
{
    // A 19041 kernel the table does not know: no ExPoolState from symbols.
    KernelScenario s = scenario(19041, ScenarioKind::IocpLeak);
    s.kernelGuid = "0123456789ABCDEF0123456789ABCDEF";
    const Read r = readGenerated(s);
    ASSERT_TRUE(r.snapshot.poolScan);
    EXPECT_EQ(r.snapshot.poolScan->method, PoolScanSummary::Method::SegmentHeap);
    EXPECT_NE(r.snapshot.poolScan->howFound.find("from the kernel's data"), std::string::npos) << r.snapshot.poolScan->howFound;
    const PoolTagScan* irp = scanOf(r.snapshot, "Irp", PoolType::NonPaged);
    ASSERT_NE(irp, nullptr);
    EXPECT_EQ(irp->allocated, r.kernel.planted.pool.tags.at("Irp ").nonPaged.blocks());
}
