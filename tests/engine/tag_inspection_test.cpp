// The inspector's page of a pool tag on a generated dump of both seed cases: what carries
// the tag (the objects whose type allocates with it, the big pool blocks, the driver images
// that hold its four bytes), each count checked against what the generator planted, and an
// IRP's status by name with its thread's state.
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/inspection.h"
#include "model/format.h"
#include "tests/support/kernel_scenario.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

struct Case {
    GeneratedKernel kernel;
    Snapshot snapshot;
};

Case readCase()
{
    KernelScenario s;
    s.layout = *builtinLayout(19041);
    s.leakedThreadHandles = 1500;
    Case c{generateKernel(s), {}};
    auto dump = DumpFile::fromBytes(c.kernel.memory.dump(DumpBuilder::Format::Bitmap), "generated.dmp");
    EXPECT_TRUE(dump.ok());
    ReadControl control;
    auto snapshot = readKernelDump(dump.value(), {}, control);
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().describe();
    c.snapshot = std::move(snapshot.value());
    return c;
}

const InspectedField* field(const std::vector<InspectedField>& fields, std::string_view name)
{
    for (const InspectedField& f : fields) {
        if (f.name == name)
            return &f;
        if (const InspectedField* inner = field(f.children, name))
            return inner;
    }
    return nullptr;
}

// A count as the inspector prints it ("30,412").
std::uint64_t number(std::string_view text)
{
    std::string digits;
    std::copy_if(text.begin(), text.end(), std::back_inserter(digits), [](char ch) { return ch != ','; });
    return std::stoull(digits);
}

RecordRef tagRef(const char* tag, PoolType pool)
{
    RecordRef ref;
    ref.kind = RecordKind::PoolTag;
    ref.tag = PoolTag(tag);
    ref.pool = pool;
    return ref;
}

} // namespace

TEST(TagInspection, ThreadObjectsCarryThre)
{
    const Case c = readCase();
    const SnapshotIndex index(c.snapshot);
    const Inspection thre = inspect(index, tagRef("Thre", PoolType::NonPaged));
    const InspectedField* type = field(thre.fields, "Objects of type");
    ASSERT_NE(type, nullptr);
    EXPECT_EQ(type->value, "Thread");
    const InspectedField* seen = field(type->children, "in this source");
    ASSERT_NE(seen, nullptr);
    EXPECT_EQ(seen->value, format::count(std::uint64_t{c.snapshot.threads.size()}));
    ASSERT_TRUE(seen->link.has_value());
    EXPECT_EQ(seen->link->kind, RecordKind::Thread);
    // The type's own count of its objects: every Thre allocation the tracker holds is a thread.
    const PlantedTag& planted = c.kernel.planted.tags.at("Thre");
    const InspectedField* total = field(type->children, "counted by the type");
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->value, format::count(planted.nonPagedAllocs - planted.nonPagedFrees) + " (TotalNumberOfObjects)");
    // ntoskrnl allocates threads: its image holds the tag.
    const InspectedField* images = field(thre.fields, "Driver images holding it");
    ASSERT_NE(images, nullptr);
    std::size_t holding = 0;
    for (const auto& [module, tags] : c.kernel.planted.tagsInImages)
        holding += tags.count("Thre");
    EXPECT_EQ(images->value, std::to_string(holding));
    ASSERT_EQ(images->children.size(), holding);
    EXPECT_EQ(images->children[0].name, "ntoskrnl.exe");
    const auto occurrences = c.kernel.planted.tagsInImages.at("ntoskrnl.exe").at("Thre");
    EXPECT_TRUE(images->children[0].value.starts_with(std::to_string(occurrences) + " occurrence")) << images->children[0].value;
    EXPECT_NE(std::find_if(thre.commands.begin(), thre.commands.end(),
                           [](const DebuggerCommand& d) { return d.command == "!for_each_module s -a @#Base @#End \"Thre\""; }),
              thre.commands.end());
}

