// Writes a Windows x64 kernel dump of a generated kernel staging the seed cases, for the
// tests, the benchmarks and anyone who wants to see PoolScope on a dump without a customer's.
//   poolscope-make-dump --scenario both --build 19041 --format full -o both.dmp
#include "analysis/dump/isf_symbols.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "tests/support/kernel_scenario.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

constexpr const char* kUsage =
    "usage: poolscope-make-dump --scenario iocp-leak|handle-leak|both|ref-leak --build N\n"
    "                           [--symbols ISF | --pdb PDB]\n"
    "                           --format full|kernel|bitmap|live|rdmp -o FILE [options]\n\n"
    "Lays out a small Windows 10/11 x64 kernel with the structure layout of build N (or of the\n"
    "volatility3 ISF file, or the kernel PDB, given) and writes it as Windows writes its memory\n"
    "dumps. With --pdb the kernel image's CodeView record names that PDB's GUID and age, and the\n"
    "globals lie where its symbols say: the dump and the PDB are a pair.\n"
    "  full    complete memory dump, DumpType 1: every page of RAM, in physical memory runs\n"
    "  kernel  kernel (or automatic) memory dump, DumpType 5 'SDMP': the kernel's pages\n"
    "  bitmap  complete memory dump, DumpType 5 'FDMP': every page of RAM, zero pages too\n"
    "  live    Task Manager's live kernel memory dump, DumpType 6: the kernel's pages, the\n"
    "          debugger data block left encoded\n"
    "  rdmp    the debugger's .dump /k, DumpType 8 'RDMP': the kernel's pages as frame ranges\n"
    "The IOCP case: IOCPLeak.exe's port with 156 completed IRPs queued from one file handle.\n"
    "The handle case: xxxxxx.EXE holding 323,155 handles to terminated threads.\n"
    "The reference leak (ref-leak): leakydrv.sys holding references to 1,800 file objects\n"
    "whose handles were closed, from blocks of its own tag 'Leak'.\n"
    "The pool is laid out as the build's kernel lays it out: segment heaps (LFH and VS\n"
    "subsegments) from 1903 (18362) on, classic pool pages before, big allocations in the\n"
    "big pool table.\n\n"
    "options:\n"
    "  --irps N            IRPs queued on the leaking port (default 156)\n"
    "  --threads N         terminated thread handles of the leaking process (default 323155)\n"
    "  --noise-handles N   more Event handles over the other processes\n"
    "  --noise-irps N      IRPs queued on a second, busy port\n"
    "  --encoded-kdbg      the debugger data block encoded, as in a live dump\n"
    "  --type-lists        keep object type lists (gflag otl): ports are linked into their\n"
    "                      type's list, and one port without handles is only there\n"
    "  --size GB           the machine's RAM (a complete dump holds all of it; the file is\n"
    "                      sparse)\n"
    "  --frames-from GB    the kernel's pages from this physical address up (with --size 8\n"
    "                      and 6, a complete dump holds them past its first 4 GB)\n"
    "  --guid GUID         write this PDB GUID into the kernel image instead of the layout's\n"
    "                      (a kernel the built-in table does not know: globals by heuristics)\n"
    "  --age N             write this PDB age into the kernel image (with the layout's GUID\n"
    "                      unless --guid is given): a PDB of another age must be refused\n"
    "  --damage KIND       truncated | bad-signature | cyclic-queue | handle-table-outside |\n"
    "                      type-index-out-of-range | pool-chunk-header | pool-page-missing |\n"
    "                      pool-segment-cycle (the last three: segment heap builds)\n"
    "builds: ";

struct Args {
    KernelScenario scenario;
    std::string output;
    std::string symbols;
    std::string pdb;
    std::optional<std::uint32_t> age;
    std::uint32_t build = 0;
    DumpBuilder::Format format = DumpBuilder::Format::Full;
    std::string damage;
    double sizeGb = 0;
};

