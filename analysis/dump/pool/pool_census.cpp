#include "pool_census.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace poolscope {

namespace {

using text::phrase;
using text::say;

constexpr std::size_t kInitialSlots = 4096;

std::size_t hashOf(std::uint32_t tag, PoolType type)
{
    const std::uint64_t key = (std::uint64_t{tag} << 8) | static_cast<std::uint8_t>(type);
    return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ull) >> 32);
}

} // namespace

PoolCensusSink::PoolCensusSink() : m_index(kInitialSlots, 0) {}

PoolCensusSink::Counters& PoolCensusSink::slot(std::uint32_t tag, PoolType type)
{
    std::size_t mask = m_index.size() - 1;
    for (std::size_t i = hashOf(tag, type) & mask;; i = (i + 1) & mask) {
        const std::uint32_t at = m_index[i];
        if (at == 0) {
            if ((m_counters.size() + 1) * 2 > m_index.size()) {
                // Grow: rehash every counter, then look again.
                std::vector<std::uint32_t> grown(m_index.size() * 2, 0);
                mask = grown.size() - 1;
                for (std::size_t c = 0; c < m_counters.size(); ++c) {
                    std::size_t j = hashOf(m_counters[c].tag, m_counters[c].type) & mask;
                    while (grown[j])
                        j = (j + 1) & mask;
                    grown[j] = static_cast<std::uint32_t>(c + 1);
                }
                m_index = std::move(grown);
                return slot(tag, type);
            }
            m_counters.push_back(Counters{});
            m_counters.back().tag = tag;
            m_counters.back().type = type;
            m_index[i] = static_cast<std::uint32_t>(m_counters.size());
            return m_counters.back();
        }
        Counters& c = m_counters[at - 1];
        if (c.tag == tag && c.type == type)
            return c;
    }
}

void PoolCensusSink::block(const PoolAllocation& block)
{
    if (block.flags & PoolAllocation::kTagUnread)
        return;
    Counters& c = slot(block.tag, block.type);
    switch (block.state) {
    case BlockState::Allocated:
        ++c.allocated;
        c.allocatedBytes += block.bytes;
        if (block.backend == PoolBackend::Big) {
            ++c.big;
            if (block.flags & PoolAllocation::kPagesMissing)
                ++c.bigMissing;
        }
        break;
    case BlockState::Free:
        ++c.free;
        c.freeBytes += block.bytes;
        return; // the sizes are those of allocations
    case BlockState::Undetermined:
        ++c.undetermined;
        c.undeterminedBytes += block.bytes;
        break;
    }
    c.minBytes = std::min(c.minBytes, block.bytes);
    c.maxBytes = std::max(c.maxBytes, block.bytes);
    for (auto& [bytes, blocks] : c.sizes) {
        if (blocks == 0)
            bytes = block.bytes;
        if (bytes == block.bytes) {
            ++blocks;
            return;
        }
    }
}

