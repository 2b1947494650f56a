#pragma once
#include "analysis/prefetch.h"
#include "analysis/record_index.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace poolscope {

// Where each record sits in its list, for records that carry their own key (an address, a
// process and a handle value). A slot holds the record's position and 32 bits of its key's
// hash, 8 bytes where RecordIndex keeps the key itself (24): the key is read back from the
// record only when the hash bits match. `keyOf(position)` gives the key of a record already
// stored; it is never asked for the position being inserted.
class RecordLookup {
public:
    using Key = RecordIndex::Key;

    template <typename KeyOf>
    std::pair<std::uint32_t, bool> tryEmplace(const Key& key, std::uint32_t position, const KeyOf& keyOf)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow(m_slots.empty() ? 64 : m_slots.size() * 2);
        const std::uint32_t hash = hashOf(key);
        std::size_t i = hash & (m_slots.size() - 1);
        while (m_slots[i].position != kEmpty) {
            if (m_slots[i].hash == hash && keyOf(m_slots[i].position) == key)
                return {m_slots[i].position, false};
            i = (i + 1) & (m_slots.size() - 1);
        }
        m_slots[i] = {position, hash};
        ++m_size;
        return {position, true};
    }

    template <typename KeyOf>
    std::optional<std::uint32_t> find(const Key& key, const KeyOf& keyOf) const
    {
        if (m_slots.empty())
            return std::nullopt;
        const std::uint32_t hash = hashOf(key);
        for (std::size_t i = hash & (m_slots.size() - 1); m_slots[i].position != kEmpty; i = (i + 1) & (m_slots.size() - 1))
            if (m_slots[i].hash == hash && keyOf(m_slots[i].position) == key)
                return m_slots[i].position;
        return std::nullopt;
    }

    // Asks the processor for the slot a key starts its search at: a walk that will insert
    // many keys asks first, so that the misses in a table of millions overlap.
    void prefetch(const Key& key) const
    {
        if (!m_slots.empty())
            prefetchLine(&m_slots[hashOf(key) & (m_slots.size() - 1)]);
    }

    // Room for `count` records without growing on the way.
    void reserve(std::size_t count)
    {
        std::size_t slotCount = m_slots.empty() ? 64 : m_slots.size();
        while ((count + 1) * 4 > slotCount * 3)
            slotCount *= 2;
        if (slotCount != m_slots.size())
            grow(slotCount);
    }

    std::size_t size() const { return m_size; }
    std::size_t bytes() const { return m_slots.capacity() * sizeof(Slot); }

    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_size = 0;
    }

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    struct Slot {
        std::uint32_t position = kEmpty;
        std::uint32_t hash = 0;
    };

    static std::uint32_t hashOf(const Key& key) { return static_cast<std::uint32_t>(RecordIndex::hashOf(key)); }

    // The stored hash bits place every slot again: no record is read to grow.
    void grow(std::size_t slotCount)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(slotCount, Slot{});
        for (const Slot& s : old) {
            if (s.position == kEmpty)
                continue;
            std::size_t i = s.hash & (slotCount - 1);
            while (m_slots[i].position != kEmpty)
                i = (i + 1) & (slotCount - 1);
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

} // namespace poolscope
