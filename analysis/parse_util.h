#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

// Small, allocation-free helpers for reading debugger and poolmon text. Every parser
// uses these so that numbers and addresses are read the same way everywhere.
namespace poolscope::text {

namespace detail {
// Every reader looks at every character through these: a table answers in one load what
// a chain of comparisons answers in six.
struct CharClasses {
    std::array<std::int8_t, 256> hexValue{}; // -1 for a character that is no hex digit
    std::array<bool, 256> space{};           // blank, tab, CR, LF, FF, VT
    constexpr CharClasses()
    {
        for (int c = 0; c < 256; ++c)
            hexValue[static_cast<std::size_t>(c)] = -1;
        for (int c = 0; c < 10; ++c)
            hexValue[static_cast<std::size_t>('0' + c)] = static_cast<std::int8_t>(c);
        for (int c = 0; c < 6; ++c) {
            hexValue[static_cast<std::size_t>('a' + c)] = static_cast<std::int8_t>(10 + c);
            hexValue[static_cast<std::size_t>('A' + c)] = static_cast<std::int8_t>(10 + c);
        }
        for (char c : {' ', '\t', '\r', '\n', '\f', '\v'})
            space[static_cast<unsigned char>(c)] = true;
    }
};
inline constexpr CharClasses kCharClasses{};
} // namespace detail

// Inline: every reader calls these for every line and field, and a literal prefix is then
// compared in place.
inline bool isSpace(char c)
{
    return detail::kCharClasses.space[static_cast<unsigned char>(c)];
}
inline std::string_view trimLeft(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return s.substr(i);
}
inline std::string_view trimRight(std::string_view s)
{
    std::size_t n = s.size();
    while (n > 0 && isSpace(s[n - 1]))
        --n;
    return s.substr(0, n);
}
inline std::string_view trim(std::string_view s)
{
    return trimRight(trimLeft(s));
}
inline bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.starts_with(prefix);
}
bool iStartsWith(std::string_view s, std::string_view prefix); // ASCII case-insensitive
bool iEquals(std::string_view a, std::string_view b);
std::size_t iFind(std::string_view haystack, std::string_view needle);
// Inline: every reader calls these for every character it looks at.
inline char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
// The digit's value, or -1.
inline int hexValue(char c)
{
    return detail::kCharClasses.hexValue[static_cast<unsigned char>(c)];
}
inline bool isHexDigit(char c)
{
    return hexValue(c) >= 0;
}
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "ffffe000`08b0fc10", "0xffffe00008b0fc10", "8094d900", "0x0000000`003efd14".
// At most 16 hex digits; the backtick is allowed between digits.
std::optional<std::uint64_t> parseHex(std::string_view s);
// An address as WinDbg prints a pointer value: hex, or "(null)" for 0.
std::optional<std::uint64_t> parseAddress(std::string_view s);
// Plain decimal, "0n123" (WinDbg's decimal prefix) and thousands separators "1,234".
std::optional<std::uint64_t> parseDecimal(std::string_view s);
std::optional<std::int64_t> parseSignedDecimal(std::string_view s);
// A WinDbg integer: "0n6" decimal, "0x60900" hex, bare digits as given by `defaultHex`.
std::optional<std::uint64_t> parseNumber(std::string_view s, bool defaultHex);
// Hex digits that make up a kernel pointer, e.g. a token "ffffe00008b0fc10" (8 or 16 digits,
// optional backtick): used to tell an address column from a count column.
bool looksLikeAddress(std::string_view s);
// A pointer as looksLikeAddress accepts it, and its value, in one pass: for the columns
// that must hold one.
std::optional<std::uint64_t> parsePointer(std::string_view s);

// Whitespace tokens of one line, without allocation. Lines with more tokens than fit
// keep the first kMax and report truncated().
class Tokens {
public:
    static constexpr std::size_t kMax = 48;
    explicit Tokens(std::string_view line);
    std::size_t size() const { return m_count; }
    // Empty past the last token, so that a short line never reads out of bounds.
    std::string_view operator[](std::size_t i) const;
    bool truncated() const { return m_truncated; }
    // The text from token i to the end of the line.
    std::string_view rest(std::size_t i) const;

private:
    // Left uninitialised past m_count: a line is split many times over, and clearing 48
    // string_views each time cost more than splitting a short line.
    struct Word {
        const char* data;
        std::size_t size;
    };
    std::array<Word, kMax> m_words;
    std::size_t m_count = 0;
    bool m_truncated = false;
    std::string_view m_line;
};

// The token that follows `key` in line ("Cid: 0012" -> "0012"), empty if absent.
std::string_view valueAfter(std::string_view line, std::string_view key);

} // namespace poolscope::text
