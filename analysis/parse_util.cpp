#include "parse_util.h"

#include <bit>
#include <charconv>
#include <cstring>
#include <limits>

namespace poolscope::text {

namespace {

bool allHexDigits(std::string_view s)
{
    for (const char c : s)
        if (!isHexDigit(c))
            return false;
    return true;
}

// The helpers below answer in a plain integer and a flag, not a std::optional: they run
// several times a line, and an optional returned through memory stalls the load after it.

// At most 16 hex digits (so no overflow) into `value`; false when one is no hex digit.
// Without a branch per digit: a bad one shows in `bad` at the end.
bool digitByDigit(std::string_view digits, std::uint64_t& value)
{
    value = 0;
    int bad = 0;
    for (const char c : digits) {
        const int digit = hexValue(c);
        bad |= digit;
        value = (value << 4) | static_cast<std::uint64_t>(digit & 0xf);
    }
    return bad >= 0;
}

// Eight characters as one word, a byte each: whether each is at least `low`, or at most
// `high`, shows in its top bit. Only for bytes below 0x80, where nothing carries over.
constexpr std::uint64_t kEachByte = 0x0101010101010101ull;
constexpr std::uint64_t kTopBits = 0x8080808080808080ull;
constexpr std::uint64_t atLeast(std::uint64_t w, char low)
{
    return (w + kEachByte * static_cast<std::uint64_t>(0x80 - low)) & kTopBits;
}
constexpr std::uint64_t atMost(std::uint64_t w, char high)
{
    return ~(w + kEachByte * static_cast<std::uint64_t>(0x7f - high)) & kTopBits;
}

bool eightAreHexDigits(std::uint64_t w)
{
    if (w & kTopBits)
        return false;
    const std::uint64_t digits = atLeast(w, '0') & atMost(w, '9');
    const std::uint64_t lower = w | (kEachByte * 0x20); // 'A'-'F' become 'a'-'f', and only they
    const std::uint64_t letters = atLeast(lower, 'a') & atMost(lower, 'f');
    return (digits | letters) == kTopBits;
}

// Eight hex digits, the half of every x64 pointer, read as one word: a few masks tell
// whether all are digits, a few shifts gather the nibbles, first digit highest.
bool eightHexDigits(const char* p, std::uint64_t& value)
{
    if constexpr (std::endian::native != std::endian::little)
        return digitByDigit({p, 8}, value);
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    if (!eightAreHexDigits(w))
        return false;
    // '0'-'9' are their low nibble; 'a'-'f' and 'A'-'F' have bit 6 set and are 9 more.
    w = (w & 0x0f0f0f0f0f0f0f0full) + ((w >> 6) & kEachByte) * 9;
    w = ((w << 4) + (w >> 8)) & 0x00ff00ff00ff00ffull;
    w = ((w << 8) + (w >> 16)) & 0x0000ffff0000ffffull;
    value = ((w << 16) + (w >> 32)) & 0xffffffffull;
    return true;
}

// Eight digits at `high`, eight at `low`: a 64-bit pointer.
bool pointerHalves(const char* high, const char* low, std::uint64_t& value)
{
    std::uint64_t first = 0;
    std::uint64_t second = 0;
    if (!eightHexDigits(high, first) || !eightHexDigits(low, second))
        return false;
    value = (first << 32) | second;
    return true;
}

// At most 16 hex digits.
bool hexDigits(std::string_view digits, std::uint64_t& value)
{
    if (digits.size() == 8)
        return eightHexDigits(digits.data(), value);
    if (digits.size() == 16)
        return pointerHalves(digits.data(), digits.data() + 8, value);
    return digitByDigit(digits, value);
}

// "ffffe000`08b0fc10": how WinDbg prints a 64-bit pointer, eight digits either side.
bool backtickedDigits(std::string_view s, std::uint64_t& value)
{
    return s.size() == 17 && s[8] == '`' && pointerHalves(s.data(), s.data() + 9, value);
}

// Digits alone, all of them: from_chars refuses a sign, a blank and a value past 64 bits.
std::optional<std::uint64_t> plainDecimal(std::string_view s)
{
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc{} || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

} // namespace

bool iEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (toLower(a[i]) != toLower(b[i]))
            return false;
    return true;
}

bool iStartsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && iEquals(s.substr(0, prefix.size()), prefix);
}

std::size_t iFind(std::string_view haystack, std::string_view needle)
{
    if (needle.empty())
        return 0;
    if (needle.size() > haystack.size())
        return std::string_view::npos;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
        if (iEquals(haystack.substr(i, needle.size()), needle))
            return i;
    return std::string_view::npos;
}

