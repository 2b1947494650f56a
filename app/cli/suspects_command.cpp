#include "commands.h"

#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/suspects.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::cli {

namespace {

std::string kindName(Suspect::Kind kind)
{
    switch (kind) {
    case Suspect::Kind::NonPagedTag:
    case Suspect::Kind::PagedTag:
        return "tag";
    case Suspect::Kind::Port:
        return "port";
    case Suspect::Kind::ProcessHandles:
        return "handles";
    }
    return "tag";
}

} // namespace

Report runSuspects(const Context& context)
{
    const Snapshot& s = context.snapshot;
    const SnapshotSeries& series = context.source.series;
    const std::size_t top = context.options.tagQuery.top;
    Report report;
    report.command = "suspects";

    Table table;
    table.id = "suspects";
    table.title = series.size() > 1 ? fmt::format("Suspects in {} snapshots (the last one for ports and handles)", series.size())
                                    : "Suspects";
    table.columns = {{"#", "rank", true, 0},          {"Kind", "kind", false, 0},  {"Record", "record", false, 0},
                     {"Figure", "figure", true, 0},   {"Why", "why", false, 110}, {"Signature", "signature", false, 0}};
    std::size_t rank = 0;
    const auto add = [&](std::string kind, std::string record, Cell figure, std::string why, bool signature) {
        if (top && rank >= top)
            return;
        table.rows.push_back({Cell::count(std::uint64_t{++rank}), Cell::text(std::move(kind)), Cell::text(std::move(record)),
                              std::move(figure), Cell::text(std::move(why)), Cell::text(signature ? "yes" : "no")});
    };
    // Growth is the strongest evidence there is: it comes first when the series shows it.
    std::size_t leaking = 0;
    if (series.size() > 1)
        for (const TagGrowth& g : analyzeGrowth(series)) {
            if (!g.leaking)
                break;
            ++leaking;
            add("growing tag", fmt::format("{} ({})", g.tag.display(), poolTypeName(g.type)),
                Cell::number(static_cast<std::int64_t>(g.bytesRate),
                             fmt::format("{}{}", format::signedBytes(static_cast<std::int64_t>(g.bytesRate)), g.perSecond ? "/s" : "/snapshot")),
                g.explanation, true);
        }
    for (const Suspect& suspect : rankSuspects(s)) {
        const bool isAddress = suspect.kind == Suspect::Kind::Port;
        Cell figure = Cell::number(suspect.value, suspect.figure);
        add(kindName(suspect.kind), isAddress ? format::address(*suspect.address, s.pointerSize) : suspect.record,
            std::move(figure), suspect.explanation, suspect.signature);
    }
    table.emptyText = "(nothing to rank in this source)";
    report.tables.push_back(std::move(table));
    if (series.size() > 1 && leaking == 0)
        report.notes.push_back(fmt::format("No tag grew steadily over the {} snapshots.", series.size()));
    return report;
}

} // namespace poolscope::cli
