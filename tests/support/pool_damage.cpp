// The pool's broken variants (poolscope-make-dump --damage pool-*), done to the NonPagedNx
// heap where the threads and IRPs live, each recorded for the tests of a pool scanner.
#include "pool_heap.h"

#include <stdexcept>
#include <utility>

namespace poolscope::testdata {

namespace {

std::uint32_t tagAt(const DumpBuilder& m, Address poolHeader)
{
    std::uint32_t tag = 0;
    m.read(poolHeader + 4, &tag, 4);
    return tag;
}

constexpr std::uint32_t kThre = 0x65726854; // "Thre"
constexpr std::uint32_t kIrp = 0x20707249;  // "Irp "

} // namespace

void PoolHeap::damage(PoolDamage what)
{
    if (!m_context)
        throw std::invalid_argument("pool damage needs the segment heap (build 18362 or later)");
    Heap& heap = *m_heaps[static_cast<std::size_t>(PoolKind::NonPagedNx)];
    PlantedPoolDamage& d = P.damage;
    if (what == PoolDamage::SegmentCycle) {
        d.cyclicSegment = heap.segments.makeSegmentListCyclic();
        d.cyclicHeap = heap.segments.address();
        return;
    }
    // A VS subsegment of threads (or IRPs) with allocated chunks on both sides of the one
    // hit; one that holds nothing else when there is one, so that what is lost is all theirs.
    for (const auto& [wanted, pure] : {std::pair{kThre, true}, std::pair{kThre, false}, std::pair{kIrp, true},
                                       std::pair{kIrp, false}}) {
        for (const auto& [subsegment, chunks] : heap.vs.chunks()) {
            std::vector<std::size_t> tagged;
            std::size_t allocated = 0;
            for (std::size_t i = 0; i < chunks.size(); ++i) {
                allocated += chunks[i].allocated ? 1 : 0;
                if (chunks[i].allocated && tagAt(m, subsegment + chunks[i].header) == wanted)
                    tagged.push_back(i);
            }
            if (tagged.size() < 3 || (pure && tagged.size() != allocated))
                continue;
            if (what == PoolDamage::ChunkHeader) {
                const std::size_t hit = tagged[1];
                const Address chunk = subsegment + chunks[hit].offset;
                // Decodes (with its address and HeapKey) to size 0 and an Allocated byte of
                // 0xee: no walk can step over it.
                const std::uint64_t garbage = 0x00ee5a5a00000000ull;
                m.write64(chunk, garbage ^ chunk ^ m_context->heapKey);
                m.write64(chunk + 8, 0xffffffffull);
                d.chunkHeader = chunk;
                d.chunkBlock = subsegment + chunks[hit].header;
                for (std::size_t i = hit + 1; i < chunks.size(); ++i)
                    d.chunksAfter += chunks[i].allocated ? 1 : 0;
                return;
            }
            // A page past the subsegment's first with allocated blocks on it. A chunk walk
            // loses every allocated chunk with bytes on it: those whose block is on it, and
            // one whose header ends it while its POOL_HEADER starts the next page.
            for (Address page = subsegment + 0x1000; page < subsegment + 0x10000; page += 0x1000) {
                std::vector<Address> blocks;
                for (const VsSubsegments::Chunk& c : chunks) {
                    const Address start = subsegment + c.offset;
                    if (c.allocated && start < page + 0x1000 && start + c.size > page)
                        blocks.push_back(subsegment + c.header);
                }
                if (blocks.empty())
                    continue;
                m.unmap(page);
                d.missingPage = page;
                d.blocksOnMissingPage = std::move(blocks);
                return;
            }
        }
    }
    throw std::invalid_argument("the pool has no VS subsegment of Thre or Irp blocks to damage");
}

} // namespace poolscope::testdata
