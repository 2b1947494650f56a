#include "commands.h"

#include "analysis/conclusions/snapshot_compare.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::cli {

namespace {

Cell signedCell(const std::optional<std::int64_t>& v, bool bytes)
{
    if (!v)
        return Cell::absent();
    return Cell::number(*v, bytes ? format::signedBytes(*v) : format::signedCount(*v));
}

std::string change(CompareSide side)
{
    return side == CompareSide::Both ? std::string() : side == CompareSide::AfterOnly ? "new" : "gone";
}

// Largest growth first; absent deltas last.
template <typename Row, typename Get>
void byDelta(std::vector<Row>& rows, Get get)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        return get(a).value_or(INT64_MIN) > get(b).value_or(INT64_MIN);
    });
}

} // namespace

Report runDiff(const Context& context)
{
    const Snapshot& after = context.snapshot;
    const Snapshot& before = *context.baseline;
    const std::size_t top = context.options.tagQuery.top;
    Report report;
    report.command = "diff";
    if (std::string caveat = comparisonCaveat(before, after); !caveat.empty())
        report.warnings.push_back(std::move(caveat));

    auto tags = compareTags(before, after);
    byDelta(tags, [](const TagComparison& c) { return c.bytesDelta; });
    Table tagTable;
    tagTable.id = "tags";
    tagTable.title = "Pool tags, largest growth first";
    tagTable.columns = {{"Tag", "tag", false, 0},           {"Pool", "pool", false, 0},
                        {"Bytes before", "bytes_before", true, 0}, {"Bytes after", "bytes_after", true, 0},
                        {"Change", "bytes_delta", true, 0},  {"Outstanding change", "outstanding_delta", true, 0},
                        {"", "side", false, 0}};
    for (const TagComparison& c : tags) {
        if (top && tagTable.rows.size() >= top)
            break;
        tagTable.rows.push_back({Cell::text(std::string(c.tag.chars())), Cell::text(std::string(poolTypeName(c.type))),
                                 Cell::bytes(c.before ? c.before->bytes : std::nullopt),
                                 Cell::bytes(c.after ? c.after->bytes : std::nullopt), signedCell(c.bytesDelta, true),
                                 signedCell(c.outstandingDelta, false), Cell::text(change(c.side))});
    }
    report.tables.push_back(std::move(tagTable));

    auto ports = comparePorts(before, after);
    byDelta(ports, [](const PortComparison& c) { return c.depthDelta; });
    Table portTable;
    portTable.id = "ports";
    portTable.title = "Completion ports, queued entries";
    portTable.columns = {{"Port", "port", false, 0},       {"Before", "queued_before", true, 0},
                         {"After", "queued_after", true, 0}, {"Change", "queued_delta", true, 0},
                         {"", "side", false, 0}};
    for (const PortComparison& c : ports) {
        if (top && portTable.rows.size() >= top)
            break;
        portTable.rows.push_back({addressCell(after, c.port), Cell::count(c.depthBefore), Cell::count(c.depthAfter),
                                  signedCell(c.depthDelta, false), Cell::text(change(c.side))});
    }
    report.tables.push_back(std::move(portTable));

    auto handles = compareHandleTypes(before, after);
    byDelta(handles, [](const HandleTypeComparison& c) { return c.countDelta; });
    Table handleTable;
    handleTable.id = "handles";
    handleTable.title = "Handles per process and object type";
    handleTable.columns = {{"Process", "process", false, 0}, {"PID", "pid", true, 0},        {"Image", "image", false, 0},
                           {"Type", "type", false, 0},       {"Before", "before", true, 0}, {"After", "after", true, 0},
                           {"Change", "delta", true, 0},     {"", "side", false, 0}};
    for (const HandleTypeComparison& c : handles) {
        if (top && handleTable.rows.size() >= top)
            break;
        handleTable.rows.push_back({addressCell(after, c.process), pidCell(c.pid), Cell::text(c.image), Cell::text(c.type),
                                    Cell::count(c.before), Cell::count(c.after), signedCell(c.countDelta, false),
                                    Cell::text(change(c.side))});
    }
    report.tables.push_back(std::move(handleTable));

    // Objects whose counts changed, or that appeared or vanished: what keeps them alive.
    auto objects = compareObjects(before, after);
    std::erase_if(objects, [](const ObjectComparison& c) {
        return c.side == CompareSide::Both && c.handleCountDelta.value_or(0) == 0 && c.pointerCountDelta.value_or(0) == 0;
    });
    byDelta(objects, [](const ObjectComparison& c) { return c.pointerCountDelta; });
    Table objectTable;
    objectTable.id = "objects";
    objectTable.title = "Objects whose counts changed";
    objectTable.columns = {{"Object", "object", false, 0},          {"Type", "type", false, 0},
                           {"Handles change", "handle_count_delta", true, 0}, {"Pointers change", "pointer_count_delta", true, 0},
                           {"", "side", false, 0}};
    for (const ObjectComparison& c : objects) {
        if (top && objectTable.rows.size() >= top)
            break;
        const KernelObject* o = c.after ? c.after : c.before;
        objectTable.rows.push_back({addressCell(after, c.address), Cell::text(o->type), signedCell(c.handleCountDelta, false),
                                    signedCell(c.pointerCountDelta, false), Cell::text(change(c.side))});
    }
    report.tables.push_back(std::move(objectTable));

    const SummaryComparison summary = compareSummaries(before, after);
    if (summary.nonPagedDelta)
        report.notes.push_back(fmt::format("Nonpaged pool in use: {}.", format::signedBytes(*summary.nonPagedDelta)));
    if (summary.pagedDelta)
        report.notes.push_back(fmt::format("Paged pool in use: {}.", format::signedBytes(*summary.pagedDelta)));
    if (!tags.empty() && tags.front().bytesDelta && *tags.front().bytesDelta > 0)
        report.notes.push_back(fmt::format("Grew most: '{}' ({}) by {}.", tags.front().tag.display(),
                                           poolTypeName(tags.front().type), format::signedBytes(*tags.front().bytesDelta)));
    return report;
}

} // namespace poolscope::cli
