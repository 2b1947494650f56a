// A dump and its kernel's PDB as a true pair: the generated kernel laid out from a PDB that
// clang and lld-link made, its image naming that PDB's GUID and age. A layout no built-in
// row has comes out right only through the PDB; the PDB wins over the built-in row; a PDB
// of another age, one without types and one of another kernel are refused, saying why.
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "analysis/conclusions/leak_queries.h"
#include "tests/support/kernel_pdb.h"
#include "tests/support/kernel_scenario.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

using namespace poolscope;
using namespace poolscope::testdata;
namespace fs = std::filesystem;

namespace {

class PdbDumpTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-pdb-dump-" + std::to_string(::getpid()));
        KernelPdbSpec spec;
        spec.layout = shiftedLayout(26999);
        s_shifted = buildKernelPdb(spec, s_dir / "made" / "shifted");
        spec.withoutTypes = true;
        s_stripped = buildKernelPdb(spec, s_dir / "made" / "stripped");
        spec = KernelPdbSpec{};
        spec.layout = *builtinLayout(22000);
        s_other = buildKernelPdb(spec, s_dir / "made" / "other");
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static KernelLayout layoutOf(const fs::path& pdb, std::uint32_t build)
    {
        auto layout = loadPdbLayout(pdb.string());
        EXPECT_TRUE(layout.ok()) << layout.error().describe();
        KernelLayout l = layout.ok() ? *layout : KernelLayout{};
        l.build = build;
        return l;
    }
    static pdb::PdbIdentity identityOf(const fs::path& pdb)
    {
        auto msf = pdb::MsfFile::open(pdb.string());
        return *pdb::readIdentity(*msf);
    }
    // The kernel of both seed cases, laid out from the shifted PDB, its handle leak small.
    static GeneratedKernel kernel(std::uint32_t headerBuild)
    {
        KernelScenario s;
        s.layout = layoutOf(s_shifted.pdb, headerBuild);
        s.leakedThreadHandles = 300;
        return generateKernel(s);
    }
    // `pdb` copied into a WinDbg-style cache: DIR/ntkrnlmp.pdb/<GUID><AGE>/ntkrnlmp.pdb.
    static std::string cache(const std::string& name, const fs::path& pdb, const std::string& entry)
    {
        const fs::path dir = s_dir / name;
        fs::create_directories(dir / "ntkrnlmp.pdb" / entry);
        fs::copy_file(pdb, dir / "ntkrnlmp.pdb" / entry / "ntkrnlmp.pdb", fs::copy_options::overwrite_existing);
        return dir.string();
    }
    static Result<Snapshot> read(const GeneratedKernel& k, std::vector<std::string> symbolDirs)
    {
        auto dump = DumpFile::fromBytes(k.memory.dump(DumpBuilder::Format::Bitmap), "pair.dmp");
        if (!dump)
            return dump.error();
        DumpReadOptions options;
        options.symbolDirs = std::move(symbolDirs);
        ReadControl control;
        return readKernelDump(*dump, options, control);
    }
    static bool mentions(const Snapshot& s, std::string_view text)
    {
        return std::any_of(s.diagnostics.begin(), s.diagnostics.end(),
                           [&](const Diagnostic& d) { return d.message.find(text) != std::string::npos; });
    }
    static void expectBothCases(const Snapshot& s, const PlantedKernel& p)
    {
        EXPECT_EQ(s.processes.size(), p.processes);
        EXPECT_EQ(s.handles.size(), p.handles);
        EXPECT_EQ(s.irps.size(), p.irps);
        const auto port = std::find_if(s.ports.begin(), s.ports.end(),
                                       [&](const CompletionPort& c) { return c.address == p.leakPort; });
        ASSERT_NE(port, s.ports.end());
        EXPECT_EQ(port->queuedEntries, 156u);
        const auto leaker = std::find_if(s.processes.begin(), s.processes.end(),
                                         [&](const Process& q) { return q.address == p.iocpProcess; });
        ASSERT_NE(leaker, s.processes.end());
        EXPECT_EQ(leaker->imageName, "IOCPLeak.exe");
        EXPECT_EQ(leaker->pid, 0x1a2cu);
        const auto counts = handleCountsByType(s);
        const auto leak = std::find_if(counts.begin(), counts.end(),
                                       [&](const ProcessHandleTypes& row) { return row.processAddress == p.handleProcess; });
        ASSERT_NE(leak, counts.end());
        const auto threads = std::find_if(leak->counts.begin(), leak->counts.end(),
                                          [](const HandleTypeCount& c) { return c.type == "Thread"; });
        ASSERT_NE(threads, leak->counts.end());
        EXPECT_EQ(threads->count, p.handleTypes.at(p.handleProcess).at("Thread"));
    }

    static inline fs::path s_dir;
    static inline KernelPdb s_shifted, s_stripped, s_other;
};

} // namespace

