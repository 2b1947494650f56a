// A kernel PDB of realistic size (about 30 MB, tens of thousands of structures with nested
// unnamed unions, bitfields, pointers and arrays, a public and a global symbol for each),
// compiled by clang and linked by lld-link once, then loaded to a KernelLayout: the MSF
// directory, the type stream indexed, every field the walks need looked up, the symbol
// records placed through the section headers. Skipped when clang or lld-link is missing.
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "analysis/dump/pdb/type_table.h"
#include "tests/support/kernel_pdb.h"

#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>

using namespace poolscope;
namespace fs = std::filesystem;

namespace {

constexpr int kTypes = 26000;

// Structures shaped like the kernel's: list links, an unnamed union of flags and bitfields,
// pointers to other structures, arrays, and a couple of dozen plain members.
std::string manyTypes()
{
    std::string out;
    out.reserve(kTypes * 1400);
    for (int i = 0; i < kTypes; ++i) {
        out += fmt::format("struct _POOLSCOPE_BENCH_OBJECT_{} {{\n    LIST_ENTRY Links;\n", i);
        out += "    union { unsigned long Flags; struct { unsigned long Enabled : 1; unsigned long Kind : 7; "
               "unsigned long Reserved : 24; }; };\n";
        out += fmt::format("    struct _POOLSCOPE_BENCH_OBJECT_{}* Previous;\n", i == 0 ? 0 : i - 1);
        out += fmt::format("    unsigned char ImageName{}[16];\n", i % 7);
        for (int m = 0; m < 22; ++m)
            out += fmt::format("    {} Member{:02}Of{};\n",
                               m % 4 == 0 ? "unsigned long long" : m % 4 == 1 ? "void*" : m % 4 == 2 ? "unsigned long" : "short",
                               m, i);
        out += fmt::format("}};\nstruct _POOLSCOPE_BENCH_OBJECT_{}* PoolScopeBenchGlobal{};\n", i, i);
    }
    return out;
}

const fs::path& scratch()
{
    static const fs::path dir = fs::temp_directory_path() / ("poolscope-pdb-bench-" + std::to_string(::getpid()));
    return dir;
}

const fs::path& largePdb()
{
    static const fs::path made = [] {
        testdata::KernelPdbSpec spec;
        spec.layout = testdata::shiftedLayout(26999);
        spec.extraSource = manyTypes();
        return testdata::buildKernelPdb(spec, scratch()).pdb;
    }();
    return made;
}

void BM_LoadLargeKernelPdb(benchmark::State& state)
{
    if (!testdata::pdbToolsAvailable()) {
        state.SkipWithError("clang and lld-link were not found when PoolScope was configured");
        return;
    }
    const fs::path& pdb = largePdb();
    const auto bytes = fs::file_size(pdb);
    std::size_t records = 0;
    for (auto _ : state) {
        auto layout = loadPdbLayout(pdb.string());
        if (!layout) {
            state.SkipWithError(layout.error().describe().c_str());
            return;
        }
        benchmark::DoNotOptimize(layout->processUniqueId);
    }
    auto msf = pdb::MsfFile::open(pdb.string());
    records = pdb::TypeTable::read(*msf)->recordCount();
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["type records"] = static_cast<double>(records);
}
BENCHMARK(BM_LoadLargeKernelPdb)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::error_code ignored;
    fs::remove_all(scratch(), ignored); // the source, object and PDB: about 100 MB
    return 0;
}