TEST(TagInspection, BigPoolBlocksAndTheDriverOfAnUndescribedTag)
{
    const Case c = readCase();
    const SnapshotIndex index(c.snapshot);
    // Every big page the generator allocated is listed under its tag, once.
    std::uint64_t bigBlocks = 0;
    const InspectedField* largest = nullptr;
    Inspection largestTag;
    for (const PoolTagStat& stat : c.snapshot.poolTags) {
        Inspection tag = inspect(index, tagRef(std::string(stat.tag.chars()).c_str(), stat.type));
        if (const InspectedField* big = field(tag.fields, "Big pool blocks")) {
            const std::uint64_t n = number(big->value);
            bigBlocks += n;
            if (!largest || n > number(largest->value)) {
                largestTag = std::move(tag);
                largest = field(largestTag.fields, "Big pool blocks");
            }
        }
    }
    EXPECT_EQ(bigBlocks, c.kernel.planted.bigPagesInUse);
    ASSERT_NE(largest, nullptr);
    EXPECT_LE(largest->children.size(), 32u); // listed up to a page; the count says how many
    ASSERT_FALSE(largest->children.empty());
    EXPECT_TRUE(largest->children[0].name.starts_with("block ffff")) << largest->children[0].name;
    // Whole pages: the big pool table's NumberOfBytes.
    const std::string size = largest->children[0].value.substr(0, largest->children[0].value.find(' '));
    std::string digits;
    std::copy_if(size.begin(), size.end(), std::back_inserter(digits), [](char ch) { return ch != ','; });
    EXPECT_EQ(std::stoull(digits) % 4096, 0u) << largest->children[0].value;

    // CM31 is no object's and in no image: only its big pool blocks (paged out) carry it.
    const Inspection cm31 = inspect(index, tagRef("CM31", PoolType::Paged));
    EXPECT_EQ(field(cm31.fields, "Objects of type"), nullptr);
    ASSERT_NE(field(cm31.fields, "Big pool blocks"), nullptr);
    EXPECT_EQ(number(field(cm31.fields, "Big pool blocks")->value), c.kernel.planted.pool.tags.at("CM31").paged.bigAllocations);
    EXPECT_EQ(field(cm31.fields, "Driver images holding it")->value,
              "none of the " + format::count(std::uint64_t{c.snapshot.modules.size()}) + " loaded modules");

    // The planted third-party driver: its image holds its own tag three times.
    const Inspection lkdr = inspect(index, tagRef(c.kernel.planted.driverTag.c_str(), PoolType::NonPaged));
    const InspectedField* images = field(lkdr.fields, "Driver images holding it");
    ASSERT_NE(images, nullptr);
    ASSERT_EQ(images->children.size(), 1u);
    EXPECT_EQ(images->children[0].name, c.kernel.planted.driverImage);
    const auto occurrences = c.kernel.planted.tagsInImages.at(c.kernel.planted.driverImage).at(c.kernel.planted.driverTag);
    EXPECT_TRUE(images->children[0].value.starts_with(std::to_string(occurrences) + " occurrences")) << images->children[0].value;
}

TEST(TagInspection, AnIrpSaysItsStatusByNameAndItsThreadsState)
{
    const Case c = readCase();
    const SnapshotIndex index(c.snapshot);
    const Inspection queued = inspect(index, {RecordKind::Irp, c.kernel.planted.leakIrps.front(), 0, {}, PoolType::Unknown});
    EXPECT_EQ(field(queued.fields, "IoStatus.Status")->value, "STATUS_SUCCESS (0x00000000)");
    const Thread* thread = index.thread(c.kernel.planted.iocpThread);
    ASSERT_NE(thread, nullptr);
    ASSERT_FALSE(thread->state.empty());
    EXPECT_EQ(field(queued.fields, "Thread state (!thread)")->value, thread->state);
    const Inspection pending = inspect(index, {RecordKind::Irp, c.kernel.planted.pendingIrps.front(), 0, {}, PoolType::Unknown});
    EXPECT_EQ(field(pending.fields, "IoStatus.Status")->value, "STATUS_PENDING (0x00000103)");
}
