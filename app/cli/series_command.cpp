#include "commands.h"

#include "analysis/conclusions/correlation.h"
#include "analysis/conclusions/growth.h"
#include "model/format.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <set>

namespace poolscope::cli {

namespace {

// Without --tag: every tag's growth, leaking ones first.
Report growthReport(const Context& context)
{
    const SnapshotSeries& series = context.source.series;
    Report report;
    report.command = "series";
    Table table;
    table.id = "growth";
    table.title = fmt::format("Growth of each tag over {} screens, leaking tags first", series.size());
    table.columns = {{"Tag", "tag", false, 0},           {"Pool", "pool", false, 0},
                     {"Rate", "bytes_rate", true, 0},    {"Steady", "steadiness", true, 0},
                     {"First", "first_bytes", true, 0},  {"Last", "last_bytes", true, 0},
                     {"Leak", "leaking", false, 0},      {"Why", "why", false, 100}};
    std::size_t leaking = 0;
    for (const TagGrowth& g : analyzeGrowth(series)) {
        if (context.options.tagQuery.top && table.rows.size() >= context.options.tagQuery.top)
            break;
        if (context.options.poolType && g.type != *context.options.poolType)
            continue;
        leaking += g.leaking;
        const auto rate = static_cast<std::int64_t>(std::llround(g.bytesRate));
        table.rows.push_back({Cell::text(std::string(g.tag.chars())), Cell::text(std::string(poolTypeName(g.type))),
                              Cell::number(rate, format::signedBytes(rate) + (g.perSecond ? "/s" : "/screen")),
                              Cell::text(format::percent(g.steadiness)), Cell::bytes(g.firstBytes), Cell::bytes(g.lastBytes),
                              Cell::text(g.leaking ? "yes" : "no"), Cell::text(g.explanation)});
    }
    report.tables.push_back(std::move(table));
    report.notes.push_back(leaking ? fmt::format("{} tag{} grow steadily: see the first rows.", leaking, leaking == 1 ? "" : "s")
                                   : std::string("No tag grows steadily in this capture."));
    return report;
}

// --correlate: the other tags ranked by how closely their step changes follow the tag's.
Report correlationReport(const Context& context)
{
    const SnapshotSeries& series = context.source.series;
    const PoolTag tag(context.options.correlate);
    const TagCorrelation c = correlateTags(series, tag, context.options.poolType);
    Report report;
    report.command = "series --correlate";
    Table table;
    table.id = "partners";
    table.title = c.found ? fmt::format("Tags whose changes follow '{}' ({}) over {} screens, partners first", tag.display(),
                                        poolTypeName(c.type), series.size())
                          : fmt::format("Tags whose changes follow '{}'", tag.display());
    table.columns = {{"Tag", "tag", false, 0},           {"Pool", "pool", false, 0},
                     {"Correlation", "correlation", true, 0}, {"Per alloc", "ratio", true, 0},
                     {"Steps", "steps", true, 0},        {"Change", "net_change", true, 0},
                     {"Partner", "partner", false, 0},   {"Why", "why", false, 100}};
    if (!c.allocations)
        table.columns[3].title = "Per byte";
    for (const TagPartner& p : c.others) {
        if (context.options.tagQuery.top && table.rows.size() >= context.options.tagQuery.top)
            break;
        const auto decimal = [](const std::optional<double>& v) {
            return v ? Cell{Cell::Kind::Number, fmt::format("{:.2f}", *v), fmt::format("{:.4f}", *v)} : Cell::absent();
        };
        table.rows.push_back({Cell::text(std::string(p.tag.chars())), Cell::text(std::string(poolTypeName(p.type))),
                              decimal(p.correlation), decimal(p.ratio), Cell::count(std::uint64_t{p.steps}),
                              Cell::number(p.netChange, format::signedCount(p.netChange)), Cell::text(p.partner ? "yes" : "no"),
                              Cell::text(p.explanation)});
    }
    table.emptyText = c.found ? "(no other tag in this capture)" : fmt::format("(tag '{}' is on none of the {} screens)",
                                                                               tag.display(), series.size());
    report.tables.push_back(std::move(table));
    report.notes.push_back(fmt::format("{}{}.", char(std::toupper(static_cast<unsigned char>(c.summary.front()))),
                                       c.summary.substr(1)));
    if (c.found)
        report.notes.push_back(fmt::format("Compared: the changes in {} from screen to screen. A partner's rise and fall "
                                           "with those of '{}' (correlation {:.1f} or more, over {} steps or more) and it "
                                           "grew.",
                                           c.allocations ? "outstanding allocations" : "bytes", tag.display(),
                                           CorrelationOptions{}.partnerCorrelation, CorrelationOptions{}.minimumSteps));
    return report;
}

} // namespace

Report runSeries(const Context& context)
{
    if (!context.options.correlate.empty())
        return correlationReport(context);
    if (context.options.tag.empty())
        return growthReport(context);
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
    // The verdict on its growth, as the ranking without --tag gives it.
    for (const TagGrowth& g : analyzeGrowth(series))
        if (g.tag == tag && types.count(g.type))
            report.notes.push_back(fmt::format("Growth of '{}' ({}): {}{}.", tag.display(), poolTypeName(g.type),
                                               g.leaking ? "LEAKING, " : "", g.explanation));
    return report;
}

} // namespace poolscope::cli