std::vector<PoolTagScan> mergeCensus(const std::vector<const PoolCensusSink*>& sinks)
{
    std::map<std::pair<std::uint32_t, PoolType>, std::pair<PoolTagScan, std::map<std::uint32_t, std::uint64_t>>> merged;
    for (const PoolCensusSink* sink : sinks) {
        for (const PoolCensusSink::Counters& c : sink->counters()) {
            auto& [scan, sizes] = merged[{c.tag, c.type}];
            scan.tag = PoolTag::fromKey(c.tag);
            scan.type = c.type;
            scan.allocated += c.allocated;
            scan.allocatedBytes += c.allocatedBytes;
            scan.freeWithTag += c.free;
            scan.freeBytes += c.freeBytes;
            scan.undetermined += c.undetermined;
            scan.undeterminedBytes += c.undeterminedBytes;
            scan.big += c.big;
            scan.bigPagesMissing += c.bigMissing;
            if (c.maxBytes) {
                scan.minBytes = scan.maxBytes ? std::min(scan.minBytes, c.minBytes) : c.minBytes;
                scan.maxBytes = std::max(scan.maxBytes, c.maxBytes);
            }
            for (const auto& [bytes, blocks] : c.sizes)
                if (blocks)
                    sizes[bytes] += blocks;
        }
    }
    std::vector<PoolTagScan> out;
    out.reserve(merged.size());
    for (auto& [key, entry] : merged) {
        auto& [scan, sizes] = entry;
        std::vector<std::pair<std::uint32_t, std::uint64_t>> common(sizes.begin(), sizes.end());
        std::stable_sort(common.begin(), common.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        if (common.size() > 4)
            common.resize(4);
        scan.commonSizes = std::move(common);
        out.push_back(std::move(scan));
    }
    std::sort(out.begin(), out.end(), [](const PoolTagScan& a, const PoolTagScan& b) {
        return std::tie(a.tag, a.type) < std::tie(b.tag, b.type);
    });
    return out;
}

void holdAgainstTracker(std::vector<PoolTagScan>& tags, const std::vector<PoolTagStat>& tracker)
{
    std::map<std::pair<PoolTag, PoolType>, std::int64_t> outstanding;
    for (const PoolTagStat& stat : tracker)
        if (stat.outstanding)
            outstanding[{stat.tag, isPaged(stat.type) ? PoolType::Paged : PoolType::NonPaged}] += *stat.outstanding;
    for (PoolTagScan& scan : tags) {
        const auto it = outstanding.find({scan.tag, scan.type});
        if (it != outstanding.end()) {
            scan.trackerOutstanding = it->second;
            outstanding.erase(it);
        }
    }
    // What the tracker counts and the scan found none of.
    for (const auto& [key, count] : outstanding) {
        if (count <= 0)
            continue;
        PoolTagScan missing;
        missing.tag = key.first;
        missing.type = key.second;
        missing.trackerOutstanding = count;
        tags.push_back(std::move(missing));
    }
    std::sort(tags.begin(), tags.end(), [](const PoolTagScan& a, const PoolTagScan& b) {
        return std::tie(a.tag, a.type) < std::tie(b.tag, b.type);
    });
}

std::string trackerAgreement(const PoolTagScan& tag)
{
    const std::uint64_t found = tag.allocated + tag.undetermined;
    if (!tag.trackerOutstanding)
        return text::say(text::phrase("Pool", "{} ({}): {} found in the pool, not in the tracker table"),
                         tag.tag.display(), poolTypeName(tag.type), format::count(found));
    const std::int64_t outstanding = *tag.trackerOutstanding;
    if (outstanding <= 0)
        return text::say(text::phrase("Pool", "{} ({}): none outstanding in the tracker table, {} found in the pool"),
                         tag.tag.display(), poolTypeName(tag.type), format::count(found));
    const double share = static_cast<double>(found) / static_cast<double>(outstanding);
    // Two decimals near 100%, where a handful of blocks is the whole difference.
    const std::string percent = std::abs(share - 1.0) < 0.01 && found != static_cast<std::uint64_t>(outstanding)
        ? fmt::format("{:.2f}%", share * 100.0)
        : format::percent(share);
    return text::say(text::phrase("Pool", "{} ({}): {} outstanding, {} found in the pool, {}"), tag.tag.display(),
                     poolTypeName(tag.type), format::count(static_cast<std::uint64_t>(outstanding)),
                     format::count(found), percent);
}

std::string poolScanSentence(const PoolScanSummary& scan)
{
    std::string method;
    switch (scan.method) {
    case PoolScanSummary::Method::SegmentHeap:
        method = say(phrase("Pool", "read from its segment heaps ({} LFH and {} VS subsegments, {} big allocations)"),
                     format::count(scan.lfhSubsegments), format::count(scan.vsSubsegments), format::count(scan.bigEntries));
        break;
    case PoolScanSummary::Method::ClassicPages:
        method = say(phrase("Pool", "read from its pool pages ({} pages, {} big allocations)"),
                     format::count(scan.classicPages), format::count(scan.bigEntries));
        break;
    case PoolScanSummary::Method::HeaderScan:
        method = phrase("Pool", "found by a header scan only (the heaps could not be read: allocated and free blocks "
                                "are not told apart)");
        break;
    }
    std::vector<std::string> disagreeing;
    std::size_t compared = 0;
    for (const PoolTagScan& tag : scan.tags) {
        if (!tag.trackerOutstanding)
            continue;
        ++compared;
        if (disagreesWithTracker(tag))
            disagreeing.push_back(fmt::format("{} ({})", tag.tag.display(), poolTypeName(tag.type)));
    }
    const std::uint64_t blocks = scan.method == PoolScanSummary::Method::HeaderScan ? scan.undetermined : scan.allocated;
    std::string agreement;
    if (compared == 0)
        agreement = phrase("Pool", "the dump has no tracker table to hold them against");
    else if (disagreeing.empty())
        agreement = say(phrase("Pool", "all {} tags agree with the tracker table"), compared);
    else
        agreement = say(phrase("Pool", "{} of {} tags disagree with the tracker table: {}"), disagreeing.size(), compared,
                        fmt::join(disagreeing.begin(), disagreeing.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(disagreeing.size(), 5)), ", "));
    return say(phrase("Pool", "{} allocations in {}, {}; {}"), format::count(blocks), format::bytes(scan.bytesScanned),
               method, agreement);
}

bool disagreesWithTracker(const PoolTagScan& tag)
{
    if (!tag.trackerOutstanding)
        return false;
    const std::int64_t found = static_cast<std::int64_t>(tag.allocated + tag.undetermined);
    const std::int64_t difference = std::abs(found - *tag.trackerOutstanding);
    return difference > 16 && static_cast<double>(difference) > 0.01 * static_cast<double>(std::max<std::int64_t>(*tag.trackerOutstanding, 1));
}

} // namespace poolscope
