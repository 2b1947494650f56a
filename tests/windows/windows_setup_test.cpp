// The inputs every `windows` test reads, written once before them (ctest fixture "windows"):
// the seeds and fixtures of ../shared, generated KD and poolmon logs, generated dumps (one of
// 8 GB whose structures lie past its first 4 GB), a kernel PDB in a symbol store on wine's
// C: drive, and files named outside ASCII. The wine prefix is made here too (its first
// start takes seconds).
#include "analysis/dump/isf_symbols.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/shared_data.h"
#include "tests/windows/wine_runs.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

namespace fs = std::filesystem;
using namespace poolscope;
using namespace poolscope::windows;

namespace {

void write(const fs::path& file, const std::string& content)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
}

void makeDump(const std::vector<std::string>& args)
{
    const Outcome run = runTool(POOLSCOPE_MAKE_DUMP, args);
    ASSERT_EQ(run.exitCode, 0) << run.err;
}

} // namespace

TEST(WindowsSetup, InputsAndWinePrefix)
{
    const fs::path dir = inputs();
    fs::remove_all(dir);
    fs::create_directories(dir);

    // The prefix first: the first start of wine writes it.
    fs::create_directories(winePrefix());
    const Outcome version = runWindows({"--version"});
    ASSERT_EQ(version.exitCode, 0) << version.err;
    ASSERT_EQ(version.out.rfind("poolscope-cli ", 0), 0u) << version.out;

    // The real material, when ../shared is there.
    fs::create_directories(dir / "shared");
    if (const fs::path shared = testdata::sharedDir(); !shared.empty()) {
        for (const char* sub : {"seeds", "fixtures/poolmon", "fixtures/windbg", "fixtures/pooltag"}) {
            std::error_code error;
            for (const auto& entry : fs::directory_iterator(shared / sub, error))
                if (entry.is_regular_file() && entry.path().extension() == ".txt")
                    fs::copy_file(entry.path(), dir / "shared" / entry.path().filename(),
                                  fs::copy_options::overwrite_existing);
        }
    }

    // Logs of both cases, at a scale that keeps the runs short.
    testdata::KdLogOptions iocp;
    iocp.handleLeak = false;
    write(dir / "iocp.log", testdata::generateKdLog(iocp));
    testdata::KdLogOptions handles;
    handles.iocpLeak = false;
    handles.leakedThreadHandles = 20'000;
    handles.handleEntries = true;
    write(dir / "handles.log", testdata::generateKdLog(handles));
    testdata::PoolmonLogOptions series;
    series.screens = 30;
    write(dir / "series.log", testdata::generatePoolmonLog(series));
    testdata::PoolmonLogOptions snapshots = series;
    snapshots.deltas = false;
    write(dir / "snapshot.log", testdata::generatePoolmonLog(snapshots));
    testdata::PoolmonLogOptions wide = series;
    wide.wideNumbers = true;
    wide.mappedDriver = true;
    wide.sessionPool = true;
    write(dir / "wide.log", testdata::generatePoolmonLog(wide));
    testdata::PoolmonLogOptions partner = series;
    partner.irregularGrowth = true;
    write(dir / "partner.log", testdata::generatePoolmonLog(partner));
    write(dir / "garbage.txt", "just some notes\nnothing a debugger wrote\n");
    write(dir / "empty.txt", "");
    write(dir / "fake.dmp", std::string("PAGEDU64") + std::string(4088, '\0'));

    // Dumps of every layout and format.
    makeDump({"--scenario", "both", "--build", "19041", "--format", "kernel", "--threads", "3000", "-o", "both.dmp"});
    makeDump({"--scenario", "iocp-leak", "--build", "26100", "--format", "live", "-o", "live.dmp"});
    makeDump({"--scenario", "handle-leak", "--build", "22631", "--format", "rdmp", "--threads", "2000", "-o",
              "rdmp.dmp"});
    makeDump({"--scenario", "ref-leak", "--build", "17763", "--format", "bitmap", "-o", "ref.dmp"});
    // 8 GB of RAM, the kernel's pages from 6 GB up: the file is sparse, and every structure
    // the walks read lies past its first 4 GB.
    makeDump({"--scenario", "both", "--build", "22000", "--format", "full", "--size", "8", "--frames-from", "6",
              "--threads", "3000", "-o", "high.dmp"});

    // A 24H2-shaped kernel whose dump says 23H2: only its own PDB reads it.
    const Outcome pdb = runTool(POOLSCOPE_MAKE_PDB, {"--build", "26100", "-o", "sym/"});
    ASSERT_EQ(pdb.exitCode, 0) << pdb.err;
    makeDump({"--scenario", "both", "--pdb", "sym/ntkrnlmp.pdb", "--build", "22631", "--format", "kernel",
              "--threads", "2000", "-o", "misfit.dmp"});
    // Where it goes in a symbol cache, as the refusal names it; that cache on wine's C: drive.
    const Outcome refusal = runLinux({"ports", "misfit.dmp"});
    std::smatch cache;
    ASSERT_TRUE(std::regex_search(refusal.err, cache, std::regex("in a symbol cache: ([^)]+)\\)"))) << refusal.err;
    const fs::path store = winePrefix() / "drive_c" / "symbols";
    fs::remove_all(store);
    fs::create_directories((store / cache[1].str()).parent_path());
    fs::copy_file(dir / "sym" / "ntkrnlmp.pdb", store / cache[1].str());

    // A kernel of real type information: its symbol file compressed (what Linux reads) and
    // expanded (what the Windows build reads).
    if (const fs::path isf = testdata::sharedFile("reference/isf/1806D020A6E46538D7AC3325FAC114D8-1.json.xz");
        !isf.empty()) {
        fs::create_directories(dir / "isf-xz");
        fs::copy_file(isf, dir / "isf-xz" / isf.filename());
        const auto json = readIsfText(isf.string());
        ASSERT_TRUE(json) << json.error().describe();
        write(dir / "isf-json" / isf.stem(), json.value());
        makeDump({"--scenario", "iocp-leak", "--symbols", isf.string(), "--build", "17763", "--format", "kernel",
                  "-o", "isf.dmp"});
    }

    // Names Windows keeps in UTF-16, and a folder with a blank.
    fs::copy_file(dir / "series.log", dir / "пул-日本.log");
    fs::copy_file(dir / "both.dmp", dir / "дамп-日本.dmp");
    fs::create_directories(dir / "sub dir");
    fs::copy_file(dir / "iocp.log", dir / "sub dir" / "iocp.log");
}
