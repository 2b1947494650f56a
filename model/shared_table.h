#pragma once
#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace poolscope {

// Values many records repeat, each kept once for the program under a number from 1 (0 is
// left for "none"): the records hold 4 bytes. A number is read without a lock while other
// threads add values: the numbers' table grows in chunks that never move, and a number
// reaches another thread only through the shard's lock or data the threads hand over, both
// after its slot was written. Sharded so that the walks' threads rarely wait on each other.
template <typename Value, typename Hash = std::hash<Value>>
class SharedTable {
public:
    static SharedTable& instance()
    {
        static SharedTable table;
        return table;
    }

    std::uint32_t intern(const Value& value)
    {
        // Consecutive records repeat the value the previous one had (the threads of one
        // process, a million unnamed objects of one type): a small per-thread cache answers
        // those without the shard's lock.
        struct Cached {
            Value value{};
            std::uint32_t id = 0;
        };
        thread_local std::array<Cached, 64> cache{};
        const std::size_t hash = Hash{}(value);
        Cached& cached = cache[hash % cache.size()];
        if (cached.id && cached.value == value)
            return cached.id;
        Shard& shard = m_shards[(hash >> 8) % kShards];
        std::uint32_t id = 0;
        {
            std::lock_guard guard(shard.lock);
            auto [it, added] = shard.numbers.try_emplace(value, 0);
            if (added)
                it->second = number(value);
            id = it->second;
        }
        cached = {value, id};
        return id;
    }

    const Value& at(std::uint32_t id) const
    {
        return m_chunks[id >> kChunkBits].load(std::memory_order_acquire)[id & (kChunkSize - 1)];
    }

    std::size_t size() const { return m_next.load(std::memory_order_relaxed) - 1; }

private:
    // One table per kind of value, through instance(): intern()'s per-thread cache is keyed
    // by value alone, so a second table of the same kind would be answered with its ids.
    SharedTable() = default;

    static constexpr std::uint32_t kChunkBits = 12;
    static constexpr std::uint32_t kChunkSize = 1u << kChunkBits;
    static constexpr std::uint32_t kMaxChunks = 1u << 16; // 268 million values
    static constexpr std::size_t kShards = 16;

    struct Shard {
        std::mutex lock;
        std::unordered_map<Value, std::uint32_t, Hash> numbers;
    };

    std::uint32_t number(const Value& value)
    {
        const std::uint32_t id = m_next.fetch_add(1, std::memory_order_relaxed);
        const std::uint32_t chunk = id >> kChunkBits;
        if (chunk >= kMaxChunks)
            throw std::length_error("more distinct shared values than the table holds");
        Value* slots = m_chunks[chunk].load(std::memory_order_acquire);
        if (!slots) {
            std::lock_guard guard(m_grow);
            slots = m_chunks[chunk].load(std::memory_order_acquire);
            if (!slots) {
                slots = new Value[kChunkSize]();
                m_chunks[chunk].store(slots, std::memory_order_release);
            }
        }
        slots[id & (kChunkSize - 1)] = value;
        return id;
    }

    std::array<Shard, kShards> m_shards;
    std::array<std::atomic<Value*>, kMaxChunks> m_chunks{};
    std::atomic<std::uint32_t> m_next{1};
    std::mutex m_grow;
};

} // namespace poolscope
