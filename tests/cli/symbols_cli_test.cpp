// `poolscope-cli symbols` on symbol files made the way real ones are (clang and lld-link,
// tests/support/kernel_pdb.h) and on the real kernels' ISF files: what the file is, the
// offsets the walks would take from it (those of the layout it was made from), what it
// lacks, whether a dump can be read with it, and whether it is a given dump's. A driver's,
// a 32-bit kernel's and an older kernel's PDB are named for what they are. The help names
// every layout the engine knows.
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "tests/support/kernel_pdb.h"
#include "tests/support/program_run.h"
#include "tests/support/shared_data.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace fs = std::filesystem;
using nlohmann::json;
using poolscope::testdata::ProgramRun;

namespace {

// Two globals and a structure: what a driver's PDB holds, and no kernel's type.
constexpr const char* kDriverSource = R"(
typedef struct _WIDGET_CONTEXT { int Size; void* Next; unsigned short Name[16]; } WIDGET_CONTEXT;
WIDGET_CONTEXT WidgetContexts[4];
int WidgetCount;
)";

// An x64 kernel of Windows 7's shape: _OBJECT_HEADER.TypeIndex, but no ObHeaderCookie to
// encode it with (Windows 10 added it).
constexpr const char* kWindows7Source = R"(
typedef struct _LIST_ENTRY { struct _LIST_ENTRY* Flink; struct _LIST_ENTRY* Blink; } LIST_ENTRY;
typedef struct _EPROCESS { unsigned char Pcb[0x180]; void* UniqueProcessId; LIST_ENTRY ActiveProcessLinks; } EPROCESS;
typedef struct _OBJECT_HEADER {
    long long PointerCount; long long HandleCount; void* Lock; unsigned char TypeIndex; unsigned char TraceFlags;
    unsigned char InfoMask; unsigned char Flags; long long Body;
} OBJECT_HEADER;
EPROCESS KiInitialProcess;
LIST_ENTRY PsActiveProcessHead;
LIST_ENTRY PsLoadedModuleList;
struct _OBJECT_TYPE* ObTypeIndexTable[64];
)";

class SymbolsCli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-symbols-cli-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
        // The shifted layout: offsets no built-in row has, so each one shown came from the PDB.
        s_kernel = makePdb("kernel", {"--build", "19041", "--shifted"});
        s_pair = makeDump("pair.dmp", {"--build", "26999", "--pdb", s_kernel.string()});
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static ProgramRun run(const std::string& program, const std::vector<std::string>& args)
    {
        return poolscope::testdata::runProgram(program, args, s_dir);
    }
    static ProgramRun cli(const std::vector<std::string>& args) { return run(POOLSCOPE_CLI, args); }
    // `symbols --json`, parsed; the run's output when it is not JSON.
    static json symbolsJson(std::vector<std::string> args)
    {
        args.insert(args.begin(), "symbols");
        args.push_back("--json");
        const ProgramRun r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        json parsed = json::parse(r.out, nullptr, false);
        EXPECT_FALSE(parsed.is_discarded()) << r.out << r.err;
        return parsed;
    }
    static std::string figure(const json& report, const std::string& table, const std::string& name)
    {
        if (!report.contains(table))
            return "(no table " + table + ")";
        for (const json& row : report[table])
            if (row["figure"] == name)
                return row["value"].is_string() ? row["value"].get<std::string>() : row["value"].dump();
        return "(no " + name + ")";
    }
    static fs::path makePdb(const std::string& name, std::vector<std::string> args)
    {
        args.insert(args.end(), {"-o", (s_dir / name).string()});
        const ProgramRun made = run(POOLSCOPE_MAKE_PDB, args);
        EXPECT_EQ(made.exitCode, 0) << made.err;
        return s_dir / name / "ntkrnlmp.pdb";
    }
    static std::string makeDump(const std::string& name, std::vector<std::string> args)
    {
        const std::string path = (s_dir / name).string();
        args.insert(args.end(), {"--scenario", "iocp-leak", "--format", "kernel", "-o", path});
        const ProgramRun made = run(POOLSCOPE_MAKE_DUMP, args);
        EXPECT_EQ(made.exitCode, 0) << made.err;
        return path;
    }
    static poolscope::pdb::PdbIdentity identity(const fs::path& pdb)
    {
        auto msf = poolscope::pdb::MsfFile::open(pdb.string());
        EXPECT_TRUE(msf.ok());
        return *poolscope::pdb::readIdentity(*msf);
    }

    static inline fs::path s_dir, s_kernel;
    static inline std::string s_pair;
};

} // namespace

