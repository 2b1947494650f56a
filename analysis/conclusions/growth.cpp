#include "growth.h"

#include "model/format.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <thread>
#include <unordered_map>

namespace poolscope {

namespace {

// One tag's figures through the series, kept as they stream by: what the verdict needs and
// the step slopes for the medians (floats: a median needs no more, and a series of 10,000
// screens of 2,000 tags is 20 million steps).
struct Track {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::size_t points = 0;
    double firstBytes = 0;
    double lastBytes = 0;
    double lastOutstanding = 0;
    double lastX = 0;
    double beforeLast = 0; // the value before lastBytes, for the running median of three
    double peak = 0;       // the largest median of three neighbours so far
    std::size_t grew = 0;
    std::vector<float> bytesSlopes;
    std::vector<float> allocSlopes;

    void add(double x, double bytes, double outstanding)
    {
        if (points == 0) {
            firstBytes = bytes;
        } else {
            if (x > lastX) {
                const double perUnit = 1.0 / (x - lastX);
                bytesSlopes.push_back(static_cast<float>((bytes - lastBytes) * perUnit));
                allocSlopes.push_back(static_cast<float>((outstanding - lastOutstanding) * perUnit));
            }
            grew += bytes > lastBytes;
            if (points >= 2) {
                const double a = beforeLast, b = lastBytes, c = bytes;
                peak = std::max(peak, std::max(std::min(a, b), std::min(std::max(a, b), c)));
            }
        }
        beforeLast = lastBytes;
        lastBytes = bytes;
        lastOutstanding = outstanding;
        lastX = x;
        ++points;
    }

