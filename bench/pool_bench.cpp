// The pool scan (issue 18): every block of the pool of a complete dump of several GB read
// from its segment heap and counted per tag, on every core and on one; throughput in GB of
// pool pages per second, and the private memory (RssAnon) the scan takes beyond the mapped
// file, sampled while it runs. The dump is written by the test generator in a child process,
// so the benchmark's own memory is only what reading it costs.
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/dump/pool/dump_pool.h"
#include "bench/private_memory.h"
#include "tests/support/kernel_scenario.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace poolscope;
using namespace poolscope::testdata;
namespace fs = std::filesystem;

namespace {

// The seed-004 machine three times over: a million terminated threads held by handles, each
// a VS block of its own page, and two million event objects of 0x60-byte LFH blocks, forty to
// a page, with the rest of the system's pool around them.
constexpr std::uint64_t kThreads = 1'000'000;
constexpr std::uint64_t kEvents = 2'000'000;

const std::string& bigDump()
{
    static const std::string path = [] {
        const fs::path p = fs::temp_directory_path() / "poolscope-bench-pool-complete.dmp";
        const pid_t child = fork();
        if (child == 0) {
            KernelScenario s;
            s.kind = ScenarioKind::HandleLeak;
            s.layout = *builtinLayout(19041);
            s.leakedThreadHandles = kThreads;
            s.noiseHandles = kEvents;
            GeneratedKernel kernel = generateKernel(s);
            std::ofstream out(p, std::ios::binary | std::ios::trunc);
            kernel.memory.write(out, DumpBuilder::Format::Full);
            out.close();
            _exit(out ? 0 : 1);
        }
        int status = 0;
        waitpid(child, &status, 0);
        return p.string();
    }();
    return path;
}

struct Opened {
    Snapshot snapshot;
    std::shared_ptr<const DumpPool> pool;
};

const Opened& opened()
{
    static const Opened o = [] {
        Opened out;
        DumpReadOptions options;
        options.scanPool = false; // the benchmark times the scan alone
        ReadControl control;
        auto snapshot = readKernelDump(bigDump(), options, control, &out.pool);
        if (snapshot)
            out.snapshot = std::move(snapshot.value());
        return out;
    }();
    return o;
}

void scan(benchmark::State& state, unsigned workers)
{
    const Opened& o = opened();
    if (!o.pool) {
        state.SkipWithError("the generated dump could not be read");
        return;
    }
    PoolScanOptions options;
    options.workers = workers;
    std::uint64_t bytes = 0, blocks = 0, peakKb = 0;
    const std::uint64_t before = bench::rssAnonKb();
    for (auto _ : state) {
        bench::PeakPrivateMemory peak;
        std::vector<PoolProblem> problems;
        const PoolScanSummary summary = o.pool->census(o.snapshot.poolTags, problems, nullptr, options);
        peakKb = std::max(peakKb, peak.stop());
        bytes = summary.bytesScanned;
        blocks = summary.allocated + summary.freeWithTag;
        benchmark::DoNotOptimize(summary);
    }
    state.counters["dump GB"] = static_cast<double>(fs::file_size(bigDump())) / 1e9;
    state.counters["pool GB"] = static_cast<double>(bytes) / 1e9;
    state.counters["pool GB/s"] = benchmark::Counter(static_cast<double>(bytes) / 1e9, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["blocks/s"] = benchmark::Counter(static_cast<double>(blocks), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["blocks"] = static_cast<double>(blocks);
    state.counters["RssAnon MB"] = static_cast<double>(peakKb > before ? peakKb - before : 0) / 1024.0;
}

void BM_PoolScanEveryCore(benchmark::State& state)
{
    scan(state, 0);
}
BENCHMARK(BM_PoolScanEveryCore)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_PoolScanOneCore(benchmark::State& state)
{
    scan(state, 1);
}
BENCHMARK(BM_PoolScanOneCore)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// !poolfind of the leaking tag: the scan, and the million blocks kept.
void BM_PoolfindThre(benchmark::State& state)
{
    const Opened& o = opened();
    if (!o.pool) {
        state.SkipWithError("the generated dump could not be read");
        return;
    }
    std::size_t found = 0;
    for (auto _ : state) {
        const PoolFound blocks = o.pool->find(PoolTag("Thre"));
        found = blocks.blocks.size();
        benchmark::DoNotOptimize(blocks);
    }
    state.counters["blocks"] = static_cast<double>(found);
}
BENCHMARK(BM_PoolfindThre)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