TEST_F(SymbolsCli, AKernelPdbShowsWhatTheWalksTakeFromIt)
{
    const auto id = identity(s_kernel);
    const json report = symbolsJson({s_kernel.string()});
    EXPECT_EQ(figure(report, "symbol_file", "Format"), "PDB (MSF 7.00)");
    EXPECT_EQ(figure(report, "symbol_file", "PDB GUID"), id.guid);
    EXPECT_EQ(figure(report, "symbol_file", "PDB age"), std::to_string(id.age));
    EXPECT_EQ(figure(report, "symbol_file", "Machine"), std::to_string(0x8664));
    EXPECT_EQ(figure(report, "symbol_file", "Kernel"), "yes, an x64 kernel of Windows 10 or later");
    EXPECT_EQ(figure(report, "symbol_file", "Reads a dump"), "yes");

    // Each offset is the layout's the PDB was made from, fields moved where no row has them.
    const poolscope::KernelLayout made = poolscope::testdata::shiftedLayout(26999);
    const std::map<std::string, std::uint64_t> expected{
        {"_EPROCESS.UniqueProcessId", made.processUniqueId}, {"_EPROCESS.ObjectTable", made.processObjectTable},
        {"_ETHREAD.Cid", made.threadCid},                   {"_IRP.Tail.Overlay.ListEntry", made.irpListEntry},
        {"_IO_STACK_LOCATION.DeviceObject", made.stackDeviceObject},
        {"_DRIVER_OBJECT.DriverName", made.driverName},
    };
    ASSERT_TRUE(report.contains("fields"));
    std::size_t seen = 0, absent = 0;
    for (const json& row : report["fields"]) {
        if (row["value"].is_null())
            ++absent;
        const auto it = expected.find(row["field"].get<std::string>());
        if (it == expected.end())
            continue;
        ++seen;
        EXPECT_EQ(row["value"], it->second) << it->first;
        EXPECT_EQ(row["kind"], "offset") << it->first;
    }
    EXPECT_EQ(seen, expected.size());
    EXPECT_EQ(absent, 0u); // the made PDB declares everything the walks ask for

    const ProgramRun text = cli({"symbols", s_kernel.string()});
    EXPECT_NE(text.out.find(fmt::format("It answers all {} questions the walks ask.", report["fields"].size())),
              std::string::npos)
        << text.out;
    // The terminal's row: the field, its kind, the offset in hex, and that the walks need it.
    const auto at = text.out.find("   _EPROCESS.UniqueProcessId ");
    ASSERT_NE(at, std::string::npos) << text.out;
    const std::string line = text.out.substr(at, text.out.find('\n', at) - at);
    EXPECT_NE(line.find(" offset "), std::string::npos) << line;
    EXPECT_NE(line.find(fmt::format(" {:#x}  required", made.processUniqueId)), std::string::npos) << line;
}

