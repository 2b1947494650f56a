#include "classic_pool.h"

#include <array>
#include <stdexcept>

namespace poolscope::testdata {

Address ClassicPool::allocate(std::uint32_t blockSize, std::uint8_t poolType, std::uint32_t tag)
{
    if (blockSize < 0x20 || blockSize > 0xff0 || blockSize % 16)
        throw std::logic_error("a pool block is 0x20 to 0xff0 bytes in 16-byte steps");
    const std::uint32_t end = m_offset + blockSize;
    if (m_page && !(end == 0x1000 || end + 0x20 <= 0x1000))
        finish();
    if (!m_page) {
        m_page = m_space.take(0x1000, 0x1000);
        m.map(m_page, 0x1000);
        m_pageList.push_back(m_page);
        m_offset = 0;
        m_previous = 0;
    }
    const Address header = m_page + m_offset;
    const std::array<std::uint8_t, 4> head{m_previous, 0, static_cast<std::uint8_t>(blockSize / 16), poolType};
    m.write(header, head.data(), head.size());
    m.write32(header + 4, tag);
    m_previous = head[2];
    m_offset += blockSize;
    if (m_offset == 0x1000)
        m_page = 0; // full: the next block starts a page
    return header;
}

void ClassicPool::finish()
{
    if (!m_page)
        return;
    const std::array<std::uint8_t, 4> rest{m_previous, 0, static_cast<std::uint8_t>((0x1000 - m_offset) / 16), 0};
    m.write(m_page + m_offset, rest.data(), rest.size());
    m_page = 0;
}

} // namespace poolscope::testdata
