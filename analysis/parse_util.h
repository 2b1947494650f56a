#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

// Small, allocation-free helpers for reading debugger and poolmon text. Every parser
// uses these so that numbers and addresses are read the same way everywhere.
namespace poolscope::text {

std::string_view trim(std::string_view s);
std::string_view trimLeft(std::string_view s);
std::string_view trimRight(std::string_view s);
bool startsWith(std::string_view s, std::string_view prefix);
bool iStartsWith(std::string_view s, std::string_view prefix); // ASCII case-insensitive
bool iEquals(std::string_view a, std::string_view b);
std::size_t iFind(std::string_view haystack, std::string_view needle);
// Inline: every reader calls these for every character it looks at.
inline char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
inline bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
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
    std::array<std::string_view, kMax> m_tokens{};
    std::size_t m_count = 0;
    bool m_truncated = false;
    std::string_view m_line;
};

// The token that follows `key` in line ("Cid: 0012" -> "0012"), empty if absent.
std::string_view valueAfter(std::string_view line, std::string_view key);

} // namespace poolscope::text
