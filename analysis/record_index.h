#pragma once
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace poolscope {

// Where each record of a kind sits in its list, by key (an address, or a process and a
// handle value). Open addressing in one flat array: a log of a million handles would
// otherwise make a million hash-node allocations, a tenth of the read time.
class RecordIndex {
public:
    struct Key {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        bool operator==(const Key&) const = default;
    };

    // The index stored for key, inserting `value` when the key is new; second is true then.
    std::pair<std::uint32_t, bool> tryEmplace(const Key& key, std::uint32_t value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        std::size_t i = slotFor(key);
        while (m_slots[i].value != kEmpty) {
            if (m_slots[i].key == key)
                return {m_slots[i].value, false};
            i = (i + 1) & (m_slots.size() - 1);
        }
        m_slots[i] = {key, value};
        ++m_size;
        return {value, true};
    }

    bool contains(const Key& key) const { return find(key).has_value(); }

    // The index stored for key, if any.
    std::optional<std::uint32_t> find(const Key& key) const
    {
        if (m_slots.empty())
            return std::nullopt;
        for (std::size_t i = slotFor(key); m_slots[i].value != kEmpty; i = (i + 1) & (m_slots.size() - 1))
            if (m_slots[i].key == key)
                return m_slots[i].value;
        return std::nullopt;
    }

    // Room for `count` keys without growing on the way.
    void reserve(std::size_t count)
    {
        std::size_t slotCount = m_slots.empty() ? 64 : m_slots.size();
        while ((count + 1) * 2 > slotCount)
            slotCount *= 2;
        if (slotCount == m_slots.size())
            return;
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(slotCount, Slot{});
        m_size = 0;
        for (const Slot& s : old)
            if (s.value != kEmpty)
                tryEmplace(s.key, s.value);
    }

    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_size = 0;
    }

    // Kernel addresses share their high bits and step by fixed sizes: mix them all.
    static std::uint64_t hashOf(const Key& key)
    {
        std::uint64_t h = key.a ^ (key.b * 0x9e3779b97f4a7c15ull);
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        h ^= h >> 33;
        return h;
    }

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    struct Slot {
        Key key;
        std::uint32_t value = kEmpty;
    };

    std::size_t slotFor(const Key& key) const { return static_cast<std::size_t>(hashOf(key)) & (m_slots.size() - 1); }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        m_size = 0;
        for (const Slot& s : old)
            if (s.value != kEmpty)
                tryEmplace(s.key, s.value);
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

} // namespace poolscope
