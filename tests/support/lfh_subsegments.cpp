#include "lfh_subsegments.h"

#include <iterator>
#include <numeric>
#include <stdexcept>

namespace poolscope::testdata {

namespace {

// _HEAP_LFH_SUBSEGMENT fields the layout does not carry (facts §8): Owner is a pointer at
// 0x10 before 26100, a u16 reference at 0x14 in 26100.
constexpr std::uint32_t kOwnerPointer = 0x10;
constexpr std::uint32_t kOwnerReference26100 = 0x14;

std::uint32_t align16(std::uint32_t v) { return (v + 15) & ~15u; }

// A bucket's first subsegments are small; a busy bucket gets bigger ones.
std::uint32_t pagesFor(std::uint32_t opened) { return opened == 0 ? 4 : opened == 1 ? 8 : 16; }

// The order blocks are handed out in: k * stride modulo the count, a stride that visits
// every block, so that busy and never used blocks alternate as in a real LFH subsegment.
std::uint32_t strideFor(std::uint32_t count)
{
    for (const std::uint32_t s : {7u, 11u, 13u, 17u, 19u, 23u, 29u, 31u})
        if (s < count && std::gcd(s, count) == 1)
            return s;
    return 1;
}

} // namespace

Address LfhSubsegments::open(std::uint32_t blockSize, Bucket& bucket)
{
    const SegmentHeapLayout& h = m_c.layout;
    DumpBuilder& m = m_c.memory;
    const std::uint32_t pages = pagesFor(bucket.opened++);
    const Address va = m_heap.allocateRange(pages, RangeKind::Lfh);
    const std::uint32_t rangeBytes = pages * 0x1000;
    // FirstBlockOffset follows the bitmap (2 bits a block, in u64s), BlockCount what fits
    // after it: the largest count whose bitmap and blocks fit in the range together.
    std::uint32_t count = rangeBytes / blockSize;
    const auto firstFor = [&](std::uint32_t n) { return align16(h.lfhBlockBitmap + (n * 2 + 63) / 64 * 8); };
    while (firstFor(count) + count * blockSize > rangeBytes)
        --count;
    Subsegment s;
    s.blockSize = blockSize;
    s.blockCount = count;
    s.firstBlock = firstFor(count);
    s.stride = strideFor(count);
    s.freeCount = count;
    s.bitmap.assign((count * 2 + 63) / 64 * 8, 0);

    m.write64(va, va); // ListEntry: on no list of the bucket's (the LFH context is not laid out)
    m.write64(va + 8, va);
    if (m_c.build >= 26100)
        m.write16(va + kOwnerReference26100, static_cast<std::uint16_t>(blockSize / 16)); // the bucket
    else
        m.write64(va + kOwnerPointer, m_heap.lfhContext());
    m.write16(va + h.lfhFreeCount, static_cast<std::uint16_t>(count));
    m.write16(va + h.lfhBlockCount, static_cast<std::uint16_t>(count));
    // EncodedData = (BlockSize | FirstBlockOffset << 16) ^ (u32)LfhKey ^ (subsegment >> 12),
    // the address cut to 32 bits before the shift until 26100, after it from 26100 on.
    const std::uint32_t shifted = m_c.build >= 26100 ? static_cast<std::uint32_t>(va >> 12)
                                                     : static_cast<std::uint32_t>(va) >> 12;
    m.write32(va + h.lfhBlockOffsets,
              (blockSize | s.firstBlock << 16) ^ static_cast<std::uint32_t>(m_c.lfhKey) ^ shifted);
    m_subsegments.emplace(va, std::move(s));
    m_order.push_back({va, pages, blockSize});
    bucket.current = va;
    return va;
}

void LfhSubsegments::setBits(Address subsegment, Subsegment& s, std::uint32_t index, std::uint8_t bits)
{
    std::uint8_t& byte = s.bitmap[index / 4];
    const unsigned shift = (index % 4) * 2;
    byte = static_cast<std::uint8_t>((byte & ~(3u << shift)) | (bits << shift));
    m_c.memory.write8(subsegment + m_c.layout.lfhBlockBitmap + index / 4, byte);
    m_c.memory.write16(subsegment + m_c.layout.lfhFreeCount, static_cast<std::uint16_t>(s.freeCount));
}

Address LfhSubsegments::allocate(std::uint32_t blockSize, bool unusedBytes)
{
    if (blockSize < 0x20 || blockSize > 0x210 || blockSize % 16)
        throw std::logic_error("an LFH block is 0x20 to 0x210 bytes in 16-byte steps");
    Bucket& bucket = m_buckets[blockSize];
    Address va = bucket.current;
    if (!va || m_subsegments.at(va).handedOut == m_subsegments.at(va).blockCount)
        va = open(blockSize, bucket);
    Subsegment& s = m_subsegments.at(va);
    const std::uint32_t index = static_cast<std::uint32_t>((std::uint64_t{s.handedOut++} * s.stride) % s.blockCount);
    --s.freeCount;
    setBits(va, s, index, unusedBytes ? 3 : 1); // bit 0 busy, bit 1 unused bytes
    return va + s.firstBlock + static_cast<std::uint64_t>(index) * blockSize;
}

void LfhSubsegments::free(Address block)
{
    auto it = m_subsegments.upper_bound(block);
    if (it == m_subsegments.begin())
        throw std::logic_error("freeing a block of no LFH subsegment");
    --it;
    Subsegment& s = it->second;
    const std::uint32_t index = static_cast<std::uint32_t>((block - it->first - s.firstBlock) / s.blockSize);
    ++s.freeCount;
    setBits(it->first, s, index, 0);
}

} // namespace poolscope::testdata
