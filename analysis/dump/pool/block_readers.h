#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/pool/pool_scan.h"

#include <cstdint>
#include <span>
#include <vector>

// How one subsegment or page is read into blocks: the parts of scanPool that know the
// heap's records. One BlockReader per worker; it is not shared between threads.
namespace poolscope {

class BlockReader {
public:
    BlockReader(const DumpFile& dump, std::uint64_t directoryTableBase, const PoolScanPlan& plan, PoolSink& sink);

    void lfh(const PoolRange& range);
    void vs(const PoolRange& range);
    // Pages of a run: classic pool pages (their chains) or a header scan.
    void pages(Address begin, std::uint64_t pages);
    void bigEntries(std::span<const std::byte> entries, std::optional<Address> only);

    PoolScanSummary counts;          // bytes scanned, blocks, missing pages and unread blocks
    std::vector<PoolProblem> problems; // the first ones; the rest counted
    std::uint64_t problemsNotListed = 0;

private:
    std::span<const std::byte> page(Address va);
    template <typename T>
    bool value(Address va, T& out);
    void problem(Address at, std::string message);
    void emit(PoolAllocation block);
    PoolType heapType(const PoolRange& range, std::uint8_t& flags) const;

    // VS
    bool decodeChunk(Address chunk, Address end, std::uint64_t expectedPrevious, std::uint64_t& bytes,
                     bool& allocated);
    void vsAllocated(const PoolRange& range, Address chunk, std::uint64_t bytes);
    void vsStale(const PoolRange& range, Address chunk, std::uint64_t bytes);
    bool nextAllocatedChunk(Address& at, Address end, std::uint64_t& bytes);
    Address vsResync(Address from, Address end);
    // Pages
    bool classicPage(Address va, std::span<const std::byte> bytes);
    void headerScanPage(Address va, std::span<const std::byte> bytes);

    AddressSpace m_memory;
    const PoolScanPlan& m_plan;
    PoolSink& m_sink;
    Address m_lastPage = ~0ull;
    std::span<const std::byte> m_lastBytes;
    Address m_lastMissing = ~0ull;
    // Classic pages: the pool of the pages read in this run, for pages with no allocated block.
    PoolType m_itemType = PoolType::Unknown;
    std::vector<PoolAllocation> m_untyped;
};

} // namespace poolscope
