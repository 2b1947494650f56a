// What each chart of the report shows, decided here in plain values from the same rankings
// as the tables; a painter draws them. Labels carry the figure, so a bar is read without
// following it to the axis, and every category is unique (a bar axis merges equal names).
#include "html_report.h"

#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/leak_queries.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace poolscope {

using text::phrase;
using text::say;

namespace {

constexpr std::size_t kTopTags = 15;
constexpr std::size_t kGrowthLines = 5;
constexpr std::size_t kChartProcesses = 8;
constexpr std::size_t kChartTypes = 6;
constexpr std::size_t kChartPorts = 10;
// Lines whose peaks differ more than this are drawn relative to their first figure: on one
// byte axis a 260 KB tag would lie flat under a 12 MB one.
constexpr double kAbsoluteSpread = 20.0;

struct Unit {
    double divisor;
    const char* name;
};

Unit unitFor(double maximumBytes)
{
    return maximumBytes >= 10.0 * 1024 * 1024 ? Unit{1024.0 * 1024.0, "MB"} : Unit{1024.0, "KB"};
}

std::string shortPool(PoolType type)
{
    switch (type) {
    case PoolType::NonPaged: return "Nonp";
    case PoolType::Paged: return "Paged";
    case PoolType::SessionNonPaged: return "S Nonp";
    case PoolType::SessionPaged: return "S Paged";
    case PoolType::Unknown: break;
    }
    return "?";
}

// Room for every category label: Qt Charts elides a bar's label to "..." once the rows get
// narrower than its text is tall.
int barHeight(std::size_t bars, bool legend)
{
    return static_cast<int>(90 + 30 * std::max<std::size_t>(bars, 3) + (legend ? 40 : 0));
}

using GrowthKey = std::pair<PoolTag, PoolType>;

std::set<GrowthKey> leakingTags(const std::vector<TagGrowth>& growth)
{
    std::set<GrowthKey> out;
    for (const TagGrowth& g : growth)
        if (g.leaking)
            out.insert({g.tag, g.type});
    return out;
}

std::optional<ReportChart> topTagsChart(const Snapshot& s, const std::set<GrowthKey>& leaking)
{
    TagQuery query;
    query.top = kTopTags;
    const auto top = rankTags(s, query);
    if (top.empty() || !std::any_of(top.begin(), top.end(), [](const PoolTagStat* t) { return t->bytes.value_or(0) > 0; }))
        return std::nullopt;
    double maximum = 0;
    for (const PoolTagStat* t : top)
        maximum = std::max(maximum, static_cast<double>(t->bytes.value_or(0)));
    const Unit unit = unitFor(maximum);
    ReportChart chart;
    chart.section = "tags";
    chart.kind = ReportChart::Kind::Bars;
    chart.title = say(phrase("Report", "Top {} tags by bytes"), top.size());
    chart.valueAxis = unit.name;
    ReportChart::Series growing{phrase("Report", "Growing steadily"), {}, {}};
    ReportChart::Series bytes{leaking.empty() ? phrase("Report", "Bytes") : phrase("Report", "Other"), {}, {}};
    std::string description;
    for (const PoolTagStat* t : top) {
        const bool grows = leaking.count({t->tag, t->type}) != 0;
        const double value = static_cast<double>(t->bytes.value_or(0)) / unit.divisor;
        chart.categories.push_back(fmt::format("{}{} {} {}", grows ? "▲ " : "", t->tag.display(), shortPool(t->type),
                                               format::bytes(t->bytes.value_or(0))));
        growing.values.push_back(grows ? value : 0.0);
        bytes.values.push_back(grows ? 0.0 : value);
        description += fmt::format("{}{} ({}) {}", description.empty() ? "" : ", ", t->tag.display(),
                                   poolTypeName(t->type), format::bytes(t->bytes.value_or(0)));
    }
    if (std::any_of(growing.values.begin(), growing.values.end(), [](double v) { return v > 0; })) {
        chart.kind = ReportChart::Kind::StackedBars;
        chart.series.push_back(std::move(growing));
    }
    chart.series.push_back(std::move(bytes));
    chart.description = say(phrase("Report", "Bars of the largest tags: {}."), description);
    chart.height = barHeight(top.size(), chart.series.size() > 1);
    return chart;
}

std::optional<ReportChart> growthChart(const SnapshotSeries& series, const std::vector<TagGrowth>& growth)
{
    if (series.size() < 2 || growth.empty())
        return std::nullopt;
    // The tags that grow steadily, fastest first; without any, the three that grew most.
    std::vector<const TagGrowth*> shown;
    for (const TagGrowth& g : growth)
        if (g.leaking && shown.size() < kGrowthLines)
            shown.push_back(&g);
    if (shown.empty())
        for (std::size_t i = 0; i < growth.size() && i < 3; ++i)
            shown.push_back(&growth[i]);
    const bool timed = std::all_of(series.snapshots.begin(), series.snapshots.end(),
                                   [](const Snapshot& s) { return s.secondsSinceStart.has_value(); });
    double smallest = 0, largest = 0;
    for (const TagGrowth* g : shown) {
        const double peak = static_cast<double>(std::max<std::uint64_t>(g->peakBytes, 1));
        smallest = smallest == 0 ? peak : std::min(smallest, peak);
        largest = std::max(largest, peak);
    }
    const bool relative = largest / smallest > kAbsoluteSpread;
    const Unit unit = unitFor(largest);
    ReportChart chart;
    chart.section = "growth";
    chart.kind = ReportChart::Kind::Lines;
    chart.xAxis = timed ? phrase("Report", "seconds") : phrase("Report", "screen");
    chart.valueAxis = relative ? std::string(phrase("Report", "% of its first figure")) : std::string(unit.name);
    chart.title = relative
        ? say(phrase("Report", "Growth over {} snapshots, each tag against its first figure (100%)"), series.size())
        : say(phrase("Report", "Bytes over {} snapshots"), series.size());
    std::string description;
    for (const TagGrowth* g : shown) {
        ReportChart::Series line;
        line.name = fmt::format("{} {}", g->tag.display(), shortPool(g->type));
        std::optional<double> first;
        for (const TagSeriesPoint& p : tagSeries(series, g->tag, g->type)) {
            if (!p.stat || !p.stat->bytes)
                continue;
            const double bytes = static_cast<double>(*p.stat->bytes);
            if (!first)
                first = bytes;
            const double x = timed && p.seconds ? *p.seconds : static_cast<double>(p.index + 1);
            const double y = relative ? (*first > 0 ? bytes / *first * 100.0 : 0.0) : bytes / unit.divisor;
            line.points.emplace_back(x, y);
        }
        description
            += say(phrase("Report", "{}{} ({}) from {} to {}"), description.empty() ? "" : "; ", g->tag.display(),
                   poolTypeName(g->type), format::bytes(g->firstBytes), format::bytes(g->lastBytes));
        chart.series.push_back(std::move(line));
    }
    chart.description = say(phrase("Report", "Lines of the tags that grow: {}."), description);
    chart.height = 380;
    return chart;
}

std::optional<ReportChart> handleTypesChart(const Snapshot& s)
{
    const auto counts = handleCountsByType(s);
    std::vector<const ProcessHandleTypes*> candidates;
    for (const ProcessHandleTypes& p : counts)
        if (p.total > 0)
            candidates.push_back(&p);
    if (candidates.empty())
        return std::nullopt;
    const HandleTypeStacks stacks = handleTypeStacks(std::move(candidates), kChartProcesses, kChartTypes);
    const auto& top = stacks.processes;
    ReportChart chart;
    chart.section = "handles";
    chart.kind = ReportChart::Kind::StackedBars;
    chart.title = say(phrase("Report", "Handles of the {} processes with the most, by type"), top.size());
    chart.valueAxis = phrase("Report", "handles");
    std::string description;
    for (const ProcessHandleTypes* p : top) {
        // The pid first tells two svchost.exe apart.
        std::string name = p->process && !p->process->imageName.empty() ? p->process->imageName
                                                                         : format::address(p->processAddress, s.pointerSize);
        if (p->process && p->process->pid)
            name = fmt::format("{:#x} {}", *p->process->pid, name);
        else if (p->process)
            name = format::address(p->processAddress, s.pointerSize) + " " + name;
        chart.categories.push_back(fmt::format("{} ({})", name, format::count(p->total)));
        description += fmt::format("{}{} {}", description.empty() ? "" : ", ", name, format::count(p->total));
    }
    for (const HandleTypeStacks::Stack& stack : stacks.types)
        chart.series.push_back({stack.type, std::vector<double>(stack.counts.begin(), stack.counts.end()), {}});
    if (!stacks.other.empty())
        chart.series.push_back(
            {phrase("Report", "Other"), std::vector<double>(stacks.other.begin(), stacks.other.end()), {}});
    chart.description = say(
        phrase("Report", "Stacked bars of handles per type for the processes with the most handles: {}."), description);
    chart.height = barHeight(top.size(), false); // the legend stands on the right
    return chart;
}

std::optional<ReportChart> portsChart(const Snapshot& s)
{
    const auto ranking = rankPorts(s);
    ReportChart chart;
    chart.section = "ports";
    chart.kind = ReportChart::Kind::Bars;
    chart.valueAxis = phrase("Report", "queued entries");
    ReportChart::Series depth{phrase("Report", "Queued entries"), {}, {}};
    std::string description;
    for (const PortRanking& r : ranking) {
        if (r.depth == 0 || chart.categories.size() >= kChartPorts)
            break;
        std::string holders;
        for (const ObjectHolder& h : holdersOf(s, r.port->address)) {
            if (!h.imageName.empty() && holders.find(h.imageName) == std::string::npos)
                holders += (holders.empty() ? "" : ", ") + h.imageName;
        }
        std::string label = format::address(r.port->address, s.pointerSize);
        if (!holders.empty())
            label += " " + holders;
        label += fmt::format(": {}", format::count(r.depth));
        chart.categories.push_back(label);
        depth.values.push_back(static_cast<double>(r.depth));
        description += (description.empty() ? "" : ", ") + label;
    }
    if (chart.categories.empty())
        return std::nullopt;
    chart.title = say(phrase("Report", "The {} deepest completion ports"), chart.categories.size());
    chart.series.push_back(std::move(depth));
    chart.description = say(phrase("Report", "Bars of queued entries per port: {}."), description);
    chart.height = barHeight(chart.categories.size(), false);
    return chart;
}

} // namespace

std::vector<ReportChart> reportCharts(const ReportInput& input)
{
    std::vector<ReportChart> charts;
    if (!input.series || input.series->empty())
        return charts;
    const SnapshotSeries& series = *input.series;
    const Snapshot& s = series.snapshots[std::min(input.current, series.size() - 1)];
    const std::vector<TagGrowth> growth = series.size() > 1 ? analyzeGrowth(series) : std::vector<TagGrowth>{};
    if (auto chart = topTagsChart(s, leakingTags(growth)))
        charts.push_back(std::move(*chart));
    if (auto chart = growthChart(series, growth))
        charts.push_back(std::move(*chart));
    if (auto chart = portsChart(s))
        charts.push_back(std::move(*chart));
    if (auto chart = handleTypesChart(s))
        charts.push_back(std::move(*chart));
    return charts;
}

} // namespace poolscope
