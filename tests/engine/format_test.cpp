#include "model/format.h"
#include "model/pool_tag.h"

#include <gtest/gtest.h>

using namespace poolscope;

TEST(Format, AddressesLookLikeTheDebuggers)
{
    EXPECT_EQ(format::address(0xffffe00008b0fc10ull), "ffffe000`08b0fc10");
    EXPECT_EQ(format::address(0x8094d900ull, 4), "8094d900");
    EXPECT_EQ(format::address(0, 8), "00000000`00000000");
}

TEST(Format, CountsHaveThousandsSeparators)
{
    EXPECT_EQ(format::count(0u), "0");
    EXPECT_EQ(format::count(999u), "999");
    EXPECT_EQ(format::count(1000u), "1,000");
    EXPECT_EQ(format::count(323155u), "323,155");
    EXPECT_EQ(format::count(208968960u), "208,968,960");
    EXPECT_EQ(format::signedCount(-1234), "-1,234");
    EXPECT_EQ(format::signedCount(56), "+56");
    EXPECT_EQ(format::signedCount(INT64_MIN), "-9,223,372,036,854,775,808");
    EXPECT_EQ(format::count(std::optional<std::uint64_t>{}), "");
}

TEST(Format, BytesUseBinaryUnits)
{
    EXPECT_EQ(format::bytes(512u), "512 B");
    EXPECT_EQ(format::bytes(159744u), "156 KB");
    EXPECT_EQ(format::bytes(208968960u), "199 MB");
    EXPECT_EQ(format::bytes(1536u), "1.5 KB");
    EXPECT_EQ(format::signedBytes(-4992), "-4.9 KB");
}

TEST(Format, CsvFieldsAreQuotedOnlyWhenNeeded)
{
    EXPECT_EQ(format::csvField("Thre"), "Thre");
    EXPECT_EQ(format::csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(format::csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(format::csvField("two\nlines"), "\"two\nlines\"");
}

TEST(Format, JsonStringsAreEscaped)
{
    EXPECT_EQ(format::jsonString("\\Device\\Afd"), "\"\\\\Device\\\\Afd\"");
    EXPECT_EQ(format::jsonString(std::string_view("\x01q\"", 3)), "\"\\u0001q\\\"\"");
}

TEST(PoolTag, KeepsPaddingAndRoundTripsKeys)
{
    const PoolTag irp("Irp");
    EXPECT_EQ(irp.chars(), "Irp ");
    EXPECT_EQ(irp.display(), "Irp");
    EXPECT_EQ(PoolTag::fromKey(irp.key()), irp);
    EXPECT_EQ(PoolTag(" Fat").display(), " Fat");
    EXPECT_EQ(PoolTag::fromKey(0x65726854).display(), "Thre");
    EXPECT_EQ(PoolTag::fromKey(0x00017872).chars(), "rx..");
}
