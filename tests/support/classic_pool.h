#pragma once
#include "tests/support/segment_heap.h"

#include <cstdint>
#include <vector>

namespace poolscope::testdata {

// The pool before the segment heap (1607, 1809): 4 KB pool pages cut into blocks that
// chain through the page, each with a POOL_HEADER whose PreviousSize is the previous
// block's BlockSize (0 for a page's first) and whose BlockSize leads to the next; every
// byte of a page belongs to a block. A block that does not fit in the page's rest (or
// would leave 16 bytes, too few for a block) starts a new page, the rest becoming a free
// block (PoolType 0, tag 0).
class ClassicPool {
public:
    ClassicPool(DumpBuilder& memory, AddressCursor& pages, std::vector<Address>& pageList)
        : m(memory), m_space(pages), m_pageList(pageList)
    {
    }

    // Writes the block's POOL_HEADER and returns its address.
    Address allocate(std::uint32_t blockSize, std::uint8_t poolType, std::uint32_t tag);
    // A freed block: PoolType 0, its tag and bytes kept.
    void free(Address header) { m.write8(header + 3, 0); }
    // The open page's rest becomes a free block.
    void finish();

private:
    DumpBuilder& m;
    AddressCursor& m_space;
    std::vector<Address>& m_pageList;
    Address m_page = 0;
    std::uint32_t m_offset = 0;
    std::uint8_t m_previous = 0; // BlockSize of the page's last block
};

} // namespace poolscope::testdata
