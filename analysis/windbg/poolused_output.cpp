#include "pool_output.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

namespace poolscope::windbg {

namespace {

// !poolused [Flags [TagString]]: one row per tag with the outstanding allocations and the
// bytes they use, nonpaged then paged. The numbers are right-aligned under the heading
// (" Tag    Allocs     Used    Allocs     Used") and pooltag.txt's description is glued
// to the last one ("0UNKNOWN pooltag ...", "01394 OHCI host controller driver"), so the
// heading's column ends say where a number stops. Without a heading, tokens decide.
class PoolusedHandler final : public CommandHandler {
public:
    void begin(std::string_view arguments, const TextLine&, LogState&) override
    {
        const text::Tokens words(arguments);
        if (words.size() >= 1)
            if (const auto flags = text::parseNumber(words[0], true))
                m_session = (*flags & 0x8) != 0; // bit 3: session pool
    }

    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view raw = withPlainSpaces(line.text, m_scratch);
        const std::string_view t = text::trim(raw);
        if (t.empty() || text::startsWith(t, "Sorting by") || text::startsWith(t, "Pool Used:") || t == "..."
            || t == "......" || text::startsWith(t, "NonPaged") || text::startsWith(t, "Session"))
            return true;
        const text::Tokens words(t);
        if (words[0] == "Tag")
            return heading(raw, words, line, state);
        if (words[0] == "TOTAL")
            return true; // the sum of the rows: not a tag
        return row(raw, words, line, state);
    }

private:
    enum class Figure : std::uint8_t { Allocs, Frees, Diff, Used };
    struct Column {
        Figure figure = Figure::Used;
        bool paged = false;
        bool kilobytes = false;
        std::size_t end = 0; // one past the last character of the heading word
    };

    bool heading(std::string_view raw, const text::Tokens& words, const TextLine& line, LogState& state)
    {
        m_columns.clear();
        const std::size_t count = words.size() - 1;
        for (std::size_t i = 1; i < words.size() && m_columns.size() < 8; ++i) {
            const std::string_view w = words[i];
            Column c;
            if (text::iStartsWith(w, "Allocs"))
                c.figure = Figure::Allocs;
            else if (text::iStartsWith(w, "Frees"))
                c.figure = Figure::Frees;
            else if (text::iStartsWith(w, "Diff"))
                c.figure = Figure::Diff;
            else if (text::iStartsWith(w, "Used") || text::iStartsWith(w, "Bytes"))
                c.figure = Figure::Used;
            else {
                state.builder.skipLine(state.at(line), fmt::format("!poolused: unknown column '{}' in the heading", w));
                m_columns.clear();
                return true;
            }
            c.kilobytes = text::iFind(w, "K") != std::string_view::npos && !text::iStartsWith(w, "K");
            // The first half of the columns is nonpaged pool, the second half paged.
            c.paged = (i - 1) >= count / 2;
            c.end = static_cast<std::size_t>(w.data() - raw.data()) + w.size();
            m_columns.push_back(c);
        }
        return true;
    }

    bool row(std::string_view raw, const text::Tokens& words, const TextLine& line, LogState& state)
    {
        const std::size_t columns = m_columns.empty() ? 4 : m_columns.size();
        if (words.size() < columns + 1 || words[0].size() > 4) {
            state.builder.skipLine(state.at(line),
                                   fmt::format("!poolused: expected a tag and {} numbers", columns));
            return true;
        }
        std::array<std::uint64_t, 8> values{};
        std::string_view description;
        // Where the first number ends against its heading: a row that is one column off
        // (" rx..       3") keeps the same offset for the glued last number.
        std::ptrdiff_t shift = 0;
        for (std::size_t i = 0; i < columns; ++i) {
            std::string_view word = words[i + 1];
            const std::size_t start = static_cast<std::size_t>(word.data() - raw.data());
            if (i == 0 && !m_columns.empty())
                shift = static_cast<std::ptrdiff_t>(start + word.size()) - static_cast<std::ptrdiff_t>(m_columns[0].end);
            if (i + 1 == columns) {
                // The last number and the description glued to it.
                std::size_t digits = 0;
                while (digits < word.size() && text::isDigit(word[digits]))
                    ++digits;
                const std::size_t end = std::min(raw.size(), start + word.size());
                const bool textFollows = !text::trim(raw.substr(end)).empty();
                // The verbose table puts a TAB before the description: the number is whole.
                const bool tabbed = end < raw.size() && raw[end] == '\t';
                digits = tabbed ? digits : lastNumberLength(word, digits, start, i, shift, textFollows);
                description = text::trim(raw.substr(start + digits));
                word = word.substr(0, digits);
            }
            const auto value = text::parseDecimal(word);
            if (!value) {
                state.builder.skipLine(state.at(line), fmt::format("!poolused {}: '{}' is not a number", words[0], words[i + 1]));
                return true;
            }
            values[i] = *value;
        }
        store(words[0], values, columns, description, line, state);
        return true;
    }

