#include "shared_address.h"

#include "shared_table.h"

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

} // namespace

std::uint32_t SharedAddress::intern(Address address)
{
    return Table::instance().intern(address);
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
