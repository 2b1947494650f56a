// Reader throughput on generated inputs of realistic size (a 200 MB KD log of the two
// leak cases, a 200 MB appended poolmon log). Reports bytes/s and records/s.
#include "analysis/conclusions/leak_queries.h"
#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/poolmon_log_generator.h"

#include <benchmark/benchmark.h>

using namespace poolscope;

namespace {

constexpr std::size_t kTargetBytes = 200u << 20;

// A KD log of both cases in which every leaked thread handle is printed, as `!handle 0 3`
// does: the biggest logs engineers attach to a case look like this.
const std::string& bigKdLog()
{
    static const std::string log = [] {
        testdata::KdLogOptions options;
        options.handleEntries = true;
        options.leakedThreadHandles = 100000;
        const std::size_t perHandle = testdata::generateKdLog(options).size() / options.leakedThreadHandles;
        options.leakedThreadHandles = kTargetBytes / perHandle;
        options.queuedIrps = 100000;
        return testdata::generateKdLog(options);
    }();
    return log;
}

const std::string& bigPoolmonLog()
{
    static const std::string log = testdata::generatePoolmonLogOfSize(kTargetBytes);
    return log;
}

std::string toUtf16(const std::string& text)
{
    std::string out("\xFF\xFE", 2);
    out.reserve(text.size() * 2 + 2);
    for (char c : text) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

void BM_WindbgLog(benchmark::State& state)
{
    const std::string& log = bigKdLog();
    std::size_t handles = 0;
    for (auto _ : state) {
        const TextDocument doc = decodeText(log, "bench.log");
        const auto snapshot = readWindbgLog(doc);
        if (!snapshot.ok())
            state.SkipWithError(snapshot.error().describe().c_str());
        else
            handles = snapshot->handles.size();
        benchmark::DoNotOptimize(handles);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * log.size()));
    state.counters["MB"] = static_cast<double>(log.size()) / (1 << 20);
    state.counters["handles"] = static_cast<double>(handles);
    state.counters["records/s"] =
        benchmark::Counter(static_cast<double>(handles * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WindbgLog)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_PoolmonLog(benchmark::State& state)
{
    const std::string& log = bigPoolmonLog();
    std::size_t screens = 0;
    std::size_t rows = 0;
    for (auto _ : state) {
        const TextDocument doc = decodeText(log, "bench-poolmon.log");
        const auto series = readPoolmon(doc);
        if (!series.ok()) {
            state.SkipWithError(series.error().describe().c_str());
            break;
        }
        screens = series->snapshots.size();
        rows = 0;
        for (const auto& s : series->snapshots)
            rows += s.poolTags.size();
        benchmark::DoNotOptimize(rows);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * log.size()));
    state.counters["MB"] = static_cast<double>(log.size()) / (1 << 20);
    state.counters["screens"] = static_cast<double>(screens);
    state.counters["rows/s"] =
        benchmark::Counter(static_cast<double>(rows * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PoolmonLog)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_DecodeUtf16(benchmark::State& state)
{
    static const std::string utf16 = toUtf16(bigKdLog().substr(0, 64u << 20));
    for (auto _ : state) {
        const TextDocument doc = decodeText(utf16, "bench-utf16.log");
        benchmark::DoNotOptimize(doc.text.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * utf16.size()));
}
BENCHMARK(BM_DecodeUtf16)->Unit(benchmark::kMillisecond);

void BM_HandleCountsByType(benchmark::State& state)
{
    static const Snapshot snapshot = readWindbgLog(decodeText(bigKdLog(), "bench.log")).value();
    for (auto _ : state) {
        const auto counts = handleCountsByType(snapshot);
        benchmark::DoNotOptimize(counts.data());
    }
    state.counters["handles/s"] = benchmark::Counter(
        static_cast<double>(snapshot.handles.size() * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_HandleCountsByType)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
