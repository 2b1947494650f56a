#include "pool_contents.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <map>
#include <memory>
#include <optional>

namespace poolscope {

namespace {

using text::phrase;
using text::say;

// Looking a pointer up in the pool reads its subsegment; the blocks read are kept, so the
// pointers into one subsegment cost one read. Bounded for a block list of millions.
constexpr std::size_t kMaxPoolLookups = 1u << 16;

struct PoolLookups {
    std::size_t count = 0;
    std::map<Address, std::pair<std::uint32_t, std::uint32_t>> blocks; // start -> bytes, tag
};

} // namespace

PointerNamer poolPointerNamer(const DumpPool& pool, const std::vector<LoadedModule>& modules)
{
    auto lookups = std::make_shared<PoolLookups>();
    return [&pool, modules, lookups](Address a) -> std::string {
        for (const LoadedModule& m : modules)
            if (a >= m.base && a < m.base + m.size)
                return fmt::format("{}+{:#x}", m.name, a - m.base);
        if (const auto object = pool.objectAt(a))
            return object->handleCount == 0 ? say(phrase("Pool", "a {} object with no handle"), object->type)
                                            : say(phrase("Pool", "a {} object"), object->type);
        const auto inBlock = [&]() -> std::optional<std::uint32_t> {
            auto it = lookups->blocks.upper_bound(a);
            if (it == lookups->blocks.begin())
                return std::nullopt;
            --it;
            if (a < it->first + it->second.first)
                return it->second.second;
            return std::nullopt;
        };
        auto tag = inBlock();
        if (!tag && lookups->count < kMaxPoolLookups) {
            ++lookups->count;
            const PoolPageView view = pool.page(a);
            for (const PoolAllocation& b : view.blocks)
                lookups->blocks[b.block] = {b.bytes, b.tag};
            if (view.holder) {
                lookups->blocks[view.holder->block] = {view.holder->bytes, view.holder->tag};
                tag = view.holder->tag;
            }
        } else if (!tag) {
            return say(phrase("Pool", "a kernel address (not looked up: more than {} pointers)"), kMaxPoolLookups);
        }
        if (tag)
            return say(phrase("Pool", "a {} pool block"), PoolTag::fromKey(*tag).display());
        return phrase("Pool", "a kernel address outside the loaded images and the pool");
    };
}

std::vector<std::uint32_t> tagsWorthReading(const std::vector<PoolTagStat>& tracker,
                                            const std::vector<std::uint32_t>& objectTypeKeys, std::size_t largest,
                                            std::uint64_t minObjects)
{
    std::vector<const PoolTagStat*> byBytes;
    for (const PoolTagStat& stat : tracker)
        byBytes.push_back(&stat);
    std::stable_sort(byBytes.begin(), byBytes.end(), [](const PoolTagStat* a, const PoolTagStat* b) {
        return a->bytes.value_or(0) > b->bytes.value_or(0);
    });
    std::vector<std::uint32_t> tags;
    for (std::size_t i = 0; i < byBytes.size() && i < largest; ++i)
        tags.push_back(byBytes[i]->tag.key());
    for (const PoolTagStat& stat : tracker) {
        const std::uint32_t key = stat.tag.key();
        const bool objectTag = std::find_if(objectTypeKeys.begin(), objectTypeKeys.end(), [&](std::uint32_t k) {
                                   return k != 0 && (k & 0x7fffffffu) == (key & 0x7fffffffu);
                               }) != objectTypeKeys.end();
        if (objectTag && stat.outstanding.value_or(0) >= static_cast<std::int64_t>(minObjects))
            tags.push_back(key);
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

std::vector<PoolTagContents> readPoolContents(const DumpPool& pool, const KeptBlocks& kept,
                                              const std::vector<LoadedModule>& modules)
{
    const PointerNamer namer = poolPointerNamer(pool, modules);
    std::vector<PoolTagContents> out;
    // What a block holds is read a slice at a time and told to the tally: a million blocks'
    // contents are never held at once. The blocks come by tag and pool, by address within.
    constexpr std::size_t kSlice = 8192;
    std::optional<TagContentsTally> tally;
    const KeptBlocks::Part* current = nullptr;
    std::size_t index = 0; // of the slice's first block within its tag
    std::vector<PoolAllocation> slice;
    const auto readSlice = [&] {
        if (slice.empty())
            return;
        const std::vector<BlockContents> contents = pool.contents(slice);
        for (std::size_t i = 0; i < slice.size(); ++i)
            tally->add(index + i, slice[i], contents[i]);
        index += slice.size();
        slice.clear();
    };
    kept.inOrder([&](const KeptBlocks::Part& part, const KeptBlocks::Block& block) {
        if (!current || part.tag != current->tag || part.type != current->type) {
            if (tally) {
                readSlice();
                out.push_back(tally->finish());
            }
            current = &part;
            index = 0;
            tally.emplace(PoolTag::fromKey(part.tag), part.type, namer);
        }
        slice.push_back(part.unpack(block));
        if (slice.size() == kSlice)
            readSlice();
    });
    if (tally) {
        readSlice();
        out.push_back(tally->finish());
    }
    return out;
}

} // namespace poolscope
