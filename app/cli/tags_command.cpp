#include "commands.h"

#include "analysis/conclusions/tag_modules.h"
#include "analysis/dump/pool/pool_census.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::cli {

namespace {
// Outstanding is a count, not a change: no plus sign. It is signed only because poolmon's
// counters wrap, and a negative one is shown as such.
Cell outstandingCell(const std::optional<std::int64_t>& value)
{
    if (!value)
        return Cell::absent();
    return Cell::number(*value, *value < 0 ? format::signedCount(*value) : format::count(static_cast<std::uint64_t>(*value)));
}
} // namespace

Report runTags(const Context& context)
{
    const Snapshot& snapshot = context.snapshot;
    Report report;
    report.command = "tags";
    Table table;
    table.id = "tags";
    table.title = fmt::format("Pool tags in {}", snapshot.label);
    table.columns = {
        {"Tag", "tag", false, 0},
        {"Pool", "pool", false, 0},
        {"Allocs", "allocs", true, 0},
        {"Frees", "frees", true, 0},
        {"Outstanding", "outstanding", true, 0},
        {"Bytes", "bytes", true, 0},
        {"Per alloc", "bytes_per_alloc", true, 0},
    };
    // A dump's pool read from its pages: each tag's blocks found there beside the tracker's
    // count, the scan's own check.
    const bool scanned = snapshot.poolScan.has_value();
    if (scanned) {
        table.columns.push_back({"In pool", "in_pool", true, 0});
        table.columns.push_back({"Found", "found_share", true, 0});
    }
    table.columns.push_back({"Driver", "driver", false, 24});
    table.columns.push_back({"Description", "description", false, 60});
    // A dump knows which driver images carry each tag: for a tag no description names, the
    // likely allocator.
    const bool images = !snapshot.modules.empty();
    if (images)
        table.columns.push_back({"In images", "modules", false, 40});
    std::size_t undescribedWithImage = 0;
    const auto rows = rankTags(snapshot, context.options.tagQuery);
    std::uint64_t totalBytes = 0;
    for (const PoolTagStat* stat : rows) {
        std::string driver = stat->driver;
        std::string description = stat->description;
        if (driver.empty() || description.empty()) {
            const auto matches = context.descriptions.lookup(stat->tag);
            if (!matches.empty()) {
                if (driver.empty())
                    driver = matches.front()->binary;
                if (description.empty())
                    description = matches.front()->description;
            }
        }
        totalBytes += stat->bytes.value_or(0);
        table.rows.push_back({
            Cell::text(std::string(stat->tag.chars())),
            Cell::text(std::string(poolTypeName(stat->type))),
            Cell::count(stat->allocs),
            Cell::count(stat->frees),
            outstandingCell(stat->outstanding),
            Cell::bytes(stat->bytes),
            Cell::count(stat->bytesPerAlloc),
        });
        if (scanned) {
            const PoolTagScan* found = nullptr;
            for (const PoolTagScan& t : snapshot.poolScan->tags)
                if (t.tag == stat->tag && isPaged(t.type) == isPaged(stat->type))
                    found = &t;
            const std::uint64_t blocks = found ? found->allocated + found->undetermined : 0;
            table.rows.back().push_back(Cell::count(blocks));
            if (stat->outstanding && *stat->outstanding > 0) {
                const double share = static_cast<double>(blocks) / static_cast<double>(*stat->outstanding);
                table.rows.back().push_back(Cell{Cell::Kind::Number,
                                                 found && disagreesWithTracker(*found) ? format::percent(share) + " !"
                                                                                       : format::percent(share),
                                                 fmt::format("{:.4f}", share)});
            } else {
                table.rows.back().push_back(Cell::absent());
            }
        }
        table.rows.back().push_back(driver.empty() ? Cell::absent() : Cell::text(driver));
        table.rows.back().push_back(description.empty() ? Cell::absent() : Cell::text(description));
        if (images) {
            const auto modules = description.empty() ? modulesWithTag(snapshot, stat->tag) : std::vector<ModuleWithTag>{};
            undescribedWithImage += !modules.empty();
            table.rows.back().push_back(modules.empty() ? Cell::absent() : Cell::text(modulesText(modules)));
        }
    }
    report.tables.push_back(std::move(table));
    if (scanned)
        report.notes.push_back(fmt::format("In pool: the tag's allocated blocks read from the dump's pool pages ({}). "
                                           "Found: their share of the tracker's outstanding count; '!' marks a "
                                           "difference over 1% (the Diagnostics name it).",
                                           poolScanSentence(*snapshot.poolScan)));
    if (undescribedWithImage > 0)
        report.notes.push_back("In images: for a tag without a description, the loaded modules whose image carries its "
                               "four bytes, with the count, as !for_each_module s -a @#Base @#End \"<tag>\" finds them: "
                               "the likely allocators.");
    if (!rows.empty()) {
        const PoolTagStat& top = *rows.front();
        report.notes.push_back(fmt::format("{} tags shown, {} in all. Largest: '{}' ({}) with {}{}.", rows.size(),
                                           format::bytes(totalBytes), top.tag.display(), poolTypeName(top.type),
                                           top.bytes ? format::bytes(*top.bytes) : std::string("no byte figure"),
                                           top.outstanding ? fmt::format(" in {} allocations",
                                                                         format::signedCount(*top.outstanding).substr(
                                                                             *top.outstanding > 0 ? 1 : 0))
                                                           : std::string()));
    }
    return report;
}

} // namespace poolscope::cli
