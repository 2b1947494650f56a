#include "poolmon_capture_lines.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace poolscope {

namespace {

constexpr std::string_view kCaptured = "Captured:";
constexpr std::string_view kElapsed = "Elapsed:";
constexpr std::string_view kHandles = "Handles:";
// A reading that says a process holds more is damaged, not a big system.
constexpr std::uint64_t kMostHandles = std::uint64_t{1} << 32;

// Names go in as they are, except for what would end their field or line.
std::string fieldText(std::string_view name, std::string_view separators)
{
    std::string out;
    out.reserve(name.size());
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            out += '?';
        else if (separators.find(c) != std::string_view::npos)
            out += '_';
        else
            out += c;
    }
    return std::string(text::trim(out));
}

} // namespace

std::string formatCapturedLine(std::chrono::system_clock::time_point when, double elapsedSeconds)
{
    using namespace std::chrono;
    const auto seconds = floor<std::chrono::seconds>(when);
    const auto day = floor<days>(seconds);
    const year_month_day date{day};
    const hh_mm_ss time{seconds - day};
    return fmt::format(" {} {:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC  {} {:.3f} s\n", kCaptured,
                       static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                       static_cast<unsigned>(date.day()), time.hours().count(), time.minutes().count(),
                       time.seconds().count(), kElapsed, elapsedSeconds < 0 ? 0.0 : elapsedSeconds);
}

bool isCapturedLine(std::string_view stripped)
{
    return stripped.starts_with(kCaptured);
}

std::optional<double> readCapturedLine(std::string_view stripped, std::string& why)
{
    const auto at = stripped.find(kElapsed);
    if (at == std::string_view::npos) {
        why = "capture line without 'Elapsed: N s'";
        return std::nullopt;
    }
    std::string_view rest = text::trimLeft(stripped.substr(at + kElapsed.size()));
    double seconds = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), seconds);
    if (error != std::errc() || !std::isfinite(seconds) || seconds < 0) {
        why = fmt::format("capture line: expected seconds after '{}'", kElapsed);
        return std::nullopt;
    }
    return seconds;
}

std::string formatHandlesLine(const HandlesLine& line)
{
    std::string out = fmt::format(" {} {} {}:", kHandles, line.pid, fieldText(line.image, ":"));
    bool first = true;
    for (const auto& [type, count] : line.counts) {
        out += fmt::format("{} {} {}", first ? "" : ",", count, fieldText(type, ","));
        first = false;
    }
    out += '\n';
    return out;
}

bool isHandlesLine(std::string_view stripped)
{
    return stripped.starts_with(kHandles);
}

std::optional<HandlesLine> readHandlesLine(std::string_view stripped, std::string& why)
{
    HandlesLine line;
    std::string_view rest = text::trimLeft(stripped.substr(kHandles.size()));
    std::size_t digits = 0;
    while (digits < rest.size() && text::isDigit(rest[digits]))
        ++digits;
    const auto pid = text::parseDecimal(rest.substr(0, digits));
    if (!pid || *pid > 0xffffffffu) {
        why = "handle counts: expected a process id after 'Handles:'";
        return std::nullopt;
    }
    line.pid = static_cast<std::uint32_t>(*pid);
    rest.remove_prefix(digits);
    const auto colon = rest.find(':');
    if (colon == std::string_view::npos) {
        why = "handle counts: expected ':' after the process's image name";
        return std::nullopt;
    }
    line.image = std::string(text::trim(rest.substr(0, colon)));
    rest.remove_prefix(colon + 1);
    while (!text::trim(rest).empty()) {
        const auto comma = rest.find(',');
        const std::string_view item = text::trim(rest.substr(0, comma));
        std::size_t n = 0;
        while (n < item.size() && text::isDigit(item[n]))
            ++n;
        const auto count = text::parseDecimal(item.substr(0, n));
        const std::string_view type = text::trim(item.substr(n));
        if (!count || n == item.size() || !text::isSpace(item[n]) || type.empty() || *count > kMostHandles) {
            why = fmt::format("handle counts: expected 'COUNT TYPE', got '{}'", item.substr(0, 40));
            return std::nullopt;
        }
        line.counts.emplace_back(std::string(type), *count);
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    return line;
}

} // namespace poolscope
