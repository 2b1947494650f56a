#include "pool_tables_walk.h"

#include "analysis/dump/byte_fields.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>

namespace poolscope {

namespace {

// Tables are read in slices so a table of a million entries is not one allocation.
constexpr std::uint64_t kSliceEntries = 4096;

std::uint64_t count(const std::vector<std::byte>& raw, std::uint64_t offset, std::uint32_t size)
{
    return size == 4 ? fieldAt<std::uint32_t>(raw, offset) : fieldAt<std::uint64_t>(raw, offset);
}

struct TagTotals {
    std::uint64_t npAllocs = 0, npFrees = 0, npBytes = 0, pAllocs = 0, pFrees = 0, pBytes = 0;
};

// One tracker entry at `base` of raw added to its tag's totals (empty slots have key 0).
void addEntry(const std::vector<std::byte>& raw, std::uint64_t base, const KernelLayout& layout,
              std::map<std::uint32_t, TagTotals>& totals)
{
    const auto key = fieldAt<std::uint32_t>(raw, base + layout.trackerKey);
    if (!key)
        return;
    TagTotals& t = totals[key];
    t.npAllocs += count(raw, base + layout.trackerNonPagedAllocs, layout.trackerCountSize);
    t.npFrees += count(raw, base + layout.trackerNonPagedFrees, layout.trackerCountSize);
    t.npBytes += fieldAt<std::uint64_t>(raw, base + layout.trackerNonPagedBytes);
    t.pAllocs += count(raw, base + layout.trackerPagedAllocs, layout.trackerCountSize);
    t.pFrees += count(raw, base + layout.trackerPagedFrees, layout.trackerCountSize);
    t.pBytes += fieldAt<std::uint64_t>(raw, base + layout.trackerPagedBytes);
}

// Reads entries [first, first + n) of a table; false when any page is missing.
bool readSlice(const AddressSpace& memory, Address table, std::uint64_t entrySize, std::uint64_t first,
               std::uint64_t n, std::vector<std::byte>& raw)
{
    raw.resize(n * entrySize);
    return memory.read(table + first * entrySize, raw);
}

} // namespace

bool isPrintableTag(std::uint32_t key)
{
    for (int i = 0; i < 4; ++i) {
        const auto c = static_cast<std::uint8_t>(key >> (8 * i));
        // Tags are ASCII; a few drivers use a zero or a high byte in the last place.
        if ((c < 0x20 || c > 0x7e) && !(i == 3 && (c == 0 || c >= 0x80)))
            return false;
    }
    return true;
}

std::uint64_t walkPoolTracker(const AddressSpace& memory, const KernelLayout& layout, const PoolTables& tables,
                              SnapshotBuilder& builder)
{
    if (!tables.trackTable || tables.trackEntries == 0)
        return 0;
    const std::uint64_t entries = std::min(tables.trackEntries, kMaxTrackerEntries);
    if (entries < tables.trackEntries)
        builder.warn(Provenance{0, 0, *tables.trackTable},
                     text::say(text::phrase("Dump", "PoolTrackTableSize says {} entries; only the first {} are read"),
                               tables.trackEntries, entries));
    std::map<std::uint32_t, TagTotals> totals;
    std::vector<Address> all{*tables.trackTable};
    all.insert(all.end(), tables.otherProcessors.begin(), tables.otherProcessors.end());
    std::vector<std::byte> raw;
    for (std::size_t cpu = 0; cpu < all.size(); ++cpu) {
        for (std::uint64_t first = 0; first < entries; first += kSliceEntries) {
            const std::uint64_t n = std::min(kSliceEntries, entries - first);
            if (!readSlice(memory, all[cpu], layout.trackerSize, first, n, raw)) {
                // Read entry by entry so one missing page loses only its own entries.
                std::uint64_t lost = 0;
                std::vector<std::byte> one;
                for (std::uint64_t i = first; i < first + n; ++i) {
                    if (!readSlice(memory, all[cpu], layout.trackerSize, i, 1, one)) {
                        ++lost;
                        continue;
                    }
                    addEntry(one, 0, layout, totals);
                }
                builder.warn(
                    Provenance{0, 0, all[cpu] + first * layout.trackerSize},
                    text::say(text::phrase("Dump",
                                           "pool tracker table of processor {}: {} entries from {:#x} are not in the "
                                           "dump; their counts are missing from the tag totals"),
                              cpu, lost, all[cpu] + first * layout.trackerSize));
                continue;
            }
            for (std::uint64_t i = 0; i < n; ++i)
                addEntry(raw, i * layout.trackerSize, layout, totals);
        }
    }
    std::uint64_t npUsage = 0, pUsage = 0, tags = 0;
    const Provenance where{0, 0, *tables.trackTable};
    const auto emit = [&](std::uint32_t key, PoolType type, std::uint64_t allocs, std::uint64_t frees, std::uint64_t bytes) {
        if (allocs == 0 && frees == 0 && bytes == 0)
            return;
        PoolTagStat& stat = builder.poolTag(PoolTag::fromKey(key), type, where);
        stat.allocs = allocs;
        stat.frees = frees;
        stat.outstanding = static_cast<std::int64_t>(allocs - frees);
        stat.bytes = bytes;
        if (allocs > frees)
            stat.bytesPerAlloc = bytes / (allocs - frees);
        ++tags;
    };
    for (const auto& [key, t] : totals) {
        emit(key, PoolType::NonPaged, t.npAllocs, t.npFrees, t.npBytes);
        emit(key, PoolType::Paged, t.pAllocs, t.pFrees, t.pBytes);
        npUsage += t.npBytes;
        pUsage += t.pBytes;
    }
    builder.summary().nonPagedUsage = npUsage;
    builder.summary().pagedUsage = pUsage;
    builder.summary().where = where;
    return tags;
}

std::uint64_t walkBigPages(const AddressSpace& memory, const KernelLayout& layout, const PoolTables& tables,
                           SnapshotBuilder& builder)
{
    if (!tables.bigPageTable || tables.bigPageEntries == 0)
        return 0;
    const std::uint64_t entries = std::min(tables.bigPageEntries, kMaxBigPageEntries);
    std::uint64_t blocks = 0, lost = 0;
    std::vector<std::byte> raw;
    for (std::uint64_t first = 0; first < entries; first += kSliceEntries) {
        const std::uint64_t n = std::min(kSliceEntries, entries - first);
        if (!readSlice(memory, *tables.bigPageTable, layout.bigPageSize, first, n, raw)) {
            lost += n;
            continue;
        }
        for (std::uint64_t i = 0; i < n; ++i) {
            const std::uint64_t base = i * layout.bigPageSize;
            const auto va = fieldAt<std::uint64_t>(raw, base + layout.bigPageVa);
            if (va == 0 || (va & 1)) // empty, or freed
                continue;
            const auto key = fieldAt<std::uint32_t>(raw, base + layout.bigPageKey);
            const auto poolType = (fieldAt<std::uint32_t>(raw, base + layout.bigPagePoolType) >> 8) & 0xfff;
            const auto bytes = fieldAt<std::uint64_t>(raw, base + layout.bigPageNumberOfBytes);
            PoolBlock& block = builder.poolBlock(va, Provenance{0, 0, *tables.bigPageTable + (first + i) * layout.bigPageSize});
            block.tag = PoolTag::fromKey(key);
            // POOL_TYPE: odd values are paged (PagedPool = 1), NonPagedPoolNx = 0x200.
            block.type = (poolType & 1) ? PoolType::Paged : PoolType::NonPaged;
            block.size = static_cast<std::uint32_t>(std::min<std::uint64_t>(bytes, 0xffffffffu));
            block.allocated = true;
            block.largePool = true;
            ++blocks;
        }
    }
    if (lost)
        builder.warn(
            Provenance{0, 0, *tables.bigPageTable},
            text::say(
                text::phrase("Dump",
                             "big pool table {:#x}: {} entries are not in the dump; their allocations are missing"),
                *tables.bigPageTable, lost));
    return blocks;
}

bool looksLikeTrackerTable(const AddressSpace& memory, const KernelLayout& layout, Address table, std::uint64_t entries)
{
    if (entries == 0 || entries > kMaxTrackerEntries)
        return false;
    const std::uint64_t n = std::min<std::uint64_t>(entries, 512);
    std::vector<std::byte> raw;
    if (!readSlice(memory, table, layout.trackerSize, 0, n, raw))
        return false;
    std::uint64_t used = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
        const auto key = fieldAt<std::uint32_t>(raw, i * layout.trackerSize + layout.trackerKey);
        if (key == 0)
            continue;
        if (!isPrintableTag(key))
            return false;
        ++used;
    }
    return used > 0;
}

bool looksLikeBigPageTable(const AddressSpace& memory, const KernelLayout& layout, Address table, std::uint64_t entries)
{
    if (entries == 0 || entries > kMaxBigPageEntries || (entries & (entries - 1)) != 0)
        return false;
    const std::uint64_t n = std::min<std::uint64_t>(entries, 2048);
    std::vector<std::byte> raw;
    if (!readSlice(memory, table, layout.bigPageSize, 0, n, raw))
        return false;
    std::uint64_t used = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t base = i * layout.bigPageSize;
        const auto va = fieldAt<std::uint64_t>(raw, base + layout.bigPageVa);
        if (va == 0 || (va & 1))
            continue;
        // Big allocations are whole pages in kernel space, with a tag and a size.
        if ((va & 0xfff) != 0 || (va >> 48) != 0xffff || !isPrintableTag(fieldAt<std::uint32_t>(raw, base + layout.bigPageKey))
            || fieldAt<std::uint64_t>(raw, base + layout.bigPageNumberOfBytes) == 0)
            return false;
        ++used;
    }
    return used > 0;
}

} // namespace poolscope
