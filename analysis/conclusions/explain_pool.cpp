#include "explain_pool.h"

#include "analysis/conclusions/tag_modules.h"
#include "analysis/conclusions/tag_objects.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::explaining {

namespace {

using text::phrase;
using text::say;

RecordRef blocksOf(PoolTag tag, PoolType pool, Address block = 0)
{
    RecordRef r;
    r.kind = RecordKind::PoolBlock;
    r.address = block;
    r.tag = tag;
    r.pool = pool;
    return r;
}

std::string poolfind(PoolTag tag, PoolType pool)
{
    return fmt::format("!poolfind {} {}", tagArgument(tag), isPaged(pool) ? 1 : 0);
}

// "2,400 of 2,400 outstanding Leak allocations read from the pool"
std::string readCoverage(const Snapshot& s, const PoolTagContents& c)
{
    const PoolTagScan* scan = poolScanOf(s, c.tag, c.type);
    if (scan && scan->trackerOutstanding && *scan->trackerOutstanding > 0)
        return say(phrase("Explain", "{} of {} outstanding {} allocations read from the pool"), format::count(c.blocks),
                   format::count(static_cast<std::uint64_t>(*scan->trackerOutstanding)), c.tag.display());
    return say(phrase("Explain", "{} {} allocations read from the pool"), format::count(c.blocks), c.tag.display());
}

} // namespace

const PoolTagContents* poolContentsOf(const Snapshot& s, PoolTag tag, PoolType pool)
{
    if (!s.poolScan)
        return nullptr;
    const PoolTagContents* best = nullptr;
    for (const PoolTagContents& c : s.poolScan->contents)
        if (c.tag == tag && (pool == PoolType::Unknown || isPaged(c.type) == isPaged(pool)))
            if (!best || c.blocks > best->blocks)
                best = &c;
    return best;
}

const PoolTagScan* poolScanOf(const Snapshot& s, PoolTag tag, PoolType pool)
{
    if (!s.poolScan)
        return nullptr;
    for (const PoolTagScan& t : s.poolScan->tags)
        if (t.tag == tag && isPaged(t.type) == isPaged(pool))
            return &t;
    return nullptr;
}

std::vector<std::pair<const PoolTagContents*, std::string>> referenceLeaks(const Snapshot& s)
{
    std::vector<std::pair<const PoolTagContents*, std::string>> out;
    if (!s.poolScan)
        return out;
    for (const PoolTagContents& c : s.poolScan->contents) {
        if (c.withoutHandles < kManyUnhandled || c.unhandled.empty())
            continue;
        // One kind of object in one place: a leak has a shape; the system's own referenced
        // objects are of every kind.
        const PoolBlockGroup& top = c.unhandled.front();
        if (top.blocks * 2 < c.withoutHandles)
            continue;
        out.emplace_back(&c, say(phrase("Explain", "{} {} objects are referenced and have no handle ({})"),
                                 format::count(c.withoutHandles), c.objectType, top.label));
    }
    return out;
}

void addPoolContentsLink(const Evidence& e, LeakChain& chain)
{
    const PoolTagContents* c = poolContentsOf(e.s, chain.tag, chain.pool);
    if (!c || c->blocks == 0 || c->headline.empty())
        return;
    ExplainLink link;
    link.step = ExplainLink::Step::Objects;
    link.text = say(phrase("Explain", "in the pool: {}"), c->headline);
    link.coverage = readCoverage(e.s, *c);
    link.figures = {countFigure(phrase("Explain", "blocks read"), c->blocks)};
    const PoolBlockGroup* top = !c->groups.empty() && c->objects ? &c->groups.front()
                              : !c->pointers.empty()             ? &c->pointers.front()
                                                                 : nullptr;
    if (top) {
        link.figures.push_back(countFigure(phrase("Explain", "in the largest group"), top->blocks));
        link.command = fmt::format("{}; !pool {}", poolfind(chain.tag, c->type), e.address(top->sample));
        link.record = blocksOf(chain.tag, c->type, top->sample);
    } else {
        link.command = poolfind(chain.tag, c->type);
        link.record = blocksOf(chain.tag, c->type);
    }
    chain.links.push_back(std::move(link));
}

