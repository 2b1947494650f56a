#include "pool_tag.h"

#include <algorithm>

namespace poolscope {

PoolTag::PoolTag(std::string_view text)
{
    const auto n = std::min<std::size_t>(text.size(), 4);
    std::copy_n(text.begin(), n, m_chars.begin());
}

PoolTag PoolTag::fromKey(std::uint32_t key)
{
    PoolTag tag;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto c = static_cast<char>((key >> (8 * i)) & 0xff);
        // Unprintable bytes show as '.', the way !poolused prints them.
        tag.m_chars[i] = (c >= 0x20 && c < 0x7f) ? c : '.';
    }
    return tag;
}

std::string PoolTag::display() const
{
    std::string s(m_chars.begin(), m_chars.end());
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

std::uint32_t PoolTag::key() const
{
    std::uint32_t key = 0;
    for (std::size_t i = 0; i < 4; ++i)
        key |= static_cast<std::uint32_t>(static_cast<unsigned char>(m_chars[i])) << (8 * i);
    return key;
}

std::string_view poolTypeName(PoolType type)
{
    switch (type) {
    case PoolType::NonPaged: return "Nonpaged";
    case PoolType::Paged: return "Paged";
    case PoolType::SessionNonPaged: return "Session nonpaged";
    case PoolType::SessionPaged: return "Session paged";
    case PoolType::Unknown: break;
    }
    return "Unknown";
}

bool isNonPaged(PoolType type)
{
    return type == PoolType::NonPaged || type == PoolType::SessionNonPaged;
}

bool isPaged(PoolType type)
{
    return type == PoolType::Paged || type == PoolType::SessionPaged;
}

} // namespace poolscope