std::uint64_t number(const std::string& option, const std::string& text)
{
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw std::invalid_argument(fmt::format("{} expects a number, got '{}'", option, text));
    return value;
}

Args parse(int argc, char** argv)
{
    Args a;
    bool haveScenario = false, haveFormat = false;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::invalid_argument(option + " needs a value");
            return argv[++i];
        };
        if (option == "--scenario") {
            const std::string v = value();
            haveScenario = true;
            if (v == "iocp-leak")
                a.scenario.kind = ScenarioKind::IocpLeak;
            else if (v == "handle-leak")
                a.scenario.kind = ScenarioKind::HandleLeak;
            else if (v == "both")
                a.scenario.kind = ScenarioKind::Both;
            else if (v == "ref-leak")
                a.scenario.kind = ScenarioKind::ReferenceLeak;
            else
                throw std::invalid_argument("--scenario expects iocp-leak, handle-leak, both or ref-leak, got '" + v + "'");
        } else if (option == "--build") {
            a.build = static_cast<std::uint32_t>(number(option, value()));
        } else if (option == "--symbols") {
            a.symbols = value();
        } else if (option == "--pdb") {
            a.pdb = value();
        } else if (option == "--age") {
            a.age = static_cast<std::uint32_t>(number(option, value()));
        } else if (option == "--format") {
            const std::string v = value();
            haveFormat = true;
            if (v == "full")
                a.format = DumpBuilder::Format::Full;
            else if (v == "kernel")
                a.format = DumpBuilder::Format::Kernel;
            else if (v == "bitmap")
                a.format = DumpBuilder::Format::Bitmap;
            else if (v == "live")
                a.format = DumpBuilder::Format::Live;
            else if (v == "rdmp")
                a.format = DumpBuilder::Format::Rdmp;
            else
                throw std::invalid_argument("--format expects full, kernel, bitmap, live or rdmp, got '" + v + "'");
        } else if (option == "-o" || option == "--output") {
            a.output = value();
        } else if (option == "--irps") {
            a.scenario.leakedIrps = number(option, value());
        } else if (option == "--threads") {
            a.scenario.leakedThreadHandles = number(option, value());
        } else if (option == "--noise-handles") {
            a.scenario.noiseHandles = number(option, value());
        } else if (option == "--noise-irps") {
            a.scenario.noiseIrps = number(option, value());
        } else if (option == "--encoded-kdbg") {
            a.scenario.encodedDebuggerData = true;
        } else if (option == "--type-lists") {
            a.scenario.maintainTypeLists = true;
        } else if (option == "--size") {
            a.sizeGb = static_cast<double>(number(option, value()));
        } else if (option == "--frames-from") {
            const std::uint64_t gb = number(option, value());
            if (gb > 1024)
                throw std::invalid_argument("--frames-from expects at most 1024 (GB)");
            a.scenario.firstFrame = gb << 18; // GB to 4 KB frames
        } else if (option == "--guid") {
            a.scenario.kernelGuid = value();
            if (a.scenario.kernelGuid.size() != 32)
                throw std::invalid_argument("--guid expects 32 hex digits");
        } else if (option == "--damage") {
            a.damage = value();
            if (a.damage == "cyclic-queue")
                a.scenario.damage = DumpDamage::CyclicQueue;
            else if (a.damage == "handle-table-outside")
                a.scenario.damage = DumpDamage::HandleTableOutside;
            else if (a.damage == "type-index-out-of-range")
                a.scenario.damage = DumpDamage::TypeIndexOutOfRange;
            else if (a.damage == "pool-chunk-header")
                a.scenario.damage = DumpDamage::PoolChunkHeader;
            else if (a.damage == "pool-page-missing")
                a.scenario.damage = DumpDamage::PoolPageMissing;
            else if (a.damage == "pool-segment-cycle")
                a.scenario.damage = DumpDamage::PoolSegmentCycle;
            else if (a.damage != "truncated" && a.damage != "bad-signature")
                throw std::invalid_argument("unknown --damage '" + a.damage + "'");
        } else {
            throw std::invalid_argument("unknown option '" + option + "'");
        }
    }
    if (!haveScenario || !haveFormat || a.output.empty() || (a.build == 0 && a.symbols.empty()))
        throw std::invalid_argument("--scenario, --build (or --symbols), --format and -o are required");
    if (!a.symbols.empty() && !a.pdb.empty())
        throw std::invalid_argument("give --symbols or --pdb, not both");
    if (!a.pdb.empty() && a.build == 0)
        throw std::invalid_argument("--pdb needs --build N: a PDB does not name its Windows build");
    return a;
}

