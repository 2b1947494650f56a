#include "format.h"

#include <fmt/format.h>

#include <cmath>

namespace poolscope::format {

std::string address(Address value, int pointerSize)
{
    if (pointerSize == 4)
        return fmt::format("{:08x}", static_cast<std::uint32_t>(value));
    return fmt::format("{:08x}`{:08x}", static_cast<std::uint32_t>(value >> 32),
                       static_cast<std::uint32_t>(value));
}

std::string hex(std::uint64_t value)
{
    return fmt::format("{:#x}", value);
}

std::string count(std::uint64_t value)
{
    std::string digits = fmt::format("{}", value);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

namespace {
std::uint64_t magnitude(std::int64_t value)
{
    // Written this way so that INT64_MIN does not overflow.
    return value < 0 ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
}
} // namespace

std::string signedCount(std::int64_t value)
{
    if (value == 0)
        return "0";
    // Built in place: GCC 12 at -O3 warns (-Wrestrict, falsely) on "+" + std::string.
    std::string text = count(magnitude(value));
    text.insert(text.begin(), value < 0 ? '-' : '+');
    return text;
}

std::string bytes(std::uint64_t value)
{
    static constexpr const char* units[] = {"KB", "MB", "GB", "TB", "PB"};
    if (value < 1024)
        return fmt::format("{} B", value);
    double scaled = static_cast<double>(value) / 1024.0;
    std::size_t unit = 0;
    while (scaled >= 1024.0 && unit + 1 < std::size(units)) {
        scaled /= 1024.0;
        ++unit;
    }
    if (scaled >= 100.0)
        return fmt::format("{:.0f} {}", scaled, units[unit]);
    return fmt::format("{:.1f} {}", scaled, units[unit]);
}

std::string signedBytes(std::int64_t value)
{
    if (value == 0)
        return "0 B";
    std::string text = bytes(magnitude(value));
    text.insert(text.begin(), value < 0 ? '-' : '+');
    return text;
}

std::string percent(double fraction)
{
    if (!std::isfinite(fraction))
        return {};
    return fmt::format("{:.0f}%", fraction * 100.0);
}

std::string count(const std::optional<std::uint64_t>& value)
{
    return value ? count(*value) : std::string{};
}

std::string bytes(const std::optional<std::uint64_t>& value)
{
    return value ? bytes(*value) : std::string{};
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string jsonString(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20)
                out += fmt::format("\\u{:04x}", u);
            else
                out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

} // namespace poolscope::format
