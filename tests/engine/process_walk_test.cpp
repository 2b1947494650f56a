// The process list of a dump, laid out by the dump builder with the built-in layout of
// each supported build: every planted process found, broken lists end with a warning.
#include "analysis/dump/process_walk.h"
#include "tests/support/dump_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace poolscope;

namespace {

constexpr std::uint64_t kHead = 0xfffff80001234560ull;
constexpr std::uint64_t kFirst = 0xffffe00001000080ull;

struct Planted {
    std::uint64_t eprocess;
    std::uint32_t pid;
    const char* image;
};

const Planted kProcesses[] = {
    {kFirst, 4, "System"},
    {kFirst + 0x10000, 0x1a2c, "IOCPLeak.exe"},
    {kFirst + 0x20000, 0x8e8, "a_very_long_image_name.exe"}, // ImageFileName keeps 15 characters
};

// Links the processes in order; `lastLinksTo` is where the last one's Flink points.
testdata::DumpBuilder machine(const KernelLayout& layout, std::uint64_t lastLinksTo = kHead)
{
    testdata::DumpBuilder builder(layout.build);
    builder.setProcessListHead(kHead);
    builder.write64(kHead, kProcesses[0].eprocess + layout.processActiveLinks);
    builder.write64(kHead + 8, kProcesses[2].eprocess + layout.processActiveLinks);
    for (std::size_t i = 0; i < std::size(kProcesses); ++i) {
        const Planted& p = kProcesses[i];
        const std::uint64_t next = i + 1 < std::size(kProcesses) ? kProcesses[i + 1].eprocess + layout.processActiveLinks
                                                                 : lastLinksTo;
        builder.write64(p.eprocess + layout.processActiveLinks, next);
        builder.write64(p.eprocess + layout.processUniqueId, p.pid);
        builder.write64(p.eprocess + layout.processObjectTable, 0xffffc00000100000ull + i * 0x1000);
        // Every EPROCESS has its thread list; these processes have no thread on it.
        builder.write64(p.eprocess + layout.processThreadListHead, p.eprocess + layout.processThreadListHead);
        builder.write64(p.eprocess + layout.processThreadListHead + 8, p.eprocess + layout.processThreadListHead);
        const std::string image(p.image);
        builder.writeText(p.eprocess + layout.processImageFileName, image.substr(0, 15));
    }
    return builder;
}

Snapshot walk(const testdata::DumpBuilder& builder, const KernelLayout& layout, testdata::DumpBuilder::Format format,
              std::uint64_t* found = nullptr)
{
    auto dump = DumpFile::fromBytes(builder.dump(format), "machine.dmp");
    EXPECT_TRUE(dump.ok()) << (dump.ok() ? "" : dump.error().describe());
    SnapshotBuilder out("machine.dmp");
    if (dump.ok()) {
        const AddressSpace memory(*dump);
        const auto n = walkProcesses(memory, layout, dump->header().psActiveProcessHead, out);
        if (found)
            *found = n;
    }
    return out.finish();
}

} // namespace

TEST(ProcessWalk, FindsEveryPlantedProcessOnEverySupportedBuild)
{
    for (const std::uint32_t build : {14393u, 17763u, 19041u, 19045u, 20348u, 22000u}) {
        SCOPED_TRACE(build);
        const auto layout = builtinLayout(build);
        ASSERT_TRUE(layout.has_value());
        for (const auto format : {testdata::DumpBuilder::Format::Full, testdata::DumpBuilder::Format::Bitmap}) {
            const Snapshot s = walk(machine(*layout), *layout, format);
            ASSERT_EQ(s.processes.size(), 3u);
            EXPECT_EQ(s.processes[0].address, kFirst);
            EXPECT_EQ(s.processes[0].imageName, "System");
            EXPECT_EQ(s.processes[1].pid, 0x1a2cu);
            EXPECT_EQ(s.processes[1].imageName, "IOCPLeak.exe");
            EXPECT_EQ(s.processes[2].imageName, "a_very_long_ima");
            EXPECT_EQ(s.processes[2].objectTable, 0xffffc00000102000u);
            EXPECT_EQ(s.processes[0].where.offset, kFirst); // provenance: the dump address
            EXPECT_TRUE(s.diagnostics.empty());
        }
    }
    EXPECT_FALSE(builtinLayout(10586).has_value());
}

TEST(ProcessWalk, BrokenListsStopWithAWarningAndKeepWhatWasFound)
{
    const auto layout = *builtinLayout(19041);
    // The last process links back to the second: a cycle that never reaches the head.
    std::uint64_t found = 0;
    Snapshot cyclic = walk(machine(layout, kProcesses[1].eprocess + layout.processActiveLinks), layout,
                           testdata::DumpBuilder::Format::Full, &found);
    EXPECT_EQ(found, 3u);
    ASSERT_EQ(cyclic.diagnostics.size(), 1u);
    EXPECT_NE(cyclic.diagnostics[0].message.find("comes round again"), std::string::npos);

    // The last link points into memory the dump does not hold.
    Snapshot broken = walk(machine(layout, 0xffffe000deadb000ull), layout, testdata::DumpBuilder::Format::Bitmap, &found);
    EXPECT_EQ(found, 3u);
    ASSERT_FALSE(broken.diagnostics.empty());
    EXPECT_NE(broken.diagnostics[0].message.find("not readable"), std::string::npos) << broken.diagnostics[0].message;
    EXPECT_EQ(broken.diagnostics[0].where.offset, 0xffffe000deadb000ull - layout.processActiveLinks);
}
