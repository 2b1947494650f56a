#include "tag_objects.h"

#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

namespace poolscope {

namespace {

struct KnownType {
    const char* type;
    const char* tag;
};

// The kernel's object types and their pool tags (the _OBJECT_TYPE.Key of every Windows 10
// and 11 kernel: the first four characters of the name, with these exceptions spelled out).
constexpr std::array kKnownTypes{
    KnownType{"Thread", "Thre"},      KnownType{"Process", "Proc"},   KnownType{"File", "File"},
    KnownType{"IoCompletion", "IoCo"}, KnownType{"Event", "Even"},    KnownType{"Key", "Key "},
    KnownType{"Mutant", "Muta"},      KnownType{"Semaphore", "Sema"}, KnownType{"Section", "Sect"},
    KnownType{"Token", "Toke"},       KnownType{"Directory", "Dire"}, KnownType{"SymbolicLink", "Symb"},
    KnownType{"Desktop", "Desk"},     KnownType{"WindowStation", "Wind"}, KnownType{"Timer", "Time"},
    KnownType{"Job", "Job "},         KnownType{"ALPC Port", "ALPC"}, KnownType{"Device", "Devi"},
    KnownType{"Driver", "Driv"},      KnownType{"TpWorkerFactory", "TpWo"}, KnownType{"WaitCompletionPacket", "Wait"},
};

} // namespace

std::optional<std::string> objectTypeOfTag(const Snapshot& snapshot, PoolTag tag)
{
    for (const ObjectTypeInfo& type : snapshot.objectTypes)
        if (type.poolTag == tag)
            return type.name;
    if (!snapshot.objectTypes.empty())
        return std::nullopt; // the dump's own table is the truth for this kernel
    for (const KnownType& known : kKnownTypes)
        if (PoolTag(known.tag) == tag)
            return std::string(known.type);
    return std::nullopt;
}

std::optional<PoolTag> poolTagOfType(const Snapshot& snapshot, std::string_view type)
{
    for (const ObjectTypeInfo& info : snapshot.objectTypes)
        if (info.name == type)
            return info.poolTag;
    for (const KnownType& known : kKnownTypes)
        if (type == known.type)
            return PoolTag(known.tag);
    return std::nullopt;
}

std::string tagArgument(PoolTag tag)
{
    std::string text(tag.chars());
    for (auto it = text.rbegin(); it != text.rend() && *it == ' '; ++it)
        *it = '?';
    return text;
}

const PoolTagStat* largestStatOf(const Snapshot& snapshot, PoolTag tag)
{
    const PoolTagStat* best = nullptr;
    for (const PoolTagStat& stat : snapshot.poolTags)
        if (stat.tag == tag && (!best || stat.bytes.value_or(0) > best->bytes.value_or(0)))
            best = &stat;
    return best;
}

std::optional<std::uint64_t> outstandingOf(const Snapshot& snapshot, PoolTag tag)
{
    std::optional<std::uint64_t> total;
    for (const PoolTagStat& stat : snapshot.poolTags)
        if (stat.tag == tag && stat.outstanding)
            total = total.value_or(0) + static_cast<std::uint64_t>(std::max<std::int64_t>(*stat.outstanding, 0));
    return total;
}

std::optional<BlockSize> blockSizeOfTag(const Snapshot& snapshot, PoolTag tag)
{
    if (const PoolTagStat* stat = largestStatOf(snapshot, tag);
        stat && stat->bytes && stat->outstanding && *stat->outstanding > 0) {
        const auto outstanding = static_cast<std::uint64_t>(*stat->outstanding);
        return BlockSize{*stat->bytes / outstanding,
                         fmt::format("{}: {} bytes / {} allocations", tag.display(), format::count(*stat->bytes),
                                     format::count(outstanding))};
    }
    // The most common size among the blocks the debugger showed with this tag.
    std::map<std::uint32_t, std::uint64_t> sizes;
    std::uint64_t blocks = 0;
    for (const PoolBlock& block : snapshot.poolBlocks)
        if (block.tag == tag && block.size && block.allocated.value_or(true)) {
            ++sizes[*block.size];
            ++blocks;
        }
    if (sizes.empty())
        return std::nullopt;
    const auto common = std::max_element(sizes.begin(), sizes.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return BlockSize{common->first, fmt::format("{} of the {} {} blocks !poolfind or !pool showed are {:#x} bytes",
                                                format::count(common->second), format::count(blocks), tag.display(),
                                                common->first)};
}

} // namespace poolscope
