#include "segment_heap.h"

#include <stdexcept>

namespace poolscope::testdata {

namespace {

constexpr std::uint32_t kHeapSignature = 0xddeeddee;
constexpr std::uint32_t kTreeSignature = 0xccddccdd;
// _HEAP_SEG_CONTEXT fields the layout does not carry: the same in every build (facts §5).
constexpr std::uint32_t kContextHeap = 0x38;
constexpr std::uint32_t kContextSegmentCount = 0x58;
constexpr std::uint32_t kVsContextSize = 0xc0; // _HEAP_VS_CONTEXT, between SegContexts and LfhContext

// Scoop: Signature = Segment ^ SegContext ^ HeapKey ^ 0xA2E64EADA2E64EAD; MemProcFS drops
// the constant from 26100 on.
std::uint64_t segmentSignatureKey(std::uint32_t build) { return build >= 26100 ? 0 : 0xa2e64eada2e64eadull; }

} // namespace

std::optional<SegmentHeapLayout> segmentHeapLayoutFor(const KernelLayout& layout)
{
    if (layout.build < 18362)
        return std::nullopt;
    if (layout.heap)
        return layout.heap;
    if (const auto row = builtinLayout(layout.build); row && row->heap)
        return row->heap;
    if (const auto row = nearestOlderLayout(layout.build); row && row->heap)
        return row->heap;
    return std::nullopt;
}

SegmentHeap::SegmentHeap(HeapContext& context, Address heap, AddressCursor& segments)
    : m_c(context), m_heap(heap), m_space(segments)
{
    DumpBuilder& m = m_c.memory;
    const SegmentHeapLayout& h = m_c.layout;
    m.map(heap, 0x1000);
    m.write32(heap + h.heapSignature, kHeapSignature);
    // SegContexts[0]: 1 MB segments of 4 KB units, the first two units holding the
    // descriptors; SegContexts[1]: 16 MB segments of 64 KB units, unused here (PoolViewer).
    struct Geometry {
        std::uint64_t mask;
        std::uint8_t unitShift, firstDescriptor;
    };
    const Geometry geometry[2]{{0xfffffffffff00000ull, 12, kFirstDescriptor}, {0xffffffffff000000ull, 16, 1}};
    for (int i = 0; i < 2; ++i) {
        const Address ctx = this->context(i);
        m.write64(ctx + h.segContextSegmentMask, geometry[i].mask);
        m.write8(ctx + h.segContextUnitShift, geometry[i].unitShift);
        m.write8(ctx + h.segContextFirstDescriptorIndex, geometry[i].firstDescriptor);
        m.write64(ctx + kContextHeap, heap);
        const Address head = ctx + h.segContextSegmentListHead;
        m.write64(head, head);
        m.write64(head + 8, head);
    }
}

Address SegmentHeap::context(int index) const
{
    return m_heap + m_c.layout.heapSegContexts + static_cast<std::uint64_t>(index) * m_c.layout.segContextSize;
}

Address SegmentHeap::lfhContext() const { return context(2) + kVsContextSize; }

void SegmentHeap::newSegment()
{
    DumpBuilder& m = m_c.memory;
    const SegmentHeapLayout& h = m_c.layout;
    const Address segment = m_space.take(kSegmentBytes, kSegmentBytes);
    const Address ctx = context(0);
    const Address head = ctx + h.segContextSegmentListHead;
    const Address last = m_segments.empty() ? head : m_segments.back();
    m.map(segment, kFirstDescriptor * 0x1000ull);
    m.write64(last, segment);        // last.Flink
    m.write64(segment, head);        // ListEntry.Flink
    m.write64(segment + 8, last);    // ListEntry.Blink
    m.write64(head + 8, segment);    // head.Blink
    m.write64(segment + h.segmentSignature, segment ^ ctx ^ m_c.heapKey ^ segmentSignatureKey(m_c.build));
    m_segments.push_back(segment);
    m.write64(ctx + kContextSegmentCount, m_segments.size());
    m_nextUnit = kFirstDescriptor;
    writeDescriptor(segment, m_nextUnit, 0, kUnitsPerSegment - m_nextUnit, 0); // all of it unused
}

// One descriptor: a range's first (flags, its size in units), one of its others (flags 1,
// the distance back to the first) or the unused rest of the segment (flags 0, its size).
void SegmentHeap::writeDescriptor(Address segment, std::uint32_t unit, std::uint8_t flags, std::uint32_t units,
                                  std::uint32_t offset)
{
    DumpBuilder& m = m_c.memory;
    const SegmentHeapLayout& h = m_c.layout;
    const Address d = segment + static_cast<std::uint64_t>(unit) * h.descriptorSize;
    m.write32(d + h.descriptorTreeSignature, (flags & 1) && offset == 0 ? kTreeSignature : 0);
    m.write8(d + h.descriptorRangeFlags, flags);
    if (offset)
        m.write8(d + h.descriptorUnitOffset, static_cast<std::uint8_t>(offset));
    else
        m.write8(d + h.descriptorUnitSize, static_cast<std::uint8_t>(units));
}

Address SegmentHeap::allocateRange(std::uint32_t pages, RangeKind kind)
{
    if (pages == 0 || pages > kUnitsPerSegment - kFirstDescriptor)
        throw std::logic_error("a segment range must be 1 to 254 pages");
    if (m_nextUnit + pages > kUnitsPerSegment)
        newSegment(); // the old segment's rest stays one unused range
    const Address segment = m_segments.back();
    const std::uint32_t first = m_nextUnit;
    writeDescriptor(segment, first, static_cast<std::uint8_t>(kind), pages, 0);
    for (std::uint32_t k = 1; k < pages; ++k)
        writeDescriptor(segment, first + k, 1, 0, k);
    m_nextUnit += pages;
    if (m_nextUnit < kUnitsPerSegment)
        writeDescriptor(segment, m_nextUnit, 0, kUnitsPerSegment - m_nextUnit, 0);
    const Address range = segment + static_cast<std::uint64_t>(first) * 0x1000;
    m_c.memory.map(range, pages * 0x1000ull);
    return range;
}

Address SegmentHeap::makeSegmentListCyclic()
{
    if (m_segments.empty())
        throw std::logic_error("the heap has no segment to loop");
    const Address last = m_segments.back();
    m_c.memory.write64(last, m_segments.size() >= 2 ? m_segments[1] : last);
    return last;
}

} // namespace poolscope::testdata
