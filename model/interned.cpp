#include "interned.h"

#include <array>
#include <atomic>
#include <mutex>
#include <unordered_set>

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

// Sharded so that the walks' threads rarely wait on each other; the set's nodes never move,
// so the pointer handed out stays valid while the set grows.
struct Shard {
    std::mutex lock;
    std::unordered_set<std::string, Hash, Equal> strings;
};
constexpr std::size_t kShards = 16;
std::array<Shard, kShards>& shards()
{
    static std::array<Shard, kShards> all;
    return all;
}
std::atomic<std::size_t> g_count{0}, g_bytes{0};

// Most records repeat the string the previous one had ("Event", "Event", ...): a small
// per-thread cache answers those without a lock.
struct CacheEntry {
    std::size_t hash = 0;
    const std::string* text = nullptr;
};
constexpr std::size_t kCacheSize = 256;
thread_local std::array<CacheEntry, kCacheSize> t_cache{};

} // namespace

const std::string* Interned::intern(std::string_view text)
{
    if (text.empty())
        return nullptr;
    const std::size_t hash = Hash{}(text);
    CacheEntry& cached = t_cache[hash % kCacheSize];
    if (cached.text && cached.hash == hash && *cached.text == text)
        return cached.text;
    Shard& shard = shards()[(hash >> 7) % kShards];
    const std::string* out;
    {
        std::lock_guard guard(shard.lock);
        auto it = shard.strings.find(text);
        if (it == shard.strings.end()) {
            it = shard.strings.emplace(text).first;
            g_count.fetch_add(1, std::memory_order_relaxed);
            g_bytes.fetch_add(text.size(), std::memory_order_relaxed);
        }
        out = &*it;
    }
    cached = {hash, out};
    return out;
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
