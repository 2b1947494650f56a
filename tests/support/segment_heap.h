#pragma once
#include "analysis/dump/kernel_layout.h"
#include "model/address.h"
#include "tests/support/dump_builder.h"

#include <cstdint>
#include <optional>
#include <vector>

// One kernel _SEGMENT_HEAP (Windows 10 1903 and later) as the generator lays it out: the
// heap with its two segment contexts, its 1 MB page segments linked from the first
// context, and in them ranges of pages described by page range descriptors, each range
// an LFH or a VS subsegment (lfh_subsegments.h, vs_subsegments.h). Offsets come from the
// layout's SegmentHeapLayout; the encodings are those Scoop the Windows 10 pool (SSTIC
// 2020), MemProcFS (vmmwinpool.c) and PoolViewer describe.
namespace poolscope::testdata {

// What every part of the pool writes with: the memory, the offsets, the build (26100
// changed two encodings) and the keys of RtlpHpHeapGlobals.
struct HeapContext {
    DumpBuilder& memory;
    SegmentHeapLayout layout;
    std::uint32_t build = 0;
    std::uint64_t heapKey = 0;
    std::uint64_t lfhKey = 0;
};

// A region of kernel address space handing out aligned pieces in order: the heaps of one
// region take their segments from it, so no two heaps share a segment.
class AddressCursor {
public:
    explicit AddressCursor(Address start) : m_next(start) {}
    Address take(std::uint64_t bytes, std::uint64_t alignment)
    {
        m_next = (m_next + alignment - 1) & ~(alignment - 1);
        const Address at = m_next;
        m_next += bytes;
        return at;
    }

private:
    Address m_next;
};

// The segment heap offsets the generator lays a kernel's pool out with: from 1903 (18362)
// on, the layout's, or its build's built-in row when its symbol file lacked them; nothing
// for an older kernel, whose pool is the classic one.
std::optional<SegmentHeapLayout> segmentHeapLayoutFor(const KernelLayout& layout);

// Sizes of heap structures the layout does not carry, by build (facts §3 and §4):
// _RTLP_HP_HEAP_GLOBALS grew in 20348 and 26100, _SEGMENT_HEAP likewise.
inline std::uint32_t heapGlobalsSize(std::uint32_t build) { return build >= 26100 ? 0x80 : build >= 20348 ? 0x40 : 0x38; }
inline std::uint32_t segmentHeapSize(std::uint32_t build) { return build >= 26100 ? 0xa40 : build >= 20348 ? 0x840 : 0x800; }

// RangeFlags of a range's first descriptor (PoolViewer, MemProcFS: 0xB LFH, 0xF VS).
enum class RangeKind : std::uint8_t { Lfh = 0x0b, Vs = 0x0f };

constexpr std::uint64_t kSegmentBytes = 0x100000;
constexpr std::uint32_t kUnitsPerSegment = 256;
constexpr std::uint32_t kFirstDescriptor = 2; // the descriptor array fills units 0 and 1

class SegmentHeap {
public:
    // Writes the _SEGMENT_HEAP at `heap` (a page of its own).
    SegmentHeap(HeapContext& context, Address heap, AddressCursor& segments);

    Address address() const { return m_heap; }
    // A range of `pages` pages (at most 254) in the heap's current segment, or in a new
    // one when it does not fit: mapped, its descriptors written, its bytes zero.
    Address allocateRange(std::uint32_t pages, RangeKind kind);
    const std::vector<Address>& segments() const { return m_segments; }
    // A heap-looking pointer for an LFH subsegment's Owner: the heap's LFH context.
    Address lfhContext() const;
    // --damage pool-segment-cycle: the last segment's Flink points at the second (at
    // itself when there is one); returns the segment changed.
    Address makeSegmentListCyclic();

private:
    Address context(int index) const;
    void newSegment();
    void writeDescriptor(Address segment, std::uint32_t unit, std::uint8_t flags, std::uint32_t units,
                         std::uint32_t offset);

    HeapContext& m_c;
    Address m_heap;
    AddressCursor& m_space;
    std::vector<Address> m_segments;
    std::uint32_t m_nextUnit = kUnitsPerSegment; // in the last segment
};

} // namespace poolscope::testdata
