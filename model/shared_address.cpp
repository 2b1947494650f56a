#include "shared_address.h"

#include "shared_table.h"

#include <array>

namespace poolscope {

namespace {

struct Mix {
    std::size_t operator()(Address a) const noexcept
    {
        a ^= a >> 33;
        a *= 0xff51afd7ed558ccdull;
        a ^= a >> 33;
        return static_cast<std::size_t>(a);
    }
};
using Table = SharedTable<Address, Mix>;

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
    CacheEntry& cached = t_cache[Mix{}(address) % kCacheSize];
    if (cached.id && cached.address == address)
        return cached.id;
    const std::uint32_t id = Table::instance().intern(address);
    cached = {address, id};
    return id;
}

Address SharedAddress::addressOf(std::uint32_t id)
{
    return Table::instance().at(id);
}

std::size_t SharedAddress::sharedCount()
{
    return Table::instance().size();
}

} // namespace poolscope
