#pragma once
#include "model/address.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace poolscope {

// The addresses a list walk has met, to tell a cycle: open addressing of the addresses
// themselves, 8 bytes a slot (a busy port's queue is 100,000 entries; a hash set takes ~40
// bytes an entry, a RecordIndex 24 a slot).
class AddressSet {
public:
    // True when the address is new.
    bool insert(Address address)
    {
        if (address == 0) {
            const bool added = !m_hasZero;
            m_hasZero = true;
            return added;
        }
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        for (std::size_t i = slotFor(address);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i] == address)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = address;
                ++m_size;
                return true;
            }
        }
    }

private:
    std::size_t slotFor(Address address) const
    {
        std::uint64_t h = address;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        return static_cast<std::size_t>(h) & (m_slots.size() - 1);
    }

    void grow()
    {
        std::vector<Address> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, 0);
        m_size = 0;
        for (const Address a : old)
            if (a != 0)
                insert(a);
    }

    std::vector<Address> m_slots;
    std::size_t m_size = 0;
    bool m_hasZero = false;
};

} // namespace poolscope
