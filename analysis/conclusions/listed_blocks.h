#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <unordered_set>

// A log may show a tag only through !poolfind: the reader then counts the blocks listed into
// a tag row of their own, whose provenance is the first of those blocks. Such a row tells what
// the log listed (often cut short with "......"), not what the pool holds: no share of a pool
// and no ranking against the tracker's rows is judged from it.
namespace poolscope {

class ListedBlockRows {
public:
    explicit ListedBlockRows(const Snapshot& snapshot);

    // The row was counted from listed blocks, not read from a tracker table.
    bool contains(const PoolTagStat& row) const;
    bool empty() const { return m_blockLines.empty(); }

private:
    std::unordered_set<std::uint64_t> m_blockLines; // text offsets of the block lines
};

} // namespace poolscope
