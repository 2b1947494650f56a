#include "planted_pool_check.h"

#include "tests/support/image_globals.h"
#include "tests/support/segment_heap.h"

#include <fmt/format.h>

#include <cstring>
#include <stdexcept>

namespace poolscope::testdata {

namespace {

class Walk {
public:
    Walk(const GeneratedKernel& kernel, const KernelLayout& layout, FoundPool& found)
        : m(kernel.memory), P(kernel.planted.pool), L(layout), F(found)
    {
    }
    void segmentHeaps();
    void classicPages();
    void bigPages(Address table, std::uint64_t entries);

private:
    template <typename T>
    T at(Address va) const
    {
        T v{};
        m.read(va, &v, sizeof v);
        return v;
    }
    template <typename T>
    static T in(const std::vector<std::uint8_t>& bytes, std::size_t offset)
    {
        T v{};
        std::memcpy(&v, bytes.data() + offset, sizeof v);
        return v;
    }
    std::vector<std::uint8_t> bytes(Address va, std::size_t size) const
    {
        std::vector<std::uint8_t> out(size);
        m.read(va, out.data(), size);
        return out;
    }
    bool mapped(Address va) const
    {
        try {
            at<std::uint8_t>(va);
            return true;
        } catch (const std::logic_error&) {
            return false;
        }
    }
    template <typename... Args>
    void problem(fmt::format_string<Args...> format, Args&&... args)
    {
        F.problems.push_back(fmt::format(format, std::forward<Args>(args)...));
    }
    static std::string tagText(std::uint32_t tag) { return std::string(reinterpret_cast<const char*>(&tag), 4); }
    static bool printable(std::uint32_t tag)
    {
        for (int i = 0; i < 4; ++i) {
            const auto c = static_cast<std::uint8_t>(tag >> (8 * i));
            if (c < 0x20 || c > 0x7e)
                return false;
        }
        return true;
    }

    void heap(Address heap, bool paged);
    void lfh(Address range, std::uint32_t size, bool paged);
    void vs(Address range, std::uint32_t size, bool paged);

