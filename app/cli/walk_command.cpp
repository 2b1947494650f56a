#include "commands.h"

#include "analysis/conclusions/leak_queries.h"
#include "analysis/list_walk.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::cli {

namespace {

// The list the user asked for; without --port, --thread or --process-list, the deepest
// port's queue (the !icpleak answer), where the walk of seed 002 starts.
std::optional<ListRef> chosenList(const Context& context)
{
    const Options& o = context.options;
    if (o.thread)
        return ListRef{ListKind::ThreadIrps, *o.thread};
    if (o.port)
        return ListRef{ListKind::PortQueue, *o.port};
    if (o.processList)
        return ListRef{ListKind::ActiveProcesses, 0};
    const auto ranking = rankPorts(context.snapshot);
    if (ranking.empty())
        return std::nullopt;
    return ListRef{ListKind::PortQueue, ranking.front().port->address};
}

// A path keeps its end on a terminal: the file name is what the user recognises.
Cell pathCell(const std::string& path)
{
    constexpr std::size_t kWidth = 40;
    Cell c = Cell::text(path);
    if (path.size() > kWidth)
        c.display = "..." + path.substr(path.size() - (kWidth - 3));
    return c;
}

// Columns no step fills (a log's Status, a dump's Line) are left out on a terminal only:
// scripts get the same columns every time.
void dropEmptyColumns(Table& table)
{
    for (std::size_t c = table.columns.size(); c-- > 2;) {
        const bool empty = std::all_of(table.rows.begin(), table.rows.end(),
                                       [&](const std::vector<Cell>& row) { return row[c].kind == Cell::Kind::Absent; });
        if (!empty || table.rows.empty())
            continue;
        table.columns.erase(table.columns.begin() + static_cast<std::ptrdiff_t>(c));
        for (auto& row : table.rows)
            row.erase(row.begin() + static_cast<std::ptrdiff_t>(c));
    }
}

std::vector<Cell> stepRow(const Snapshot& s, const WalkStep& step)
{
    return {
        step.number ? Cell::count(std::uint64_t{step.number}) : Cell::absent(),
        addressCell(s, step.entry),
        addressCell(s, step.record),
        Cell::text(entryKindName(step.kind)),
        addressCell(s, step.thread),
        !step.processName.empty() ? Cell::text(step.processName) : addressCell(s, step.process),
        !step.fileName.empty() ? pathCell(step.fileName) : addressCell(s, step.file),
        step.status ? Cell::number(std::uint64_t{*step.status}, fmt::format("{:#010x}", *step.status)) : Cell::absent(),
        addressCell(s, step.flink),
        addressCell(s, step.blink),
        step.line ? Cell::number(std::uint64_t{step.line}, std::to_string(step.line)) : Cell::absent(),
        step.note.empty() ? Cell::absent() : Cell::text(step.note),
    };
}

std::vector<Column> stepColumns()
{
    return {
        {"Step", "step", true, 0},
        {"Entry", "entry", false, 0},
        {"Record", "record", false, 0},
        {"Kind", "kind", false, 0},
        {"Thread", "thread", false, 0},
        {"Process", "process", false, 0},
        {"File", "file", false, 0},
        {"Status", "status", false, 0},
        {"Flink", "flink", false, 0},
        {"Blink", "blink", false, 0},
        {"Line", "line", true, 0},
        {"Note", "note", false, 60},
    };
}

const char* endKey(WalkEnd end)
{
    switch (end) {
    case WalkEnd::BackAtHead: return "back_at_head";
    case WalkEnd::Broken: return "broken";
    case WalkEnd::Cycle: return "cycle";
    case WalkEnd::Cap: return "cap";
    case WalkEnd::Gap: return "gap";
    case WalkEnd::Unknown: return "unknown";
    }
    return "unknown";
}

} // namespace

Report runWalk(const Context& context)
{
    const Snapshot& s = context.snapshot;
    Report report;
    report.command = "walk";
    const auto ref = chosenList(context);
    if (!ref) {
        Table empty;
        empty.id = "steps";
        empty.title = fmt::format("No list to walk in {}", s.label);
        empty.columns = stepColumns();
        empty.emptyText = "(no completion port in this source: give --port ADDR, --thread ADDR or --process-list)";
        report.tables.push_back(std::move(empty));
        return report;
    }
    const SnapshotIndex index(s);
    const ListWalk walk = walkList(index, *ref);

    Table steps;
    steps.id = "steps";
    steps.title = fmt::format("Walk of the {}: {}.{} at +{:#x} (offsets: {})", walk.title, walk.recordType, walk.field,
                              walk.fieldOffset, walk.offsetsSource.empty() ? "x64 target" : walk.offsetsSource);
    steps.columns = stepColumns();
    for (const WalkStep& step : walk.steps)
        steps.rows.push_back(stepRow(s, step));
    steps.emptyText = walk.end == WalkEnd::BackAtHead ? "(the list is empty: its head points at itself)"
                                                      : fmt::format("(no entry: {})", walk.ending);

    // The facts a script needs to judge the walk, one per row.
    Table list;
    list.id = "list";
    list.title = "The list";
    list.columns = {{"", "figure", false, 0}, {"", "value", false, 0}};
    const auto fact = [&](const char* label, const std::string& key, Cell value) {
        Cell name = Cell::text(label);
        name.raw = key;
        list.rows.push_back({std::move(name), std::move(value)});
    };
    fact("List", "list", Cell::text(walk.title));
    fact("Head", "head", addressCell(s, walk.head));
    fact("Head.Flink", "head_flink", addressCell(s, walk.headFlink));
    fact("Head.Blink", "head_blink", addressCell(s, walk.headBlink));
    fact("Entries", "entries", Cell::count(walk.total()));
    if (walk.expected)
        fact("Header.SignalState", "signal_state", Cell::count(*walk.expected));
    fact("Ends", "ending", Cell::text(walk.ending));
    fact("End", "end", Cell::text(endKey(walk.end)));
    if (walk.end == WalkEnd::Cycle)
        fact("Closes onto step", "cycle_onto", Cell::count(std::uint64_t{walk.cycleOnto}));
    if (!walk.steps.empty())
        if (const std::string first = containingRecordText(walk, walk.steps.front()); !first.empty())
            fact("Step 1", "first_step", Cell::text(first));
    for (std::size_t i = 0; i < walk.commands.size(); ++i)
        fact(i == 0 ? "WinDbg" : "", i == 0 ? std::string("windbg") : fmt::format("windbg_{}", i + 1),
             Cell::text(walk.commands[i].command));

    Table unreached;
    unreached.id = "unreached";
    unreached.title = "On this list in the source, not reached by the walk";
    unreached.columns = stepColumns();
    for (const WalkStep& step : walk.unreached)
        unreached.rows.push_back(stepRow(s, step));

    // CSV is for tables: the steps alone, one header row.
    const bool csv = context.options.format == OutputFormat::Csv;
    if (context.options.format == OutputFormat::Text) {
        dropEmptyColumns(steps);
        dropEmptyColumns(unreached);
    }
    report.tables.push_back(std::move(steps));
    if (!csv) {
        report.tables.push_back(std::move(list));
        if (!unreached.rows.empty())
            report.tables.push_back(std::move(unreached));
    }
    report.notes.push_back(fmt::format("{}: {}.", walk.title, walk.ending));
    for (const std::string& note : walk.notes)
        report.notes.push_back(note + ".");
    return report;
}

} // namespace poolscope::cli
