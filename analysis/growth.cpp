#include "growth.h"

#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace poolscope {

namespace {

struct Track {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::vector<double> x;
    std::vector<double> bytes;
    std::vector<double> outstanding;
};

// The median of the step-to-step slopes: one spike makes two outlying steps, which the
// median passes over, where a least-squares line would tilt towards it.
double median(std::vector<double>& values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

struct Slope {
    double rate = 0;  // the median step slope
    double noise = 0; // the median absolute deviation of the step slopes around it
};

Slope medianSlope(const std::vector<double>& x, const std::vector<double>& y, std::vector<double>& scratch)
{
    scratch.clear();
    for (std::size_t i = 1; i < x.size(); ++i)
        if (x[i] > x[i - 1])
            scratch.push_back((y[i] - y[i - 1]) / (x[i] - x[i - 1]));
    Slope out;
    out.rate = median(scratch);
    for (double& v : scratch)
        v = std::abs(v - out.rate);
    out.noise = median(scratch);
    return out;
}

// The highest level the tag held for more than a moment: the largest median of three
// neighbouring snapshots, so that a single spike is not taken for a peak it fell back from.
double robustPeak(const std::vector<double>& y)
{
    if (y.size() < 3)
        return *std::max_element(y.begin(), y.end());
    double peak = std::max(y.front(), y.back());
    for (std::size_t i = 1; i + 1 < y.size(); ++i) {
        const double a = y[i - 1], b = y[i], c = y[i + 1];
        peak = std::max(peak, std::max(std::min(a, b), std::min(std::max(a, b), c)));
    }
    return peak;
}

std::string rateText(double bytesPerUnit, bool perSecond)
{
    const std::string amount = format::bytes(static_cast<std::uint64_t>(std::llround(std::abs(bytesPerUnit))));
    return fmt::format("{}{}{}", bytesPerUnit < 0 ? "-" : "+", amount, perSecond ? "/s" : " per snapshot");
}

std::string durationText(double units, bool perSecond)
{
    if (!perSecond)
        return fmt::format("{:.0f} more snapshots", units);
    if (units < 120)
        return fmt::format("{:.0f} s", units);
    if (units < 2 * 3600)
        return fmt::format("{:.0f} min", units / 60);
    if (units < 2 * 86400)
        return fmt::format("{:.1f} h", units / 3600);
    return fmt::format("{:.1f} days", units / 86400);
}

// Room left in the tag's pool at the last snapshot that says how full it is.
std::optional<double> roomLeft(const SnapshotSeries& series, PoolType type)
{
    for (auto it = series.snapshots.rbegin(); it != series.snapshots.rend(); ++it) {
        const PoolSummary& s = it->summary;
        const bool nonPaged = isNonPaged(type);
        const auto& used = nonPaged ? s.nonPagedUsage : s.pagedUsage;
        const auto& maximum = nonPaged ? s.nonPagedMaximum : s.pagedMaximum;
        if (used && maximum)
            return *maximum > *used ? static_cast<double>(*maximum - *used) : 0.0;
    }
    return std::nullopt;
}

void judge(TagGrowth& g, double noise, const SnapshotSeries& series, const GrowthOptions& options)
{
    const std::string span = fmt::format("{} -> {} over {} snapshots", format::bytes(g.firstBytes), format::bytes(g.lastBytes), g.points);
    if (g.points < options.minimumPoints) {
        g.explanation = fmt::format("seen in {} snapshots: too few for a trend", g.points);
        return;
    }
    const bool fellBack = g.peakBytes > 0 && static_cast<double>(g.lastBytes) < 0.8 * static_cast<double>(g.peakBytes);
    if (fellBack && g.peakBytes > g.firstBytes) {
        g.explanation = fmt::format("grew to {} then fell back to {}: freed, not leaked", format::bytes(g.peakBytes),
                                    format::bytes(g.lastBytes));
        return;
    }
    if (g.bytesRate <= 0 || g.lastBytes <= g.firstBytes) {
        g.explanation = fmt::format("no steady growth: {}", span);
        return;
    }
    // A random walk's typical step is as large as its median step; a leak's is not. Over a
    // few steps a random walk often goes up 4 times in 5: short captures must grow nearly
    // every time.
    const double minimumSteadiness = g.points < 11 ? std::max(options.minimumSteadiness, 0.9) : options.minimumSteadiness;
    if (g.steadiness < minimumSteadiness || g.bytesRate <= noise) {
        g.explanation = fmt::format("up and down ({:.0f}% of steps grew), {}: noise more than a leak", g.steadiness * 100, span);
        return;
    }
    const double relative = (static_cast<double>(g.lastBytes) - static_cast<double>(g.firstBytes))
        / std::max(1.0, static_cast<double>(g.firstBytes));
    const bool enough = relative >= options.minimumRelativeGrowth
        || (g.steadiness >= options.nearlyEverySteps && relative >= options.steadyRelativeGrowth);
    if (!enough) {
        g.explanation = fmt::format("drifts up by {:.1f}% ({:.0f}% of steps grew), {}: too little to call a leak",
                                    relative * 100, g.steadiness * 100, span);
        return;
    }
    g.leaking = true;
    g.explanation = fmt::format("grows {} in {:.0f}% of steps, {}", rateText(g.bytesRate, g.perSecond), g.steadiness * 100, span);
    if (const auto room = roomLeft(series, g.type)) {
        g.untilExhaustion = *room / g.bytesRate;
        g.explanation += fmt::format("; {} pool full in {} at this rate", isNonPaged(g.type) ? "nonpaged" : "paged",
                                     durationText(*g.untilExhaustion, g.perSecond));
    }
}

} // namespace

std::vector<TagGrowth> analyzeGrowth(const SnapshotSeries& series, const GrowthOptions& options)
{
    const bool timed = !series.snapshots.empty()
        && std::all_of(series.snapshots.begin(), series.snapshots.end(),
                       [](const Snapshot& s) { return s.secondsSinceStart.has_value(); });
    std::unordered_map<std::uint64_t, std::size_t> index;
    std::vector<Track> tracks;
    for (std::size_t i = 0; i < series.snapshots.size(); ++i) {
        const Snapshot& s = series.snapshots[i];
        const double x = timed ? *s.secondsSinceStart : static_cast<double>(i);
        for (const PoolTagStat& stat : s.poolTags) {
            if (!stat.bytes)
                continue;
            const std::uint64_t key = (std::uint64_t{stat.tag.key()} << 8) | static_cast<std::uint64_t>(stat.type);
            const auto [it, inserted] = index.try_emplace(key, tracks.size());
            if (inserted)
                tracks.push_back({stat.tag, stat.type, {}, {}, {}});
            Track& t = tracks[it->second];
            t.x.push_back(x);
            t.bytes.push_back(static_cast<double>(*stat.bytes));
            t.outstanding.push_back(static_cast<double>(stat.outstanding.value_or(0)));
        }
    }

    std::vector<TagGrowth> out;
    out.reserve(tracks.size());
    std::vector<double> scratch;
    for (const Track& t : tracks) {
        TagGrowth g;
        double noise = 0;
        g.tag = t.tag;
        g.type = t.type;
        g.points = t.x.size();
        g.perSecond = timed;
        g.firstBytes = static_cast<std::uint64_t>(t.bytes.front());
        g.lastBytes = static_cast<std::uint64_t>(t.bytes.back());
        g.peakBytes = static_cast<std::uint64_t>(robustPeak(t.bytes));
        const Slope bytes = medianSlope(t.x, t.bytes, scratch);
        g.bytesRate = bytes.rate;
        g.allocsRate = medianSlope(t.x, t.outstanding, scratch).rate;
        noise = bytes.noise;
        std::size_t grew = 0;
        for (std::size_t i = 1; i < t.bytes.size(); ++i)
            grew += t.bytes[i] > t.bytes[i - 1];
        g.steadiness = t.bytes.size() > 1 ? static_cast<double>(grew) / static_cast<double>(t.bytes.size() - 1) : 0.0;
        judge(g, noise, series, options);
        out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(), [](const TagGrowth& a, const TagGrowth& b) {
        if (a.leaking != b.leaking)
            return a.leaking;
        if (a.leaking)
            return a.bytesRate > b.bytesRate;
        const auto net = [](const TagGrowth& g) { return static_cast<double>(g.lastBytes) - static_cast<double>(g.firstBytes); };
        return net(a) > net(b);
    });
    return out;
}

} // namespace poolscope