    // How many of the leading digits of the last column are the number, the rest being the
    // description glued to it. Numbers are never printed with a leading zero, so "01394 OHCI"
    // is 0 and "1394 OHCI ..."; a number wider than its column ("124567552Internal") runs
    // past the heading's end and keeps all its digits; otherwise the heading's column end
    // decides ("101394 OHCI" is 10).
    std::size_t lastNumberLength(std::string_view word, std::size_t digits, std::size_t start, std::size_t column,
                                 std::ptrdiff_t shift, bool textFollows) const
    {
        if (digits > 1 && word[0] == '0')
            return 1;
        // Digits running straight into letters: all of them are the number (it may have
        // overflowed its column). A word of digits with more text after it: the description
        // starts with a number, and the heading says where the figure ends.
        if (m_columns.empty() || digits < word.size() || !textFollows)
            return digits;
        const std::ptrdiff_t cut = static_cast<std::ptrdiff_t>(m_columns[column].end) + shift - static_cast<std::ptrdiff_t>(start);
        return cut > 0 && static_cast<std::size_t>(cut) < digits ? static_cast<std::size_t>(cut) : digits;
    }

    void store(std::string_view tagText, const std::array<std::uint64_t, 8>& values, std::size_t columns,
               std::string_view description, const TextLine& line, LogState& state)
    {
        struct Pool {
            std::optional<std::uint64_t> allocs, frees, diff, used;
        } pools[2];
        for (std::size_t i = 0; i < columns; ++i) {
            const Column c = m_columns.empty() ? Column{i % 2 == 0 ? Figure::Allocs : Figure::Used, i >= 2, false, 0}
                                               : m_columns[i];
            Pool& pool = pools[c.paged ? 1 : 0];
            const std::uint64_t v = c.kilobytes ? values[i] * 1024 : values[i];
            switch (c.figure) {
            case Figure::Allocs:
                pool.allocs = v;
                break;
            case Figure::Frees:
                pool.frees = v;
                break;
            case Figure::Diff:
                pool.diff = v;
                break;
            case Figure::Used:
                pool.used = v;
                break;
            }
        }
        std::string driver;
        std::string_view text = description;
        if (text::startsWith(text, "UNKNOWN pooltag"))
            text = {};
        if (const std::size_t binary = text.find(", Binary:"); binary != std::string_view::npos) {
            driver = std::string(text::trim(text.substr(binary + 9)));
            text = text::trim(text.substr(0, binary));
        }
        const PoolTag tag(tagText);
        const PoolType nonPaged = m_session ? PoolType::SessionNonPaged : PoolType::NonPaged;
        const PoolType paged = m_session ? PoolType::SessionPaged : PoolType::Paged;
        const auto hasFigures = [](const Pool& p) {
            return p.allocs.value_or(0) != 0 || p.used.value_or(0) != 0 || p.diff.value_or(0) != 0;
        };
        for (int i = 0; i < 2; ++i) {
            const Pool& p = pools[i];
            // A tag with nothing in either pool still gets its nonpaged row: listed, not lost.
            if (!hasFigures(p) && (i == 1 || hasFigures(pools[1])))
                continue;
            PoolTagStat& stat = state.builder.poolTag(tag, i == 0 ? nonPaged : paged, state.at(line));
            // In !poolused, "Allocs" is what is outstanding now; with the verbose columns,
            // Diff is, and Allocs/Frees are the running totals.
            if (p.diff) {
                stat.outstanding = static_cast<std::int64_t>(*p.diff);
                stat.allocs = p.allocs;
                stat.frees = p.frees;
            } else if (p.allocs) {
                stat.outstanding = static_cast<std::int64_t>(*p.allocs);
            }
            stat.bytes = p.used;
            if (p.used && stat.outstanding && *stat.outstanding > 0)
                stat.bytesPerAlloc = *p.used / static_cast<std::uint64_t>(*stat.outstanding);
            if (stat.description.empty())
                stat.description = std::string(text);
            if (stat.driver.empty())
                stat.driver = driver;
        }
    }

    std::string m_scratch;
    bool m_session = false;
    std::vector<Column> m_columns; // from the heading; empty until one is seen
};

} // namespace

std::unique_ptr<CommandHandler> makePoolusedHandler()
{
    return std::make_unique<PoolusedHandler>();
}

bool startsPoolusedOutput(std::string_view line)
{
    const std::string_view t = text::trim(line);
    if (text::startsWith(t, "Sorting by "))
        return t.find("Tag") != std::string_view::npos || t.find("Pool") != std::string_view::npos;
    // The column heading, when the paste starts below "Sorting by": " Tag    Allocs    Frees
    // Diff     Used   Allocs ..." or " Tag    Allocs     Used    Allocs     Used".
    const text::Tokens words(t);
    return words[0] == "Tag" && words[1] == "Allocs" && (words[2] == "Used" || words[2] == "Frees")
        && (words.size() == 5 || words.size() == 9);
}

} // namespace poolscope::windbg
