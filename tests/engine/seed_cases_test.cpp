// The two leak cases PoolScope is built around, end to end through the WinDbg log reader:
// generated transcripts at full scale must give back exactly what was planted, and the
// real seed documents must give the figures they show.
#include "analysis/conclusions/leak_queries.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

Snapshot readLog(const std::string& text, const char* name)
{
    auto snapshot = readWindbgLog(decodeText(text, name));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const Process* processAt(const Snapshot& s, Address a)
{
    const auto it = std::find_if(s.processes.begin(), s.processes.end(), [&](const Process& p) { return p.address == a; });
    return it == s.processes.end() ? nullptr : &*it;
}

} // namespace

TEST(SeedCases, GeneratedIocpLeakIsFoundExactly)
{
    testdata::KdLogOptions options;
    options.handleLeak = false;
    testdata::PlantedLeaks planted;
    const Snapshot s = readLog(testdata::generateKdLog(options, &planted), "iocp.log");

    const auto ports = rankPorts(s);
    ASSERT_FALSE(ports.empty());
    EXPECT_EQ(ports.front().port->address, planted.port);
    EXPECT_EQ(ports.front().depth, 156u);
    EXPECT_FALSE(ports.front().depthFromIrps); // SignalState was printed
    EXPECT_EQ(ports.front().irpsSeen, 156u);
    EXPECT_EQ(ports.front().completedIrps, 156u);
    EXPECT_EQ(ports.front().port->waitingThreads, 0u);
    EXPECT_EQ(ports.front().port->maxConcurrency, 8u);
    // Every other port is a healthy one, with nothing queued that we know of.
    for (std::size_t i = 1; i < ports.size(); ++i) {
        EXPECT_EQ(ports[i].irpsSeen, 0u);
    }
    EXPECT_EQ(ports.size(), 1 + options.noisePorts);

    const auto holders = holdersOf(s, planted.port);
    ASSERT_EQ(holders.size(), 1u);
    EXPECT_EQ(holders[0].process, planted.iocpProcess);
    EXPECT_EQ(holders[0].pid, planted.iocpPid);
    EXPECT_EQ(holders[0].imageName, "IOCPLeak.exe");
    EXPECT_EQ(holders[0].handles, std::vector<std::uint64_t>{planted.portHandle});

    const auto onPort = irpsOnPort(s, planted.port);
    ASSERT_EQ(onPort.size(), 156u);
    for (const Irp* irp : onPort) {
        EXPECT_EQ(irp->thread, planted.iocpThread);
        EXPECT_EQ(irp->process, planted.iocpProcess);
        EXPECT_EQ(irp->completed, true);
        EXPECT_EQ(irp->currentLocation, 12u);
        EXPECT_EQ(irp->stackCount, 10u);
    }
    // The one IRP dumped with dt carries its file object; the file names the port.
    const auto file = std::find_if(s.fileObjects.begin(), s.fileObjects.end(),
                                   [&](const FileObject& f) { return f.address == planted.iocpFileObject; });
    ASSERT_NE(file, s.fileObjects.end());
    EXPECT_EQ(file->name, planted.iocpFileName);
    EXPECT_EQ(file->completionPort, planted.port);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(SeedCases, GeneratedHandleLeakIsFoundFromTheTypeTable)
{
    testdata::KdLogOptions options;
    options.iocpLeak = false;
    testdata::PlantedLeaks planted;
    const Snapshot s = readLog(testdata::generateKdLog(options, &planted), "handles.log");
    const auto counts = handleCountsByType(s);
    const auto leaker = std::find_if(counts.begin(), counts.end(),
                                     [&](const ProcessHandleTypes& p) { return p.processAddress == planted.handleLeakProcess; });
    ASSERT_NE(leaker, counts.end());
    EXPECT_FALSE(leaker->fromHandleTable);
    ASSERT_FALSE(leaker->counts.empty());
    EXPECT_EQ(leaker->counts.front().type, "Thread");
    EXPECT_EQ(leaker->counts.front().count, 323155u);
    EXPECT_EQ(leaker->total, 388386u);
    ASSERT_NE(leaker->process, nullptr);
    EXPECT_EQ(leaker->process->pid, 0x8e8u);
    EXPECT_EQ(leaker->process->imageName, "xxxxxx.EXE");

    TagQuery q;
    q.pool = PoolFilter::NonPaged;
    const auto tags = rankTags(s, q);
    ASSERT_FALSE(tags.empty());
    EXPECT_EQ(tags.front()->tag.display(), "Thre");
    EXPECT_EQ(tags.front()->bytes, 208968960u);
    EXPECT_EQ(tags.front()->outstanding, 326514);
    EXPECT_EQ(s.processes.size(), planted.processes);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(SeedCases, GeneratedHandleLeakIsFoundFromEveryHandleEntry)
{
    testdata::KdLogOptions options;
    options.iocpLeak = false;
    options.handleEntries = true;
    testdata::PlantedLeaks planted;
    const Snapshot s = readLog(testdata::generateKdLog(options, &planted), "handle-entries.log");
    const auto counts = handleCountsByType(s);
    const auto leaker = std::find_if(counts.begin(), counts.end(),
                                     [&](const ProcessHandleTypes& p) { return p.processAddress == planted.handleLeakProcess; });
    ASSERT_NE(leaker, counts.end());
    EXPECT_TRUE(leaker->fromHandleTable);
    EXPECT_EQ(leaker->counts.front().type, "Thread");
    EXPECT_EQ(leaker->counts.front().count, 323155u);
    EXPECT_EQ(leaker->total, 323157u);
    // No other process comes near it.
    for (const auto& p : counts) {
        if (p.processAddress != planted.handleLeakProcess) {
            EXPECT_LT(p.total, 100u);
        }
    }
    const Process* p = processAt(s, planted.handleLeakProcess);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->handleCount, 323155u + 65233u);
}

TEST(SeedCases, RealIocpWalkFromTheSeedDocument)
{
    const auto path = testdata::sharedFile("seeds/002_fe80fed602300250.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const Snapshot s = readLog(readFile(path), "002.txt");
    const Address port = 0xffffe00005248840ull;
    const auto ranking = rankPorts(s);
    ASSERT_FALSE(ranking.empty());
    EXPECT_EQ(ranking.front().port->address, port);
    EXPECT_EQ(ranking.front().port->maxConcurrency, 8u);
    EXPECT_EQ(ranking.front().port->waitingThreads, 0u);
    // The eight IRPs of the !irpfind excerpt; the one dumped with dt names the file that
    // is bound to the port, so it is linked to the port.
    EXPECT_GE(s.irps.size(), 8u);
    const auto irp = std::find_if(s.irps.begin(), s.irps.end(), [](const Irp& i) { return i.address == 0xffffe00008b192f0ull; });
    ASSERT_NE(irp, s.irps.end());
    EXPECT_EQ(irp->port, port);
    EXPECT_EQ(irp->fileObject, 0xffffe000039455a0ull);
    EXPECT_EQ(irp->thread, 0xffffe00001665080ull);
}

TEST(SeedCases, RealHandleLeakFromTheSeedDocument)
{
    const auto path = testdata::sharedFile("seeds/004_5534fcd0e08ba444.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const Snapshot s = readLog(readFile(path), "004.txt");
    EXPECT_EQ(s.pointerSize, 4);
    EXPECT_EQ(s.summary.nonPagedUsage, 238452u * 1024);
    EXPECT_EQ(s.summary.nonPagedMaximum, 277508u * 1024);
    const auto counts = handleCountsByType(s);
    const auto leaker = std::find_if(counts.begin(), counts.end(),
                                     [](const ProcessHandleTypes& p) { return p.processAddress == 0x886f5020u; });
    ASSERT_NE(leaker, counts.end());
    EXPECT_EQ(leaker->counts.front().type, "Thread");
    EXPECT_EQ(leaker->counts.front().count, 323155u);
    ASSERT_NE(leaker->process, nullptr);
    EXPECT_EQ(leaker->process->pid, 0x8e8u);
    EXPECT_EQ(leaker->process->imageName, "xxxxxx.EXE");
    TagQuery q;
    const auto tags = rankTags(s, q);
    ASSERT_FALSE(tags.empty());
    EXPECT_EQ(tags.front()->tag.display(), "Thre");
    EXPECT_EQ(tags.front()->bytes, 208968960u);
}
