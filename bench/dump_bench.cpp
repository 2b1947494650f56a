// Kernel dumps at the scale issue 4 sets: opening a sparse 8 GB complete dump costs its
// header (the time to the first result), and the full walk of a dump with a million
// handles and 100,000 queued IRPs. Inputs are written once by the test generator to a
// temporary folder and memory-mapped, as a user's dump is.
#include "analysis/dump/address_space.h"
#include "analysis/dump/dump_file.h"
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/dump/kernel_identity.h"
#include "analysis/dump/pool/dump_pool.h"
#include "analysis/dump/process_walk.h"
#include "analysis/memory_release.h"
#include "analysis/snapshot_builder.h"
#include "bench/private_memory.h"
#include "tests/support/kernel_scenario.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>

#include <sys/wait.h>
#include <unistd.h>

using namespace poolscope;
using namespace poolscope::testdata;
namespace fs = std::filesystem;

namespace {

struct Written {
    std::string path;
    PlantedKernel planted;
};

// Written in a child process: the generator's memory, freed but kept by the allocator, would
// otherwise hide in the private memory measured for the reader.
Written write(const std::string& name, const KernelScenario& scenario, DumpBuilder::Format format)
{
    const fs::path path = fs::temp_directory_path() / ("poolscope-bench-" + name);
    const fs::path counts = fs::path(path).concat(".planted");
    const pid_t child = fork();
    if (child == 0) {
        GeneratedKernel kernel = generateKernel(scenario);
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        kernel.memory.write(out, format);
        std::ofstream planted(counts, std::ios::trunc);
        planted << kernel.planted.handles << ' ' << kernel.planted.irps << '\n';
        out.close(); // _exit runs no destructor: what is buffered must be written first
        planted.close();
        _exit(out && planted ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    Written written{path.string(), {}};
    std::ifstream planted(counts);
    planted >> written.planted.handles >> written.planted.irps;
    return written;
}

const Written& sparse8GB()
{
    static const Written dump = [] {
        KernelScenario s;
        s.layout = *builtinLayout(19041);
        s.leakedThreadHandles = 2000;
        s.physicalMemory = 8ull << 30;
        return write("sparse-8gb.dmp", s, DumpBuilder::Format::Full);
    }();
    return dump;
}

const Written& millionHandles()
{
    static const Written dump = [] {
        KernelScenario s;
        s.layout = *builtinLayout(19041);
        s.noiseHandles = 610'000; // with the seed's 323,155 thread handles and the rest: ~1,000,000
        s.noiseIrps = 100'000;
        return write("million-handles.dmp", s, DumpBuilder::Format::Bitmap);
    }();
    return dump;
}

// Open, identify the kernel and list the processes: what the window shows first.
void BM_OpenSparse8GBToProcessList(benchmark::State& state)
{
    const Written& dump = sparse8GB();
    for (auto _ : state) {
        auto file = DumpFile::open(dump.path);
        if (!file) {
            state.SkipWithError(file.error().message.c_str());
            return;
        }
        const AddressSpace memory(file.value());
        auto kernel = identifyKernel(file.value(), memory, {});
        SnapshotBuilder builder(dump.path);
        const auto processes = walkProcesses(memory, kernel->layout, file->header().psActiveProcessHead, builder);
        benchmark::DoNotOptimize(processes);
    }
    state.counters["file GB"] = static_cast<double>(fs::file_size(dump.path)) / (1u << 30);
}
BENCHMARK(BM_OpenSparse8GBToProcessList)->Unit(benchmark::kMillisecond);

// The whole read of the same dump (its kernel is small: the rest is zero pages).
void BM_ReadSparse8GB(benchmark::State& state)
{
    const Written& dump = sparse8GB();
    for (auto _ : state) {
        ReadControl control;
        auto snapshot = readKernelDump(dump.path, {}, control);
        benchmark::DoNotOptimize(snapshot);
    }
}
BENCHMARK(BM_ReadSparse8GB)->Unit(benchmark::kMillisecond);

// The whole read a user waits for, the pool's blocks counted and what the largest tags hold
// read; and the same without the pool scan, for its share of the time. The dump stays open
// after the read, as the window and the command line keep it (the Allocations view, poolfind
// and pool read it later): closing it, which gives back the mapping of 1.6 GB, is timed apart.
void fullWalk(benchmark::State& state, bool scanPool)
{
    const Written& dump = millionHandles();
    std::uint64_t records = 0, handles = 0, peakKb = 0;
    DumpReadOptions options;
    options.scanPool = scanPool;
    std::uint64_t mostKb = 0; // the highest peak above the memory held as its read began
    double closeMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        // What the previous iteration freed goes back first; its baseline is what is still held.
        releaseFreedMemory();
        const std::uint64_t before = bench::rssAnonKb();
        std::optional<bench::PeakPrivateMemory> peak(std::in_place);
        state.ResumeTiming();
        ReadControl control;
        std::shared_ptr<const DumpPool> pool;
        auto snapshot = readKernelDump(dump.path, options, control, &pool);
        if (!snapshot) {
            state.SkipWithError(snapshot.error().message.c_str());
            return;
        }
        records = snapshot->handles.size() + snapshot->irps.size();
        handles = snapshot->handles.size();
        benchmark::DoNotOptimize(snapshot);
        state.PauseTiming();
        peakKb = peak->stop();
        peak.reset();
        mostKb = std::max(mostKb, peakKb > before ? peakKb - before : 0);
        const auto closing = std::chrono::steady_clock::now();
        snapshot = InputError{};
        pool.reset();
        closeMs = std::max(closeMs, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - closing).count());
        state.ResumeTiming();
    }
    state.counters["close ms"] = closeMs;
    const double privateBytes = static_cast<double>(mostKb) * 1024.0;
    state.counters["handles"] = static_cast<double>(handles);
    state.counters["IRPs"] = static_cast<double>(dump.planted.irps);
    state.counters["RssAnon MB"] = privateBytes / (1024.0 * 1024.0);
    state.counters["bytes/handle"] = handles ? privateBytes / static_cast<double>(handles) : 0.0;
    state.counters["records/s"] = benchmark::Counter(static_cast<double>(records), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["MB/s"] = benchmark::Counter(static_cast<double>(fs::file_size(dump.path)) / 1e6,
                                                benchmark::Counter::kIsIterationInvariantRate);
}

void BM_FullWalkMillionHandles(benchmark::State& state)
{
    fullWalk(state, true);
}
// Rates per second of wall time: the read runs on several threads (the pool scan beside the walks).
BENCHMARK(BM_FullWalkMillionHandles)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_FullWalkMillionHandlesWithoutPoolScan(benchmark::State& state)
{
    fullWalk(state, false);
}
BENCHMARK(BM_FullWalkMillionHandlesWithoutPoolScan)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
