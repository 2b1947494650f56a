// Growth over a series (the CLI's `series`) and a comparison with a baseline (the CLI's
// `diff`): the two views of change a report can hold.
#include "report_sections.h"
#include "report_table.h"

#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/snapshot_compare.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace poolscope::report {

using text::phrase;
using text::say;

namespace {

std::string side(CompareSide s)
{
    // Display only: the report's own column, not the key views/irp_view.cpp compares.
    return s == CompareSide::Both     ? std::string()
        : s == CompareSide::AfterOnly ? std::string(phrase("Report", "new"))
                                      : std::string(phrase("Report", "gone"));
}

// Largest growth first; absent changes last.
template <typename Row, typename Get>
void byDelta(std::vector<Row>& rows, Get get)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const Row& a, const Row& b) { return get(a).value_or(INT64_MIN) > get(b).value_or(INT64_MIN); });
}

Cell signedCountCell(const std::optional<std::int64_t>& value)
{
    return value ? Cell::signedCount(*value) : Cell::absent();
}

} // namespace

Section growthSection(const SectionContext& context)
{
    const SnapshotSeries& series = context.series();
    html::Writer out;
    context.writeCharts(out, "growth");
    Table table;
    table.id = "growth-table";
    table.caption = say(phrase("Report", "Growth of each tag over {} snapshots, leaking tags first"), series.size());
    table.columns
        = {{phrase("Report", "Tag"), false},   {phrase("Report", "Pool"), false}, {phrase("Report", "Rate"), true},
           {phrase("Report", "Steady"), true}, {phrase("Report", "First"), true}, {phrase("Report", "Last"), true},
           {phrase("Report", "Leak"), false},  {phrase("Report", "Why"), false}};
    table.allRows = "poolscope-cli series " + context.fileArgument();
    std::size_t leaking = 0;
    for (const TagGrowth& g : analyzeGrowth(series)) {
        leaking += g.leaking;
        const auto rate = static_cast<std::int64_t>(std::llround(g.bytesRate));
        table.add({Cell{g.tag.display(), {}, true}, Cell::plain(std::string(poolTypeName(g.type))),
                   Cell::number(static_cast<double>(rate),
                                say(g.perSecond ? phrase("Report", "{}/s") : phrase("Report", "{}/screen"),
                                    format::signedBytes(rate))),
                   Cell::number(g.steadiness, format::percent(g.steadiness)), Cell::bytes(g.firstBytes),
                   Cell::bytes(g.lastBytes), Cell::plain(g.leaking ? phrase("Report", "yes") : phrase("Report", "no")),
                   Cell::plain(g.explanation)},
                  context.input.topRows);
    }
    writeTable(out, table);
    out.element("p",
                leaking ? say(leaking == 1 ? phrase("Report", "{} tag grow steadily: the first rows.")
                                           : phrase("Report", "{} tags grow steadily: the first rows."),
                              leaking)
                        : std::string(phrase("Report", "No tag grows steadily over these snapshots.")),
                {{"class", "note"}});
    writeConfirm(out, "!poolused 2; !poolused 4");
    out.element("p",
                phrase("Report", "Taken twice, some minutes apart, !poolused shows the same growth on a live system."),
                {{"class", "note"}});
    return {"growth", phrase("Report", "Growth over the series"), out.finish()};
}

Section comparisonSection(const SectionContext& context)
{
    const Snapshot& after = context.snapshot;
    const Snapshot& before = *context.input.baseline;
    const std::size_t cap = context.input.topRows;
    html::Writer out;
    const std::string beforeName = context.input.baselineLabel.empty() ? before.label : context.input.baselineLabel;
    out.element("p", say(phrase("Report", "Before: {}. After: {}."), beforeName, after.label), {{"class", "note"}});
    const SummaryComparison summary = compareSummaries(before, after);
    if (summary.nonPagedDelta || summary.pagedDelta) {
        out.open("ul");
        if (summary.nonPagedDelta)
            out.element(
                "li", say(phrase("Report", "Nonpaged pool in use: {}."), format::signedBytes(*summary.nonPagedDelta)));
        if (summary.pagedDelta)
            out.element("li",
                        say(phrase("Report", "Paged pool in use: {}."), format::signedBytes(*summary.pagedDelta)));
        out.close();
    }

    auto tags = compareTags(before, after);
    byDelta(tags, [](const TagComparison& c) { return c.bytesDelta; });
    Table tagTable;
    tagTable.id = "compare-tags";
    tagTable.caption = phrase("Report", "Pool tags, largest growth first");
    tagTable.columns = {{phrase("Report", "Tag"), false},
                        {phrase("Report", "Pool"), false},
                        {phrase("Report", "Bytes before"), true},
                        {phrase("Report", "Bytes after"), true},
                        {phrase("Report", "Change"), true},
                        {phrase("Report", "Outstanding change"), true},
                        {"", false}};
    for (const TagComparison& c : tags)
        tagTable.add({Cell{c.tag.display(), {}, true}, Cell::plain(std::string(poolTypeName(c.type))),
                      Cell::bytes(c.before ? c.before->bytes : std::nullopt), Cell::bytes(c.after ? c.after->bytes : std::nullopt),
                      Cell::signedBytes(c.bytesDelta), signedCountCell(c.outstandingDelta), Cell::plain(side(c.side))},
                     cap);
    writeTable(out, tagTable);

    auto ports = comparePorts(before, after);
    byDelta(ports, [](const PortComparison& c) { return c.depthDelta; });
    Table portTable;
    portTable.id = "compare-ports";
    portTable.caption = phrase("Report", "Completion ports, queued entries");
    portTable.columns = {{phrase("Report", "Port"), false},
                         {phrase("Report", "Before"), true},
                         {phrase("Report", "After"), true},
                         {phrase("Report", "Change"), true},
                         {"", false}};
    for (const PortComparison& c : ports)
        portTable.add({Cell::address(c.port, after.pointerSize), Cell::count(c.depthBefore), Cell::count(c.depthAfter),
                       signedCountCell(c.depthDelta), Cell::plain(side(c.side))},
                      cap);
    if (!portTable.rows.empty())
        writeTable(out, portTable);

    auto handles = compareHandleTypes(before, after);
    byDelta(handles, [](const HandleTypeComparison& c) { return c.countDelta; });
    Table handleTable;
    handleTable.id = "compare-handles";
    handleTable.caption = phrase("Report", "Handles per process and object type");
    handleTable.columns = {{phrase("Report", "Process"), false}, {phrase("Report", "PID"), true},
                           {phrase("Report", "Image"), false},   {phrase("Report", "Type"), false},
                           {phrase("Report", "Before"), true},   {phrase("Report", "After"), true},
                           {phrase("Report", "Change"), true},   {"", false}};
    for (const HandleTypeComparison& c : handles)
        handleTable.add({Cell::address(c.process, after.pointerSize), Cell::pid(c.pid), Cell::plain(c.image), Cell::plain(c.type),
                         Cell::count(c.before), Cell::count(c.after), signedCountCell(c.countDelta), Cell::plain(side(c.side))},
                        cap);
    if (!handleTable.rows.empty())
        writeTable(out, handleTable);
    if (!tags.empty() && tags.front().bytesDelta && *tags.front().bytesDelta > 0)
        out.element("p",
                    say(phrase("Report", "Grew most: {} ({}) by {}."), tags.front().tag.display(),
                        poolTypeName(tags.front().type), format::signedBytes(*tags.front().bytesDelta)),
                    {{"class", "note"}});
    return {"comparison", phrase("Report", "Compared with a baseline"), out.finish()};
}

} // namespace poolscope::report
