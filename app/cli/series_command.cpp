#include "commands.h"

#include "model/format.h"

#include <fmt/format.h>

#include <set>

namespace poolscope::cli {

Report runSeries(const Context& context)
{
    const SnapshotSeries& series = context.source.series;
    const PoolTag tag(context.options.tag);
    Report report;
    report.command = "series";

    // A tag can live in both pools; each pool is its own line of figures.
    std::set<PoolType> types;
    if (context.options.poolType) {
        types.insert(*context.options.poolType);
    } else {
        for (const auto& s : series.snapshots)
            for (const auto& stat : s.poolTags)
                if (stat.tag == tag)
                    types.insert(stat.type);
    }

    Table table;
    table.id = "series";
    table.title = fmt::format("Tag '{}' over {} screens", tag.display(), series.size());
    table.columns = {
        {"Screen", "screen", true, 0},
        {"Pool", "pool", false, 0},
        {"Allocs", "allocs", true, 0},
        {"Frees", "frees", true, 0},
        {"Outstanding", "outstanding", true, 0},
        {"Bytes", "bytes", true, 0},
        {"Change", "bytes_change", true, 0},
        {"Line", "line", true, 0},
    };
    for (const PoolType type : types) {
        const auto points = tagSeries(series, tag, type);
        std::optional<std::uint64_t> previous;
        std::optional<std::uint64_t> first;
        std::optional<std::uint64_t> last;
        std::size_t present = 0;
        for (const auto& point : points) {
            const PoolTagStat* stat = point.stat;
            if (!stat) {
                table.rows.push_back({Cell::count(std::uint64_t{point.index + 1}),
                                      Cell::text(std::string(poolTypeName(type))), Cell::absent(), Cell::absent(),
                                      Cell::absent(), Cell::absent(), Cell::absent(), Cell::absent()});
                continue;
            }
            ++present;
            Cell change = Cell::absent();
            if (stat->bytes && previous) {
                const auto delta = static_cast<std::int64_t>(*stat->bytes) - static_cast<std::int64_t>(*previous);
                change = Cell::number(delta, format::signedBytes(delta));
            }
            if (stat->bytes) {
                previous = stat->bytes;
                if (!first)
                    first = stat->bytes;
                last = stat->bytes;
            }
            table.rows.push_back({
                Cell::count(std::uint64_t{point.index + 1}),
                Cell::text(std::string(poolTypeName(type))),
                Cell::count(stat->allocs),
                Cell::count(stat->frees),
                stat->outstanding ? Cell::number(*stat->outstanding, *stat->outstanding < 0 ? format::signedCount(*stat->outstanding) : format::count(static_cast<std::uint64_t>(*stat->outstanding)))
                                  : Cell::absent(),
                Cell::bytes(stat->bytes),
                change,
                Cell::count(std::uint64_t{stat->where.line}),
            });
        }
        if (first && last)
            report.notes.push_back(fmt::format(
                "'{}' {}: {} -> {} over {} of {} screens ({}).", tag.display(), poolTypeName(type),
                format::bytes(*first), format::bytes(*last), present, points.size(),
                format::signedBytes(static_cast<std::int64_t>(*last) - static_cast<std::int64_t>(*first))));
    }
    if (types.empty())
        table.emptyText = fmt::format("(tag '{}' is on none of the {} screens)", tag.display(), series.size());
    report.tables.push_back(std::move(table));
    return report;
}

} // namespace poolscope::cli
