#include "listed_blocks.h"

namespace poolscope {

ListedBlockRows::ListedBlockRows(const Snapshot& snapshot)
{
    // A tracker row comes from a !poolused or poolmon line, never from a block's line: the
    // line a row was made from tells which it is.
    if (snapshot.poolTags.empty())
        return;
    for (const PoolBlock& b : snapshot.poolBlocks)
        if (b.where.fromText())
            m_blockLines.insert(b.where.offset);
}

bool ListedBlockRows::contains(const PoolTagStat& row) const
{
    return row.where.fromText() && m_blockLines.contains(row.where.offset);
}

} // namespace poolscope
