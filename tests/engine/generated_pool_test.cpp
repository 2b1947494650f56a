// The generated kernel's pool, without PoolScope's reader: every block the tracker counts as
// outstanding is in the pool (segment heap LFH and VS subsegments from 1903 on, classic pool
// pages before, big pool entries), the planted record says exactly what a walk written from
// the facts finds there (planted_pool_check.h), freed blocks still show their tags where the
// record says, and the reference leak and the pool damage are what they claim to be.
#include "tests/support/kernel_scenario.h"
#include "tests/support/planted_pool_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <set>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

KernelScenario scenario(std::uint32_t build, ScenarioKind kind = ScenarioKind::Both, std::uint64_t threads = 2000)
{
    KernelScenario s;
    s.kind = kind;
    s.layout = *builtinLayout(build);
    s.leakedThreadHandles = threads;
    return s;
}

template <typename T>
T at(const GeneratedKernel& k, std::uint64_t va)
{
    T v{};
    k.memory.read(va, &v, sizeof v);
    return v;
}

std::string problems(const FoundPool& found)
{
    std::string out;
    for (std::size_t i = 0; i < std::min<std::size_t>(found.problems.size(), 5); ++i)
        out += found.problems[i] + "\n";
    return out;
}

// The planted record against the tracker's figures: per tag and pool, the blocks and bytes
// in the pool are the outstanding allocations and their bytes.
void expectTrackerFigures(const PlantedKernel& p)
{
    EXPECT_EQ(p.pool.tags.size(), p.tags.size());
    for (const auto& [tag, t] : p.tags) {
        SCOPED_TRACE(tag);
        ASSERT_TRUE(p.pool.tags.contains(tag));
        const PlantedPoolTag& pool = p.pool.tags.at(tag);
        for (const bool paged : {false, true}) {
            const PlantedPoolUse& use = paged ? pool.paged : pool.nonPaged;
            const std::uint64_t allocs = paged ? t.pagedAllocs : t.nonPagedAllocs;
            const std::uint64_t frees = paged ? t.pagedFrees : t.nonPagedFrees;
            EXPECT_EQ(use.blocks(), allocs - frees) << (paged ? "paged" : "nonpaged");
            EXPECT_EQ(use.bytes(), paged ? t.pagedBytes : t.nonPagedBytes) << (paged ? "paged" : "nonpaged");
            EXPECT_LE(use.staleHeaders, frees);
            EXPECT_EQ(use.blockSizes.empty(), use.smallBlocks() == 0);
            if (p.pool.segmentHeap)
                EXPECT_EQ(use.classicBlocks, 0u);
            else
                EXPECT_EQ(use.lfhBlocks + use.vsBlocks, 0u);
        }
    }
}

// What the independent walk finds against the planted record, tag by tag.
void expectFound(const PlantedKernel& p, const FoundPool& found)
{
    EXPECT_TRUE(found.problems.empty()) << found.problems.size() << " problems, the first:\n" << problems(found);
    for (const auto& [key, use] : found.tags)
        EXPECT_TRUE(p.pool.tags.contains(key.first)) << key.first;
    for (const auto& [tag, pool] : p.pool.tags) {
        for (const bool paged : {false, true}) {
            SCOPED_TRACE(tag + (paged ? " paged" : " nonpaged"));
            const PlantedPoolUse& use = paged ? pool.paged : pool.nonPaged;
            const auto it = found.tags.find({tag, paged});
            const FoundPoolUse f = it == found.tags.end() ? FoundPoolUse{} : it->second;
            EXPECT_EQ(f.lfhBlocks, use.lfhBlocks);
            EXPECT_EQ(f.vsBlocks, use.vsBlocks);
            EXPECT_EQ(f.classicBlocks, use.classicBlocks);
            EXPECT_EQ(f.smallBytes, use.lfhBytes + use.vsBytes + use.classicBytes);
            EXPECT_EQ(f.bigAllocations, use.bigAllocations);
            EXPECT_EQ(f.bigBytes, use.bigBytes);
            EXPECT_EQ(f.bigWithoutPages, use.bigWithoutPages);
            EXPECT_EQ(f.staleHeaders, use.staleHeaders);
            EXPECT_EQ(f.blockSizes, use.blockSizes);
        }
    }
}

} // namespace

