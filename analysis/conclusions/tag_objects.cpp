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
    bool paged; // the kernel allocates its objects from paged pool
};

// The kernel's object types and their pool tags: the _OBJECT_TYPE.Key of Windows 10 and 11
// kernels is the first four characters of the type's name, space-padded ("Key ").
constexpr std::array kKnownTypes{
    KnownType{"Thread", "Thre", false},        KnownType{"Process", "Proc", false},
    KnownType{"File", "File", false},          KnownType{"IoCompletion", "IoCo", false},
    KnownType{"Event", "Even", false},         KnownType{"Key", "Key ", true},
    KnownType{"Mutant", "Muta", false},        KnownType{"Semaphore", "Sema", false},
    KnownType{"Section", "Sect", false},       KnownType{"Token", "Toke", true},
    KnownType{"Directory", "Dire", true},      KnownType{"SymbolicLink", "Symb", true},
    KnownType{"Desktop", "Desk", false},       KnownType{"WindowStation", "Wind", false},
    KnownType{"Timer", "Time", false},         KnownType{"Job", "Job ", false},
    KnownType{"ALPC Port", "ALPC", false},     KnownType{"Device", "Devi", false},
    KnownType{"Driver", "Driv", false},        KnownType{"TpWorkerFactory", "TpWo", false},
    KnownType{"WaitCompletionPacket", "Wait", false},
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

PoolType poolOfObjectType(std::string_view type)
{
    for (const KnownType& known : kKnownTypes)
        if (type == known.type)
            return known.paged ? PoolType::Paged : PoolType::NonPaged;
    return PoolType::NonPaged;
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