    // The highest level held for more than a moment: a single spike is not a peak.
    double robustPeak() const
    {
        if (points < 3)
            return std::max(firstBytes, std::max(beforeLast, lastBytes));
        return std::max(peak, std::max(firstBytes, lastBytes));
    }
};

// The median of the step-to-step slopes: one spike makes two outlying steps, which the
// median passes over, where a least-squares line would tilt towards it.
double median(std::vector<float>& values)
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

// The median slope, and how far the slopes typically are from it (their median absolute
// deviation). Reorders `slopes`.
void medianAndNoise(std::vector<float>& slopes, double& rate, double& noise)
{
    rate = median(slopes);
    for (float& v : slopes)
        v = static_cast<float>(std::abs(static_cast<double>(v) - rate));
    noise = median(slopes);
}

using text::phrase;
using text::say;

std::string rateText(double bytesPerUnit, bool perSecond)
{
    const std::string amount = format::bytes(static_cast<std::uint64_t>(std::llround(std::abs(bytesPerUnit))));
    const std::string sign = bytesPerUnit < 0 ? "-" : "+";
    return perSecond ? say(phrase("Growth", "{}{}/s"), sign, amount) : say(phrase("Growth", "{}{} per snapshot"), sign, amount);
}

std::string durationText(double units, bool perSecond)
{
    if (!perSecond)
        return say(phrase("Growth", "{:.0f} more snapshots"), units);
    if (units < 120)
        return say(phrase("Growth", "{:.0f} s"), units);
    if (units < 2 * 3600)
        return say(phrase("Growth", "{:.0f} min"), units / 60);
    if (units < 2 * 86400)
        return say(phrase("Growth", "{:.1f} h"), units / 3600);
    return say(phrase("Growth", "{:.1f} days"), units / 86400);
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
    const std::string span = say(phrase("Growth", "{} -> {} over {} snapshots"), format::bytes(g.firstBytes),
                                 format::bytes(g.lastBytes), g.points);
    if (g.points < options.minimumPoints) {
        g.explanation = say(phrase("Growth", "seen in {} snapshots: too few for a trend"), g.points);
        return;
    }
    const bool fellBack = g.peakBytes > 0 && static_cast<double>(g.lastBytes) < 0.8 * static_cast<double>(g.peakBytes);
    if (fellBack && g.peakBytes > g.firstBytes) {
        g.explanation = say(phrase("Growth", "grew to {} then fell back to {}: freed, not leaked"), format::bytes(g.peakBytes),
                            format::bytes(g.lastBytes));
        return;
    }
    if (g.bytesRate <= 0 || g.lastBytes <= g.firstBytes) {
        g.explanation = say(phrase("Growth", "no steady growth: {}"), span);
        return;
    }
    // A random walk's typical step is as large as its median step; a leak's is not. Over a
    // few steps a random walk often goes up 4 times in 5: short captures must grow nearly
    // every time.
    const double minimumSteadiness = g.points < 11 ? std::max(options.minimumSteadiness, 0.9) : options.minimumSteadiness;
    if (g.steadiness < minimumSteadiness || g.bytesRate <= noise) {
        g.explanation = say(phrase("Growth", "up and down ({:.0f}% of steps grew), {}: noise more than a leak"),
                            g.steadiness * 100, span);
        return;
    }
    const double relative = (static_cast<double>(g.lastBytes) - static_cast<double>(g.firstBytes))
        / std::max(1.0, static_cast<double>(g.firstBytes));
    const bool enough = relative >= options.minimumRelativeGrowth
        || (g.steadiness >= options.nearlyEverySteps && relative >= options.steadyRelativeGrowth);
    if (!enough) {
        g.explanation = say(phrase("Growth", "drifts up by {:.1f}% ({:.0f}% of steps grew), {}: too little to call a leak"),
                                    relative * 100, g.steadiness * 100, span);
        return;
    }
    g.leaking = true;
    g.explanation = say(phrase("Growth", "grows {} in {:.0f}% of steps, {}"), rateText(g.bytesRate, g.perSecond),
                        g.steadiness * 100, span);
    if (const auto room = roomLeft(series, g.type)) {
        g.untilExhaustion = *room / g.bytesRate;
        g.explanation += isNonPaged(g.type)
            ? say(phrase("Growth", "; nonpaged pool full in {} at this rate"), durationText(*g.untilExhaustion, g.perSecond))
            : say(phrase("Growth", "; paged pool full in {} at this rate"), durationText(*g.untilExhaustion, g.perSecond));
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
    // poolmon prints the tags of every screen in much the same order: remember which track
    // each row position fed last time, and look a key up only when the position changed.
    std::vector<std::size_t> trackAtRow;
    for (std::size_t i = 0; i < series.snapshots.size(); ++i) {
        const Snapshot& s = series.snapshots[i];
        const double x = timed ? *s.secondsSinceStart : static_cast<double>(i);
        if (trackAtRow.size() < s.poolTags.size())
            trackAtRow.resize(s.poolTags.size(), SIZE_MAX);
        for (std::size_t row = 0; row < s.poolTags.size(); ++row) {
            const PoolTagStat& stat = s.poolTags[row];
            if (!stat.bytes)
                continue;
            const std::uint64_t key = (std::uint64_t{stat.tag.key()} << 8) | static_cast<std::uint64_t>(stat.type);
            std::size_t at = trackAtRow[row];
            if (at == SIZE_MAX || tracks[at].tag != stat.tag || tracks[at].type != stat.type) {
                const auto [it, inserted] = index.try_emplace(key, tracks.size());
                if (inserted) {
                    Track& t = tracks.emplace_back();
                    t.tag = stat.tag;
                    t.type = stat.type;
                    // Most tags are on most screens: one allocation each instead of a doubling chain.
                    t.bytesSlopes.reserve(series.snapshots.size() - i);
                    t.allocSlopes.reserve(series.snapshots.size() - i);
                }
                at = it->second;
                trackAtRow[row] = at;
            }
            tracks[at].add(x, static_cast<double>(*stat.bytes), static_cast<double>(stat.outstanding.value_or(0)));
        }
    }

    // The medians are independent per tag: the second half runs on another core.
    std::vector<TagGrowth> out(tracks.size());
    const auto conclude = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            Track& t = tracks[i];
            TagGrowth& g = out[i];
            g.tag = t.tag;
            g.type = t.type;
            g.points = t.points;
            g.perSecond = timed;
            g.firstBytes = static_cast<std::uint64_t>(t.firstBytes);
            g.lastBytes = static_cast<std::uint64_t>(t.lastBytes);
            g.peakBytes = static_cast<std::uint64_t>(t.robustPeak());
            double noise = 0;
            medianAndNoise(t.bytesSlopes, g.bytesRate, noise);
            g.allocsRate = median(t.allocSlopes);
            g.steadiness = t.points > 1 ? static_cast<double>(t.grew) / static_cast<double>(t.points - 1) : 0.0;
            judge(g, noise, series, options);
            t.bytesSlopes = {};
            t.allocSlopes = {};
        }
    };
    const std::size_t half = tracks.size() / 2;
    if (tracks.size() >= 64) {
        std::thread helper(conclude, half, tracks.size());
        conclude(0, half);
        helper.join();
    } else {
        conclude(0, tracks.size());
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
