// poolscope-cli on a dump whose kernel only its PDB describes (a layout no built-in row has,
// under a build the table lacks), the pair written by poolscope-make-pdb (clang and
// lld-link) and poolscope-make-dump --pdb: read with --symbols pointing at a WinDbg-style
// cache and at a flat folder, and through _NT_SYMBOL_PATH; PDBs of another age, without
// types, or of another kernel refused with what was expected and found.
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "tests/support/program_run.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace fs = std::filesystem;
using poolscope::testdata::ProgramRun;

namespace {

class PdbCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-pdb-cli-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
        s_made = makePdb("made", {"--build", "19041", "--shifted"});
        s_identity = identity(s_made);
        s_dump = makeDump("pair.dmp", {"--pdb", s_made.string()});
        // A WinDbg cache: DIR/ntkrnlmp.pdb/<GUID><AGE>/ntkrnlmp.pdb.
        s_cache = s_dir / "cache";
        const fs::path entry = s_cache / "ntkrnlmp.pdb" / (s_identity.guid + "1");
        fs::create_directories(entry);
        fs::copy_file(s_made, entry / "ntkrnlmp.pdb");
        s_cached = entry / "ntkrnlmp.pdb";
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static ProgramRun run(const std::string& program, const std::vector<std::string>& args)
    {
        return poolscope::testdata::runProgram(program, args, s_dir);
    }
    static ProgramRun cli(const std::vector<std::string>& args) { return run(POOLSCOPE_CLI, args); }

    static fs::path makePdb(const std::string& name, std::vector<std::string> args)
    {
        args.insert(args.end(), {"-o", (s_dir / name).string()});
        const ProgramRun made = run(POOLSCOPE_MAKE_PDB, args);
        EXPECT_EQ(made.exitCode, 0) << made.err;
        return s_dir / name / "ntkrnlmp.pdb";
    }
    // Both seed cases under build 26999, the handle leak small.
    static std::string makeDump(const std::string& name, std::vector<std::string> extra)
    {
        const std::string path = (s_dir / name).string();
        std::vector<std::string> args{"--scenario", "both", "--build", "26999", "--threads", "300",
                                      "--format",   "kernel", "-o",     path};
        args.insert(args.end(), extra.begin(), extra.end());
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
    static void expectTheLeakPort(const ProgramRun& ports)
    {
        EXPECT_EQ(ports.exitCode, 0) << ports.err;
        EXPECT_NE(ports.out.find("holds 156 queued entries and no thread waits on it; held by svchost.exe (pid "
                                 "0x358), IOCPLeak.exe (pid 0x1a2c)"),
                  std::string::npos)
            << ports.out << ports.err;
    }

    static inline fs::path s_dir, s_made, s_cache, s_cached;
    static inline poolscope::pdb::PdbIdentity s_identity;
    static inline std::string s_dump;
};

} // namespace

TEST_F(PdbCliTest, WithoutItsPdbTheBuildIsRefusedNamingThePdb)
{
    const ProgramRun without = cli({"ports", s_dump});
    EXPECT_EQ(without.exitCode, 1);
    EXPECT_NE(without.err.find("does not fit this dump of Windows build 26999"), std::string::npos) << without.err;
    EXPECT_NE(without.err.find("The kernel's own PDB makes it readable: ntkrnlmp.pdb with GUID " + s_identity.guid +
                               " and age 1"),
              std::string::npos)
        << without.err;
}

TEST_F(PdbCliTest, APdbInAWindbgCacheReadsTheDump)
{
    expectTheLeakPort(cli({"ports", s_dump, "--owners", "--symbols", s_cache.string()}));
    const ProgramRun summary = cli({"summary", s_dump, "--symbols", s_cache.string()});
    EXPECT_EQ(summary.exitCode, 0) << summary.err;
    EXPECT_NE(summary.out.find("Type information  PDB " + s_cached.string()), std::string::npos) << summary.out;
    EXPECT_NE(summary.out.find("Processes         14"), std::string::npos) << summary.out;
    EXPECT_NE(summary.out.find("xxxxxx.EXE (pid 0x8e8)  65,110 Key"), std::string::npos) << summary.out;
    const ProgramRun handles = cli({"handles", s_dump, "--by-type", "--symbols", s_cache.string()});
    EXPECT_NE(handles.out.find("0x8e8  xxxxxx.EXE    Thread             300"), std::string::npos) << handles.out;
}

