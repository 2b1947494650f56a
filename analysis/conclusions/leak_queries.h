#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The questions an engineer asks of one snapshot, answered as plain values. The CLI
// prints them; the window shows the same answers.
namespace poolscope {

enum class TagSort : std::uint8_t { Bytes, Outstanding, Allocs };
enum class PoolFilter : std::uint8_t { All, Paged, NonPaged };

struct TagQuery {
    TagSort sort = TagSort::Bytes;
    PoolFilter pool = PoolFilter::All;
    std::size_t top = 0; // 0 = all
};

// Pool tags ordered largest first; ties broken by tag so the order is stable.
std::vector<const PoolTagStat*> rankTags(const Snapshot& snapshot, const TagQuery& query);

// A completion port with what was counted about it (the !icpleak answer).
struct PortRanking {
    const CompletionPort* port = nullptr;
    std::uint64_t depth = 0;       // queued entries: the port's own figure, else IRPs seen on it
    bool depthFromIrps = false;    // true when the port did not say and the IRPs were counted
    std::uint64_t irpsSeen = 0;    // IRPs in the snapshot that are queued on this port
    std::uint64_t completedIrps = 0;
};

// Ports ordered by queue depth, deepest first.
std::vector<PortRanking> rankPorts(const Snapshot& snapshot);

// IRPs queued on a port (or all IRPs when port is absent), in source order.
std::vector<const Irp*> irpsOnPort(const Snapshot& snapshot, std::optional<Address> port);

// How many handles of each type each process holds: the process's own per-type table
// when the source printed one, else counted from the handles seen.
struct ProcessHandleTypes {
    const Process* process = nullptr; // null when the handles name a process never described
    Address processAddress = 0;
    std::vector<HandleTypeCount> counts; // largest first
    std::uint64_t total = 0;
    bool fromHandleTable = false; // true when counted from handle entries, not a printed table
};
std::vector<ProcessHandleTypes> handleCountsByType(const Snapshot& snapshot);

// What a stacked chart of handle types draws (the Handles view, the report): the processes
// with the most handles, most first (then by address), and the types that hold the most
// handles across them, each with its count per process; the other types together.
struct HandleTypeStacks {
    std::vector<const ProcessHandleTypes*> processes;
    struct Stack {
        std::string type;
        std::vector<std::uint64_t> counts; // one per process, in the order of `processes`
    };
    std::vector<Stack> types;        // most handles first
    std::vector<std::uint64_t> other; // per process, the handles of the types left out; empty when none was
};
HandleTypeStacks handleTypeStacks(std::vector<const ProcessHandleTypes*> candidates, std::size_t processLimit,
                                  std::size_t typeLimit);

// The processes holding a handle to one object (for a port: its holders too).
struct ObjectHolder {
    Address process = 0;
    std::optional<std::uint32_t> pid;
    std::string imageName;
    std::vector<std::uint64_t> handles; // handle values in that process
};
std::vector<ObjectHolder> holdersOf(const Snapshot& snapshot, Address object);

// One tag's figures through a series (poolmon screens).
struct TagSeriesPoint {
    std::size_t index = 0; // screen number, 0-based
    std::optional<double> seconds;
    const PoolTagStat* stat = nullptr; // null when the tag is absent from that screen
};
std::vector<TagSeriesPoint> tagSeries(const SnapshotSeries& series, PoolTag tag,
                                      std::optional<PoolType> type = std::nullopt);

} // namespace poolscope
