// Leak analysis at the scale issue 5 sets: the growth of every tag over a poolmon series of
// 10,000 screens with 2,000 tags each, and the diff of two snapshots of 1,000,000 records.
#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/snapshot_compare.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace poolscope;

namespace {

PoolTag tagNumber(std::uint32_t n)
{
    // Four printable characters from a number: distinct for every n below 62^4.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    char text[5] = {};
    for (int i = 0; i < 4; ++i) {
        text[i] = alphabet[n % 62];
        n /= 62;
    }
    return PoolTag(std::string_view(text, 4));
}

const SnapshotSeries& bigSeries()
{
    static const SnapshotSeries series = [] {
        SnapshotSeries s;
        constexpr std::size_t screens = 10'000;
        constexpr std::uint32_t tags = 2'000;
        std::mt19937_64 random(5);
        s.snapshots.resize(screens);
        for (std::size_t i = 0; i < screens; ++i) {
            Snapshot& snapshot = s.snapshots[i];
            snapshot.secondsSinceStart = static_cast<double>(i) * 5.0;
            snapshot.poolTags.resize(tags);
            for (std::uint32_t t = 0; t < tags; ++t) {
                PoolTagStat& stat = snapshot.poolTags[t];
                stat.tag = tagNumber(t);
                stat.type = t % 3 == 0 ? PoolType::Paged : PoolType::NonPaged;
                // Ten leaks; the rest wander.
                const std::uint64_t base = 100'000 + t * 1000;
                const std::uint64_t drift = t < 10 ? i * 640 : random() % 5000;
                stat.bytes = base + drift;
                stat.outstanding = static_cast<std::int64_t>((base + drift) / 64);
            }
        }
        return s;
    }();
    return series;
}

void BM_GrowthOfASeries(benchmark::State& state)
{
    const SnapshotSeries& series = bigSeries();
    std::size_t leaking = 0;
    for (auto _ : state) {
        leaking = 0;
        for (const TagGrowth& g : analyzeGrowth(series))
            leaking += g.leaking;
        benchmark::DoNotOptimize(leaking);
    }
    state.counters["leaking"] = static_cast<double>(leaking);
    state.counters["rows/s"] = benchmark::Counter(20'000'000.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GrowthOfASeries)->Unit(benchmark::kMillisecond)->Iterations(3);

std::pair<Snapshot, Snapshot> bigPair()
{
    Snapshot before;
    Snapshot after;
    constexpr std::uint32_t records = 1'000'000;
    before.poolTags.resize(records);
    after.poolTags.resize(records);
    before.objects.resize(records);
    after.objects.resize(records);
    for (std::uint32_t i = 0; i < records; ++i) {
        before.poolTags[i].tag = tagNumber(i);
        before.poolTags[i].type = PoolType::NonPaged;
        before.poolTags[i].bytes = 1000 + i;
        // A tenth of the tags vanish and as many appear.
        after.poolTags[i].tag = tagNumber(i % 10 == 0 ? records + i : i);
        after.poolTags[i].type = PoolType::NonPaged;
        after.poolTags[i].bytes = 1000 + i + (i % 7) * 64;
        before.objects[i].address = 0xffffe00010000000ull + i * 0x80ull;
        before.objects[i].handleCount = 1;
        after.objects[i].address = 0xffffe00010000000ull + (i + records / 10) * 0x80ull;
        after.objects[i].handleCount = 2;
    }
    return {std::move(before), std::move(after)};
}

void BM_DiffOfTwoSnapshots(benchmark::State& state)
{
    static const auto pair = bigPair();
    for (auto _ : state) {
        const auto tags = compareTags(pair.first, pair.second);
        const auto objects = compareObjects(pair.first, pair.second);
        benchmark::DoNotOptimize(tags.size() + objects.size());
    }
    state.counters["records/s"] = benchmark::Counter(4'000'000.0 * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DiffOfTwoSnapshots)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
