// Handle tables of one and two levels, as the dump builder lays them out: every planted
// handle with its object, access and counts; an unreadable page is a warning.
#include "analysis/dump/handle_table_walk.h"
#include "tests/support/dump_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace poolscope;

namespace {

constexpr std::uint64_t kProcess = 0xffffe00001ad0900ull;
constexpr std::uint64_t kTable = 0xffffc00002a4c3c0ull;

std::uint64_t entryFor(std::uint64_t header)
{
    return (((header & 0x0000ffffffffffffull) >> 4) << 20) | 1; // bit 0: unlocked
}

void plantHandle(testdata::DumpBuilder& b, std::uint64_t page, std::uint64_t index, std::uint64_t header,
                 std::uint32_t access, std::uint64_t pointers, std::uint64_t handles)
{
    b.write64(page + index * 16, entryFor(header));
    b.write64(page + index * 16 + 8, access);
    b.write64(header, pointers);
    b.write64(header + 8, handles);
}

const Handle* handleAt(const Snapshot& s, std::uint64_t value)
{
    const auto it = std::find_if(s.handles.begin(), s.handles.end(), [&](const Handle& h) { return h.value == value; });
    return it == s.handles.end() ? nullptr : &*it;
}

Snapshot walk(const testdata::DumpBuilder& b, std::uint64_t* found)
{
    auto dump = DumpFile::fromBytes(b.dump(testdata::DumpBuilder::Format::Full), "handles.dmp");
    EXPECT_TRUE(dump.ok());
    SnapshotBuilder out("handles.dmp");
    const AddressSpace memory(*dump);
    *found = walkHandleTable(memory, *builtinLayout(19041), kProcess, kTable, out);
    return out.finish();
}

} // namespace

TEST(HandleTableWalk, OneLevel)
{
    testdata::DumpBuilder b;
    const std::uint64_t page = 0xffffc00002c7e000ull;
    b.write64(kTable + 8, page); // TableCode: level 0
    plantHandle(b, page, 1, 0xffffe00005248810ull, 0x001f0003, 32770, 1);  // handle 0x4: the port
    plantHandle(b, page, 0x22, 0xffffe000039455a0ull - 0x30, 0x00120089, 3, 1); // handle 0x88: the file
    b.write64(page, entryFor(0xffffe00009999990ull)); // entry 0 is reserved: never a handle
    std::uint64_t found = 0;
    const Snapshot s = walk(b, &found);
    EXPECT_EQ(found, 2u);
    ASSERT_EQ(s.handles.size(), 2u);
    const Handle* port = handleAt(s, 0x4);
    ASSERT_NE(port, nullptr);
    EXPECT_EQ(port->object, 0xffffe00005248840u);
    EXPECT_EQ(port->grantedAccess, 0x001f0003u);
    EXPECT_EQ(port->process, kProcess);
    const Handle* file = handleAt(s, 0x88);
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->object, 0xffffe000039455a0u);
    const auto object = std::find_if(s.objects.begin(), s.objects.end(), [](const KernelObject& o) { return o.address == 0xffffe00005248840ull; });
    ASSERT_NE(object, s.objects.end());
    EXPECT_EQ(object->pointerCount, 32770u);
    EXPECT_EQ(object->handleCount, 1u);
    EXPECT_EQ(object->header, 0xffffe00005248810u);
    EXPECT_TRUE(s.diagnostics.empty());
}

TEST(HandleTableWalk, TwoLevelsAndAnUnreadablePage)
{
    testdata::DumpBuilder b;
    const std::uint64_t directory = 0xffffc00003000000ull;
    const std::uint64_t first = 0xffffc00003001000ull;
    const std::uint64_t second = 0xffffc00003002000ull;
    b.write64(kTable + 8, directory | 1); // TableCode: level 1
    b.write64(directory, first);
    b.write64(directory + 8, second);
    b.write64(directory + 16, 0xffffc000dead0000ull); // a page the dump does not hold
    plantHandle(b, first, 1, 0xffffe00010000010ull, 0x1fffff, 1, 1);
    plantHandle(b, second, 2, 0xffffe00010001010ull, 0x1fffff, 1, 1); // (256 + 2) * 4
    std::uint64_t found = 0;
    const Snapshot s = walk(b, &found);
    EXPECT_EQ(found, 2u);
    ASSERT_NE(handleAt(s, 0x4), nullptr);
    const Handle* far = handleAt(s, (256 + 2) * 4);
    ASSERT_NE(far, nullptr);
    EXPECT_EQ(far->object, 0xffffe00010001040u);
    ASSERT_EQ(s.diagnostics.size(), 1u);
    EXPECT_NE(s.diagnostics[0].message.find("handle table page 0xffffc000dead0000"), std::string::npos)
        << s.diagnostics[0].message;
}

