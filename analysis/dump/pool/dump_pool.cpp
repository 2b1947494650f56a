#include "dump_pool.h"

#include "analysis/dump/address_space.h"
#include "analysis/dump/pool/pool_census.h"
#include "analysis/text/phrase.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>
#include <tuple>

namespace poolscope {

namespace {

class TagSink final : public PoolSink {
public:
    explicit TagSink(std::uint32_t tag) : m_tag(tag) {}
    void block(const PoolAllocation& block) override
    {
        // Windows 7's object tags had the top bit set ("protected"); the tag is the rest.
        if ((block.tag & 0x7fffffffu) == (m_tag & 0x7fffffffu))
            found.push_back(block);
    }
    std::vector<PoolAllocation> found;

private:
    std::uint32_t m_tag;
};

class AllSink final : public PoolSink {
public:
    void block(const PoolAllocation& block) override { found.push_back(block); }
    std::vector<PoolAllocation> found;
};

// The census, and the allocated blocks of a few tags kept on the way, a part per tag and
// pool, each reserved from the tracker's count (address space until written).
class CollectingSink final : public PoolSink {
public:
    CollectingSink(const std::vector<std::uint32_t>& tags, const std::vector<std::uint64_t>* expected)
        : m_tags(tags), m_expected(expected), m_partOf(tags.size() * kPools, kNone)
    {
    }
    void block(const PoolAllocation& block) override
    {
        census.block(block);
        if (block.state != BlockState::Allocated || m_tags.empty())
            return;
        const auto at = std::lower_bound(m_tags.begin(), m_tags.end(), block.tag);
        if (at == m_tags.end() || *at != block.tag)
            return;
        const std::size_t slot = static_cast<std::size_t>(at - m_tags.begin()) * kPools + static_cast<std::size_t>(block.type);
        if (m_partOf[slot] == kNone) {
            m_partOf[slot] = kept.size();
            KeptBlocks::Part& part = kept.emplace_back();
            part.tag = block.tag;
            part.type = block.type;
            if (m_expected)
                part.blocks.reserve(static_cast<std::size_t>(std::min<std::uint64_t>((*m_expected)[slot], std::uint64_t{1} << 28)));
        }
        kept[m_partOf[slot]].keep(block);
    }
    PoolCensusSink census;
    std::vector<KeptBlocks::Part> kept;

