#include "capture_screen.h"

#include "analysis/poolmon_capture_lines.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace poolscope::capture {

namespace {

constexpr std::uint64_t kKilobyte = 1024;

// poolmon prints the tag's bytes raw. A byte that would break the row (a NUL, a line break)
// is shown as poolmon's own console shows it, a blank or '?'.
PoolTag printableTag(PoolTag tag)
{
    std::string chars(tag.chars());
    for (char& c : chars) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            c = ' ';
        else if (u < 0x20 || u >= 0x7f)
            c = '?';
    }
    if (chars.find_first_not_of(' ') == std::string::npos)
        chars = "????";
    return PoolTag(chars);
}

struct Row {
    PoolTag tag;
    bool paged = false;
    std::uint64_t allocs = 0, frees = 0, bytes = 0;
};

// Every (tag, pool) with any allocation; tags that print alike are one row, so that no
// (tag, pool) appears twice on a screen (the reader would take a repeat for a new screen).
std::map<std::pair<PoolTag, bool>, Row> rowsOf(const std::vector<PoolTagCounters>& table)
{
    std::map<std::pair<PoolTag, bool>, Row> rows;
    const auto add = [&](PoolTag tag, bool paged, std::uint64_t allocs, std::uint64_t frees, std::uint64_t bytes) {
        if (allocs == 0 && frees == 0 && bytes == 0)
            return;
        Row& row = rows[{tag, paged}];
        row.tag = tag;
        row.paged = paged;
        row.allocs += allocs;
        row.frees += frees;
        row.bytes += bytes;
    };
    for (const PoolTagCounters& t : table) {
        const PoolTag tag = printableTag(t.tag);
        add(tag, true, t.pagedAllocs, t.pagedFrees, t.pagedBytes);
        add(tag, false, t.nonPagedAllocs, t.nonPagedFrees, t.nonPagedBytes);
    }
    return rows;
}

// The kernel's counters are 32-bit and wrap: outstanding is their difference modulo 2^32.
std::int64_t outstanding(const Row& row)
{
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(row.allocs - row.frees));
}

std::int64_t change(std::uint64_t now, std::uint64_t before)
{
    return static_cast<std::int64_t>(now - before);
}

void writeHeader(std::string& out, const SystemMemory& m)
{
    const auto k = [](std::uint64_t bytes) { return bytes / kKilobyte; };
    if (m.physical && m.available && m.pageFaults && m.kernelInRam && m.pagedInRam)
        out += fmt::format(" Memory:{:>8}K Avail:{:>8}K  PageFlts:{:>6}   InRam Krnl:{:>5}K P:{:>5}K\n", k(*m.physical),
                           k(*m.available), *m.pageFaults, k(*m.kernelInRam), k(*m.pagedInRam));
    if (m.commit && m.commitLimit && m.commitPeak && m.nonPagedPool && m.pagedPool)
        out += fmt::format(" Commit:{:>8}K Limit:{:>8}K Peak:{:>8}K            Pool N:{:>6}K P:{:>6}K\n", k(*m.commit),
                           k(*m.commitLimit), k(*m.commitPeak), k(*m.nonPagedPool), k(*m.pagedPool));
}

void writeRows(std::string& out, const SystemReading& reading, const SystemReading* previous)
{
    out += " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n\n";
    if (!reading.poolTags)
        return;
    const auto rows = rowsOf(*reading.poolTags);
    std::map<std::pair<PoolTag, bool>, Row> before;
    const bool deltas = previous && previous->poolTags;
    if (deltas)
        before = rowsOf(*previous->poolTags);
    std::vector<const Row*> order;
    order.reserve(rows.size());
    for (const auto& [key, row] : rows)
        order.push_back(&row);
    std::stable_sort(order.begin(), order.end(), [](const Row* a, const Row* b) { return a->bytes > b->bytes; });
    for (const Row* row : order) {
        const std::int64_t diff = outstanding(*row);
        const std::uint64_t perAlloc = diff > 0 ? row->bytes / static_cast<std::uint64_t>(diff) : 0;
        const std::string_view tag = row->tag.chars();
        const char* type = row->paged ? "Paged" : "Nonp ";
        if (!deltas) {
            out += fmt::format(" {} {} {:>9} {:>9} {:>8} {:>7} {:>6}\n", tag, type, row->allocs, row->frees, diff,
                               row->bytes, perAlloc);
            continue;
        }
        Row was;
        if (const auto it = before.find({row->tag, row->paged}); it != before.end())
            was = it->second;
        out += fmt::format(" {} {} {:>9} ({:>4}) {:>9} ({:>4}) {:>8} {:>7} ({:>6}) {:>6}\n", tag, type, row->allocs,
                           change(row->allocs, was.allocs), row->frees, change(row->frees, was.frees), diff,
                           row->bytes, change(row->bytes, was.bytes), perAlloc);
    }
}

void writeHandles(std::string& out, const SystemReading& reading)
{
    if (!reading.handles)
        return;
    std::vector<HandlesLine> lines;
    for (const ProcessHandles& p : *reading.handles) {
        HandlesLine line{p.pid, p.image, p.byType};
        std::erase_if(line.counts, [](const auto& c) { return c.second == 0; });
        if (line.counts.empty())
            continue;
        std::sort(line.counts.begin(), line.counts.end(),
                  [](const auto& a, const auto& b) { return std::tie(b.second, a.first) < std::tie(a.second, b.first); });
        lines.push_back(std::move(line));
    }
    const auto total = [](const HandlesLine& l) {
        std::uint64_t n = 0;
        for (const auto& c : l.counts)
            n += c.second;
        return n;
    };
    std::stable_sort(lines.begin(), lines.end(), [&](const HandlesLine& a, const HandlesLine& b) {
        const auto ta = total(a), tb = total(b);
        return ta != tb ? ta > tb : a.pid < b.pid;
    });
    if (!lines.empty())
        out += '\n';
    for (const HandlesLine& line : lines)
        out += formatHandlesLine(line);
}

} // namespace

std::string screenText(const SystemReading& reading, const SystemReading* previous, double elapsedSeconds)
{
    std::string out = formatCapturedLine(reading.when, elapsedSeconds);
    writeHeader(out, reading.memory);
    writeRows(out, reading, previous);
    writeHandles(out, reading);
    out += '\n';
    return out;
}

} // namespace poolscope::capture
