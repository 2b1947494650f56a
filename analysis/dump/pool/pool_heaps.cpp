#include "pool_heaps.h"

#include "analysis/dump/kernel_globals.h"
#include "analysis/dump/kernel_strings.h"
#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <array>
#include <map>
#include <set>

namespace poolscope {

namespace {

constexpr std::uint32_t kMaxPoolNodes = 64;
constexpr std::uint32_t kHeapsPerNode = 4;

// PoolNode[n].Heaps[i]: NonPaged, NonPagedNx, Paged, and a fourth paged heap; the order
// PoolViewer and MemProcFS read them in.
PoolHeap heapAt(Address address, std::uint32_t node, std::uint32_t index)
{
    PoolHeap h;
    h.address = address;
    h.node = node;
    h.type = index >= 2 ? PoolType::Paged : PoolType::NonPaged;
    h.executable = index == 0;
    return h;
}

class HeapFinder {
public:
    HeapFinder(const AddressSpace& memory, const KernelIdentity& kernel, const SegmentHeapLayout& heap,
               std::uint32_t build, PoolHeapsFound& out)
        : m_memory(memory), m_kernel(kernel), H(heap), m_build(build), m_out(out)
    {
    }

    void run()
    {
        if (!fromSymbols())
            fromKernelData();
        if (m_out.heaps.empty()) {
            m_out.problems.push_back(text::phrase(
                "Pool", "the pool's segment heaps were not found (no ExPoolState from symbols, and no pointer to a "
                        "segment heap in the kernel's data): the pool is read by a header scan, which cannot tell "
                        "allocated blocks from free ones"));
            return;
        }
        if (!m_out.heapKey)
            solveHeapKey();
        if (m_out.heapKey && !m_out.lfhKey)
            findLfhKey();
    }

private:
    bool isHeap(Address address) const
    {
        if (!isKernelPointer(address) || (address & 0xfff) != 0)
            return false;
        const auto signature = m_memory.readValue<std::uint32_t>(address + H.heapSignature);
        return signature && *signature == kSegmentHeapSignature;
    }

    // ExPoolState: HeapManager.Globals first, then the pool nodes' heaps.
    bool readPoolState(Address state, const std::string& how)
    {
        const auto pools = m_memory.readValue<std::uint32_t>(state + H.stateNumberOfPools);
        if (!pools || *pools == 0 || *pools > kMaxPoolNodes) {
            m_out.problems.push_back(text::say(
                text::phrase("Pool", "ExPoolState at {:#x} ({}) does not hold a pool count of 1 to 64 (it reads {})"),
                state, how, pools ? std::to_string(*pools) : std::string("nothing")));
            return false;
        }
        std::vector<PoolHeap> heaps;
        std::uint32_t notHeaps = 0;
        for (std::uint32_t node = 0; node < *pools; ++node) {
            for (std::uint32_t i = 0; i < kHeapsPerNode; ++i) {
                const Address slot = state + H.statePoolNode + node * H.poolNodeSize + i * 8;
                const auto heap = m_memory.readValue<std::uint64_t>(slot);
                if (!heap || *heap == 0)
                    continue;
                if (!isHeap(*heap)) {
                    ++notHeaps;
                    continue;
                }
                heaps.push_back(heapAt(*heap, node, i));
            }
        }
        if (heaps.empty()) {
            m_out.problems.push_back(text::say(
                text::phrase("Pool", "ExPoolState at {:#x} ({}) names no readable segment heap in its {} pool nodes"),
                state, how, *pools));
            return false;
        }
        if (notHeaps)
            m_out.problems.push_back(text::say(
                text::phrase("Pool", "{} of the heaps ExPoolState at {:#x} names are not readable segment heaps "
                                     "(signature 0xddeeddee): their blocks are not scanned"),
                notHeaps, state));
        m_out.heaps = std::move(heaps);
        m_out.poolState = state;
        m_out.notes.push_back(*pools == 1 ? text::say(text::phrase("Pool", "ExPoolState {:#x} from {}: one pool node, {} heaps"),
                                                      state, how, m_out.heaps.size())
                                          : text::say(text::phrase("Pool", "ExPoolState {:#x} from {}: {} pool nodes, {} heaps"),
                                                      state, how, *pools, m_out.heaps.size()));
        // The keys: HeapManager.Globals points at RtlpHpHeapGlobals.
        const auto globals = m_memory.readValue<std::uint64_t>(state);
        if (globals && isKernelPointer(*globals))
            readKeys(*globals, text::phrase("Pool", "ExPoolState's heap manager"));
        return true;
    }