    static constexpr std::size_t kPools = static_cast<std::size_t>(PoolType::Unknown) + 1;

private:
    static constexpr std::size_t kNone = ~std::size_t{0};
    const std::vector<std::uint32_t>& m_tags;
    const std::vector<std::uint64_t>* m_expected;
    std::vector<std::size_t> m_partOf; // by tag index and pool
};

bool holds(const PoolAllocation& block, Address address)
{
    return address >= block.block && address < block.block + std::max<std::uint32_t>(block.bytes, 1);
}

} // namespace

DumpPool::DumpPool(std::shared_ptr<const DumpFile> dump, KernelLayout layout, PoolScanPlan plan,
                   std::optional<ObjectTypeTable> types)
    : m_dump(std::move(dump)), m_layout(std::move(layout)), m_plan(std::move(plan)), m_types(std::move(types))
{
    if (m_types) {
        const AddressSpace memory(*m_dump);
        m_typeKeys = poolscope::objectTypeKeys(memory, m_layout, *m_types);
    }
}

PoolScanSummary DumpPool::census(const std::vector<PoolTagStat>& tracker, std::vector<PoolProblem>& problems,
                                 ReadControl* control, const PoolScanOptions& options,
                                 const std::vector<std::uint32_t>& collect, KeptBlocks* collected) const
{
    std::vector<std::uint32_t> tags = collect;
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    // The tracker says how many blocks of each kept tag and pool to expect: each worker
    // reserves room for them all (address space until written), so no part is copied as it
    // grows.
    std::vector<std::uint64_t> expected(tags.size() * CollectingSink::kPools, 0);
    for (const PoolTagStat& stat : tracker) {
        const auto at = std::lower_bound(tags.begin(), tags.end(), stat.tag.key());
        if (at != tags.end() && *at == stat.tag.key() && stat.outstanding && *stat.outstanding > 0) {
            const std::uint64_t count = static_cast<std::uint64_t>(*stat.outstanding);
            expected[static_cast<std::size_t>(at - tags.begin()) * CollectingSink::kPools
                     + static_cast<std::size_t>(stat.type)] += count + count / 8 + 64;
        }
    }
    std::vector<std::unique_ptr<CollectingSink>> sinks(poolScanWorkers(options));
    for (auto& sink : sinks)
        sink = std::make_unique<CollectingSink>(tags, collected ? &expected : nullptr);
    PoolScanOutcome outcome = scanPool(
        *m_dump, m_dump->header().directoryTableBase, m_plan, [&](unsigned w) -> PoolSink& { return *sinks[w]; },
        options, control);
    std::vector<const PoolCensusSink*> parts;
    for (const auto& sink : sinks)
        parts.push_back(&sink->census);
    if (collected) {
        collected->parts.clear();
        for (const auto& sink : sinks)
            for (KeptBlocks::Part& part : sink->kept) {
                part.sortByAddress();
                collected->parts.push_back(std::move(part));
            }
        std::stable_sort(collected->parts.begin(), collected->parts.end(),
                         [](const KeptBlocks::Part& a, const KeptBlocks::Part& b) {
                             return std::tuple(a.tag, a.type) < std::tuple(b.tag, b.type);
                         });
    }
    PoolScanSummary summary = std::move(outcome.summary);
    summary.tags = mergeCensus(parts);
    holdAgainstTracker(summary.tags, tracker);
    problems = std::move(outcome.problems);
    if (outcome.problemsNotListed)
        problems.push_back({0, text::say(text::phrase("Pool", "{} more problems of the pool scan are not listed"),
                                         outcome.problemsNotListed)});
    return summary;
}

namespace {
constexpr unsigned kBackendShift = 44, kFlagsShift = 47, kUnitsShift = 52;
constexpr std::uint64_t kWholeUnits = 0xfff; // the block is in Part::whole
} // namespace

void KeptBlocks::Part::keep(const PoolAllocation& block)
{
    static_assert(static_cast<unsigned>(PoolBackend::HeaderScan) < 8);
    const std::uint64_t units = block.bytes / 16;
    const bool fits = (block.block & 15) == 0 && block.bytes % 16 == 0 && units < kWholeUnits;
    Block out;
    out.bits = ((block.block >> 4) & kAddressBits) | (std::uint64_t{static_cast<unsigned>(block.backend)} << kBackendShift)
        | (std::uint64_t{block.flags & 0x1fu} << kFlagsShift) | ((fits ? units : kWholeUnits) << kUnitsShift);
    blocks.push_back(out);
    if (!fits)
        whole.push_back(block);
}

PoolAllocation KeptBlocks::Part::unpack(const Block& b) const
{
    if ((b.bits >> kUnitsShift) == kWholeUnits) {
        // The block kept whole that starts in the same 16 bytes.
        const Address unit = b.address();
        const auto at = std::lower_bound(whole.begin(), whole.end(), unit,
                                         [](const PoolAllocation& a, Address u) { return (a.block & ~Address{15}) < u; });
        if (at != whole.end() && (at->block & ~Address{15}) == unit) {
            PoolAllocation out = *at;
            out.tag = tag;
            out.type = type;
            out.state = BlockState::Allocated;
            return out;
        }
    }
    PoolAllocation out;
    out.block = b.address();
    out.tag = tag;
    out.bytes = static_cast<std::uint32_t>((b.bits >> kUnitsShift) * 16);
    out.type = type;
    out.backend = static_cast<PoolBackend>((b.bits >> kBackendShift) & 7);
    out.state = BlockState::Allocated;
    out.flags = static_cast<std::uint8_t>((b.bits >> kFlagsShift) & 0x1f);
    return out;
}

void KeptBlocks::Part::sortByAddress()
{
    // The address bits in place order the blocks as their addresses do (the kernel's half is
    // above the user's either way). A worker reads its ranges by address, so its blocks mostly
    // come in order already.
    const auto byAddress = [](const Block& a, const Block& b) { return (a.bits & kAddressBits) < (b.bits & kAddressBits); };
    if (!std::is_sorted(blocks.begin(), blocks.end(), byAddress))
        std::sort(blocks.begin(), blocks.end(), byAddress);
    std::sort(whole.begin(), whole.end(), [](const PoolAllocation& a, const PoolAllocation& b) { return a.block < b.block; });
}

std::size_t KeptBlocks::size() const
{
    std::size_t total = 0;
    for (const Part& part : parts)
        total += part.blocks.size();
    return total;
}

PoolFound DumpPool::find(PoolTag tag, ReadControl* control, const PoolScanOptions& options) const
{
    std::vector<std::unique_ptr<TagSink>> sinks(poolScanWorkers(options));
    for (auto& sink : sinks)
        sink = std::make_unique<TagSink>(tag.key());
    PoolFound out;
    out.outcome = scanPool(*m_dump, m_dump->header().directoryTableBase, m_plan,
                           [&](unsigned w) -> PoolSink& { return *sinks[w]; }, options, control);
    std::size_t total = 0;
    for (const auto& sink : sinks)
        total += sink->found.size();
    out.blocks.reserve(total);
    for (auto& sink : sinks)
        out.blocks.insert(out.blocks.end(), sink->found.begin(), sink->found.end());
    std::sort(out.blocks.begin(), out.blocks.end(),
              [](const PoolAllocation& a, const PoolAllocation& b) { return a.block < b.block; });
    return out;
}

const std::vector<PoolAllocation>& DumpPool::bigAllocations() const
{
    std::call_once(m_bigOnce, [this] {
        PoolScanPlan bigOnly;
        bigOnly.method = m_plan.method;
        bigOnly.build = m_plan.build;
        bigOnly.bigTable = m_plan.bigTable;
        bigOnly.bigEntries = m_plan.bigEntries;
        bigOnly.bigEntrySize = m_plan.bigEntrySize;
        bigOnly.bigVa = m_plan.bigVa;
        bigOnly.bigKey = m_plan.bigKey;
        bigOnly.bigPoolType = m_plan.bigPoolType;
        bigOnly.bigBytes = m_plan.bigBytes;
        AllSink sink;
        PoolScanOptions options;
        options.workers = 1;
        scanPool(*m_dump, m_dump->header().directoryTableBase, bigOnly, [&](unsigned) -> PoolSink& { return sink; },
                 options);
        m_big = std::move(sink.found);
        std::sort(m_big.begin(), m_big.end(),
                  [](const PoolAllocation& a, const PoolAllocation& b) { return a.block < b.block; });
    });
    return m_big;
}

PoolPageView DumpPool::page(Address address) const
{
    PoolPageView view;
    view.address = address;
    view.page = address & ~(kPageSize - 1);
    // A big allocation: found by address among them, no subsegment to read.
    const std::vector<PoolAllocation>& big = bigAllocations();
    auto after = std::upper_bound(big.begin(), big.end(), address,
                                  [](Address a, const PoolAllocation& b) { return a < b.block; });
    if (after != big.begin() && holds(*std::prev(after), address)) {
        view.holder = *std::prev(after);
        view.blocks.push_back(*view.holder);
        return view;
    }
    PoolScanOptions options;
    options.workers = 1;
    options.only = address;
    options.bigTable = false;
    options.planProblems = false;
    AllSink sink;
    PoolScanOutcome outcome = scanPool(*m_dump, m_dump->header().directoryTableBase, m_plan,
                                       [&](unsigned) -> PoolSink& { return sink; }, options);
    std::sort(sink.found.begin(), sink.found.end(),
              [](const PoolAllocation& a, const PoolAllocation& b) { return a.block < b.block; });
    for (const PoolAllocation& block : sink.found) {
        if (holds(block, address) && (!view.holder || block.state == BlockState::Allocated))
            view.holder = block;
        if ((block.block & ~(kPageSize - 1)) == view.page || holds(block, address))
            view.blocks.push_back(block);
    }
    if (!view.holder) {
        if (!outcome.problems.empty())
            view.problem = outcome.problems.front().message;
        else if (sink.found.empty())
            view.problem = text::say(text::phrase("Pool", "{:#x} is in no pool subsegment, pool page or big pool "
                                                          "allocation this dump's pool scan reads"),
                                     address);
        else
            view.problem = text::say(text::phrase("Pool", "{:#x} lies in the pool, between blocks (a chunk header, a "
                                                          "subsegment's header or unused bytes)"),
                                     address);
    }
    return view;
}

std::optional<ObjectInBlock> DumpPool::objectAt(Address body) const
{
    if (!m_types)
        return std::nullopt;
    const AddressSpace memory(*m_dump);
    return readObjectAt(memory, m_layout, *m_types, body);
}

BlockContents DumpPool::contents(const PoolAllocation& block) const
{
    const AddressSpace memory(*m_dump);
    return readBlockContents(memory, m_layout, m_types ? &*m_types : nullptr, m_typeKeys, block);
}

void DumpPool::eachContents(std::span<const PoolAllocation> blocks,
                            const std::function<void(std::size_t, BlockContents&)>& visit) const
{
    constexpr std::size_t kAhead = 4; // blocks whose first lines are asked for while one is read
    const AddressSpace memory(*m_dump);
    const ObjectTypeTable* types = m_types ? &*m_types : nullptr;
    ContentsAhead ahead;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i + kAhead < blocks.size())
            ahead.prefetch(memory, m_layout, blocks[i + kAhead]);
        BlockContents contents = readBlockContents(memory, m_layout, types, m_typeKeys, blocks[i]);
        ahead.learn(blocks[i], contents);
        visit(i, contents);
    }
}