void addReferenceLeakLinks(const Evidence& e, LeakChain& chain, const PoolTagContents& objects)
{
    const PoolBlockGroup& top = objects.unhandled.front();
    ExplainLink held;
    held.step = ExplainLink::Step::Objects;
    held.text = say(phrase("Explain", "{} {} objects have references (PointerCount > 0) and no handle in any process; "
                                      "{} of them: {}"),
                    format::count(objects.withoutHandles), objects.objectType, format::count(top.blocks), top.label);
    held.coverage = say(phrase("Explain", "{} of {} {} blocks read from the pool"), format::count(objects.withoutHandles),
                        format::count(objects.blocks), chain.tag.display());
    held.figures = {countFigure(phrase("Explain", "objects without a handle"), objects.withoutHandles),
                    countFigure(phrase("Explain", "blocks read"), objects.blocks)};
    if (top.sampleObject)
        held.command = fmt::format("!object {}", e.address(*top.sampleObject));
    held.record = blocksOf(chain.tag, objects.type, top.sample);
    chain.links.push_back(std::move(held));

    // Who holds the references: the tags whose blocks point at such objects.
    const std::string pointedAt = say(phrase("Pool", "a {} object with no handle"), objects.objectType);
    const PoolTagContents* holder = nullptr;
    const PoolBlockGroup* pointing = nullptr;
    for (const PoolTagContents& c : e.s.poolScan->contents)
        for (const PoolBlockGroup& g : c.pointers)
            if (g.label == pointedAt && (!pointing || g.blocks > pointing->blocks)) {
                holder = &c;
                pointing = &g;
            }
    if (!holder) {
        ExplainLink gap;
        gap.step = ExplainLink::Step::Gap;
        gap.text = say(phrase("Explain", "no block of the largest tags points at these objects: who references them is "
                                         "not in what was read (a driver's structure, a list, a cache)"));
        gap.command = top.sampleObject ? fmt::format("!findhandle; !object {}", e.address(*top.sampleObject))
                                       : std::string("!object");
        chain.links.push_back(std::move(gap));
        return;
    }
    ExplainLink blocks;
    blocks.step = ExplainLink::Step::Holder;
    blocks.text = say(phrase("Explain", "{} of the {} '{}' blocks keep a pointer to {}"), format::count(pointing->blocks),
                      format::count(holder->blocks), holder->tag.display(), pointedAt);
    blocks.figures = {countFigure(phrase("Explain", "blocks pointing at them"), pointing->blocks)};
    blocks.command = fmt::format("{}; !pool {}", poolfind(holder->tag, holder->type), e.address(pointing->sample));
    blocks.record = blocksOf(holder->tag, holder->type, pointing->sample);
    chain.links.push_back(std::move(blocks));

    const auto modules = modulesWithTag(e.s, holder->tag);
    ExplainLink module;
    module.step = modules.empty() ? ExplainLink::Step::Gap : ExplainLink::Step::Module;
    module.command = moduleSearchCommand(holder->tag);
    if (modules.empty()) {
        module.text = say(phrase("Explain", "no loaded module's image carries '{}'"), holder->tag.display());
        chain.links.push_back(std::move(module));
        return;
    }
    module.text = say(phrase("Explain", "the images of {} carry '{}': the driver that allocates those blocks"),
                      modulesText(modules), holder->tag.display());
    for (const ModuleWithTag& m : modules)
        module.figures.push_back(countFigure(m.module->name, m.occurrences));
    chain.links.push_back(std::move(module));
    chain.reachesHolder = true;
    chain.conclusion = say(phrase("Explain", "a driver ({}) that takes references to {} objects (ObReferenceObject) and "
                                             "never releases them"),
                           modules.front().module->name, objects.objectType);
}

} // namespace poolscope::explaining
