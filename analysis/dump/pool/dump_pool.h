#pragma once
#include "analysis/dump/dump_file.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/object_types.h"
#include "analysis/dump/pool/block_object.h"
#include "analysis/dump/pool/pool_scan.h"
#include "analysis/read_control.h"
#include "model/pool.h"
#include "model/pool_scan.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

// A dump's pool, kept open after the dump is read so that any tag can be looked up as
// `!poolfind` and any address as `!pool` does, at the speed of the mapped file: the
// window's Allocations view and the command line's poolfind and pool commands ask it.
namespace poolscope {

struct PoolFound {
    std::vector<PoolAllocation> blocks; // by address
    PoolScanOutcome outcome;
};

// The blocks of the pool page that holds an address, as `!pool ADDR` prints them.
struct PoolPageView {
    Address address = 0;
    Address page = 0;
    std::optional<PoolAllocation> holder; // the block holding the address
    std::vector<PoolAllocation> blocks;   // the blocks that start in its page, by address
    std::string problem;                  // why the address is not in a block the scan read
};

// The allocated blocks of a few tags, kept during the census for what they hold to be read:
// 8 bytes a block where PoolAllocation takes 24 (the leaking tag's million blocks are held
// beside the million handles and objects while the walks run). Blocks are kept per tag and
// pool, so a block holds only its address (48 bits, of which the low 4 are zero: pool
// blocks start on 16 bytes, and the scan reads kernel addresses through the page tables,
// which map only canonical ones), its size in 16-byte units, backend and flags. A block
// that does not fit (a size of 64 KB or more, an address or size off the 16 bytes) is kept
// whole on the side. Each scan worker's parts stay its own, sorted by address: merged as
// they are read, they are never held twice.
class KeptBlocks {
    static constexpr std::uint64_t kAddressBits = (std::uint64_t{1} << 44) - 1;

public:
    struct Block {
        std::uint64_t bits = 0; // address >> 4: 44 bits; backend: 3; flags: 5; size / 16: 12

        Address address() const
        {
            return static_cast<Address>(static_cast<std::int64_t>((bits & kAddressBits) << 20) >> 16);
        }
    };
    static_assert(sizeof(Block) == 8);

    // The blocks one worker kept of one tag in one pool, by address.
    struct Part {
        std::uint32_t tag = 0; // the key
        PoolType type = PoolType::Unknown;
        std::vector<Block> blocks;
        std::vector<PoolAllocation> whole; // the blocks that do not fit a Block, by address

        void keep(const PoolAllocation& block);
        PoolAllocation unpack(const Block& block) const;
        void sortByAddress();
    };

    std::vector<Part> parts; // by tag and pool; a tag and pool may have a part per worker

    std::size_t size() const;

    // Each tag and pool in turn (by key, then pool), its blocks by address across the
    // workers' parts: visit(part, block).
    template <typename Visit>
    void inOrder(const Visit& visit) const
    {
        for (std::size_t first = 0; first < parts.size();) {
            std::size_t last = first;
            while (last < parts.size() && parts[last].tag == parts[first].tag && parts[last].type == parts[first].type)
                ++last;
            std::vector<std::size_t> next(last - first, 0);
            for (;;) {
                std::size_t from = last;
                Address least = 0;
                for (std::size_t p = first; p < last; ++p) {
                    if (next[p - first] >= parts[p].blocks.size())
                        continue;
                    const Address a = parts[p].blocks[next[p - first]].address();
                    if (from == last || a < least) {
                        least = a;
                        from = p;
                    }
                }
                if (from == last)
                    break;
                visit(parts[from], parts[from].blocks[next[from - first]++]);
            }
            first = last;
        }
    }
};

class DumpPool {
public:
    DumpPool(std::shared_ptr<const DumpFile> dump, KernelLayout layout, PoolScanPlan plan,
             std::optional<ObjectTypeTable> types);

    // Every tag's blocks counted (what the dump reader puts in the snapshot); the allocated
    // blocks of the tags in `collect` (keys) are kept in `collected`, by tag, pool and address.
    PoolScanSummary census(const std::vector<PoolTagStat>& tracker, std::vector<PoolProblem>& problems,
                           ReadControl* control = nullptr, const PoolScanOptions& options = {},
                           const std::vector<std::uint32_t>& collect = {},
                           KeptBlocks* collected = nullptr) const;
    // The object whose body is at an address (a pointer followed), when one is there.
    std::optional<ObjectInBlock> objectAt(Address body) const;
    // The object type tags (_OBJECT_TYPE.Key) by type index, 0 where unknown.
    const std::vector<std::uint32_t>& objectTypeKeys() const { return m_typeKeys; }
    // The blocks of one tag (free ones with the tag too, marked), as !poolfind lists them.
    PoolFound find(PoolTag tag, ReadControl* control = nullptr, const PoolScanOptions& options = {}) const;
    PoolPageView page(Address address) const;
    BlockContents contents(const PoolAllocation& block) const;
    // Contents of many blocks, read in parallel (the grouping of a tag's blocks); empty when
    // the control says cancel before the end.
    std::vector<BlockContents> contents(const std::vector<PoolAllocation>& blocks, ReadControl* control = nullptr) const;
    // What each block holds, read in order on the calling thread: visit(index, contents),
    // which may take the contents. The lines of the blocks that follow are asked for ahead.
    void eachContents(std::span<const PoolAllocation> blocks,
                      const std::function<void(std::size_t, BlockContents&)>& visit) const;
    // Up to `max` bytes of the block from its POOL_HEADER (a big allocation from its page);
    // fewer where the dump ends.
    std::vector<std::byte> bytes(const PoolAllocation& block, std::size_t max) const;

    const PoolScanPlan& plan() const { return m_plan; }
    const KernelLayout& layout() const { return m_layout; }
    const DumpFile& dump() const { return *m_dump; }
    bool decodesObjects() const { return m_types.has_value(); }

private:
    std::shared_ptr<const DumpFile> m_dump;
    KernelLayout m_layout;
    PoolScanPlan m_plan;
    std::optional<ObjectTypeTable> m_types;
    std::vector<std::uint32_t> m_typeKeys;
    // The big page table's allocations by address, read once on the first lookup that needs
    // them (a lookup would otherwise read the whole table).
    const std::vector<PoolAllocation>& bigAllocations() const;
    mutable std::once_flag m_bigOnce;
    mutable std::vector<PoolAllocation> m_big;
};

} // namespace poolscope
