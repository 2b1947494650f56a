#include "correlation.h"

#include "model/format.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace poolscope {

using text::phrase;
using text::say;

namespace {

using Track = std::vector<std::optional<double>>; // one figure per snapshot, absent where the tag is

struct Stats {
    std::size_t n = 0;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    void add(double x, double y)
    {
        ++n;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    double varX() const { return sxx - sx * sx / static_cast<double>(n); }
    double varY() const { return syy - sy * sy / static_cast<double>(n); }
    double cov() const { return sxy - sx * sy / static_cast<double>(n); }
};

// A variance this small against the changes' own size is rounding, not variation.
bool varies(double variance, double sumOfSquares)
{
    return variance > 1e-9 * std::max(1.0, sumOfSquares);
}

} // namespace

TagCorrelation correlateTags(const SnapshotSeries& series, PoolTag tag, std::optional<PoolType> type,
                             const CorrelationOptions& options)
{
    TagCorrelation result;
    result.tag = tag;
    // Outstanding allocations when every row has them (poolmon, !poolused): bytes mix the
    // sizes in; else bytes.
    bool outstandingEverywhere = true;
    for (const Snapshot& s : series.snapshots)
        for (const PoolTagStat& stat : s.poolTags)
            outstandingEverywhere = outstandingEverywhere && stat.outstanding.has_value();
    result.allocations = outstandingEverywhere;

    std::map<std::pair<PoolTag, PoolType>, Track> tracks;
    for (std::size_t i = 0; i < series.snapshots.size(); ++i)
        for (const PoolTagStat& stat : series.snapshots[i].poolTags) {
            const std::optional<double> value = result.allocations
                ? std::optional<double>(static_cast<double>(*stat.outstanding))
                : (stat.bytes ? std::optional<double>(static_cast<double>(*stat.bytes)) : std::nullopt);
            if (!value)
                continue;
            Track& track = tracks[{stat.tag, stat.type}];
            track.resize(series.snapshots.size());
            track[i] = value;
        }

    // The chosen tag's pool: the one asked for, else where it is largest at the end.
    if (!type && !series.empty()) {
        std::uint64_t most = 0;
        for (const PoolTagStat& stat : series.snapshots.back().poolTags)
            if (stat.tag == tag && (!type || stat.bytes.value_or(0) > most)) {
                type = stat.type;
                most = stat.bytes.value_or(0);
            }
        for (const auto& [key, track] : tracks)
            if (!type && key.first == tag)
                type = key.second;
    }
    const auto chosen = type ? tracks.find({tag, *type}) : tracks.end();
    if (chosen == tracks.end()) {
        result.summary = say(phrase("Correlation", "tag '{}' is on none of the {} screens"), tag.display(), series.size());
        return result;
    }
    result.found = true;
    result.type = *type;
    const Track& base = chosen->second;
    const auto step = [](const Track& t, std::size_t i) -> std::optional<double> {
        if (i == 0 || !t[i] || !t[i - 1])
            return std::nullopt;
        return *t[i] - *t[i - 1];
    };
    Stats own;
    for (std::size_t i = 1; i < base.size(); ++i)
        if (const auto d = step(base, i)) {
            own.add(*d, *d);
            result.netChange += static_cast<std::int64_t>(std::llround(*d));
        }
    result.steps = own.n;
    result.constantSteps = own.n >= 2 && !varies(own.varX(), own.sxx);

    const std::string unit = result.allocations ? phrase("Correlation", "allocations") : phrase("Correlation", "bytes");
    for (const auto& [key, track] : tracks) {
        if (key.first == tag && key.second == *type)
            continue;
        TagPartner p;
        p.tag = key.first;
        p.type = key.second;
        Stats both;
        for (std::size_t i = 1; i < base.size(); ++i) {
            const auto x = step(base, i);
            const auto y = step(track, i);
            if (!x || !y)
                continue;
            both.add(*x, *y);
            p.netChange += static_cast<std::int64_t>(std::llround(*y));
        }
        p.steps = both.n;
        if (both.n >= 2 && varies(both.varX(), both.sxx) && varies(both.varY(), both.syy)) {
            p.correlation = both.cov() / std::sqrt(both.varX() * both.varY());
            p.ratio = both.cov() / both.varX();
        }
        p.partner = p.correlation && *p.correlation >= options.partnerCorrelation && p.steps >= options.minimumSteps
            && p.netChange > 0;
        if (!p.correlation)
            p.explanation = both.n < 2 ? say(phrase("Correlation", "on {} common steps: too few to compare"), both.n)
                : varies(both.varX(), both.sxx)
                ? std::string(phrase("Correlation", "changes by the same amount every step: nothing to follow"))
                : say(phrase("Correlation", "'{}' changes by the same amount every step: nothing to follow"), tag.display());
        else if (p.partner)
            p.explanation = say(phrase("Correlation", "its changes follow '{}' (correlation {:.2f} over {} steps): {:+.2f} {} "
                                                      "per '{}' {}, {} {} over the capture"),
                                tag.display(), *p.correlation, p.steps, *p.ratio, unit, tag.display(),
                                result.allocations ? phrase("Correlation", "allocation") : phrase("Correlation", "byte"),
                                format::signedCount(p.netChange), unit);
        else if (*p.correlation >= options.partnerCorrelation && p.netChange <= 0)
            p.explanation = say(phrase("Correlation", "moves with '{}' (correlation {:.2f}) but did not grow ({} {})"),
                                tag.display(), *p.correlation, format::signedCount(p.netChange), unit);
        else
            p.explanation = p.netChange > 0
                ? say(phrase("Correlation", "correlation {:.2f} over {} steps: grows on its own rhythm"), *p.correlation, p.steps)
                : say(phrase("Correlation", "correlation {:.2f} over {} steps: moves on its own"), *p.correlation, p.steps);
        result.others.push_back(std::move(p));
    }
    std::stable_sort(result.others.begin(), result.others.end(), [](const TagPartner& a, const TagPartner& b) {
        if (a.partner != b.partner)
            return a.partner;
        if (a.correlation.has_value() != b.correlation.has_value())
            return a.correlation.has_value();
        if (a.correlation && *a.correlation != *b.correlation)
            return *a.correlation > *b.correlation;
        return a.netChange > b.netChange;
    });
    const auto partners = static_cast<std::size_t>(
        std::count_if(result.others.begin(), result.others.end(), [](const TagPartner& p) { return p.partner; }));
    if (result.constantSteps)
        result.summary = say(phrase("Correlation", "'{}' changes by the same {} {} on every one of its {} steps: a constant "
                                                   "rate cannot tell a partner from another steady tag (a capture with "
                                                   "uneven load can)"),
                                     tag.display(),
                                     format::signedCount(own.n ? result.netChange / static_cast<std::int64_t>(own.n) : 0),
                                     unit, own.n);
    else if (partners == 0)
        result.summary = say(phrase("Correlation", "no tag follows '{}' ({} {} over {} steps)"), tag.display(),
                                     format::signedCount(result.netChange), unit, result.steps);
    else {
        std::string names;
        for (std::size_t i = 0; i < partners && i < 3; ++i)
            names += (names.empty() ? "'" : ", '") + result.others[i].tag.display() + "'";
        const std::string more = partners > 3 ? ", ..." : "";
        result.summary = partners == 1
            ? say(phrase("Correlation", "{} tag follows '{}' ({} {} over {} steps): {}{}"), partners, tag.display(),
                  format::signedCount(result.netChange), unit, result.steps, names, more)
            : say(phrase("Correlation", "{} tags follow '{}' ({} {} over {} steps): {}{}"), partners, tag.display(),
                  format::signedCount(result.netChange), unit, result.steps, names, more);
    }
    return result;
}

} // namespace poolscope