TEST(GeneratedPool, EveryOutstandingAllocationIsABlockOfThePoolWhereThePlantedRecordSays)
{
    for (const std::uint32_t build : {14393u, 19041u, 22621u, 26100u}) {
        SCOPED_TRACE(build);
        const KernelScenario s = scenario(build);
        const GeneratedKernel k = generateKernel(s);
        const PlantedKernel& p = k.planted;
        EXPECT_EQ(p.pool.segmentHeap, build >= 18362);
        expectTrackerFigures(p);

        const FoundPool found = readPlantedPool(k, s.layout);
        expectFound(p, found);
        std::vector<std::uint64_t> segments;
        for (const PlantedSegment& segment : p.pool.segments)
            segments.push_back(segment.address);
        EXPECT_EQ(found.segments, segments);
        std::set<std::uint64_t> lfh, vs;
        for (const PlantedSubsegment& r : p.pool.lfhSubsegments)
            lfh.insert(r.address);
        for (const PlantedSubsegment& r : p.pool.vsSubsegments)
            vs.insert(r.address);
        EXPECT_EQ(found.lfhSubsegments, lfh);
        EXPECT_EQ(found.vsSubsegments, vs);
        EXPECT_EQ(found.classicPages, std::set<std::uint64_t>(p.pool.classicPages.begin(), p.pool.classicPages.end()));
        if (p.pool.segmentHeap) {
            EXPECT_FALSE(lfh.empty());
            EXPECT_FALSE(vs.empty());
            EXPECT_TRUE(p.pool.classicPages.empty());
        } else {
            EXPECT_FALSE(p.pool.classicPages.empty());
            EXPECT_TRUE(p.pool.segments.empty());
        }

        // A scanner counting every POOL_HEADER with a tag counts freed blocks too.
        std::uint64_t stale = 0;
        for (const auto& [tag, pool] : p.pool.tags)
            stale += pool.nonPaged.staleHeaders + pool.paged.staleHeaders;
        EXPECT_GT(stale, 0u);
        // The registry's paged-out hive bins: listed in the big pool table, not in the dump.
        EXPECT_EQ(p.pool.tags.at("CM31").paged.bigWithoutPages, 30412u);
        EXPECT_EQ(p.pool.bigWithoutPages, 30412u);
        EXPECT_EQ(p.pool.leakedThreads.size(), 2000u);
        EXPECT_EQ(p.pool.tags.at("Thre").nonPaged.smallBlocks(), p.tags.at("Thre").nonPagedAllocs - p.tags.at("Thre").nonPagedFrees);
    }
}

TEST(GeneratedPool, TheSegmentHeapKeysAndItsGlobalsAreWhereTheImageSays)
{
    for (const std::uint32_t build : {19041u, 20348u, 26100u}) {
        SCOPED_TRACE(build);
        const GeneratedKernel k = generateKernel(scenario(build, ScenarioKind::IocpLeak, 0));
        const PlantedPool& pool = k.planted.pool;
        ASSERT_TRUE(pool.segmentHeap);
        const KernelLayout layout = *builtinLayout(build);
        if (layout.globals.exPoolState) { // the real kernel's own RVAs
            EXPECT_EQ(pool.exPoolState, k.planted.kernelBase + *layout.globals.exPoolState);
        }
        EXPECT_EQ(at<std::uint64_t>(k, pool.exPoolState), pool.heapGlobals);
        EXPECT_EQ(at<std::uint64_t>(k, pool.heapGlobals + layout.heap->globalsHeapKey), pool.heapKey);
        EXPECT_EQ(at<std::uint64_t>(k, pool.heapGlobals + layout.heap->globalsLfhKey), pool.lfhKey);
        EXPECT_NE(pool.heapKey, pool.lfhKey);
        EXPECT_EQ(pool.heaps.size(), 3u);
        // The third-party driver's blocks are in the executable NonPaged heap, the rest of
        // the nonpaged pool in NonPagedNx.
        const auto heapOf = [&](std::uint64_t va) {
            for (const PlantedSegment& s : pool.segments)
                if (va - s.address < 0x100000)
                    return s.heap;
            return std::uint64_t{0};
        };
        ASSERT_FALSE(pool.leakBlocks.empty());
        EXPECT_EQ(heapOf(pool.leakBlocks.front()), pool.heaps.at(PoolKind::NonPaged));
        EXPECT_EQ(heapOf(k.planted.leakIrps.front()), pool.heaps.at(PoolKind::NonPagedNx));
    }
    // Another build's dump has other keys.
    EXPECT_NE(generateKernel(scenario(19041, ScenarioKind::IocpLeak, 0)).planted.pool.heapKey,
              generateKernel(scenario(22621, ScenarioKind::IocpLeak, 0)).planted.pool.heapKey);
}

