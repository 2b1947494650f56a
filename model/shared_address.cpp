#include "shared_address.h"

#include <array>
#include <atomic>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace poolscope {

namespace {

// Sharded as Interned is: the walks' threads rarely wait on each other.
struct Shard {
    std::mutex lock;
    std::unordered_map<Address, std::uint32_t> ids;
};
constexpr std::size_t kShards = 16;
std::array<Shard, kShards>& shards()
{
    static std::array<Shard, kShards> all;
    return all;
}

// Number -> address, in chunks that never move, read without a lock (see Interned).
constexpr std::uint32_t kChunkBits = 12;
constexpr std::uint32_t kChunkSize = 1u << kChunkBits;
constexpr std::uint32_t kMaxChunks = 1u << 16;
struct Numbers {
    std::array<std::atomic<Address*>, kMaxChunks> chunks{};
    std::atomic<std::uint32_t> next{1};
    std::mutex grow;
};
Numbers& numbers()
{
    static Numbers all;
    return all;
}

std::uint32_t number(Address address)
{
    Numbers& n = numbers();
    const std::uint32_t id = n.next.fetch_add(1, std::memory_order_relaxed);
    const std::uint32_t chunk = id >> kChunkBits;
    if (chunk >= kMaxChunks)
        throw std::length_error("more distinct shared addresses than the table holds");
    Address* slots = n.chunks[chunk].load(std::memory_order_acquire);
    if (!slots) {
        std::lock_guard guard(n.grow);
        slots = n.chunks[chunk].load(std::memory_order_acquire);
        if (!slots) {
            slots = new Address[kChunkSize]();
            n.chunks[chunk].store(slots, std::memory_order_release);
        }
    }
    slots[id & (kChunkSize - 1)] = address;
    return id;
}

std::uint64_t mix(Address a)
{
    a ^= a >> 33;
    a *= 0xff51afd7ed558ccdull;
    a ^= a >> 33;
    return a;
}

// Consecutive records repeat the address the previous one had (the threads of one process).
struct CacheEntry {
    Address address = 0;
    std::uint32_t id = 0;
};
constexpr std::size_t kCacheSize = 64;
thread_local std::array<CacheEntry, kCacheSize> t_cache{};

} // namespace

std::uint32_t SharedAddress::intern(Address address)
{
    const std::uint64_t hash = mix(address);
    CacheEntry& cached = t_cache[hash % kCacheSize];
    if (cached.id && cached.address == address)
        return cached.id;
    Shard& shard = shards()[(hash >> 8) % kShards];
    std::uint32_t id = 0;
    {
        std::lock_guard guard(shard.lock);
        auto [it, added] = shard.ids.try_emplace(address, 0);
        if (added)
            it->second = number(address);
        id = it->second;
    }
    cached = {address, id};
    return id;
}

Address SharedAddress::addressOf(std::uint32_t id)
{
    return numbers().chunks[id >> kChunkBits].load(std::memory_order_acquire)[id & (kChunkSize - 1)];
}

std::size_t SharedAddress::sharedCount()
{
    return numbers().next.load(std::memory_order_relaxed) - 1;
}

} // namespace poolscope
