#pragma once
#include "analysis/report/html_text.h"
#include "model/address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A table of the report: the text a person reads and, for numbers, the raw value the
// sorting script orders by (199 MB sorts above 9.0 MB). Capped tables say how many rows
// they left out and where to find them all.
namespace poolscope::report {

struct Cell {
    std::string text;
    std::string sortKey; // empty: sort by the text
    bool code = false;   // an address or a command: monospace, copied as is

    static Cell plain(std::string text);
    static Cell count(std::uint64_t value);
    static Cell count(const std::optional<std::uint64_t>& value);
    static Cell signedCount(std::int64_t value);
    static Cell bytes(const std::optional<std::uint64_t>& value);
    static Cell signedBytes(const std::optional<std::int64_t>& value);
    static Cell number(double sortValue, std::string text);
    static Cell address(Address value, int pointerSize);
    static Cell address(const std::optional<Address>& value, int pointerSize);
    static Cell pid(const std::optional<std::uint32_t>& value);
    static Cell absent();
};

struct Table {
    struct Column {
        std::string title;
        bool number = false;
    };
    std::string id;
    std::string caption;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::string emptyText = "(none)";
    std::size_t leftOut = 0; // rows beyond the cap
    std::string allRows;     // how to see every row ("poolscope-cli tags FILE")
    bool compact = false;    // a short list of figures: as wide as its text, not the page

    // Adds a row unless the cap is reached; then only counts it.
    bool add(std::vector<Cell> row, std::size_t cap);
};

void writeTable(html::Writer& out, const Table& table);

// "!poolused 2 Thre" in a copyable <code>; several commands separated by "; " each get
// their own.
void writeCommands(html::Writer& out, std::string_view commands);

// A paragraph "Confirm in WinDbg: <code>...</code>".
void writeConfirm(html::Writer& out, std::string_view commands);

} // namespace poolscope::report