TEST_F(SymbolsCli, TheDumpsOwnPdbIsNamedAsSuchAndAnotherIsNot)
{
    const auto id = identity(s_kernel);
    const json pair = symbolsJson({s_kernel.string(), "--dump", s_pair});
    EXPECT_EQ(figure(pair, "dump", "Kernel PDB"), "ntkrnlmp.pdb " + id.guid + "-1");
    const ProgramRun text = cli({"symbols", s_kernel.string(), "--dump", s_pair});
    EXPECT_NE(text.out.find("yes: the dump's kernel names ntkrnlmp.pdb " + id.guid + "-1"), std::string::npos)
        << text.out;

    // A dump of build 19041's own kernel: another GUID.
    const std::string builtin = makeDump("builtin.dmp", {"--build", "19041"});
    const std::string kernelGuid = poolscope::builtinLayout(19041)->pdbGuid;
    const ProgramRun other = cli({"symbols", s_kernel.string(), "--dump", builtin});
    EXPECT_EQ(other.exitCode, 0) << other.err;
    EXPECT_NE(other.out.find("no: the dump's kernel names ntkrnlmp.pdb " + kernelGuid + "-1, this file is " + id.guid +
                             "-1"),
              std::string::npos)
        << other.out;

    // The same GUID at another age: refused as WinDbg refuses it.
    const std::string aged = makeDump("aged.dmp", {"--build", "26999", "--pdb", s_kernel.string(), "--age", "2"});
    const ProgramRun older = cli({"symbols", s_kernel.string(), "--dump", aged});
    EXPECT_NE(older.out.find("no: the GUID is the kernel's but the age is not (the kernel names " + id.guid +
                             "-2, this file is " + id.guid + "-1)"),
              std::string::npos)
        << older.out;
    EXPECT_EQ(figure(symbolsJson({s_kernel.string(), "--dump", aged}), "dump", "Its symbol file"), "false");
}

TEST_F(SymbolsCli, ADriversPdbIsNotAKernels)
{
    const auto made = poolscope::testdata::buildPdb(kDriverSource, s_dir / "driver", "widget");
    const json report = symbolsJson({made.pdb.string()});
    EXPECT_EQ(figure(report, "symbol_file", "PDB GUID"), identity(made.pdb).guid);
    EXPECT_EQ(figure(report, "symbol_file", "Machine"), std::to_string(0x8664));
    EXPECT_EQ(figure(report, "symbol_file", "Kernel"), "no");
    EXPECT_NE(figure(report, "symbol_file", "Reads a dump").find("is not a Windows kernel's PDB"), std::string::npos)
        << report.dump(1);
    EXPECT_FALSE(report.contains("fields")); // nothing to take from it
}

TEST_F(SymbolsCli, A32BitKernelPdbIsNamedAsSuch)
{
    poolscope::testdata::KernelPdbSpec spec;
    spec.layout = *poolscope::builtinLayout(19041);
    const auto made = poolscope::testdata::buildPdb(poolscope::testdata::kernelSource(spec), s_dir / "x86", "ntkrnlpa",
                                                    poolscope::testdata::PdbMachine::X86);
    const json report = symbolsJson({made.pdb.string()});
    EXPECT_EQ(figure(report, "symbol_file", "Machine"), std::to_string(0x14c));
    EXPECT_EQ(figure(report, "symbol_file", "Kernel"), "yes, a 32-bit (x86) kernel");
    const std::string refusal = figure(report, "symbol_file", "Reads a dump");
    EXPECT_NE(refusal.find("a 32-bit (x86) kernel PDB: PoolScope reads x64 dumps"), std::string::npos) << refusal;
    EXPECT_EQ(refusal.find("has no"), std::string::npos) << refusal;
    EXPECT_FALSE(report.contains("fields"));
}

