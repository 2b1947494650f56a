// The inspector's data: field trees with links and the WinDbg commands, on the seed's IOCP
// walk and the generated transcript of both cases.
#include "analysis/inspection.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

Snapshot readText(std::string text)
{
    auto s = readWindbgLog(decodeText(std::move(text), "case.log"));
    EXPECT_TRUE(s.ok());
    return s.ok() ? std::move(s.value()) : Snapshot{};
}

const InspectedField* field(const std::vector<InspectedField>& fields, std::string_view name)
{
    for (const auto& f : fields) {
        if (f.name == name)
            return &f;
        if (const InspectedField* inner = field(f.children, name))
            return inner;
    }
    return nullptr;
}

bool hasCommand(const Inspection& i, std::string_view command)
{
    for (const auto& c : i.commands)
        if (c.command == command)
            return true;
    return false;
}

} // namespace

TEST(Inspection, IrpFromTheSeedLinksToItsThreadFileAndPort)
{
    const auto path = testdata::sharedFile("seeds/002_fe80fed602300250.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const Snapshot s = readText(text.str());
    const SnapshotIndex index(s);
    const Inspection irp = inspect(index, {RecordKind::Irp, 0xffffe00008b192f0ull, 0, {}, PoolType::Unknown});
    ASSERT_TRUE(irp.found);
    EXPECT_EQ(irp.title, "_IRP ffffe000`08b192f0");
    const InspectedField* file = field(irp.fields, "OriginalFileObject");
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->value, "ffffe000`039455a0 \"\\Development\\Scratch\\IOCPLeak\\IOCPLeak\\File.txt\"");
    ASSERT_TRUE(file->link.has_value());
    EXPECT_EQ(file->link->kind, RecordKind::FileObject);
    const InspectedField* port = field(irp.fields, "Completion port (via the file's CompletionContext)");
    ASSERT_NE(port, nullptr);
    ASSERT_TRUE(port->link.has_value());
    EXPECT_EQ(port->link->address, 0xffffe00005248840u);
    EXPECT_EQ(field(irp.fields, "Flags")->value, "0x60900");
    EXPECT_EQ(field(irp.fields, "PendingReturned")->value, "yes");
    // The thread is named but not described in the seed: a value, no link.
    const InspectedField* thread = field(irp.fields, "Thread");
    ASSERT_NE(thread, nullptr);
    EXPECT_EQ(thread->value, "ffffe000`01665080");
    EXPECT_FALSE(thread->link.has_value());
    EXPECT_TRUE(hasCommand(irp, "!irp ffffe000`08b192f0"));
    EXPECT_TRUE(hasCommand(irp, "dt -r1 nt!_IRP ffffe000`08b192f0"));
    EXPECT_NE(irp.provenance.find("line "), std::string::npos);

    const Inspection queue = inspect(index, {RecordKind::Port, 0xffffe00005248840ull, 0, {}, PoolType::Unknown});
    ASSERT_TRUE(queue.found);
    EXPECT_EQ(field(queue.fields, "MaximumCount (concurrency)")->value, "8");
    EXPECT_EQ(field(queue.fields, "Header.SignalState (queued entries)")->value, "(not in this source)");
    EXPECT_TRUE(hasCommand(queue, "!list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x \"!irp @$extret\" "
                                  "@@(#CONTAINING_RECORD(0xffffe000`07e366b8, nt!_IRP, Tail.Overlay.ListEntry))"));
    EXPECT_TRUE(hasCommand(queue, "dt -r1 nt!_KQUEUE ffffe000`05248840"));

    const Inspection context = inspect(index, {RecordKind::FileObject, 0xffffe000039455a0ull, 0, {}, PoolType::Unknown});
    EXPECT_TRUE(hasCommand(context, "dt nt!_IO_COMPLETION_CONTEXT ffffe000`00ea8470"));
}

TEST(Inspection, GeneratedCasesGiveHoldersTypeCountsAndTagCarriers)
{
    testdata::KdLogOptions options;
    options.leakedThreadHandles = 1000;
    testdata::PlantedLeaks planted;
    const Snapshot s = readText(testdata::generateKdLog(options, &planted));
    const SnapshotIndex index(s);
    const Inspection port = inspect(index, {RecordKind::Port, planted.port, 0, {}, PoolType::Unknown});
    EXPECT_EQ(field(port.fields, "Header.SignalState (queued entries)")->value, "156");
    EXPECT_EQ(field(port.fields, "IRPs seen queued on it")->value, "156");
    const InspectedField* holders = field(port.fields, "Holders");
    ASSERT_NE(holders, nullptr);
    ASSERT_EQ(holders->children.size(), 1u);
    EXPECT_EQ(holders->children[0].name, "IOCPLeak.exe");
    ASSERT_TRUE(holders->children[0].link.has_value());
    EXPECT_EQ(holders->children[0].link->address, planted.iocpProcess);

    const Inspection leaker = inspect(index, {RecordKind::Process, planted.handleLeakProcess, 0, {}, PoolType::Unknown});
    ASSERT_TRUE(leaker.found);
    EXPECT_EQ(field(leaker.fields, "Thread")->value, "1,000");
    EXPECT_TRUE(hasCommand(leaker, "!process ffffe000`0286f080 1"));

    const Inspection irpTag = inspect(index, {RecordKind::PoolTag, 0, 0, PoolTag("Irp"), PoolType::NonPaged});
    ASSERT_TRUE(irpTag.found);
    const InspectedField* irps = field(irpTag.fields, "IRPs");
    ASSERT_NE(irps, nullptr);
    EXPECT_EQ(irps->value, "166");
    EXPECT_TRUE(hasCommand(irpTag, "!poolfind Irp  0"));

    const Inspection missing = inspect(index, {RecordKind::Irp, 0x1234, 0, {}, PoolType::Unknown});
    EXPECT_FALSE(missing.found);
    EXPECT_EQ(missing.title, "00000000`00001234 is not in this snapshot");
}
