#include "provenance.h"

#include <deque>
#include <mutex>

namespace poolscope {

namespace {

struct WideTable {
    std::mutex lock;
    std::deque<Provenance> entries;
};
WideTable& wide()
{
    static WideTable table;
    return table;
}

bool canonical48(std::uint64_t value)
{
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(value << 16) >> 16) == value;
}

} // namespace

CompactProvenance::CompactProvenance(const Provenance& where)
{
    const std::uint64_t source = where.source;
    const bool fits = source < (1ull << 14)
        && (where.fromText() ? true : canonical48(where.offset));
    if (fits) {
        m_bits = (source << kSourceShift) | (where.fromText() ? kText | where.line : where.offset & kPayload);
        return;
    }
    WideTable& table = wide();
    std::lock_guard guard(table.lock);
    m_bits = kWide | table.entries.size();
    table.entries.push_back(where);
}

std::uint32_t CompactProvenance::source() const
{
    if (m_bits & kWide) {
        WideTable& table = wide();
        std::lock_guard guard(table.lock);
        return table.entries[m_bits & ~kWide].source;
    }
    return static_cast<std::uint32_t>((m_bits >> kSourceShift) & ((1u << 14) - 1));
}

std::uint32_t CompactProvenance::line() const
{
    if (m_bits & kWide) {
        WideTable& table = wide();
        std::lock_guard guard(table.lock);
        return table.entries[m_bits & ~kWide].line;
    }
    return (m_bits & kText) ? static_cast<std::uint32_t>(m_bits & kPayload) : 0;
}

std::uint64_t CompactProvenance::offset() const
{
    if (m_bits & kWide) {
        WideTable& table = wide();
        std::lock_guard guard(table.lock);
        return table.entries[m_bits & ~kWide].offset;
    }
    if (m_bits & kText)
        return 0;
    return static_cast<std::uint64_t>(static_cast<std::int64_t>((m_bits & kPayload) << 16) >> 16);
}

} // namespace poolscope
