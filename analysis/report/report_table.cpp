#include "report_table.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::report {

using text::phrase;
using text::say;

Cell Cell::plain(std::string text)
{
    return {std::move(text), {}, false};
}

Cell Cell::count(std::uint64_t value)
{
    return {format::count(value), fmt::format("{}", value), false};
}

Cell Cell::count(const std::optional<std::uint64_t>& value)
{
    return value ? count(*value) : absent();
}

Cell Cell::signedCount(std::int64_t value)
{
    return {format::signedCount(value), fmt::format("{}", value), false};
}

Cell Cell::bytes(const std::optional<std::uint64_t>& value)
{
    return value ? Cell{format::bytes(*value), fmt::format("{}", *value), false} : absent();
}

Cell Cell::signedBytes(const std::optional<std::int64_t>& value)
{
    return value ? Cell{format::signedBytes(*value), fmt::format("{}", *value), false} : absent();
}

Cell Cell::number(double sortValue, std::string text)
{
    return {std::move(text), fmt::format("{}", sortValue), false};
}

Cell Cell::address(Address value, int pointerSize)
{
    // Sorted by value: the text's backtick form sorts the same only at one width.
    return {format::address(value, pointerSize), fmt::format("{}", value), true};
}

Cell Cell::address(const std::optional<Address>& value, int pointerSize)
{
    return value ? address(*value, pointerSize) : absent();
}

Cell Cell::pid(const std::optional<std::uint32_t>& value)
{
    // WinDbg prints Cids in hex: the report shows the debugger's form.
    return value ? Cell{fmt::format("{:#x}", *value), fmt::format("{}", *value), true} : absent();
}

Cell Cell::absent()
{
    return {};
}

bool Table::add(std::vector<Cell> row, std::size_t cap)
{
    if (cap && rows.size() >= cap) {
        ++leftOut;
        return false;
    }
    rows.push_back(std::move(row));
    return true;
}

void writeTable(html::Writer& out, const Table& table)
{
    if (table.rows.empty()) {
        if (!table.caption.empty())
            out.element("h4", table.caption);
        out.element("p", table.emptyText, {{"class", "empty"}});
        return;
    }
    // A column no row fills says nothing (a log has no allocation counts, a dump no
    // descriptions for some tags): left out rather than shown empty.
    std::vector<std::size_t> shown;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (std::any_of(table.rows.begin(), table.rows.end(), [c](const auto& row) { return c < row.size() && !row[c].text.empty(); }))
            shown.push_back(c);
    // A list of figures ("Nonpaged pool | 282 MB of 370 MB") has no column titles.
    const bool titled = std::any_of(table.columns.begin(), table.columns.end(), [](const Table::Column& c) { return !c.title.empty(); });
    out.open("div", {{"class", "table-wrap"}});
    out.open("table", {{"id", table.id}, {"class", !titled ? "figures" : table.compact ? "sortable compact" : "sortable"}});
    if (!table.caption.empty())
        out.element("caption", table.caption);
    if (titled) {
        out.open("thead").open("tr");
        for (const std::size_t c : shown)
            out.element("th", table.columns[c].title, {{"class", table.columns[c].number ? "num" : "text"}, {"scope", "col"}});
        out.close().close();
    }
    out.open("tbody");
    for (const auto& row : table.rows) {
        out.open("tr");
        for (const std::size_t c : shown) {
            const Cell cell = c < row.size() ? row[c] : Cell::absent();
            const bool number = table.columns[c].number;
            const char* cls = number ? (cell.code ? "num code" : "num") : (cell.code ? "code" : "");
            if (cell.sortKey.empty())
                out.open("td", {{"class", cls}});
            else
                out.open("td", {{"class", cls}, {"data-sort", cell.sortKey}});
            out.text(cell.text);
            out.close();
        }
        out.close();
    }
    out.close().close().close();
    if (table.leftOut > 0) {
        std::string text
            = say(table.leftOut == 1 ? phrase("Report", "{} more row not shown (the table keeps the first {}).")
                                     : phrase("Report", "{} more rows not shown (the table keeps the first {})."),
                  format::count(table.leftOut), format::count(table.rows.size()));
        if (!table.allRows.empty())
            text += phrase("Report", " All of them: ");
        out.open("p", {{"class", "left-out"}}).text(text);
        if (!table.allRows.empty())
            out.element("code", table.allRows, {{"class", "cmd"}});
        out.close();
    }
}

void writeCommands(html::Writer& out, std::string_view commands)
{
    bool first = true;
    std::size_t from = 0;
    while (from <= commands.size()) {
        const std::size_t end = std::min(commands.find("; ", from), commands.size());
        const std::string_view one = commands.substr(from, end - from);
        if (!one.empty()) {
            if (!first)
                out.text(" ");
            out.element("code", one, {{"class", "cmd"}});
            first = false;
        }
        from = end + 2;
    }
}

void writeConfirm(html::Writer& out, std::string_view commands)
{
    out.open("p", {{"class", "confirm"}});
    out.element("span", phrase("Report", "Confirm in WinDbg: "), {{"class", "label"}});
    writeCommands(out, commands);
    out.close();
}

} // namespace poolscope::report