    void readKeys(Address globals, const std::string& how)
    {
        const auto heapKey = m_memory.readValue<std::uint64_t>(globals + H.globalsHeapKey);
        const auto lfhKey = m_memory.readValue<std::uint64_t>(globals + H.globalsLfhKey);
        if (!heapKey || !lfhKey) {
            m_out.problems.push_back(text::say(
                text::phrase("Pool", "the heap keys at {:#x} (from {}) are not in the dump; solving them from the "
                                     "heaps' own records instead"),
                globals, how));
            return;
        }
        m_out.heapKey = *heapKey;
        m_out.lfhKey = *lfhKey;
        m_out.notes.push_back(
            text::say(text::phrase("Pool", "HeapKey and LfhKey from RtlpHpHeapGlobals at {:#x} (from {})"), globals, how));
    }

    bool fromSymbols()
    {
        if (!m_kernel.globalsExact || !m_kernel.layout.globals.exPoolState)
            return false;
        const std::string how = m_kernel.layout.source.starts_with("PDB ") ? text::phrase("Pool", "the kernel's PDB")
                              : m_kernel.layout.source.starts_with("symbols") ? text::phrase("Pool", "the symbols")
                                                                              : text::phrase("Pool", "the built-in table (this kernel)");
        if (!readPoolState(m_kernel.base + *m_kernel.layout.globals.exPoolState, how))
            return false;
        if (!m_out.heapKey && m_kernel.layout.globals.rtlpHpHeapGlobals)
            readKeys(m_kernel.base + *m_kernel.layout.globals.rtlpHpHeapGlobals, how);
        return true;
    }

    // Without this kernel's symbols: the pointers in the kernel's data that lead to a
    // segment heap are PoolNode[n].Heaps[]; the first run of them, less the PoolNode offset,
    // is ExPoolState, confirmed by its pool count. Failing that, the heaps found are used as
    // they lie (NonPaged, NonPagedNx, Paged in a row).
    void fromKernelData()
    {
        std::vector<std::pair<Address, Address>> slots; // slot, heap
        std::map<Address, bool> checked;
        std::array<std::uint64_t, kPageSize / 8> page{};
        for (const KernelDataRange& r : kernelDataRanges(m_kernel)) {
            for (Address at = r.begin & ~(kPageSize - 1); at < r.end; at += kPageSize) {
                if (!m_memory.read(at, std::as_writable_bytes(std::span(page))))
                    continue;
                for (std::size_t i = 0; i < page.size(); ++i) {
                    const std::uint64_t v = page[i];
                    if (!isKernelPointer(v) || (v & 0xfff) != 0)
                        continue;
                    auto [it, fresh] = checked.try_emplace(v, false);
                    if (fresh)
                        it->second = isHeap(v);
                    if (it->second)
                        slots.emplace_back(at + i * 8, v);
                }
                if (checked.size() > 100000)
                    break; // a kernel's data does not point at this many pages; something is off
            }
        }
        if (slots.empty())
            return;
        // PoolNode[0].Heaps[0] or [1]: the slot less the PoolNode offset (and the index) is
        // ExPoolState when a heap manager pointer and a pool count of 1 to 64 are where they
        // belong.
        for (const auto& [slot, heap] : slots) {
            for (std::uint32_t index = 0; index < 2; ++index) {
                const Address state = slot - H.statePoolNode - index * 8;
                const auto globals = m_memory.readValue<std::uint64_t>(state);
                const auto pools = m_memory.readValue<std::uint32_t>(state + H.stateNumberOfPools);
                if (!globals || !isKernelPointer(*globals) || !pools || *pools == 0 || *pools > kMaxPoolNodes)
                    continue;
                if (readPoolState(state, text::say(text::phrase("Pool", "the kernel's data (checked: a heap manager "
                                                                         "pointer, a pool count, segment heaps)"))))
                    return;
            }
        }
        const Address first = slots.front().first;
        std::set<Address> seen;
        std::uint32_t index = 0;
        Address previous = 0;
        for (const auto& [slot, heap] : slots) {
            if (previous && slot != previous + 8)
                break; // only the first run of consecutive heap pointers: one pool node
            previous = slot;
            if (seen.insert(heap).second && index < kHeapsPerNode)
                m_out.heaps.push_back(heapAt(heap, 0, index));
            ++index;
        }
        m_out.notes.push_back(text::say(
            text::phrase("Pool", "{} segment heaps found in the kernel's data at {:#x} (signature 0xddeeddee; taken "
                                 "as NonPaged, NonPagedNx and Paged by their order)"),
            m_out.heaps.size(), first));
    }