TEST_F(PdbCliTest, APdbInAFlatFolderReadsTheDump)
{
    expectTheLeakPort(cli({"ports", s_dump, "--owners", "--symbols", s_made.parent_path().string()}));
    const ProgramRun summary = cli({"summary", s_dump, "--symbols", s_made.parent_path().string()});
    EXPECT_NE(summary.out.find("Type information  PDB " + s_made.string()), std::string::npos) << summary.out;
}

TEST_F(PdbCliTest, NtSymbolPathNamesTheCacheAndTheFolders)
{
    // Set in the child's environment only, the way an engineer's shell has it.
    const ProgramRun viaSrv = run("/usr/bin/env", {"_NT_SYMBOL_PATH=srv*" + s_cache.string() +
                                                       "*https://msdl.microsoft.com/download/symbols",
                                                   POOLSCOPE_CLI, "ports", s_dump, "--owners"});
    expectTheLeakPort(viaSrv);
    const ProgramRun summary = run("/usr/bin/env", {"_NT_SYMBOL_PATH=C:\\symbols;cache*" + s_cache.string(), POOLSCOPE_CLI,
                                                    "summary", s_dump});
    EXPECT_NE(summary.out.find("Type information  PDB " + s_cached.string()), std::string::npos)
        << summary.out << summary.err;
    const ProgramRun plain = run("/usr/bin/env", {"_NT_SYMBOL_PATH=" + s_made.parent_path().string(), POOLSCOPE_CLI,
                                                  "summary", s_dump});
    EXPECT_NE(plain.out.find("Type information  PDB " + s_made.string()), std::string::npos) << plain.out << plain.err;
}

TEST_F(PdbCliTest, ThePdbOfAnotherAgeIsRefusedNamingBoth)
{
    const std::string aged = makeDump("aged.dmp", {"--pdb", s_made.string(), "--age", "2"});
    const ProgramRun ports = cli({"ports", aged, "--symbols", s_cache.string()});
    EXPECT_EQ(ports.exitCode, 1);
    EXPECT_NE(ports.err.find("the PDB " + s_cached.string() + " was not used: its GUID is the kernel's but its age is "
                             "not: it is " + s_identity.guid + "-1, the kernel names " + s_identity.guid +
                             "-2; refused, as WinDbg refuses a PDB of another age"),
              std::string::npos)
        << ports.err;
}

TEST_F(PdbCliTest, APdbWithoutTypesIsRefusedSayingSo)
{
    const fs::path stripped = makePdb("stripped", {"--build", "19041", "--shifted", "--without-types"});
    const auto id = identity(stripped);
    // The kernel names the stripped PDB; only its full twin could describe it.
    const std::string dump = makeDump("public.dmp", {"--pdb", s_made.string(), "--guid", id.guid});
    const ProgramRun ports = cli({"ports", dump, "--symbols", stripped.parent_path().string()});
    EXPECT_EQ(ports.exitCode, 1);
    EXPECT_NE(ports.err.find("the PDB " + stripped.string() + " was not used: PDB " + id.guid +
                             "-1 has no type records (a stripped, public-only PDB"),
              std::string::npos)
        << ports.err;
}

TEST_F(PdbCliTest, APdbOfAnotherKernelIsRefusedNamingBoth)
{
    const fs::path other = makePdb("other", {"--build", "22000"});
    const ProgramRun ports = cli({"ports", s_dump, "--symbols", other.parent_path().string()});
    EXPECT_EQ(ports.exitCode, 1);
    EXPECT_NE(ports.err.find("this is the PDB of another kernel: it is " + identity(other).guid +
                             "-1, the dump's kernel names " + s_identity.guid + "-1"),
              std::string::npos)
        << ports.err;
}