std::vector<BlockContents> DumpPool::contents(const std::vector<PoolAllocation>& blocks, ReadControl* control) const
{
    std::vector<BlockContents> out(blocks.size());
    constexpr std::size_t kChunk = 1024;
    const unsigned workers = static_cast<unsigned>(
        std::clamp<std::size_t>(blocks.size() / 4096, 1, std::max(1u, std::thread::hardware_concurrency())));
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    // The calling thread reports progress and watches for a cancel; ReadControl is its own.
    const auto work = [&](bool reporting) {
        for (;;) {
            const std::size_t first = next.fetch_add(kChunk);
            if (first >= blocks.size() || stop.load(std::memory_order_relaxed))
                return;
            const std::size_t last = std::min(blocks.size(), first + kChunk);
            eachContents(std::span(blocks).subspan(first, last - first),
                         [&](std::size_t i, BlockContents& contents) { out[first + i] = std::move(contents); });
            done.fetch_add(last - first);
            if (reporting && control) {
                control->report(done.load(), blocks.size());
                if (control->cancelled())
                    stop = true;
            }
        }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back(work, false);
    work(true);
    for (std::thread& t : threads)
        t.join();
    if (stop.load())
        return {};
    if (control)
        control->report(blocks.size(), std::max<std::size_t>(blocks.size(), 1));
    return out;
}

std::vector<std::byte> DumpPool::bytes(const PoolAllocation& block, std::size_t max) const
{
    const AddressSpace memory(*m_dump);
    std::vector<std::byte> out;
    const std::size_t wanted = std::min<std::size_t>(max, block.bytes);
    out.reserve(wanted);
    std::array<std::byte, 16> line{};
    for (std::size_t at = 0; at < wanted; at += line.size()) {
        if (!memory.read(block.block + at, line))
            break;
        out.insert(out.end(), line.begin(), line.begin() + static_cast<std::ptrdiff_t>(std::min(line.size(), wanted - at)));
    }
    return out;
}

} // namespace poolscope
