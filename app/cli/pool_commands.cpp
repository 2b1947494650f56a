// poolfind and pool: a dump's pool looked up by tag or by address, the way !poolfind and
// !pool do it in WinDbg, at the speed of the mapped file.
#include "commands.h"

#include "analysis/conclusions/pool_groups.h"
#include "analysis/dump/pool/block_inspection.h"
#include "analysis/dump/pool/dump_pool.h"
#include "analysis/dump/pool/pool_census.h"
#include "analysis/dump/pool/pool_contents.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::cli {

namespace {

const DumpPool& poolOf(const Context& context)
{
    if (!context.source.pool)
        throw SourceRefused(fmt::format(
            "{} reads a kernel dump's pool pages, and this file is a {}; the !poolfind and !pool output a log holds "
            "is in `tags` and `summary`",
            context.options.command, sourceKindName(context.source.kind)));
    return *context.source.pool;
}

std::string stateText(BlockState state)
{
    switch (state) {
    case BlockState::Allocated: return "allocated";
    case BlockState::Free: return "free";
    case BlockState::Undetermined: return "undetermined";
    }
    return {};
}

std::string backendText(PoolBackend backend)
{
    switch (backend) {
    case PoolBackend::Lfh: return "lfh";
    case PoolBackend::Vs: return "vs";
    case PoolBackend::Big: return "big";
    case PoolBackend::Classic: return "classic";
    case PoolBackend::HeaderScan: return "header-scan";
    }
    return {};
}

Table blockTable(const Snapshot& s, const std::vector<PoolAllocation>& blocks, const std::vector<BlockContents>& contents,
                 const PointerNamer& namer)
{
    Table t;
    t.id = "blocks";
    t.title = "Blocks";
    t.scriptsOnly = true;
    t.columns = {{"Block", "block", false, 0},           {"Tag", "tag", false, 0},
                 {"Size", "bytes", true, 0},             {"Pool", "pool", false, 0},
                 {"Found in", "backend", false, 0},      {"State", "state", false, 0},
                 {"Object", "object_type", false, 0},    {"Body", "object_body", false, 0},
                 {"Handles", "handle_count", true, 0},   {"Pointers", "pointer_count", true, 0},
                 {"Object state", "object_state", false, 0}, {"Owner", "owner", false, 0},
                 {"First pointer", "first_pointer", false, 0}, {"Points at", "points_at", false, 0}};
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const PoolAllocation& b = blocks[i];
        const BlockContents& c = contents[i];
        std::vector<Cell> row{addressCell(s, b.block),
                              Cell::text(PoolTag::fromKey(b.tag).display()),
                              Cell::number(std::uint64_t{b.bytes}, fmt::format("{:#x}", b.bytes)),
                              Cell::text(std::string(poolTypeName(b.type))),
                              Cell::text(backendText(b.backend)),
                              Cell::text(stateText(b.state))};
        if (c.object) {
            row.push_back(Cell::text(c.object->type));
            row.push_back(addressCell(s, c.object->body));
            row.push_back(Cell::count(static_cast<std::uint64_t>(c.object->handleCount)));
            row.push_back(Cell::count(static_cast<std::uint64_t>(c.object->pointerCount)));
            row.push_back(Cell::text(blockKeyValue(BlockKey::State, b, c, namer)));
            row.push_back(Cell::text(blockKeyValue(BlockKey::Owner, b, c, namer)));
        } else {
            for (int k = 0; k < 6; ++k)
                row.push_back(Cell::absent());
        }
        if (c.firstPointer && !c.object) {
            row.push_back(addressCell(s, *c.firstPointer));
            row.push_back(Cell::text(namer(*c.firstPointer)));
        } else {
            row.push_back(Cell::absent());
            row.push_back(Cell::absent());
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table groupTable(const BlockGrouping& grouping, const std::vector<PoolAllocation>& blocks)
{
    Table t;
    t.id = "groups";
    t.title = "Blocks by " + [&] {
        std::vector<std::string> names;
        for (const BlockKey key : grouping.keys)
            names.emplace_back(blockKeyName(key));
        return fmt::format("{}", fmt::join(names, ", "));
    }();
    for (const BlockKey key : grouping.keys)
        t.columns.push_back({blockKeyTitle(key), std::string(blockKeyName(key)), key == BlockKey::Size, 48});
    t.columns.push_back({"Blocks", "blocks", true, 0});
    t.columns.push_back({"Share", "share", true, 0});
    t.columns.push_back({"Bytes", "bytes", true, 0});
    t.columns.push_back({"Sample block", "sample", false, 0});
    for (const BlockGroupRow& row : grouping.rows) {
        std::vector<Cell> cells;
        for (const std::string& v : row.values)
            cells.push_back(Cell::text(v));
        cells.push_back(Cell::count(row.blocks));
        const double share = static_cast<double>(row.blocks) / static_cast<double>(std::max<std::uint64_t>(grouping.blocks, 1));
        // A group of a few blocks among 300,000 is not none: "<1%" on a terminal, the fraction for scripts.
        cells.push_back(Cell{Cell::Kind::Number, share < 0.005 ? std::string("<1%") : format::percent(share),
                             fmt::format("{:.4f}", share)});
        cells.push_back(Cell::bytes(row.bytes));
        cells.push_back(Cell::text(format::address(blocks[row.sample].block)));
        t.rows.push_back(std::move(cells));
    }
    return t;
}

} // namespace

Report runPoolfind(const Context& context)
{
    const DumpPool& pool = poolOf(context);
    const Options& o = context.options;
    const PoolTag tag(o.poolTag);
    Report report;
    report.command = "poolfind";
    PoolFound found = pool.find(tag);
    std::vector<PoolAllocation> blocks;
    for (const PoolAllocation& b : found.blocks)
        if (!o.poolType || (isPaged(*o.poolType) == isPaged(b.type)))
            blocks.push_back(b);
    const std::vector<BlockContents> contents = pool.contents(blocks);
    const PointerNamer namer = poolPointerNamer(pool, context.snapshot.modules);

    std::uint64_t allocated = 0, free = 0, undetermined = 0;
    for (const PoolAllocation& b : blocks)
        (b.state == BlockState::Allocated ? allocated : b.state == BlockState::Free ? free : undetermined) += 1;

    report.lines = poolfindHeading(pool, tag);
    if (o.blockGroups.empty()) {
        report.lines.emplace_back();
        for (const PoolAllocation& b : blocks)
            if (b.state != BlockState::Free)
                report.lines.push_back(poolfindLine(b));
        if (o.listFree && free) {
            report.lines.emplace_back();
            report.lines.push_back(fmt::format("Free blocks that still carry the tag '{}' (the heap says free; not "
                                               "allocations):",
                                               tag.display()));
            for (const PoolAllocation& b : blocks)
                if (b.state == BlockState::Free)
                    report.lines.push_back(poolfindLine(b));
        }
        report.tables.push_back(blockTable(context.snapshot, blocks, contents, namer));
    } else {
        report.tables.push_back(groupTable(groupBlocks(blocks, contents, o.blockGroups, namer, o.listFree), blocks));
    }

    // The count held against the tracker table of the same dump, per pool.
    std::vector<PoolTagScan> scans;
    for (const PoolType type : {PoolType::NonPaged, PoolType::Paged}) {
        PoolTagScan scan;
        scan.tag = tag;
        scan.type = type;
        for (const PoolAllocation& b : blocks)
            if (isPaged(b.type) == isPaged(type)) {
                if (b.state == BlockState::Allocated)
                    ++scan.allocated;
                else if (b.state == BlockState::Undetermined)
                    ++scan.undetermined;
            }
        scans.push_back(scan);
    }
    holdAgainstTracker(scans, context.snapshot.poolTags);
    for (const PoolTagScan& scan : scans) {
        if (scan.tag != tag || (scan.allocated + scan.undetermined == 0 && !scan.trackerOutstanding))
            continue;
        if (o.poolType && isPaged(*o.poolType) != isPaged(scan.type))
            continue;
        report.notes.push_back(trackerAgreement(scan) + (scan.trackerOutstanding ? "" : ""));
    }
    if (allocated + undetermined == 0)
        report.notes.push_back(fmt::format("No allocated block carries the tag '{}' in this dump's pool.", tag.display()));
    if (undetermined)
        report.notes.push_back(fmt::format("{} blocks were found by a header scan: the dump does not say whether they "
                                           "are allocated or free.",
                                           format::count(undetermined)));
    if (free && !o.listFree)
        report.notes.push_back(free == 1 ? std::string("1 free block still carries the tag (the heap says free: a scan "
                                                       "by tag alone would count it); --free lists it.")
                                         : fmt::format("{} free blocks still carry the tag (the heap says free: a scan "
                                                       "by tag alone would count them); --free lists them.",
                                                       format::count(free)));
    const PoolTagContents held = describeTagContents(tag, blocks.empty() ? PoolType::Unknown : blocks.front().type,
                                                     blocks, contents, namer);
    if (!held.headline.empty())
        report.notes.push_back(held.headline + ".");
    if (held.objects && held.bodyOffset)
        report.notes.push_back(fmt::format(
            "Each {} object's body starts {:#x} bytes into its block: POOL_HEADER 0x10 + optional headers {:#x} + "
            "OBJECT_HEADER {:#x} (!thread, !process and !object take the body: block + {:#x}).",
            held.objectType, held.bodyOffset, held.optionalHeaders,
            held.bodyOffset - 0x10 - held.optionalHeaders, held.bodyOffset));
    if (held.withoutHandles)
        report.notes.push_back(fmt::format("{} of the objects are referenced (PointerCount > 0) and have no handle: "
                                           "kernel references alone keep them.",
                                           format::count(held.withoutHandles)));
    if (!found.outcome.problems.empty() || found.outcome.problemsNotListed)
        report.notes.push_back(fmt::format("The scan met {} problems on the way (summary --verbose lists them).",
                                           found.outcome.problems.size() + found.outcome.problemsNotListed));
    return report;
}

Report runPool(const Context& context)
{
    const DumpPool& pool = poolOf(context);
    const Address address = *context.options.poolAddress;
    Report report;
    report.command = "pool";
    const PoolPageView view = pool.page(address);
    report.lines = poolPageLines(pool, view, &context.descriptions);

    Table page;
    page.id = "page";
    page.title = "Pool page";
    page.scriptsOnly = true;
    page.columns = {{"Block", "block", false, 0}, {"Tag", "tag", false, 0},     {"Size", "bytes", true, 0},
                    {"Pool", "pool", false, 0},   {"State", "state", false, 0}, {"Holds address", "holder", false, 0}};
    for (const PoolAllocation& b : view.blocks)
        page.rows.push_back({addressCell(context.snapshot, b.block), Cell::text(PoolTag::fromKey(b.tag).display()),
                             Cell::number(std::uint64_t{b.bytes}, fmt::format("{:#x}", b.bytes)),
                             Cell::text(std::string(poolTypeName(b.type))), Cell::text(stateText(b.state)),
                             Cell::text(view.holder && view.holder->block == b.block ? "yes" : "no")});
    report.tables.push_back(std::move(page));
    if (!view.holder)
        return report;

    const BlockContents contents = pool.contents(*view.holder);
    const SnapshotIndex index(context.snapshot);
    const Inspection inspection = inspectPoolBlock(pool, &index, *view.holder, contents);
    report.lines.emplace_back();
    report.lines.push_back(inspection.title);
    Table fields;
    fields.id = "block";
    fields.title = "";
    fields.columns = {{"Field", "field", false, 0}, {"Value", "value", false, 0}};
    const auto add = [&](const InspectedField& f, int depth, const auto& self) -> void {
        // The page's lines (unnamed children) are printed above, as !pool prints them.
        const bool pageLines = !f.children.empty() && std::all_of(f.children.begin(), f.children.end(),
                                                                  [](const InspectedField& c) { return c.name.empty(); });
        if ((f.name.empty() && depth > 0) || pageLines)
            return;
        fields.rows.push_back({Cell::text(std::string(depth * 2, ' ') + f.name), Cell::text(f.value)});
        for (const InspectedField& child : f.children)
            self(child, depth + 1, self);
    };
    for (const InspectedField& f : inspection.fields)
        add(f, 0, add);
    report.tables.push_back(std::move(fields));
    for (const DebuggerCommand& c : inspection.commands)
        report.notes.push_back(fmt::format("{:<40} {}", c.command, c.what));
    return report;
}

} // namespace poolscope::cli