// A table of three levels (more than 130,560 handles, as the seed's leaking process has):
// the handle value is the entry's index across all levels times 4, from the second
// directory page on too (volatility3 2.11 numbers those from the directory's page count).
TEST(HandleTableWalk, ThreeLevelsNumberHandlesAcrossEveryLevel)
{
    testdata::DumpBuilder b;
    const std::uint64_t top = 0xffffc00004000000ull;
    const std::uint64_t firstDirectory = 0xffffc00004001000ull, secondDirectory = 0xffffc00004002000ull;
    const std::uint64_t leafA = 0xffffc00004003000ull, leafB = 0xffffc00004004000ull, leafC = 0xffffc00004005000ull;
    b.write64(kTable + 8, top | 2); // TableCode: level 2
    b.write64(top, firstDirectory);
    b.write64(top + 8, secondDirectory);
    b.write64(firstDirectory, leafA);
    b.write64(firstDirectory + 3 * 8, leafB);
    b.write64(secondDirectory + 2 * 8, leafC);
    plantHandle(b, leafA, 1, 0xffffe00020000010ull, 0x1fffff, 1, 1); // index 1
    plantHandle(b, leafB, 7, 0xffffe00020001010ull, 0x1fffff, 1, 1); // index 3 * 256 + 7
    plantHandle(b, leafC, 9, 0xffffe00020002010ull, 0x1fffff, 1, 1); // index 512 * 256 + 2 * 256 + 9
    std::uint64_t found = 0;
    const Snapshot s = walk(b, &found);
    EXPECT_EQ(found, 3u);
    ASSERT_NE(handleAt(s, 0x4), nullptr);
    const Handle* middle = handleAt(s, (3 * 256 + 7) * 4);
    ASSERT_NE(middle, nullptr);
    EXPECT_EQ(middle->object, 0xffffe00020001040u);
    const Handle* far = handleAt(s, (512 * 256 + 2 * 256 + 9) * 4);
    ASSERT_NE(far, nullptr);
    EXPECT_EQ(far->value, 0x80824u);
    EXPECT_EQ(far->object, 0xffffe00020002040u);
    EXPECT_TRUE(s.diagnostics.empty());
}

// An object header whose TypeIndex is stored as 0: the index, the header address byte and
// the cookie cancel out to a valid type (volatility3 2.11 drops such entries).
TEST(HandleTableWalk, AStoredTypeIndexOfZeroIsATypeLikeAnyOther)
{
    testdata::DumpBuilder b;
    const std::uint64_t page = 0xffffc00002c7e000ull;
    b.write64(kTable + 8, page);
    ObjectTypeTable types;
    types.names = {"", "", "Type", "Directory", "SymbolicLink", "Token", "Job", "Process", "Thread"};
    types.objects.assign(types.names.size(), 0);
    types.cookie = 0x5b;
    // Thread is index 8: a header whose address byte is 8 ^ 0x5b stores it as 0.
    const std::uint64_t zero = 0xffffe00030005300ull | 0x10;
    const std::uint64_t other = 0xffffe00030006100ull | 0x10;
    ASSERT_EQ(types.realIndex(0, zero), 8);
    plantHandle(b, page, 1, zero, 0x1fffff, 1, 1);
    plantHandle(b, page, 2, other, 0x1fffff, 1, 1);
    b.write8(zero + 0x18, 0);
    b.write8(other + 0x18, static_cast<std::uint8_t>(8 ^ 0x61 ^ 0x5b));
    auto dump = DumpFile::fromBytes(b.dump(testdata::DumpBuilder::Format::Full), "handles.dmp");
    ASSERT_TRUE(dump.ok());
    SnapshotBuilder out("handles.dmp");
    const AddressSpace memory(*dump);
    EXPECT_EQ(walkHandleTable(memory, *builtinLayout(19041), kProcess, kTable, out, &types), 2u);
    const Snapshot s = out.finish();
    const Handle* stored0 = handleAt(s, 0x4);
    ASSERT_NE(stored0, nullptr);
    EXPECT_EQ(stored0->type, "Thread");
    ASSERT_NE(handleAt(s, 0x8), nullptr);
    EXPECT_EQ(handleAt(s, 0x8)->type, "Thread");
    EXPECT_TRUE(s.diagnostics.empty());
}