TEST_F(PdbDumpTest, AnUnknownBuildIsReadThroughItsPdbInAWindbgCache)
{
    const GeneratedKernel k = kernel(26999);
    const pdb::PdbIdentity id = identityOf(s_shifted.pdb);
    auto without = read(k, {});
    ASSERT_FALSE(without.ok());
    // The nearest older row (26100) is tried and does not fit: the message names the PDB.
    EXPECT_NE(without.error().message.find("does not fit this dump of Windows build 26999"), std::string::npos)
        << without.error().message;
    EXPECT_NE(without.error().message.find("ntkrnlmp.pdb with GUID " + id.guid + " and age 1"), std::string::npos)
        << without.error().message;

    const std::string dir = cache("cache", s_shifted.pdb, id.guid + "1");
    auto snapshot = read(k, {dir});
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectBothCases(*snapshot, k.planted);
    const std::string file = (fs::path(dir) / "ntkrnlmp.pdb" / (id.guid + "1") / "ntkrnlmp.pdb").string();
    EXPECT_EQ(snapshot->typeInformation, "PDB " + file);
    EXPECT_TRUE(mentions(*snapshot, "type information: PDB " + file));
    // The globals are the PDB's: found at their symbols, not by heuristics.
    const auto table = k.planted.kernelBase + *layoutOf(s_shifted.pdb, 26999).globals.obTypeIndexTable;
    EXPECT_TRUE(mentions(*snapshot, fmt::format("ObTypeIndexTable {:#x} from the kernel's PDB", table)));
    EXPECT_FALSE(mentions(*snapshot, "validated heuristics"));
}

TEST_F(PdbDumpTest, ThePdbWinsOverTheBuiltInRowOfItsBuild)
{
    // Build 19041 has a built-in row, but this kernel's fields are where its PDB says.
    const GeneratedKernel k = kernel(19041);
    const std::string flat = (s_dir / "flat").string();
    fs::create_directories(flat);
    fs::copy_file(s_shifted.pdb, fs::path(flat) / "ntkrnlmp.pdb", fs::copy_options::overwrite_existing);
    auto snapshot = read(k, {flat});
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectBothCases(*snapshot, k.planted);
    EXPECT_EQ(snapshot->typeInformation, "PDB " + (fs::path(flat) / "ntkrnlmp.pdb").string());
}

TEST_F(PdbDumpTest, APdbOfTheRightGuidAndAnotherAgeIsRefusedNamingBoth)
{
    // The kernel names age 2 of the PDB's GUID; the cache holds age 1.
    const pdb::PdbIdentity id = identityOf(s_shifted.pdb);
    KernelScenario s;
    s.layout = layoutOf(s_shifted.pdb, 26999);
    s.leakedThreadHandles = 20;
    s.kernelGuid = id.guid;
    s.kernelAge = 2;
    const GeneratedKernel k = generateKernel(s);
    const std::string dir = cache("aged", s_shifted.pdb, id.guid + "1");
    auto snapshot = read(k, {dir});
    ASSERT_FALSE(snapshot.ok());
    const std::string& message = snapshot.error().message;
    EXPECT_NE(message.find("it is " + id.guid + "-1, the kernel names " + id.guid + "-2; refused, as WinDbg refuses"),
              std::string::npos)
        << message;
}

TEST_F(PdbDumpTest, APdbWithoutTypesFallsBackToTheBuiltInRowSayingWhy)
{
    // A 19041 kernel whose image names the stripped PDB: the built-in row reads it, and the
    // diagnostics say why the PDB did not.
    const pdb::PdbIdentity stripped = identityOf(s_stripped.pdb);
    KernelScenario s;
    s.layout = *builtinLayout(19041);
    s.leakedThreadHandles = 300;
    s.kernelGuid = stripped.guid;
    s.kernelAge = stripped.age;
    const GeneratedKernel k = generateKernel(s);
    const std::string dir = cache("public", s_stripped.pdb, stripped.guid + "1");
    auto snapshot = read(k, {dir});
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    expectBothCases(*snapshot, k.planted);
    EXPECT_EQ(snapshot->typeInformation, "built-in table for build 19041");
    EXPECT_TRUE(mentions(*snapshot, "has no type records (a stripped, public-only PDB"));

    // Under a build without a row, nothing else can read it: the error says why.
    s.layout.build = 26999;
    auto unknown = read(generateKernel(s), {dir});
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("has no type records"), std::string::npos) << unknown.error().message;
}

TEST_F(PdbDumpTest, APdbOfAnotherKernelIsRefusedNamingBoth)
{
    const GeneratedKernel k = kernel(26999);
    const std::string flat = (s_dir / "other-flat").string();
    fs::create_directories(flat);
    fs::copy_file(s_other.pdb, fs::path(flat) / "ntkrnlmp.pdb", fs::copy_options::overwrite_existing);
    auto snapshot = read(k, {flat});
    ASSERT_FALSE(snapshot.ok());
    const std::string& message = snapshot.error().message;
    EXPECT_NE(message.find("this is the PDB of another kernel: it is " + describe(identityOf(s_other.pdb)) +
                           ", the dump's kernel names " + describe(identityOf(s_shifted.pdb))),
              std::string::npos)
        << message;
}
