#include "analysis/parse_util.h"

#include <gtest/gtest.h>

using namespace poolscope::text;

TEST(ParseUtil, HexAcceptsTheDebuggersForms)
{
    EXPECT_EQ(parseHex("ffffe000`08b0fc10"), 0xffffe00008b0fc10ull);
    EXPECT_EQ(parseHex("0xffffe000`039455a0"), 0xffffe000039455a0ull);
    EXPECT_EQ(parseHex("0x00000000`003efd14"), 0x3efd14ull);
    EXPECT_EQ(parseHex("8094d900"), 0x8094d900ull);
    EXPECT_EQ(parseAddress("(null)"), 0u);
    EXPECT_FALSE(parseHex(""));
    EXPECT_FALSE(parseHex("0x"));
    EXPECT_FALSE(parseHex("`1234"));
    EXPECT_FALSE(parseHex("12g4"));
    EXPECT_FALSE(parseHex("1ffffffffffffffff")); // 17 significant digits
}

TEST(ParseUtil, DecimalAcceptsSeparatorsAndTheDecimalPrefix)
{
    EXPECT_EQ(parseDecimal("323155"), 323155u);
    EXPECT_EQ(parseDecimal("388,386"), 388386u);
    EXPECT_EQ(parseDecimal("0n216"), 216u);
    EXPECT_EQ(parseDecimal("18446744073709551615"), UINT64_MAX);
    EXPECT_FALSE(parseDecimal("18446744073709551616"));
    EXPECT_FALSE(parseDecimal(",12"));
    EXPECT_FALSE(parseDecimal("12,"));
    EXPECT_FALSE(parseDecimal("1a"));
    EXPECT_EQ(parseSignedDecimal("-4992"), -4992);
    EXPECT_EQ(parseSignedDecimal("-9223372036854775808"), INT64_MIN);
    EXPECT_FALSE(parseSignedDecimal("9223372036854775808"));
    EXPECT_EQ(parseNumber("0n6", true), 6u);
    EXPECT_EQ(parseNumber("0x3e8", false), 0x3e8u);
    EXPECT_EQ(parseNumber("10", false), 10u);
    EXPECT_EQ(parseNumber("10", true), 16u);
}

TEST(ParseUtil, TokensAndValues)
{
    const Tokens t("  PROCESS 80a02a60  Cid: 0002    Peb: 00000000  ParentCid: 0000 ");
    ASSERT_EQ(t.size(), 8u);
    EXPECT_EQ(t[1], "80a02a60");
    EXPECT_EQ(t.rest(2), "Cid: 0002    Peb: 00000000  ParentCid: 0000");
    EXPECT_EQ(t[99], "");
    EXPECT_EQ(valueAfter("DirBase: 00039000  ObjectTable: e1000d60  TableSize: 380.", "TableSize:"), "380.");
    EXPECT_EQ(valueAfter("Image: Idle", "Cid:"), "");
    EXPECT_TRUE(looksLikeAddress("ffffe00008b0fc10"));
    EXPECT_TRUE(looksLikeAddress("ffffe000`08b0fc10"));
    EXPECT_TRUE(looksLikeAddress("8094d900"));
    EXPECT_FALSE(looksLikeAddress("326514"));
    std::string many;
    for (int i = 0; i < 100; ++i)
        many += "x ";
    EXPECT_TRUE(Tokens(many).truncated());
}

TEST(ParseUtil, CaseInsensitiveHelpers)
{
    EXPECT_TRUE(iEquals("!PROCESS", "!process"));
    EXPECT_TRUE(iStartsWith("NonPagedPool Usage", "nonpagedpool"));
    EXPECT_EQ(iFind("Searching NonPaged pool", "nonpaged"), 10u);
    EXPECT_EQ(trim("  a b \r"), "a b");
}
