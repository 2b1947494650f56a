#include "segment_walk.h"

#include "analysis/dump/kernel_strings.h"
#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace poolscope {

namespace {

// RangeFlags of a range's first descriptor (PoolViewer, MemProcFS): bit 0 in use, bit 1
// first descriptor, bits 2-3 the range's kind (_HEAP_SEG_RANGE_TYPE: LFH 2, VS 3).
constexpr std::uint8_t kLargeRange = 0x03;
constexpr std::uint8_t kLfhRange = 0x0b;
constexpr std::uint8_t kVsRange = 0x0f;
constexpr std::uint32_t kDescriptors = 256;

class SegmentWalker {
public:
    SegmentWalker(const AddressSpace& memory, const SegmentHeapLayout& layout, std::uint64_t heapKey,
                  std::uint32_t build, SegmentWalk& out)
        : m_memory(memory), H(layout), m_key(heapKey), m_build(build), m_out(out)
    {
    }

    void context(const PoolHeap& heap, std::uint16_t heapIndex, std::uint32_t index)
    {
        const Address context = heap.address + H.heapSegContexts + index * H.segContextSize;
        const auto mask = m_memory.readValue<std::uint64_t>(context + H.segContextSegmentMask);
        const auto shift = m_memory.readValue<std::uint8_t>(context + H.segContextUnitShift);
        const auto firstDescriptor = m_memory.readValue<std::uint8_t>(context + H.segContextFirstDescriptorIndex);
        if (!mask || !shift || !firstDescriptor) {
            problem(context, text::say(text::phrase("Pool", "segment context {} of heap {:#x} is not in the dump: its "
                                                            "segments are not scanned"),
                                       index, heap.address));
            return;
        }
        const std::uint64_t segmentBytes = ~*mask + 1;
        // A context's segment is 256 units: 1 MB of 4 KB units, 16 MB of 64 KB units.
        if (*shift < 12 || *shift > 20 || segmentBytes != (std::uint64_t{kDescriptors} << *shift)) {
            problem(context, text::say(text::phrase("Pool", "segment context {} of heap {:#x}: a segment mask of "
                                                            "{:#x} and a unit shift of {} do not describe 256 units: "
                                                            "its segments are not scanned"),
                                       index, heap.address, *mask, *shift));
            return;
        }
        const Address head = context + H.segContextSegmentListHead;
        auto next = m_memory.readValue<std::uint64_t>(head);
        std::unordered_set<Address> seen;
        std::uint64_t walked = 0;
        while (next && *next != head) {
            const Address segment = *next;
            if (!isKernelPointer(segment) || (segment & (segmentBytes - 1)) != 0) {
                problem(segment, text::say(text::phrase("Pool", "the segment list of heap {:#x} (context {}) leads to "
                                                                "{:#x}, which is no segment ({:#x}-aligned): the walk "
                                                                "stops after {} segments"),
                                           heap.address, index, segment, segmentBytes, walked));
                return;
            }
            if (!seen.insert(segment).second) {
                problem(segment, text::say(text::phrase("Pool", "the segment list of heap {:#x} (context {}) comes back "
                                                                "to segment {:#x} without reaching its head: a cycle, "
                                                                "the walk stops after {} segments"),
                                           heap.address, index, segment, walked));
                return;
            }
            if (++walked > kMaxSegmentsPerContext) {
                problem(head, text::say(text::phrase("Pool", "the segment list of heap {:#x} (context {}) has more than "
                                                             "{} segments: the walk stops there"),
                                        heap.address, index, kMaxSegmentsPerContext));
                return;
            }
            readSegment(segment, context, heapIndex, *shift, *firstDescriptor);
            next = m_memory.readValue<std::uint64_t>(segment);
            if (!next)
                problem(segment, text::say(text::phrase("Pool", "the link of page segment {:#x} (heap {:#x}) is not in "
                                                                "the dump: the segments after it are not scanned"),
                                           segment, heap.address));
        }
    }

private:
    void problem(Address at, std::string message) { m_out.problems.push_back({at, std::move(message)}); }

    void readSegment(Address segment, Address context, std::uint16_t heapIndex, std::uint8_t shift,
                     std::uint8_t firstDescriptor)
    {
        const auto signature = m_memory.readValue<std::uint64_t>(segment + H.segmentSignature);
        if (!signature) {
            problem(segment, text::say(text::phrase("Pool", "page segment {:#x}: its header is not in the dump, so its "
                                                            "subsegments are not scanned"),
                                       segment));
            return;
        }
        const Address owner = *signature ^ segment ^ m_key ^ segmentSignatureConstant(m_build);
        if (owner != context) {
            problem(segment, text::say(text::phrase("Pool", "page segment {:#x}: its signature decodes to {:#x}, not to "
                                                            "its heap's segment context {:#x}: not read as the heap's"),
                                       segment, owner, context));
            return;
        }
        ++m_out.segments;
        std::vector<std::byte> descriptors(std::size_t{kDescriptors} * H.descriptorSize);
        if (!m_memory.read(segment, descriptors)) {
            problem(segment, text::say(text::phrase("Pool", "page segment {:#x}: its range descriptors are not in the "
                                                            "dump, so its subsegments are not scanned"),
                                       segment));
            return;
        }
        const auto byteAt = [&](std::uint32_t descriptor, std::uint32_t field) {
            return static_cast<std::uint8_t>(descriptors[std::size_t{descriptor} * H.descriptorSize + field]);
        };
        std::uint32_t i = firstDescriptor;
        while (i < kDescriptors) {
            const std::uint8_t flags = byteAt(i, H.descriptorRangeFlags);
            const std::uint32_t units = byteAt(i, H.descriptorUnitSize);
            if (units == 0) {
                ++i;
                continue;
            }
            if (i + units > kDescriptors) {
                problem(segment + (Address{i} << shift),
                        text::say(text::phrase("Pool", "page segment {:#x}: descriptor {} claims {} units, past the "
                                                       "segment's end: the rest of the segment is not scanned"),
                                  segment, i, units));
                return;
            }
            const Address begin = segment + (Address{i} << shift);
            const std::uint64_t bytes = std::uint64_t{units} << shift;
            if (flags == kLfhRange || flags == kVsRange)
                m_out.ranges.push_back(PoolRange{begin, static_cast<std::uint32_t>(bytes),
                                                 flags == kLfhRange ? PoolBackend::Lfh : PoolBackend::Vs, heapIndex});
            else if (flags == kLargeRange)
                ++m_out.largeRanges;
            i += units;
        }
    }

    const AddressSpace& m_memory;
    const SegmentHeapLayout& H;
    std::uint64_t m_key;
    std::uint32_t m_build;
    SegmentWalk& m_out;
};

} // namespace

SegmentWalk walkPoolSegments(const AddressSpace& memory, const SegmentHeapLayout& layout,
                             const std::vector<PoolHeap>& heaps, std::uint64_t heapKey, std::uint32_t build)
{
    SegmentWalk out;
    SegmentWalker walker(memory, layout, heapKey, build, out);
    for (std::size_t h = 0; h < heaps.size(); ++h)
        for (std::uint32_t context = 0; context < 2; ++context)
            walker.context(heaps[h], static_cast<std::uint16_t>(h), context);
    std::sort(out.ranges.begin(), out.ranges.end(),
              [](const PoolRange& a, const PoolRange& b) { return a.begin < b.begin; });
    return out;
}

} // namespace poolscope
