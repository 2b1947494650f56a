// The decoders of what x64 Windows answers to NtQuerySystemInformation (classes 22 and 64)
// and NtQueryObject (ObjectTypesInformation, ObjectTypeInformation), on buffers laid out as
// Windows lays them out, and on short or inconsistent ones.
#include "analysis/capture/nt_tables.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

using namespace poolscope;
using namespace poolscope::capture;

namespace {

class Buffer {
public:
    template <typename T>
    void put(std::size_t offset, T value)
    {
        if (m_bytes.size() < offset + sizeof value)
            m_bytes.resize(offset + sizeof value);
        std::memcpy(m_bytes.data() + offset, &value, sizeof value);
    }
    void putUtf16(std::size_t offset, std::u16string_view text)
    {
        for (std::size_t i = 0; i < text.size(); ++i)
            put<std::uint16_t>(offset + 2 * i, static_cast<std::uint16_t>(text[i]));
    }
    void resize(std::size_t size) { m_bytes.resize(size); }
    std::size_t size() const { return m_bytes.size(); }
    std::span<const std::byte> bytes() const { return m_bytes; }

private:
    std::vector<std::byte> m_bytes;
};

std::uint32_t tagKey(const char (&tag)[5])
{
    std::uint32_t key;
    std::memcpy(&key, tag, 4);
    return key;
}

Buffer poolTags()
{
    Buffer b;
    b.put<std::uint32_t>(0, 2);
    // SYSTEM_POOLTAG 0: 'Thre', nonpaged only.
    b.put<std::uint32_t>(8, tagKey("Thre"));
    b.put<std::uint32_t>(8 + 24, 4'000'123);
    b.put<std::uint32_t>(8 + 28, 3'676'968);
    b.put<std::uint64_t>(8 + 32, 336'081'200);
    // SYSTEM_POOLTAG 1: 'Ntfx', both pools.
    b.put<std::uint32_t>(48, tagKey("Ntfx"));
    b.put<std::uint32_t>(48 + 4, 9);
    b.put<std::uint32_t>(48 + 8, 4);
    b.put<std::uint64_t>(48 + 16, 560);
    b.put<std::uint32_t>(48 + 24, 70);
    b.put<std::uint32_t>(48 + 28, 20);
    b.put<std::uint64_t>(48 + 32, 64'800);
    return b;
}

// One handle entry of SYSTEM_HANDLE_INFORMATION_EX.
void putHandle(Buffer& b, std::size_t i, std::uint64_t pid, std::uint64_t value, std::uint16_t type)
{
    const std::size_t at = 16 + 40 * i;
    b.put<std::uint64_t>(at, 0xffffb30a40000000ull + 0x100 * i); // Object
    b.put<std::uint64_t>(at + 8, pid);
    b.put<std::uint64_t>(at + 16, value);
    b.put<std::uint32_t>(at + 24, 0x1fffff);
    b.put<std::uint16_t>(at + 30, type);
    b.put<std::uint32_t>(at + 32, 0);  // HandleAttributes
    b.put<std::uint32_t>(at + 36, 0);  // Reserved
}

// OBJECT_TYPES_INFORMATION with the names after each entry, TypeName.Buffer pointing at them
// as if the buffer lay at `address`.
Buffer objectTypes(const std::vector<std::pair<std::u16string, std::uint8_t>>& types, std::uint64_t address)
{
    Buffer b;
    b.put<std::uint32_t>(0, static_cast<std::uint32_t>(types.size()));
    std::size_t at = 8;
    for (const auto& [name, index] : types) {
        const auto length = static_cast<std::uint16_t>(2 * name.size());
        const auto maximum = static_cast<std::uint16_t>(length + 2);
        b.put<std::uint16_t>(at, length);
        b.put<std::uint16_t>(at + 2, maximum);
        b.put<std::uint64_t>(at + 8, address + at + 104);
        b.put<std::uint8_t>(at + 90, index);
        b.putUtf16(at + 104, name);
        at = (at + 104 + maximum + 7) & ~std::size_t{7};
    }
    b.resize(at);
    return b;
}

} // namespace

TEST(NtTables, PoolTagTableAsWindowsLaysItOut)
{
    std::string why;
    const auto tags = decodePoolTagInformation(poolTags().bytes(), why);
    ASSERT_TRUE(tags) << why;
    ASSERT_EQ(tags->size(), 2u);
    EXPECT_EQ((*tags)[0].tag, PoolTag("Thre"));
    EXPECT_EQ((*tags)[0].nonPagedAllocs, 4'000'123u);
    EXPECT_EQ((*tags)[0].nonPagedFrees, 3'676'968u);
    EXPECT_EQ((*tags)[0].nonPagedBytes, 336'081'200u);
    EXPECT_EQ((*tags)[0].pagedAllocs, 0u);
    EXPECT_EQ((*tags)[1].tag, PoolTag("Ntfx"));
    EXPECT_EQ((*tags)[1].pagedAllocs, 9u);
    EXPECT_EQ((*tags)[1].pagedFrees, 4u);
    EXPECT_EQ((*tags)[1].pagedBytes, 560u);
    EXPECT_EQ((*tags)[1].nonPagedBytes, 64'800u);
}

TEST(NtTables, APoolTagTableShorterThanItsCountIsRefused)
{
    Buffer b = poolTags();
    b.resize(b.size() - 1);
    std::string why;
    EXPECT_FALSE(decodePoolTagInformation(b.bytes(), why));
    EXPECT_NE(why.find("says 2 tags"), std::string::npos) << why;
    Buffer huge;
    huge.put<std::uint32_t>(0, 0xffffffffu);
    EXPECT_FALSE(decodePoolTagInformation(huge.bytes(), why));
    EXPECT_FALSE(decodePoolTagInformation({}, why));
    Buffer empty;
    empty.put<std::uint32_t>(0, 0);
    const auto none = decodePoolTagInformation(empty.bytes(), why);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

TEST(NtTables, HandlesAreCountedPerProcessAndTypeIndex)
{
    Buffer b;
    b.put<std::uint64_t>(0, 5);
    putHandle(b, 0, 6700, 0x4, 8);
    putHandle(b, 1, 6700, 0x8, 8);
    putHandle(b, 2, 6700, 0xc, 16);
    putHandle(b, 3, 4, 0x4, 7);
    putHandle(b, 4, 0x1'0000'0000ull, 0x4, 7); // no process id Windows gives: left out
    std::string why;
    const auto tally = decodeExtendedHandleInformation(b.bytes(), why);
    ASSERT_TRUE(tally) << why;
    ASSERT_EQ(tally->size(), 2u);
    EXPECT_EQ(tally->at(6700).at(8), 2u);
    EXPECT_EQ(tally->at(6700).at(16), 1u);
    EXPECT_EQ(tally->at(4).at(7), 1u);

    const auto own = handlePerType(b.bytes(), 6700);
    ASSERT_EQ(own.size(), 2u);
    EXPECT_EQ(own.at(8), 0x4u);
    EXPECT_EQ(own.at(16), 0xcu);

    b.resize(b.size() - 40);
    EXPECT_FALSE(decodeExtendedHandleInformation(b.bytes(), why));
    EXPECT_NE(why.find("says 5 handles"), std::string::npos) << why;
    EXPECT_EQ(handlePerType(b.bytes(), 6700).size(), 2u);
}

TEST(NtTables, ObjectTypeNamesByTheirIndex)
{
    const std::uint64_t address = 0x2'0000'0000ull;
    const Buffer b = objectTypes({{u"Type", 2}, {u"Thread", 8}, {u"ALPC Port", 46}, {u"IoCompletion", 37}}, address);
    std::string why;
    const auto names = decodeObjectTypesInformation(b.bytes(), address, why);
    ASSERT_TRUE(names) << why;
    EXPECT_TRUE(why.empty());
    ASSERT_EQ(names->size(), 4u);
    EXPECT_EQ(names->at(8), "Thread");
    EXPECT_EQ(names->at(46), "ALPC Port");
    EXPECT_EQ(names->at(37), "IoCompletion");
}

TEST(NtTables, BeforeWindows81TheIndexIsThePositionPlusTwo)
{
    const std::uint64_t address = 0x7ff0'0000ull;
    const Buffer b = objectTypes({{u"Type", 0}, {u"Directory", 0}, {u"Thread", 0}}, address);
    std::string why;
    const auto names = decodeObjectTypesInformation(b.bytes(), address, why);
    ASSERT_TRUE(names);
    EXPECT_EQ(names->at(2), "Type");
    EXPECT_EQ(names->at(4), "Thread");
}

TEST(NtTables, NamesAreReadWhereTheyLieAndNeverOutsideTheBuffer)
{
    const std::uint64_t address = 0x1000;
    Buffer b = objectTypes({{u"Event", 12}, {u"Mutant", 13}}, address);
    // A Buffer pointer that does not point into this buffer: the name right after the entry.
    b.put<std::uint64_t>(8 + 8, 0xdead'beef'0000ull);
    std::string why;
    auto names = decodeObjectTypesInformation(b.bytes(), address, why);
    ASSERT_TRUE(names);
    EXPECT_EQ(names->at(12), "Event");
    // A length past the end: that name is not read; the table says how far it got.
    Buffer cut = objectTypes({{u"Event", 12}, {u"Mutant", 13}}, address);
    cut.resize(8 + 104 + 16 + 50);
    names = decodeObjectTypesInformation(cut.bytes(), address, why);
    ASSERT_TRUE(names);
    EXPECT_EQ(names->size(), 1u);
    EXPECT_NE(why.find("after 1 of its 2"), std::string::npos) << why;
    Buffer many;
    many.put<std::uint32_t>(0, 100'000);
    EXPECT_FALSE(decodeObjectTypesInformation(many.bytes(), address, why));

    // One OBJECT_TYPE_INFORMATION (ObjectTypeInformation of one handle).
    Buffer one;
    one.put<std::uint16_t>(0, 12);
    one.put<std::uint16_t>(2, 14);
    one.put<std::uint64_t>(8, address + 104);
    one.putUtf16(104, u"Thread");
    EXPECT_EQ(decodeObjectTypeName(one.bytes(), address), "Thread");
    one.put<std::uint16_t>(0, 400);
    EXPECT_FALSE(decodeObjectTypeName(one.bytes(), address));
}