std::optional<std::uint64_t> parseHex(std::string_view s)
{
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s.remove_prefix(2);
    if (s.empty())
        return std::nullopt;
    // The common shapes a word at a time: up to 16 digits, which cannot overflow, and a
    // pointer with its backtick. The rest (more backticks, leading zeros past 16 digits,
    // bad characters) take the careful way.
    std::uint64_t value = 0;
    if ((s.size() <= 16 && hexDigits(s, value)) || backtickedDigits(s, value))
        return value;
    if (s.front() == '`' || s.back() == '`')
        return std::nullopt;
    value = 0;
    for (const char c : s) {
        const int digit = hexValue(c);
        if (digit < 0) {
            if (c == '`')
                continue;
            return std::nullopt;
        }
        // A 17th digit after the leading zeros: no pointer is that wide. Leading zeros do
        // not count ("0x00000000`003efd14" is a valid pointer), and only a 17th significant
        // digit finds the top four bits already taken.
        if (value >> 60)
            return std::nullopt;
        value = (value << 4) | static_cast<std::uint64_t>(digit);
    }
    return value;
}

std::optional<std::uint64_t> parseAddress(std::string_view s)
{
    if (s == "(null)")
        return 0;
    return parseHex(s);
}

std::optional<std::uint64_t> parseDecimal(std::string_view s)
{
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'n' || s[1] == 'N'))
        s.remove_prefix(2);
    if (s.empty())
        return std::nullopt;
    if (s.find(',') == std::string_view::npos)
        return plainDecimal(s);
    std::uint64_t value = 0;
    bool sawDigit = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ',') {
            if (!sawDigit || i + 1 == s.size())
                return std::nullopt;
            continue;
        }
        if (!isDigit(c))
            return std::nullopt;
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
        sawDigit = true;
    }
    return value;
}

std::optional<std::int64_t> parseSignedDecimal(std::string_view s)
{
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    const auto magnitude = parseDecimal(s);
    if (!magnitude)
        return std::nullopt;
    constexpr auto maxPositive = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (negative) {
        if (*magnitude > maxPositive + 1)
            return std::nullopt;
        return *magnitude == maxPositive + 1 ? std::numeric_limits<std::int64_t>::min()
                                             : -static_cast<std::int64_t>(*magnitude);
    }
    if (*magnitude > maxPositive)
        return std::nullopt;
    return static_cast<std::int64_t>(*magnitude);
}

std::optional<std::uint64_t> parseNumber(std::string_view s, bool defaultHex)
{
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'n' || s[1] == 'N'))
        return parseDecimal(s);
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return parseHex(s);
    return defaultHex ? parseHex(s) : parseDecimal(s);
}

bool looksLikeAddress(std::string_view s)
{
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s.remove_prefix(2);
    // 8 or 16 digits, or 8, a backtick and 8.
    if (s.size() == 17) {
        if (s[8] != '`')
            return false;
        return allHexDigits(s.substr(0, 8)) && allHexDigits(s.substr(9));
    }
    return (s.size() == 8 || s.size() == 16) && allHexDigits(s);
}

std::optional<std::uint64_t> parsePointer(std::string_view s)
{
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s.remove_prefix(2);
    std::uint64_t value = 0;
    if (s.size() == 17) {
        if (!backtickedDigits(s, value))
            return std::nullopt;
    } else if ((s.size() != 8 && s.size() != 16) || !hexDigits(s, value)) {
        return std::nullopt;
    }
    return value;
}

Tokens::Tokens(std::string_view line) : m_line(line)
{
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        if (i >= line.size())
            break;
        std::size_t j = i;
        while (j < line.size() && !isSpace(line[j]))
            ++j;
        if (m_count == kMax) {
            m_truncated = true;
            break;
        }
        m_words[m_count++] = {line.data() + i, j - i};
        i = j;
    }
}

std::string_view Tokens::operator[](std::size_t i) const
{
    return i < m_count ? std::string_view(m_words[i].data, m_words[i].size) : std::string_view{};
}

std::string_view Tokens::rest(std::size_t i) const
{
    if (i >= m_count)
        return {};
    const auto start = static_cast<std::size_t>(m_words[i].data - m_line.data());
    return trimRight(m_line.substr(start));
}

std::string_view valueAfter(std::string_view line, std::string_view key)
{
    const auto at = line.find(key);
    if (at == std::string_view::npos)
        return {};
    std::string_view rest = trimLeft(line.substr(at + key.size()));
    std::size_t end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t')
        ++end;
    return rest.substr(0, end);
}

} // namespace poolscope::text