    const DumpBuilder& m;
    const PlantedPool& P;
    const KernelLayout& L;
    FoundPool& F;
    SegmentHeapLayout h;
    std::uint64_t heapKey = 0, lfhKey = 0;
};

void Walk::segmentHeaps()
{
    h = *segmentHeapLayoutFor(L);
    const Address state = P.exPoolState;
    const Address globals = at<std::uint64_t>(state); // HeapManager.Globals
    heapKey = at<std::uint64_t>(globals + h.globalsHeapKey);
    lfhKey = at<std::uint64_t>(globals + h.globalsLfhKey);
    if (globals != P.heapGlobals || heapKey != P.heapKey || lfhKey != P.lfhKey)
        problem("ExPoolState does not lead to the planted heap keys");
    if (at<std::uint32_t>(state + h.stateNumberOfPools) != 1)
        problem("NumberOfPools is not 1");
    for (std::uint32_t i = 0; i < 4; ++i) {
        const Address heap = at<std::uint64_t>(state + h.statePoolNode + i * 8); // PoolNode[0].Heaps[i]
        if (i == 3) {
            if (heap)
                problem("Heaps[3] is set");
            continue;
        }
        if (heap != P.heaps.at(static_cast<PoolKind>(i)))
            problem("Heaps[{}] is {:#x}", i, heap);
        this->heap(heap, i == 2);
    }
}

void Walk::heap(Address heap, bool paged)
{
    if (at<std::uint32_t>(heap + h.heapSignature) != 0xddeeddee)
        problem("heap {:#x}: no signature", heap);
    const Address context = heap + h.heapSegContexts;
    if (at<std::uint64_t>(context + h.segContextSegmentMask) != 0xfffffffffff00000ull
        || at<std::uint8_t>(context + h.segContextUnitShift) != 12
        || at<std::uint8_t>(context + h.segContextFirstDescriptorIndex) != 2)
        problem("heap {:#x}: SegContexts[0] is not 1 MB segments of pages", heap);
    const Address head = context + h.segContextSegmentListHead;
    const std::uint64_t constant = L.build >= 26100 ? 0 : 0xa2e64eada2e64eadull;
    std::uint64_t count = 0;
    for (Address segment = at<std::uint64_t>(head); segment != head; segment = at<std::uint64_t>(segment)) {
        if (++count > P.segments.size() + 8) {
            problem("heap {:#x}: its segment list does not come back", heap);
            return;
        }
        F.segments.push_back(segment);
        if ((at<std::uint64_t>(segment + h.segmentSignature) ^ segment ^ heapKey ^ constant) != context)
            problem("segment {:#x}: its signature does not decode to its context", segment);
        std::uint32_t unit = 2;
        while (unit < 256) {
            const Address d = segment + unit * h.descriptorSize;
            const auto flags = at<std::uint8_t>(d + h.descriptorRangeFlags);
            const auto units = at<std::uint8_t>(d + h.descriptorUnitSize);
            if (flags == 0) {
                if (unit + units != 256)
                    problem("segment {:#x}: the unused rest at unit {} is {} units", segment, unit, units);
                break;
            }
            if (at<std::uint32_t>(d + h.descriptorTreeSignature) != 0xccddccdd || units == 0 || unit + units > 256) {
                problem("segment {:#x}: range at unit {} is not a used range", segment, unit);
                break;
            }
            for (std::uint32_t k = 1; k < units; ++k) {
                const Address other = d + k * h.descriptorSize;
                if (at<std::uint8_t>(other + h.descriptorRangeFlags) != 1 || at<std::uint8_t>(other + h.descriptorUnitOffset) != k)
                    problem("segment {:#x}: descriptor {} does not point back {}", segment, unit + k, k);
            }
            const Address range = segment + unit * 0x1000ull;
            if (flags == 0x0b)
                lfh(range, units * 0x1000u, paged);
            else if (flags == 0x0f)
                vs(range, units * 0x1000u, paged);
            else
                problem("segment {:#x}: range flags {:#x}", segment, flags);
            unit += units;
        }
    }
    if (at<std::uint64_t>(context + 0x58) != count)
        problem("heap {:#x}: SegmentCount is not its {} segments", heap, count);
}

void Walk::lfh(Address range, std::uint32_t size, bool paged)
{
    F.lfhSubsegments.insert(range);
    const auto b = bytes(range, size);
    const std::uint32_t shifted = L.build >= 26100 ? static_cast<std::uint32_t>(range >> 12)
                                                   : static_cast<std::uint32_t>(range) >> 12;
    const std::uint32_t offsets = in<std::uint32_t>(b, h.lfhBlockOffsets) ^ static_cast<std::uint32_t>(lfhKey) ^ shifted;
    const std::uint32_t blockSize = offsets & 0xffff, first = offsets >> 16;
    const auto count = in<std::uint16_t>(b, h.lfhBlockCount);
    if (blockSize < 0x20 || first < h.lfhBlockBitmap + (count + 3u) / 4 || first + count * blockSize > size) {
        problem("LFH subsegment {:#x}: BlockOffsets decode to {:#x} blocks at {:#x}", range, blockSize, first);
        return;
    }
    std::uint32_t free = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        const unsigned bits = (b[h.lfhBlockBitmap + i / 4] >> ((i % 4) * 2)) & 3;
        const std::size_t block = first + i * blockSize;
        const auto tag = in<std::uint32_t>(b, block + 4);
        if (!(bits & 1)) {
            ++free;
            if (tag) // a freed block keeps its header; a never used one is zero
                ++F.tags[{tagText(tag), paged}].staleHeaders;
            continue;
        }
        if (b[block] != 0 || b[block + 2] * 16u != blockSize || (b[block + 3] & 3) != (paged ? 3 : 2) || !printable(tag))
            problem("LFH block {:#x}: not an allocated POOL_HEADER", range + block);
        FoundPoolUse& use = F.tags[{tagText(tag), paged}];
        ++use.lfhBlocks;
        use.smallBytes += blockSize;
        use.blockSizes.insert(blockSize);
    }
    if (in<std::uint16_t>(b, h.lfhFreeCount) != free)
        problem("LFH subsegment {:#x}: FreeCount is not its {} free blocks", range, free);
}

void Walk::vs(Address range, std::uint32_t size, bool paged)
{
    F.vsSubsegments.insert(range);
    const auto b = bytes(range, size);
    const auto units = in<std::uint16_t>(b, h.vsSize);
    if (units != size / 16 || (in<std::uint16_t>(b, h.vsSignature) ^ 0x2bed) != units)
        problem("VS subsegment {:#x}: Size and Signature do not agree", range);
    std::uint32_t offset = (h.vsSubsegmentSize + 15) & ~15u, previous = 0;
    while (offset < size) {
        const Address chunk = range + offset;
        const std::uint64_t sizes = in<std::uint64_t>(b, offset) ^ chunk ^ heapKey;
        const auto chunkSize = static_cast<std::uint32_t>((sizes >> 16) & 0xffff) * 16;
        const auto previousSize = static_cast<std::uint32_t>((sizes >> 32) & 0xffff) * 16;
        const auto allocated = static_cast<std::uint8_t>(sizes >> 48);
        if (chunkSize < 0x20 || offset + chunkSize > size || previousSize != previous || allocated > 1) {
            problem("VS chunk {:#x}: its header does not decode", chunk);
            return;
        }
        if (allocated) {
            std::uint32_t header = offset + 0x10;
            if ((chunk + 0x10) % 0x1000 == 0xff0)
                header += 0x10; // never in a page's last 16 bytes
            const std::uint32_t blockSize = b[header + 2] * 16u;
            const auto tag = in<std::uint32_t>(b, header + 4);
            if (header + blockSize != offset + chunkSize || (range + header) % 0x1000 + blockSize > 0x1000
                || (b[header + 3] & 3) != (paged ? 3 : 2) || !printable(tag))
                problem("VS chunk {:#x}: its block is not a POOL_HEADER and data within one page", chunk);
            FoundPoolUse& use = F.tags[{tagText(tag), paged}];
            ++use.vsBlocks;
            use.smallBytes += blockSize;
            use.blockSizes.insert(blockSize);
        } else {
            // What a scanner counting every header with a tag would count: the freed
            // chunks' old POOL_HEADERs left inside (the first's is under the tree node).
            for (std::uint32_t p = offset + 0x20; p + 0x10 <= offset + chunkSize; p += 0x10) {
                const auto tag = in<std::uint32_t>(b, p + 4);
                const std::uint32_t blockSize = b[p + 2] * 16u;
                if (b[p] == 0 && b[p + 1] == 0 && (b[p + 3] & 2) && printable(tag) && blockSize >= 0x20
                    && p + blockSize <= offset + chunkSize)
                    ++F.tags[{tagText(tag), paged}].staleHeaders;
            }
        }
        previous = chunkSize;
        offset += chunkSize;
    }
    if (offset != size)
        problem("VS subsegment {:#x}: its chunks end at {:#x}", range, offset);
}

void Walk::classicPages()
{
    // A freed block's PoolType is 0: its pool is the one whose range holds its page (the
    // generated kernel's paged pool lies above its nonpaged pool).
    std::vector<std::pair<Address, std::uint32_t>> freed;
    Address pagedFrom = ~0ull;
    for (const Address page : P.classicPages) {
        F.classicPages.insert(page);
        const auto b = bytes(page, 0x1000);
        std::uint32_t offset = 0;
        std::uint8_t previous = 0;
        while (offset < 0x1000) {
            const std::uint32_t blockSize = b[offset + 2] * 16u;
            if (b[offset] != previous || blockSize < 0x20 || offset + blockSize > 0x1000) {
                problem("pool page {:#x}: the chain breaks at {:#x}", page, offset);
                break;
            }
            const auto tag = in<std::uint32_t>(b, offset + 4);
            const std::uint8_t type = b[offset + 3];
            if (type == 5 || type == 6) { // (base type + 1) | in use
                if (type == 6)
                    pagedFrom = std::min(pagedFrom, page);
                FoundPoolUse& use = F.tags[{tagText(tag), type == 6}];
                ++use.classicBlocks;
                use.smallBytes += blockSize;
                use.blockSizes.insert(blockSize);
            } else if (type == 0) {
                if (tag)
                    freed.emplace_back(page, tag);
            } else {
                problem("pool block {:#x}: PoolType {:#x}", page + offset, type);
            }
            previous = b[offset + 2];
            offset += blockSize;
        }
    }
    for (const auto& [page, tag] : freed)
        ++F.tags[{tagText(tag), page >= pagedFrom}].staleHeaders;
}

void Walk::bigPages(Address table, std::uint64_t entries)
{
    for (std::uint64_t i = 0; i < entries; ++i) {
        const Address e = table + i * L.bigPageSize;
        const auto va = at<std::uint64_t>(e + L.bigPageVa);
        if (!va || (va & 1))
            continue;
        const auto tag = at<std::uint32_t>(e + L.bigPageKey);
        const bool paged = (at<std::uint32_t>(e + L.bigPagePoolType) >> 8) & 1;
        FoundPoolUse& use = F.tags[{tagText(tag), paged}];
        ++use.bigAllocations;
        use.bigBytes += at<std::uint64_t>(e + L.bigPageNumberOfBytes);
        use.bigWithoutPages += mapped(va) ? 0 : 1;
    }
}

} // namespace

FoundPool readPlantedPool(const GeneratedKernel& kernel, const KernelLayout& layout)
{
    FoundPool found;
    Walk walk(kernel, layout, found);
    if (kernel.planted.pool.segmentHeap)
        walk.segmentHeaps();
    else
        walk.classicPages();
    const ImageGlobals g = imageGlobals(layout);
    const DumpBuilder& m = kernel.memory;
    std::uint64_t table = 0, entries = 0;
    m.read(kernel.planted.kernelBase + g.poolBigPageTable, &table, 8);
    m.read(kernel.planted.kernelBase + g.poolBigPageTableSize, &entries, 8);
    walk.bigPages(table, entries);
    return found;
}

} // namespace poolscope::testdata
