#pragma once
#include "analysis/record_lookup.h"
#include "model/address.h"

#include <cstdint>
#include <vector>

namespace poolscope {

// Records of one kind found by their address, 8 to 16 bytes a record (a node map takes
// about 50): a dump of the handle case has a million objects and 323,155 threads to find.
// The records must outlive it and not move.
template <typename Record>
class RecordsByAddress {
public:
    explicit RecordsByAddress(const std::vector<Record>& records) : m_records(&records)
    {
        m_index.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            m_index.tryEmplace({records[i].address, 0}, static_cast<std::uint32_t>(i), keyOf());
    }

    // The first record with that address, as a map's emplace would keep it.
    const Record* find(Address address) const
    {
        const auto at = m_index.find({address, 0}, keyOf());
        return at ? &(*m_records)[*at] : nullptr;
    }

private:
    auto keyOf() const
    {
        return [this](std::uint32_t at) { return RecordIndex::Key{(*m_records)[at].address, 0}; };
    }

    const std::vector<Record>* m_records;
    RecordLookup m_index;
};

} // namespace poolscope
