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
