#include "pool_contents.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <tuple>
#include <utility>
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
    std::mutex lock; // the workers that read a tag's slices name pointers at once
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
        std::optional<std::uint32_t> tag;
        {
            const std::lock_guard hold(lookups->lock);
            tag = inBlock();
            if (!tag && lookups->count >= kMaxPoolLookups)
                return say(phrase("Pool", "a kernel address (not looked up: more than {} pointers)"), kMaxPoolLookups);
            if (!tag)
                ++lookups->count;
        }
        if (!tag) {
            const PoolPageView view = pool.page(a); // reads a subsegment: not under the lock
            const std::lock_guard hold(lookups->lock);
            for (const PoolAllocation& b : view.blocks)
                lookups->blocks[b.block] = {b.bytes, b.tag};
            if (view.holder) {
                lookups->blocks[view.holder->block] = {view.holder->bytes, view.holder->tag};
                tag = view.holder->tag;
            }
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

namespace {

// A run of one tag's blocks, by address, read and tallied on a worker.
struct Slice {
    std::size_t part = 0; // which tag and pool, in the order they are read
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::size_t first = 0; // the index of its first block among the tag's
    std::vector<PoolAllocation> blocks;
};

struct Tallied {
    std::size_t part = 0;
    TagContentsTally tally;
};

} // namespace

std::vector<PoolTagContents> readPoolContents(const DumpPool& pool, const KeptBlocks& kept,
                                              const std::vector<LoadedModule>& modules, unsigned workers,
                                              const ReadControl* control, std::size_t sliceBlocks)
{
    const PointerNamer namer = poolPointerNamer(pool, modules);
    std::vector<PoolTagContents> out;
    if (kept.size() == 0)
        return out;
    // Each slice of a tag's blocks is read and tallied on a worker into a tally of its own;
    // the tallies are merged in the order of the blocks, which gives the figures, groups and
    // samples one tally of the whole tag would. A million blocks' contents are never held at
    // once: a few slices are in flight, each block's contents dropped once tallied.
    workers = std::max(1u, workers ? workers : std::thread::hardware_concurrency());
    const std::size_t inFlightMost = std::size_t{workers} * 2;
    std::mutex lock;
    std::condition_variable changed;
    std::deque<std::pair<std::size_t, Slice>> waiting; // by sequence number
    std::map<std::size_t, Tallied> tallied;
    std::size_t made = 0, merged = 0;
    bool closed = false;

    std::vector<std::jthread> threads;
    // However this ends, the workers are told no more slices come before they are joined (the
    // guard is destroyed before the threads).
    struct Closing {
        std::mutex& lock;
        std::condition_variable& changed;
        bool& closed;
        ~Closing()
        {
            {
                const std::lock_guard hold(lock);
                closed = true;
            }
            changed.notify_all();
        }
    };
    for (unsigned w = 0; w < workers; ++w)
        threads.emplace_back([&] {
            for (;;) {
                std::pair<std::size_t, Slice> next;
                {
                    std::unique_lock hold(lock);
                    changed.wait(hold, [&] { return closed || !waiting.empty(); });
                    if (waiting.empty())
                        return;
                    next = std::move(waiting.front());
                    waiting.pop_front();
                }
                Slice& slice = next.second;
                Tallied done{slice.part, TagContentsTally(slice.tag, slice.type, namer)};
                pool.eachContents(slice.blocks, [&](std::size_t i, BlockContents& contents) {
                    done.tally.add(slice.first + i, slice.blocks[i], contents);
                });
                slice.blocks = {};
                {
                    const std::lock_guard hold(lock);
                    tallied.emplace(next.first, std::move(done));
                }
                changed.notify_all();
            }
        });

    const Closing closing{lock, changed, closed};

    std::optional<Tallied> running;
    // The tallies that are done, in order, into the running tag's; a tag is finished when the
    // next one begins.
    const auto mergeReady = [&](std::unique_lock<std::mutex>& hold) {
        for (auto it = tallied.find(merged); it != tallied.end(); it = tallied.find(merged)) {
            Tallied done = std::move(it->second);
            tallied.erase(it);
            ++merged;
            hold.unlock();
            if (running && running->part == done.part) {
                running->tally.merge(std::move(done.tally));
            } else {
                if (running)
                    out.push_back(running->tally.finish());
                running.emplace(std::move(done));
            }
            hold.lock();
        }
    };
    const auto give = [&](Slice slice) {
        std::unique_lock hold(lock);
        for (;;) {
            mergeReady(hold);
            if (made - merged < inFlightMost)
                break;
            changed.wait(hold);
        }
        waiting.emplace_back(made++, std::move(slice));
        hold.unlock();
        changed.notify_all();
    };

    Slice slice;
    std::size_t partsMade = 0;
    const KeptBlocks::Part* current = nullptr;
    std::size_t index = 0; // of the next block within its tag
    bool stopped = false;
    kept.inOrder([&](const KeptBlocks::Part& part, const KeptBlocks::Block& block) {
        if (stopped)
            return;
        if (!current || part.tag != current->tag || part.type != current->type) {
            if (!slice.blocks.empty())
                give(std::move(slice));
            current = &part;
            index = 0;
            slice = Slice{partsMade++, PoolTag::fromKey(part.tag), part.type, 0, {}};
        }
        slice.blocks.push_back(part.unpack(block));
        ++index;
        if (slice.blocks.size() >= sliceBlocks) {
            if (control && control->cancelled()) {
                stopped = true;
                return;
            }
            Slice full = std::exchange(slice, Slice{slice.part, slice.tag, slice.type, index, {}});
            give(std::move(full));
        }
    });
    if (!slice.blocks.empty() && !stopped)
        give(std::move(slice));
    {
        std::unique_lock hold(lock);
        while (merged < made) {
            mergeReady(hold);
            if (merged < made)
                changed.wait(hold);
        }
    }
    if (stopped)
        return {};
    if (running)
        out.push_back(running->tally.finish());
    return out;
}

} // namespace poolscope
