#include "tag_allocations.h"

// No Qt header in this file: see tag_allocations.h.
#include "analysis/dump/pool/block_inspection.h"
#include "analysis/dump/pool/dump_pool.h"
#include "analysis/dump/pool/pool_census.h"
#include "analysis/dump/pool/pool_contents.h"
#include "model/format.h"

#include <chrono>

namespace poolscope::views {

namespace {

// Of the lookup's progress: the scan of the pool is most of the time, the contents and the
// names of what blocks point at the rest.
constexpr std::uint64_t kScanEnd = 80, kContentsEnd = 95, kTotal = 100;

} // namespace

PointerNamer TagAllocations::namer() const
{
    return [this](Address a) {
        const auto it = pointerNames.find(a);
        return it != pointerNames.end() ? it->second : format::address(a);
    };
}

std::shared_ptr<const TagAllocations> findTagAllocations(const OpenedSource& source, PoolTag tag, PoolType pool,
                                                         ReadControl& control)
{
    if (!source.pool)
        return nullptr;
    const DumpPool& dumpPool = *source.pool;
    const auto started = std::chrono::steady_clock::now();
    auto out = std::make_shared<TagAllocations>();
    out->tag = tag;
    out->pool = pool;

    ReadControl scan = control.stage(0, kScanEnd, kTotal);
    PoolFound found = dumpPool.find(tag, &scan);
    if (control.cancelled())
        return nullptr;
    out->scanProblems = found.outcome.problems.size() + found.outcome.problemsNotListed;
    // !poolfind's pool argument is paged or not; the tracker's rows are the same two pools.
    std::erase_if(found.blocks, [&](const PoolAllocation& b) { return isPaged(b.type) != isPaged(pool); });
    out->blocks = std::move(found.blocks);

    ReadControl reading = control.stage(kScanEnd, kContentsEnd, kTotal);
    out->contents = dumpPool.contents(out->blocks, &reading);
    if (control.cancelled())
        return nullptr;

    // Naming reads the dump (the object a pointer leads to, the block it lies in): each
    // distinct pointer once, here rather than on the GUI thread.
    static const std::vector<LoadedModule> noModules;
    const std::vector<LoadedModule>& modules = source.series.empty() ? noModules : source.series.snapshots.back().modules;
    const PointerNamer name = poolPointerNamer(dumpPool, modules);
    std::vector<Address> pointers;
    for (std::size_t i = 0; i < out->blocks.size(); ++i) {
        const PoolAllocation& b = out->blocks[i];
        const BlockContents& c = out->contents[i];
        (b.state == BlockState::Allocated ? out->allocated : b.state == BlockState::Free ? out->free : out->undetermined) += 1;
        if (c.object && b.state != BlockState::Free)
            ++out->objects;
        if (!c.object && c.firstPointer && out->pointerNames.try_emplace(*c.firstPointer).second)
            pointers.push_back(*c.firstPointer);
    }
    for (std::size_t i = 0; i < pointers.size(); ++i) {
        if (control.cancelled())
            return nullptr;
        out->pointerNames[pointers[i]] = name(pointers[i]);
        control.report(kContentsEnd * pointers.size() + i * (kTotal - kContentsEnd), kTotal * pointers.size());
    }
    PoolTagContents held = describeTagContents(tag, pool, out->blocks, out->contents, out->namer());
    out->headline = std::move(held.headline);
    out->objectType = std::move(held.objectType);
    out->optionalHeaders = held.optionalHeaders;
    out->bodyOffset = held.bodyOffset;
    control.report(kTotal, kTotal);
    out->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return out;
}

std::string scanAgreement(const PoolTagScan& scan)
{
    return trackerAgreement(scan);
}

std::optional<Inspection> inspectBlockAt(const OpenedSource& source, const SnapshotIndex* index, Address address,
                                         std::string& problem)
{
    if (!source.pool)
        return std::nullopt;
    const DumpPool& pool = *source.pool;
    const PoolPageView page = pool.page(address);
    if (!page.holder) {
        problem = page.problem;
        return std::nullopt;
    }
    return inspectPoolBlock(pool, index, *page.holder, pool.contents(*page.holder));
}

} // namespace poolscope::views
