#include "parse_util.h"

#include <limits>

namespace poolscope::text {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
} // namespace

std::string_view trimLeft(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return s.substr(i);
}

std::string_view trimRight(std::string_view s)
{
    std::size_t n = s.size();
    while (n > 0 && isSpace(s[n - 1]))
        --n;
    return s.substr(0, n);
}

std::string_view trim(std::string_view s)
{
    return trimRight(trimLeft(s));
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

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
    std::uint64_t value = 0;
    int digits = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '`') {
            if (i == 0 || i + 1 == s.size())
                return std::nullopt;
            continue;
        }
        unsigned d;
        if (c >= '0' && c <= '9')
            d = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            d = static_cast<unsigned>(c - 'A' + 10);
        else
            return std::nullopt;
        // Leading zeros do not count: "0x00000000`003efd14" is a valid pointer.
        if (digits > 0 || d != 0)
            ++digits;
        if (digits > 16)
            return std::nullopt;
        value = (value << 4) | d;
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
    std::size_t digits = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '`' && i == 8 && s.size() == 17)
            continue;
        if (!isHexDigit(s[i]))
            return false;
        ++digits;
    }
    return digits == 8 || digits == 16;
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
        m_tokens[m_count++] = line.substr(i, j - i);
        i = j;
    }
}

std::string_view Tokens::operator[](std::size_t i) const
{
    return i < m_count ? m_tokens[i] : std::string_view{};
}

std::string_view Tokens::rest(std::size_t i) const
{
    if (i >= m_count)
        return {};
    const auto start = static_cast<std::size_t>(m_tokens[i].data() - m_line.data());
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
