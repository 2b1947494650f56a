#include "interned.h"

#include <array>
#include <atomic>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace poolscope {

namespace {

struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
struct Equal {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

// Sharded so that the walks' threads rarely wait on each other; the map's nodes never move,
// so the strings stay where the numbers' table points while the map grows.
struct Shard {
    std::mutex lock;
    std::unordered_map<std::string, std::uint32_t, Hash, Equal> strings;
};
constexpr std::size_t kShards = 16;
std::array<Shard, kShards>& shards()
{
    static std::array<Shard, kShards> all;
    return all;
}
std::atomic<std::size_t> g_count{0}, g_bytes{0};

// Number -> string, in chunks that never move: a number is read without a lock while other
// threads intern (a number reaches another thread only through the shard's lock or data the
// threads hand over, both after its chunk slot was written).
constexpr std::uint32_t kChunkBits = 12;
constexpr std::uint32_t kChunkSize = 1u << kChunkBits;
constexpr std::uint32_t kMaxChunks = 1u << 16; // 268 million strings
struct Numbers {
    std::array<std::atomic<const std::string**>, kMaxChunks> chunks{};
    std::atomic<std::uint32_t> next{1};
    std::mutex grow;
};
Numbers& numbers()
{
    static Numbers all;
    return all;
}

std::uint32_t number(const std::string* text)
{
    Numbers& n = numbers();
    const std::uint32_t id = n.next.fetch_add(1, std::memory_order_relaxed);
    const std::uint32_t chunk = id >> kChunkBits;
    if (chunk >= kMaxChunks)
        throw std::length_error("more distinct strings than the interning table holds");
    const std::string** slots = n.chunks[chunk].load(std::memory_order_acquire);
    if (!slots) {
        std::lock_guard guard(n.grow);
        slots = n.chunks[chunk].load(std::memory_order_acquire);
        if (!slots) {
            slots = new const std::string*[kChunkSize]();
            n.chunks[chunk].store(slots, std::memory_order_release);
        }
    }
    slots[id & (kChunkSize - 1)] = text;
    return id;
}

// Most records repeat the string the previous one had ("Event", "Event", ...): a small
// per-thread cache answers those without a lock.
struct CacheEntry {
    std::size_t hash = 0;
    const std::string* text = nullptr;
    std::uint32_t id = 0;
};
constexpr std::size_t kCacheSize = 256;
thread_local std::array<CacheEntry, kCacheSize> t_cache{};

} // namespace

std::uint32_t Interned::intern(std::string_view text)
{
    if (text.empty())
        return 0;
    const std::size_t hash = Hash{}(text);
    CacheEntry& cached = t_cache[hash % kCacheSize];
    if (cached.text && cached.hash == hash && *cached.text == text)
        return cached.id;
    Shard& shard = shards()[(hash >> 7) % kShards];
    std::uint32_t id = 0;
    const std::string* stored = nullptr;
    {
        std::lock_guard guard(shard.lock);
        auto it = shard.strings.find(text);
        if (it == shard.strings.end()) {
            it = shard.strings.emplace(std::string(text), 0).first;
            it->second = number(&it->first);
            g_count.fetch_add(1, std::memory_order_relaxed);
            g_bytes.fetch_add(text.size(), std::memory_order_relaxed);
        }
        id = it->second;
        stored = &it->first;
    }
    cached = {hash, stored, id};
    return id;
}

const std::string& Interned::textOf(std::uint32_t id)
{
    const std::string** slots = numbers().chunks[id >> kChunkBits].load(std::memory_order_acquire);
    return *slots[id & (kChunkSize - 1)];
}

const std::string& Interned::emptyString()
{
    static const std::string empty;
    return empty;
}

std::size_t Interned::internedCount()
{
    return g_count.load(std::memory_order_relaxed);
}

std::size_t Interned::internedBytes()
{
    return g_bytes.load(std::memory_order_relaxed);
}

} // namespace poolscope
