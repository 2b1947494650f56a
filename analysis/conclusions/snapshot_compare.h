#pragma once
#include "analysis/conclusions/leak_queries.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Two snapshots side by side (two poolmon screens, yesterday's log and today's): what
// grew, what appeared, what went. Computed here so that the window shows compare mode with
// the same views, and the deltas are signed values a view can sort and draw.
namespace poolscope {

enum class CompareSide : std::uint8_t { Both, BeforeOnly, AfterOnly };

// "both", "before only", "after only" in the reader's language: for display only.
std::string compareSideName(CompareSide side);

// A figure on both sides: absent on either side gives an absent delta, not a zero one.
std::optional<std::int64_t> delta(const std::optional<std::uint64_t>& before, const std::optional<std::uint64_t>& after);
std::optional<std::int64_t> delta(const std::optional<std::int64_t>& before, const std::optional<std::int64_t>& after);

struct TagComparison {
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    const PoolTagStat* before = nullptr;
    const PoolTagStat* after = nullptr;
    CompareSide side = CompareSide::Both;
    std::optional<std::int64_t> bytesDelta;
    std::optional<std::int64_t> outstandingDelta;
};
// Rows keyed by (tag, pool type), in the after snapshot's order, then the gone ones.
std::vector<TagComparison> compareTags(const Snapshot& before, const Snapshot& after);

// What the reader must know before trusting a comparison: the two snapshots come from
// different Windows builds (so not one system before and after) or different pointer
// sizes. Empty when nothing says they differ.
std::string comparisonCaveat(const Snapshot& before, const Snapshot& after);

struct PortComparison {
    Address port = 0;
    const CompletionPort* before = nullptr;
    const CompletionPort* after = nullptr;
    CompareSide side = CompareSide::Both;
    std::optional<std::uint64_t> depthBefore; // the ranking's depth on each side
    std::optional<std::uint64_t> depthAfter;
    std::optional<std::int64_t> depthDelta;
};
std::vector<PortComparison> comparePorts(const Snapshot& before, const Snapshot& after);

// Processes match by pid and image (the EPROCESS address when the source gave no pid).
struct HandleTypeComparison {
    Address process = 0; // on the after side when present
    std::string image;
    std::optional<std::uint32_t> pid;
    std::string type;
    std::optional<std::uint64_t> before;
    std::optional<std::uint64_t> after;
    std::optional<std::int64_t> countDelta;
    CompareSide side = CompareSide::Both;
};
std::vector<HandleTypeComparison> compareHandleTypes(const Snapshot& before, const Snapshot& after);

// Objects by address: the counts that keep an object alive (the thread-handle leak's
// terminated threads keep HandleCount 1).
struct ObjectComparison {
    Address address = 0;
    const KernelObject* before = nullptr;
    const KernelObject* after = nullptr;
    CompareSide side = CompareSide::Both;
    std::optional<std::int64_t> handleCountDelta;
    std::optional<std::int64_t> pointerCountDelta;
};
std::vector<ObjectComparison> compareObjects(const Snapshot& before, const Snapshot& after);

struct SummaryComparison {
    std::optional<std::int64_t> nonPagedDelta;
    std::optional<std::int64_t> pagedDelta;
};
SummaryComparison compareSummaries(const Snapshot& before, const Snapshot& after);

} // namespace poolscope
