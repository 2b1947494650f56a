#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope::cli {

// One value of a table: the text a person reads and the raw value a script reads
// (CSV/JSON get 208968960 where the terminal shows 199 MB).
struct Cell {
    enum class Kind : std::uint8_t { Text, Number, Absent };
    Kind kind = Kind::Absent;
    std::string display;
    std::string raw; // for Number: the digits (may be negative); for Text: the text

    static Cell text(std::string value);
    static Cell number(std::uint64_t value, std::string display);
    static Cell number(std::int64_t value, std::string display);
    static Cell count(std::uint64_t value);
    static Cell count(const std::optional<std::uint64_t>& value);
    static Cell bytes(const std::optional<std::uint64_t>& value);
    static Cell absent();
};

struct Column {
    std::string title; // shown to people
    std::string key;   // CSV header and JSON key
    bool rightAlign = false;
    std::size_t maxWidth = 0; // 0 = no limit; longer text is cut with "..." on a terminal only
};

struct Table {
    std::string id;    // JSON key: "tags", "ports", "holders"
    std::string title; // printed above the table on a terminal
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::string emptyText = "(none)";
    // For scripts only (CSV, JSON): the terminal shows the same in Report::lines.
    bool scriptsOnly = false;
};

// What one command answers: tables plus sentences that explain them.
struct Report {
    std::string command;
    std::string source;
    std::vector<std::string> lines;     // a terminal's own text, before the tables (not in CSV or JSON)
    std::vector<std::string> notes;     // printed after the tables
    std::vector<std::string> warnings;  // what the reader skipped or repaired
    std::vector<Table> tables;
};

enum class OutputFormat : std::uint8_t { Text, Csv, Json };

std::string render(const Report& report, OutputFormat format);

} // namespace poolscope::cli
