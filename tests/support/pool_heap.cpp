#include "pool_heap.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>

namespace poolscope::testdata {

namespace {

constexpr std::uint64_t kLfhLimit = 0x200;         // requests the LFH serves (Scoop: 1 B to 512 B)
constexpr std::uint32_t kSmallLimit = 0xff0;       // blocks with a POOL_HEADER; bigger ones are big pool

std::uint32_t tagValue(std::string_view tag)
{
    std::uint32_t value = 0;
    std::memcpy(&value, tag.data(), std::min<std::size_t>(4, tag.size()));
    return value;
}

// Random-looking, the same for every dump of a build, and never four printable bytes in a
// row (the image is searched for tags, and the keys live in it).
std::uint64_t nextKey(std::uint64_t& state)
{
    for (;;) {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        z ^= z >> 31;
        int printable = 0, longest = 0;
        for (int i = 0; i < 8; ++i) {
            const auto byte = static_cast<std::uint8_t>(z >> (8 * i));
            printable = byte >= 0x20 && byte < 0x7f ? printable + 1 : 0;
            longest = std::max(longest, printable);
        }
        if (longest < 4)
            return z;
    }
}

std::size_t index(PoolKind pool) { return static_cast<std::size_t>(pool); }

} // namespace

PoolHeap::PoolHeap(DumpBuilder& memory, const KernelLayout& layout, PlantedPool& planted, const PoolRegions& regions)
    : m(memory), P(planted), m_nonPaged(regions.nonPaged), m_paged(regions.paged), m_bigNonPaged(regions.bigNonPaged),
      m_bigPaged(regions.bigPaged)
{
    const auto heap = segmentHeapLayoutFor(layout);
    if (!heap) {
        for (const PoolKind pool : {PoolKind::NonPaged, PoolKind::NonPagedNx, PoolKind::Paged})
            m_classic[index(pool)] = std::make_unique<ClassicPool>(m, pool == PoolKind::Paged ? m_paged : m_nonPaged,
                                                                  P.classicPages);
        return;
    }
    std::uint64_t state = 0x5eed000000000000ull + layout.build;
    const std::uint64_t heapKey = nextKey(state);
    const std::uint64_t lfhKey = nextKey(state);
    m_context.emplace(HeapContext{m, *heap, layout.build, heapKey, lfhKey});
    P.segmentHeap = true;
    P.heapKey = heapKey;
    P.lfhKey = lfhKey;
    for (const PoolKind pool : {PoolKind::NonPaged, PoolKind::NonPagedNx, PoolKind::Paged}) {
        const Address at = regions.heaps + index(pool) * 0x1000;
        m_heaps[index(pool)] = std::make_unique<Heap>(*m_context, at, pool == PoolKind::Paged ? m_paged : m_nonPaged);
        P.heaps[pool] = at;
    }
}

PoolHeap::~PoolHeap() = default;

void PoolHeap::writeGlobals(Address exPoolState, Address heapGlobals)
{
    if (!m_context)
        return; // the classic pool has neither
    const SegmentHeapLayout& h = m_context->layout;
    m.write64(heapGlobals + h.globalsHeapKey, m_context->heapKey);
    m.write64(heapGlobals + h.globalsLfhKey, m_context->lfhKey);
    m.write64(exPoolState, heapGlobals); // HeapManager.Globals
    m.write32(exPoolState + h.stateNumberOfPools, 1);
    for (const PoolKind pool : {PoolKind::NonPaged, PoolKind::NonPagedNx, PoolKind::Paged})
        m.write64(exPoolState + h.statePoolNode + index(pool) * 8, P.heaps.at(pool)); // PoolNode[0].Heaps[i]
    P.exPoolState = exPoolState;
    P.heapGlobals = heapGlobals;
}

Address PoolHeap::place(std::uint32_t tag, std::uint64_t size, std::uint32_t blockSize, PoolKind pool,
                        Backend& backend)
{
    const bool paged = pool == PoolKind::Paged;
    if (!m_context) {
        backend = Backend::Classic;
        // The Windows Research Kernel's rule: the base type plus one, with POOL_IN_USE_MASK.
        const auto poolType = static_cast<std::uint8_t>(((paged ? 1 : 0) + 1) | 4);
        return m_classic[index(pool)]->allocate(blockSize, poolType, tag);
    }
    Heap& heap = *m_heaps[index(pool)];
    Address header = 0;
    if (size <= kLfhLimit) {
        backend = Backend::Lfh;
        header = heap.lfh.allocate(blockSize, blockSize - 0x10 - size >= 8);
    } else {
        backend = Backend::Vs;
        header = heap.vs.allocate(blockSize).poolHeader;
    }
    // 19H1 on: PreviousSize and PoolIndex 0, PoolType the requested type with bit 1 set (Scoop).
    const std::array<std::uint8_t, 4> head{0, 0, static_cast<std::uint8_t>(blockSize / 16),
                                           static_cast<std::uint8_t>((paged ? 1 : 0) | 2)};
    m.write(header, head.data(), head.size());
    m.write32(header + 4, tag);
    return header;
}

PoolHeap::Block PoolHeap::allocate(std::string_view tag, std::uint64_t size, PoolKind pool, bool pagedOut)
{
    const bool paged = pool == PoolKind::Paged;
    PlantedPoolTag& planted = P.tags[std::string(tag)];
    PlantedPoolUse& use = paged ? planted.paged : planted.nonPaged;
    const std::uint64_t block = (size + 0x10 + 15) & ~15ull;
    if (block > kSmallLimit) {
        // Big pool: whole pages, no POOL_HEADER, one entry of the big page table.
        const std::uint64_t bytes = (size + 0xfff) & ~0xfffull;
        const Address va = (paged ? m_bigPaged : m_bigNonPaged).take(bytes, 0x1000);
        if (!pagedOut)
            m.map(va, bytes);
        m_big.push_back({va, tagValue(tag), paged ? 1u : pool == PoolKind::NonPagedNx ? 0x200u : 0u, bytes});
        ++use.bigAllocations;
        use.bigBytes += bytes;
        use.bigWithoutPages += pagedOut ? 1 : 0;
        P.bigWithoutPages += pagedOut ? 1 : 0;
        return {va, va, bytes};
    }
    const auto blockSize = static_cast<std::uint32_t>(block);
    Backend backend = Backend::Lfh;
    const Address header = place(tagValue(tag), size, blockSize, pool, backend);
    (backend == Backend::Lfh ? use.lfhBlocks : backend == Backend::Vs ? use.vsBlocks : use.classicBlocks) += 1;
    (backend == Backend::Lfh ? use.lfhBytes : backend == Backend::Vs ? use.vsBytes : use.classicBytes) += block;
    use.blockSizes.insert(blockSize);

    // The tag's first blocks in this pool get neighbours of their size that finish() fills
    // like them and frees: a VS pair (coalesced, the second's header left inside) and a
    // single block, or a block after each of the first three elsewhere.
    int& seen = m_smallCount[{std::string(tag), paged}];
    if (seen < 3) {
        ++seen;
        const int stale = backend != Backend::Vs ? 1 : seen == 1 ? 2 : seen == 2 ? 1 : 0;
        for (int i = 0; i < stale; ++i) {
            Backend b = backend;
            m_stale.push_back({place(tagValue(tag), size, blockSize, pool, b), header, blockSize, pool, b,
                               std::string(tag)});
        }
    }
    return {header, header + 0x10, block};
}

void PoolHeap::finish()
{
    // Filled like the tag's live block (as the block was before its free), then freed.
    std::vector<std::byte> bytes;
    for (const Stale& s : m_stale) {
        bytes.resize(s.blockSize - 0x10);
        m.read(s.live + 0x10, bytes.data(), bytes.size());
        m.write(s.header + 0x10, bytes.data(), bytes.size());
    }
    for (const Stale& s : m_stale) {
        if (s.backend == Backend::Classic)
            m_classic[index(s.pool)]->free(s.header);
        else if (s.backend == Backend::Lfh)
            m_heaps[index(s.pool)]->lfh.free(s.header);
        else
            m_heaps[index(s.pool)]->vs.free(s.header);
    }
    for (auto& heap : m_heaps)
        if (heap)
            heap->vs.finish();
    for (auto& classic : m_classic)
        if (classic)
            classic->finish();
    // A freed VS chunk's tree node overwrites its POOL_HEADER unless it was coalesced into
    // the free chunk before it (or its header sat on the next page); elsewhere it stays.
    for (const Stale& s : m_stale) {
        const bool overwritten = s.backend == Backend::Vs && m_heaps[index(s.pool)]->vs.overwrittenByFreeChunk(s.header);
        if (!overwritten) {
            PlantedPoolTag& t = P.tags[s.tag];
            ++(s.pool == PoolKind::Paged ? t.paged : t.nonPaged).staleHeaders;
        }
    }
    record();
}

void PoolHeap::record()
{
    for (const PoolKind pool : {PoolKind::NonPaged, PoolKind::NonPagedNx, PoolKind::Paged}) {
        const Heap* heap = m_heaps[index(pool)].get();
        if (!heap)
            continue;
        const Address at = heap->segments.address();
        for (const Address segment : heap->segments.segments())
            P.segments.push_back({segment, at});
        for (const LfhSubsegments::Range& r : heap->lfh.subsegments())
            P.lfhSubsegments.push_back({r.address, at, r.pages, r.blockSize});
        for (const auto& [subsegment, chunks] : heap->vs.chunks())
            P.vsSubsegments.push_back({subsegment, at, 16, 0});
    }
}

} // namespace poolscope::testdata