int run(int argc, char** argv)
{
    if (argc >= 2 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
        std::printf("%s%s\n", kUsage, builtinBuilds().c_str());
        return 0;
    }
    Args a = parse(argc, argv);
    if (!a.pdb.empty()) {
        auto layout = loadPdbLayout(a.pdb);
        if (!layout) {
            std::fprintf(stderr, "poolscope-make-dump: %s\n", layout.error().describe().c_str());
            return 1;
        }
        a.scenario.layout = std::move(layout.value());
        a.scenario.layout.build = a.build;
    } else if (!a.symbols.empty()) {
        auto layout = loadIsfLayout(a.symbols);
        if (!layout) {
            std::fprintf(stderr, "poolscope-make-dump: %s\n", layout.error().describe().c_str());
            return 1;
        }
        a.scenario.layout = std::move(layout.value());
        if (a.build)
            a.scenario.layout.build = a.build;
        if (a.scenario.layout.build == 0)
            throw std::invalid_argument("the ISF file names no build; give --build N");
    } else {
        auto layout = builtinLayout(a.build);
        if (!layout)
            throw std::invalid_argument(fmt::format("build {} is not in the built-in table ({}); give --symbols ISF",
                                                    a.build, builtinBuilds()));
        a.scenario.layout = std::move(*layout);
    }
    if (a.age) {
        if (a.scenario.kernelGuid.empty())
            a.scenario.kernelGuid = a.scenario.layout.pdbGuid;
        a.scenario.kernelAge = *a.age;
    }
    // A live dump is taken without a bugcheck, which is what decodes the debugger data block.
    if (a.format == DumpBuilder::Format::Live)
        a.scenario.encodedDebuggerData = true;
    if (a.sizeGb > 0)
        a.scenario.physicalMemory = static_cast<std::uint64_t>(a.sizeGb * 1024 * 1024 * 1024);

    GeneratedKernel kernel = generateKernel(a.scenario);
    {
        std::ofstream out(a.output, std::ios::binary | std::ios::trunc);
        kernel.memory.write(out, a.format);
        if (!out)
            throw std::runtime_error("cannot write " + a.output);
    }
    const auto size = std::filesystem::file_size(a.output);
    if (a.damage == "truncated") {
        std::filesystem::resize_file(a.output, size * 3 / 5);
    } else if (a.damage == "bad-signature") {
        std::fstream f(a.output, std::ios::binary | std::ios::in | std::ios::out);
        f.write("\0\0\0\0", 4); // a header half written when the machine went down
    }
    const PlantedKernel& p = kernel.planted;
    std::printf("%s: build %u, %s, %.1f MB; %llu processes, %llu handles, %zu ports, %llu IRPs, %llu completion "
                "packets%s%s\n",
                a.output.c_str(), a.scenario.layout.build, a.scenario.layout.source.c_str(),
                static_cast<double>(size) / 1e6, static_cast<unsigned long long>(p.processes),
                static_cast<unsigned long long>(p.handles), p.ports.size(), static_cast<unsigned long long>(p.irps),
                static_cast<unsigned long long>(p.packets), a.damage.empty() ? "" : "; damage: ", a.damage.c_str());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "poolscope-make-dump: %s\nRun 'poolscope-make-dump --help' for usage.\n", e.what());
        return 2;
    }
}
