#include "analysis/text_source.h"

#include <gtest/gtest.h>

#include <vector>

using namespace poolscope;

namespace {

std::string utf16le(std::string_view ascii, bool bom)
{
    std::string out = bom ? std::string("\xFF\xFE", 2) : std::string();
    for (char c : ascii) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

std::vector<std::string> allLines(std::string_view text)
{
    std::vector<std::string> out;
    LineScanner scanner(text);
    TextLine line;
    while (scanner.next(line))
        out.emplace_back(line.text);
    return out;
}

} // namespace

TEST(TextSource, DecodesUtf16LittleEndianWithBom)
{
    const auto doc = decodeText(utf16le("kd> !vm\r\nline 2\r\n", true), "x.log");
    EXPECT_EQ(doc.encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(doc.text, "kd> !vm\r\nline 2\r\n");
    EXPECT_EQ(doc.removedNulBytes, 0u);
}

TEST(TextSource, SniffsUtf16WithoutBom)
{
    const auto doc = decodeText(utf16le("0: kd> !poolused 2\n   Sorting by NonPaged Pool Consumed\n", false), "x.log");
    EXPECT_EQ(doc.encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(doc.text, "0: kd> !poolused 2\n   Sorting by NonPaged Pool Consumed\n");
}

TEST(TextSource, DecodesNonAsciiAndSurrogatesAndReplacesBrokenOnes)
{
    // "é" (U+00E9), "😀" (U+1F600 as a surrogate pair), a lone high surrogate, a cut last unit.
    const std::string bytes = std::string("\xFF\xFE", 2) + std::string("\xE9\x00", 2) +
                              std::string("\x3D\xD8\x00\xDE", 4) + std::string("\x3D\xD8", 2) +
                              std::string("A\x00", 2) + std::string("\x41", 1);
    const auto doc = decodeText(bytes, "x.log");
    EXPECT_EQ(doc.text, "\xC3\xA9\xF0\x9F\x98\x80\xEF\xBF\xBD" "A");
    EXPECT_EQ(doc.replacedSequences, 2u);
}

TEST(TextSource, StripsUtf8BomAndKeepsUtf8)
{
    const auto doc = decodeText("\xEF\xBB\xBFkd> !vm\n", "x.log");
    EXPECT_EQ(doc.encoding, TextEncoding::Utf8);
    EXPECT_EQ(doc.text, "kd> !vm\n");
}

TEST(TextSource, MixedUtf16PassageInAnAsciiLogBecomesAscii)
{
    std::string bytes = "kd> !vm\n";
    bytes += std::string(4000, 'x') + "\n"; // mostly 8-bit so the sniffer keeps it as such
    bytes += utf16le("kd> !poolused\n", false);
    const auto doc = decodeText(bytes, "x.log");
    EXPECT_EQ(doc.encoding, TextEncoding::Ascii);
    EXPECT_EQ(doc.removedNulBytes, 14u);
    EXPECT_EQ(allLines(doc.text).back(), "kd> !poolused");
}

TEST(TextSource, LinesHandleCrLfAndAMissingLastBreak)
{
    const auto lines = allLines("a\r\nb\n\nlast");
    EXPECT_EQ(lines, (std::vector<std::string>{"a", "b", "", "last"}));
    LineScanner scanner("one\ntwo\n");
    TextLine line;
    ASSERT_TRUE(scanner.next(line));
    ASSERT_TRUE(scanner.next(line));
    EXPECT_EQ(line.number, 2u);
    EXPECT_EQ(line.offset, 4u);
    EXPECT_FALSE(scanner.next(line));
}

TEST(TextSource, MissingFileIsAnErrorThatNamesIt)
{
    const auto doc = loadTextFile("/nonexistent/dir/poolmon.log");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().file, "/nonexistent/dir/poolmon.log");
    EXPECT_NE(doc.error().describe().find("cannot open"), std::string::npos);
}