    // A page segment's signature is its address ^ its segment context ^ HeapKey (^ a constant
    // before 26100): every segment of every heap gives the same key, or none is taken.
    void solveHeapKey()
    {
        std::map<std::uint64_t, std::uint32_t> votes;
        for (const PoolHeap& heap : m_out.heaps) {
            for (std::uint32_t ctx = 0; ctx < 2; ++ctx) {
                const Address context = heap.address + H.heapSegContexts + ctx * H.segContextSize;
                const auto segment = m_memory.readValue<std::uint64_t>(context + H.segContextSegmentListHead);
                if (!segment || *segment == context + H.segContextSegmentListHead || !isKernelPointer(*segment))
                    continue;
                const auto signature = m_memory.readValue<std::uint64_t>(*segment + H.segmentSignature);
                if (signature)
                    ++votes[*signature ^ *segment ^ context ^ segmentSignatureConstant(m_build)];
            }
        }
        if (votes.size() == 1 && votes.begin()->second >= 2) {
            m_out.heapKey = votes.begin()->first;
            m_out.notes.push_back(text::say(
                text::phrase("Pool", "HeapKey solved from the signatures of {} page segments (each decodes to its "
                                     "heap's segment context with the same key)"),
                votes.begin()->second));
            return;
        }
        m_out.problems.push_back(text::say(
            text::phrase("Pool", "HeapKey could not be solved from the heaps' page segments ({} different answers): "
                                 "VS chunk headers cannot be decoded"),
            votes.size()));
    }

    // RtlpHpHeapGlobals holds HeapKey and LfhKey side by side in the kernel's data.
    void findLfhKey()
    {
        std::array<std::uint64_t, kPageSize / 8 + 1> page{};
        for (const KernelDataRange& r : kernelDataRanges(m_kernel)) {
            for (Address at = r.begin & ~(kPageSize - 1); at < r.end; at += kPageSize) {
                if (!m_memory.read(at, std::as_writable_bytes(std::span(page.data(), kPageSize / 8))))
                    continue;
                for (std::size_t i = 0; i < kPageSize / 8; ++i) {
                    if (page[i] != *m_out.heapKey)
                        continue;
                    const Address globals = at + i * 8 - H.globalsHeapKey;
                    if (const auto lfh = m_memory.readValue<std::uint64_t>(globals + H.globalsLfhKey)) {
                        m_out.lfhKey = *lfh;
                        m_out.notes.push_back(text::say(
                            text::phrase("Pool", "LfhKey beside HeapKey in the kernel's data (RtlpHpHeapGlobals at "
                                                 "{:#x}); checked on each LFH subsegment as it is read"),
                            globals));
                        return;
                    }
                }
            }
        }
        m_out.problems.push_back(text::phrase(
            "Pool", "LfhKey was not found beside HeapKey in the kernel's data: LFH subsegments cannot be decoded"));
    }

    const AddressSpace& m_memory;
    const KernelIdentity& m_kernel;
    const SegmentHeapLayout& H;
    std::uint32_t m_build;
    PoolHeapsFound& m_out;
};

} // namespace

bool hasSegmentHeapPool(std::uint32_t build)
{
    return build >= 18362;
}

std::uint64_t segmentSignatureConstant(std::uint32_t build)
{
    return build >= 26100 ? 0 : 0xa2e64eada2e64eadull;
}

std::optional<SegmentHeapLayout> poolHeapLayout(const KernelLayout& layout, std::uint32_t build)
{
    if (!hasSegmentHeapPool(build))
        return std::nullopt;
    if (layout.heap)
        return layout.heap;
    if (auto row = builtinLayout(build); row && row->heap)
        return row->heap;
    if (auto row = nearestOlderLayout(build); row && row->heap)
        return row->heap;
    return std::nullopt;
}

PoolHeapsFound findPoolHeaps(const AddressSpace& memory, const KernelIdentity& kernel, const SegmentHeapLayout& heap,
                             std::uint32_t build)
{
    PoolHeapsFound out;
    HeapFinder(memory, kernel, heap, build, out).run();
    return out;
}

} // namespace poolscope