TEST_F(SymbolsCli, AKernelFromBeforeWindows10IsNamedAsSuch)
{
    const auto made = poolscope::testdata::buildPdb(kWindows7Source, s_dir / "win7", "ntkrnlmp");
    const json report = symbolsJson({made.pdb.string()});
    EXPECT_EQ(figure(report, "symbol_file", "Kernel"), "yes, an x64 kernel from before Windows 10");
    const std::string refusal = figure(report, "symbol_file", "Reads a dump");
    EXPECT_NE(refusal.find("an x64 kernel PDB from before Windows 10"), std::string::npos) << refusal;
    EXPECT_EQ(refusal.find("has no"), std::string::npos) << refusal;
    // What it has is still shown, and what it lacks said.
    ASSERT_TRUE(report.contains("fields"));
    bool typeIndex = false;
    for (const json& row : report["fields"])
        if (row["field"] == "_OBJECT_HEADER.TypeIndex")
            typeIndex = row["value"] == 0x18;
    EXPECT_TRUE(typeIndex);
    const ProgramRun text = cli({"symbols", made.pdb.string()});
    EXPECT_NE(text.out.find("needed, without which no dump is read: _EPROCESS.ObjectTable"), std::string::npos)
        << text.out;
}

TEST_F(SymbolsCli, TheRealKernelsIsfFilesReadDumps)
{
    std::size_t read = 0;
    for (const poolscope::BuiltinBuilds& row : poolscope::builtinLayoutBuilds()) {
        const poolscope::KernelLayout layout = *poolscope::builtinLayout(row.first);
        if (layout.pdbGuid.empty())
            continue; // a row from headers: no kernel's file
        const fs::path file = poolscope::testdata::sharedFile("reference/isf/" + layout.pdbGuid + "-1.json.xz");
        if (file.empty())
            continue;
        SCOPED_TRACE(file.string());
        const json report = symbolsJson({file.string()});
        EXPECT_EQ(figure(report, "symbol_file", "Format"), "volatility3 ISF, made from ntkrnlmp.pdb");
        EXPECT_EQ(figure(report, "symbol_file", "PDB GUID"), layout.pdbGuid);
        EXPECT_EQ(figure(report, "symbol_file", "Machine"), std::to_string(0x8664));
        EXPECT_EQ(figure(report, "symbol_file", "Reads a dump"), "yes");
        for (const json& f : report["fields"]) {
            if (f["field"] == "_EPROCESS.UniqueProcessId") {
                EXPECT_EQ(f["value"], layout.processUniqueId);
            }
        }
        ++read;
    }
    if (read == 0)
        GTEST_SKIP() << "../shared is absent";
}

TEST_F(SymbolsCli, WhatIsNotASymbolFileIsAnErrorNamingIt)
{
    const fs::path text = s_dir / "notes.txt";
    std::ofstream(text) << "not a symbol file\n";
    const ProgramRun r = cli({"symbols", text.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(text.string()), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("neither a PDB"), std::string::npos) << r.err;
    // A PDB cut short says where.
    const fs::path cut = s_dir / "cut.pdb";
    fs::copy_file(s_kernel, cut);
    fs::resize_file(cut, 0x1800);
    const ProgramRun damaged = cli({"symbols", cut.string()});
    EXPECT_NE(damaged.exitCode, 0);
    EXPECT_NE(damaged.err.find(cut.string()), std::string::npos) << damaged.out << damaged.err;
    // --dump belongs to symbols.
    const ProgramRun misuse = cli({"ports", s_pair, "--dump", s_pair});
    EXPECT_EQ(misuse.exitCode, 2);
}

TEST_F(SymbolsCli, TheHelpNamesEveryLayoutTheEngineKnows)
{
    const ProgramRun help = cli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    const auto rows = poolscope::builtinLayoutBuilds();
    ASSERT_FALSE(rows.empty());
    for (const poolscope::BuiltinBuilds& row : rows) {
        const std::string builds
            = row.first == row.last ? fmt::format("{}", row.first) : fmt::format("{}-{}", row.first, row.last);
        EXPECT_NE(help.out.find(fmt::format("{} ({})", builds, row.release)), std::string::npos) << builds;
    }
    EXPECT_NE(help.out.find("symbols FILE.pdb|FILE.json.xz [--dump DUMP]"), std::string::npos);
}