TEST(GeneratedPool, ADriverHoldsReferencesToFileObjectsWhoseHandlesAreClosed)
{
    for (const std::uint32_t build : {14393u, 19041u}) {
        SCOPED_TRACE(build);
        const KernelScenario s = scenario(build, ScenarioKind::ReferenceLeak);
        const GeneratedKernel k = generateKernel(s);
        const PlantedKernel& p = k.planted;
        EXPECT_EQ(p.iocpProcess, 0u);
        EXPECT_EQ(p.handleProcess, 0u);
        EXPECT_TRUE(p.pool.leakedThreads.empty());
        ASSERT_EQ(p.pool.referencedFiles.size(), 1800u);
        ASSERT_EQ(p.pool.leakBlocks.size(), 2400u);
        EXPECT_EQ(p.pool.tags.at(p.driverTag).nonPaged.smallBlocks(), 2400u);
        std::set<std::uint64_t> extensions;
        for (std::size_t i = 0; i < p.pool.leakBlocks.size(); ++i) {
            const auto pointer = at<std::uint64_t>(k, p.pool.leakBlocks[i]);
            if (i < p.pool.referencedFiles.size())
                EXPECT_EQ(pointer, p.pool.referencedFiles[i]);
            else
                extensions.insert(pointer);
        }
        EXPECT_EQ(extensions.size(), 1u); // the device extension, in the driver's image
        std::uint64_t twice = 0;
        for (const std::uint64_t file : p.pool.referencedFiles) {
            const std::uint64_t header = file - s.layout.objectHeaderSize;
            EXPECT_EQ(at<std::uint64_t>(k, header + s.layout.headerHandleCount), 0u);
            const auto pointers = at<std::uint64_t>(k, header + s.layout.headerPointerCount);
            EXPECT_TRUE(pointers == 1 || pointers == 2);
            twice += pointers == 2 ? 1 : 0;
            EXPECT_EQ(at<std::uint16_t>(k, file + s.layout.fileType), 5u);
        }
        EXPECT_EQ(twice, 225u);
        expectTrackerFigures(p);
        expectFound(p, readPlantedPool(k, s.layout));
    }
}

TEST(GeneratedPool, TheDamagedPoolIsWhatTheRecordSays)
{
    const auto damaged = [](DumpDamage d) {
        KernelScenario s = scenario(19041, ScenarioKind::Both, 300);
        s.damage = d;
        return generateKernel(s);
    };
    {
        const GeneratedKernel k = damaged(DumpDamage::PoolChunkHeader);
        const PlantedPoolDamage& d = k.planted.pool.damage;
        ASSERT_NE(d.chunkHeader, 0u);
        const std::uint64_t sizes = at<std::uint64_t>(k, d.chunkHeader) ^ d.chunkHeader ^ k.planted.pool.heapKey;
        EXPECT_EQ((sizes >> 16) & 0xffff, 0u); // a size of 0: no walk steps over it
        EXPECT_GT(d.chunksAfter, 0u);
        EXPECT_EQ(at<std::uint32_t>(k, d.chunkBlock + 4), 0x65726854u); // "Thre"
        const FoundPool found = readPlantedPool(k, *builtinLayout(19041));
        EXPECT_TRUE(std::any_of(found.problems.begin(), found.problems.end(),
                                [&](const std::string& p) { return p.find("does not decode") != std::string::npos; }));
    }
    {
        const GeneratedKernel k = damaged(DumpDamage::PoolPageMissing);
        const PlantedPoolDamage& d = k.planted.pool.damage;
        ASSERT_NE(d.missingPage, 0u);
        EXPECT_EQ(d.missingPage % 0x1000, 0u);
        EXPECT_THROW(at<std::uint8_t>(k, d.missingPage), std::logic_error);
        ASSERT_FALSE(d.blocksOnMissingPage.empty());
        for (const std::uint64_t block : d.blocksOnMissingPage) { // on it, or its chunk header is
            EXPECT_GE(block, d.missingPage);
            EXPECT_LE(block, d.missingPage + 0x1000);
        }
        EXPECT_NO_THROW(at<std::uint8_t>(k, d.missingPage - 0x1000)); // the subsegment's other pages stay
    }
    {
        const GeneratedKernel k = damaged(DumpDamage::PoolSegmentCycle);
        const PlantedPoolDamage& d = k.planted.pool.damage;
        EXPECT_EQ(d.cyclicHeap, k.planted.pool.heaps.at(PoolKind::NonPagedNx));
        const FoundPool found = readPlantedPool(k, *builtinLayout(19041));
        EXPECT_TRUE(std::any_of(found.problems.begin(), found.problems.end(),
                                [&](const std::string& p) { return p.find("does not come back") != std::string::npos; }));
    }
    KernelScenario classic = scenario(14393, ScenarioKind::Both, 300);
    classic.damage = DumpDamage::PoolChunkHeader;
    EXPECT_THROW(generateKernel(classic), std::invalid_argument);
}
