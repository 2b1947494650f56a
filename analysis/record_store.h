#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace poolscope {

// The records of one kind while a reader collects them. A reader keeps references to
// records while it adds others, so records never move: they go into a vector reserved from
// the counts the walks know (a dump's handle tables say how many handles they hold), and
// past its capacity into a deque. Reserving costs address space, not memory, until the
// records are written; and when the count was right, the vector becomes the snapshot's
// without a copy, so the records are never held twice.
template <typename Record>
class RecordStore {
public:
    // Only before the first record: reserving later would move the records already handed out.
    void reserve(std::size_t count)
    {
        if (size() == 0 && count > m_records.capacity())
            m_records.reserve(count);
    }

    std::size_t size() const { return m_records.size() + m_overflow.size(); }

    Record& add()
    {
        if (m_overflow.empty() && m_records.size() < m_records.capacity())
            return m_records.emplace_back();
        return m_overflow.emplace_back();
    }

    Record& operator[](std::size_t position)
    {
        return position < m_records.size() ? m_records[position] : m_overflow[position - m_records.size()];
    }
    const Record& operator[](std::size_t position) const
    {
        return position < m_records.size() ? m_records[position] : m_overflow[position - m_records.size()];
    }

    // The records in the order added; the store is empty afterwards.
    std::vector<Record> take()
    {
        if (!m_overflow.empty()) {
            m_records.reserve(size());
            while (!m_overflow.empty()) {
                m_records.push_back(std::move(m_overflow.front()));
                m_overflow.pop_front();
            }
        }
        std::vector<Record> out = std::move(m_records);
        m_records = {};
        return out;
    }

    std::vector<Record> copy() const
    {
        std::vector<Record> out(m_records.begin(), m_records.end());
        out.insert(out.end(), m_overflow.begin(), m_overflow.end());
        return out;
    }

private:
    std::vector<Record> m_records;
    std::deque<Record> m_overflow;
};

} // namespace poolscope
