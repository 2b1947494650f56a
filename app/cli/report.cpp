#include "report.h"

#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::cli {

Cell Cell::text(std::string value)
{
    Cell c;
    c.kind = Kind::Text;
    c.raw = value;
    c.display = std::move(value);
    return c;
}

Cell Cell::number(std::uint64_t value, std::string display)
{
    Cell c;
    c.kind = Kind::Number;
    c.raw = fmt::format("{}", value);
    c.display = std::move(display);
    return c;
}

Cell Cell::number(std::int64_t value, std::string display)
{
    Cell c;
    c.kind = Kind::Number;
    c.raw = fmt::format("{}", value);
    c.display = std::move(display);
    return c;
}

Cell Cell::count(std::uint64_t value)
{
    return number(value, format::count(value));
}

Cell Cell::count(const std::optional<std::uint64_t>& value)
{
    return value ? count(*value) : absent();
}

Cell Cell::bytes(const std::optional<std::uint64_t>& value)
{
    return value ? number(*value, format::bytes(*value)) : absent();
}

Cell Cell::absent()
{
    return {};
}

namespace {

// Terminal width of UTF-8 text: one column per code point is right for the names that
// appear here (paths, images, descriptions).
std::size_t displayWidth(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    return n;
}

std::string clipped(const std::string& s, std::size_t maxWidth)
{
    if (maxWidth == 0 || displayWidth(s) <= maxWidth)
        return s;
    std::string out;
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool starts = (static_cast<unsigned char>(s[i]) & 0xc0) != 0x80;
        if (starts && ++width > maxWidth - 3)
            break;
        out.push_back(s[i]);
    }
    return out + "...";
}

void renderTextTable(std::string& out, const Table& table)
{
    if (!table.title.empty())
        out += table.title + "\n\n";
    if (table.rows.empty()) {
        out += "  " + table.emptyText + "\n";
        return;
    }
    std::vector<std::size_t> widths(table.columns.size());
    std::vector<std::vector<std::string>> cells(table.rows.size());
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        widths[c] = displayWidth(table.columns[c].title);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        cells[r].resize(table.columns.size());
        for (std::size_t c = 0; c < table.columns.size() && c < table.rows[r].size(); ++c) {
            cells[r][c] = clipped(table.rows[r][c].display, table.columns[c].maxWidth);
            widths[c] = std::max(widths[c], displayWidth(cells[r][c]));
        }
    }
    const auto emitRow = [&](const std::vector<std::string>& values) {
        std::string line = " ";
        for (std::size_t c = 0; c < values.size(); ++c) {
            const std::size_t pad = widths[c] - std::min(widths[c], displayWidth(values[c]));
            const bool last = c + 1 == values.size();
            line += "  ";
            if (table.columns[c].rightAlign)
                line += std::string(pad, ' ') + values[c];
            else
                line += values[c] + (last ? std::string() : std::string(pad, ' '));
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    };
    std::vector<std::string> header;
    std::vector<std::string> rule;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        header.push_back(table.columns[c].title);
        rule.push_back(std::string(widths[c], '-'));
    }
    // A two-column figure list ("Nonpaged pool  233 MB") has no column titles: no header.
    const bool titled = std::any_of(header.begin(), header.end(), [](const std::string& h) { return !h.empty(); });
    if (titled) {
        emitRow(header);
        emitRow(rule);
    }
    for (const auto& row : cells)
        emitRow(row);
}

void renderCsvTable(std::string& out, const Table& table)
{
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c)
            out += ',';
        out += format::csvField(table.columns[c].key);
    }
    out += "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c)
                out += ',';
            if (c < row.size())
                out += format::csvField(row[c].raw);
        }
        out += "\r\n";
    }
}

void renderJsonTable(std::string& out, const Table& table)
{
    out += "[";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out += r ? ",\n    {" : "\n    {";
        const auto& row = table.rows[r];
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c)
                out += ", ";
            out += format::jsonString(table.columns[c].key) + ": ";
            if (c >= row.size() || row[c].kind == Cell::Kind::Absent)
                out += "null";
            else if (row[c].kind == Cell::Kind::Number)
                out += row[c].raw;
            else
                out += format::jsonString(row[c].raw);
        }
        out += "}";
    }
    out += table.rows.empty() ? "]" : "\n  ]";
}

void renderJsonStrings(std::string& out, const std::vector<std::string>& values)
{
    out += "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ", ";
        out += format::jsonString(values[i]);
    }
    out += "]";
}

} // namespace

std::string render(const Report& report, OutputFormat format)
{
    std::string out;
    switch (format) {
    case OutputFormat::Text: {
        for (const auto& line : report.lines)
            out += line + "\n";
        bool first = report.lines.empty();
        for (const auto& table : report.tables) {
            if (table.scriptsOnly)
                continue;
            if (!first)
                out += "\n";
            first = false;
            renderTextTable(out, table);
        }
        if (!report.notes.empty()) {
            out += "\n";
            for (const auto& note : report.notes)
                out += note + "\n";
        }
        break;
    }
    case OutputFormat::Csv:
        // Several tables are separated by one empty line; each starts with its header row.
        for (std::size_t t = 0; t < report.tables.size(); ++t) {
            if (t)
                out += "\r\n";
            renderCsvTable(out, report.tables[t]);
        }
        break;
    case OutputFormat::Json:
        out += "{\n  \"command\": " + format::jsonString(report.command) + ",\n";
        out += "  \"source\": " + format::jsonString(report.source) + ",\n";
        for (const auto& table : report.tables) {
            out += "  " + format::jsonString(table.id) + ": ";
            renderJsonTable(out, table);
            out += ",\n";
        }
        out += "  \"notes\": ";
        renderJsonStrings(out, report.notes);
        out += ",\n  \"warnings\": ";
        renderJsonStrings(out, report.warnings);
        out += "\n}\n";
        break;
    }
    return out;
}

} // namespace poolscope::cli
