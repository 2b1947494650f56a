#include "address_space.h"

#include "analysis/prefetch.h"

#include <fmt/format.h>

#include <cstring>

namespace poolscope {

namespace {

constexpr std::uint64_t kFrameMask = 0x000ffffffffff000ull; // bits 51:12
constexpr std::uint64_t kPresent = 1ull << 0;
constexpr std::uint64_t kLargePage = 1ull << 7;
constexpr std::uint64_t kTransition = 1ull << 11;
constexpr std::uint64_t kPrototype = 1ull << 10;

bool canonical(std::uint64_t va)
{
    const std::uint64_t top = va >> 47;
    return top == 0 || top == 0x1ffff;
}

} // namespace

AddressSpace::AddressSpace(const DumpFile& dump, std::uint64_t directoryTableBase)
    : m_dump(dump), m_root(directoryTableBase & kFrameMask)
{
}

std::optional<std::uint64_t> AddressSpace::readEntry(std::uint64_t physical) const
{
    std::uint64_t entry = 0;
    if (!m_dump.readPhysical(physical, std::as_writable_bytes(std::span(&entry, 1))))
        return std::nullopt;
    return entry;
}

void AddressSpace::remember(std::uint64_t page, std::uint64_t frame) const
{
    const auto bytes = m_dump.physicalPage(frame >> 12);
    m_cache[page % m_cache.size()] = {page, frame, bytes.empty() ? nullptr : bytes.data()};
}

AddressSpace::Translation AddressSpace::translate(std::uint64_t va) const
{
    if (!canonical(va))
        return {std::nullopt, fmt::format("{:#x} is not a canonical x64 address", va)};
    const std::uint64_t page = va >> 12;
    const CacheEntry& cached = m_cache[page % m_cache.size()];
    if (cached.page == page)
        return {cached.frame | (va & 0xfff), {}};

    static constexpr const char* kLevels[] = {"PML4E", "PDPTE", "PDE", "PTE"};
    const auto lastLevel = [&](std::uint64_t entry) -> Translation {
        // A transition PTE: off the working set, but the frame still holds the data.
        const bool transition = !(entry & kPresent) && (entry & kTransition) && !(entry & kPrototype);
        if (!(entry & kPresent) && !transition)
            return {std::nullopt, fmt::format("{:#x} is not mapped ({} {:#x} not present)", va, kLevels[3], entry)};
        const std::uint64_t frame = entry & kFrameMask;
        remember(page, frame);
        return {frame | (va & 0xfff), {}};
    };
    TableEntry& known = m_tables[(va >> 21) % m_tables.size()];
    if (known.region == va >> 21) {
        if (known.ptes) {
            std::uint64_t entry = 0;
            std::memcpy(&entry, known.ptes + ((va >> 12) & 0x1ff) * 8, sizeof entry);
            return lastLevel(entry);
        }
        const std::uint64_t physical = known.largeFrame | (va & 0x1fffff);
        remember(page, physical & ~0xfffull);
        return {physical, {}};
    }

    std::uint64_t table = m_root;
    for (int level = 0; level < 4; ++level) {
        const int shift = 39 - 9 * level;
        const std::uint64_t index = (va >> shift) & 0x1ff;
        const auto entry = readEntry(table + index * 8);
        if (!entry)
            return {std::nullopt,
                    fmt::format("{:#x}: the {} at physical {:#x} is not in the dump", va, kLevels[level],
                                table + index * 8),
                    true};
        if (level == 3)
            return lastLevel(*entry);
        if (!(*entry & kPresent))
            return {std::nullopt, fmt::format("{:#x} is not mapped ({} {:#x} not present)", va, kLevels[level], *entry)};
        const std::uint64_t frame = *entry & kFrameMask;
        if ((level == 1 || level == 2) && (*entry & kLargePage)) {
            const std::uint64_t size = level == 1 ? (1ull << 30) : (1ull << 21);
            const std::uint64_t physical = (frame & ~(size - 1)) | (va & (size - 1));
            if (level == 2)
                known = {va >> 21, nullptr, frame & ~(size - 1)};
            remember(page, physical & ~0xfffull);
            return {physical, {}};
        }
        if (level == 2)
            if (const auto ptes = m_dump.physicalPage(frame >> 12); !ptes.empty())
                known = {va >> 21, ptes.data(), ~0ull};
        table = frame;
    }
    return {std::nullopt, "unreachable"};
}

const std::byte* AddressSpace::hostPage(std::uint64_t va) const
{
    const std::uint64_t page = va >> 12;
    if (const CacheEntry& cached = m_cache[page % m_cache.size()]; cached.page == page)
        return cached.host;
    if (!translate(va).physical)
        return nullptr;
    return m_cache[page % m_cache.size()].host;
}

bool AddressSpace::lostByDump(std::uint64_t va) const
{
    const Translation t = translate(va);
    if (!t.physical)
        return t.lost;
    return !m_dump.pageOffset(*t.physical >> 12);
}

std::span<const std::byte> AddressSpace::page(std::uint64_t va, std::string* why) const
{
    if (const std::byte* host = hostPage(va))
        return {host, kPageSize};
    const Translation t = translate(va & ~0xfffull);
    if (!t.physical) {
        if (why)
            *why = t.failure;
        return {};
    }
    if (why)
        *why = fmt::format("{:#x} maps to physical {:#x}, which the dump does not hold", va, *t.physical);
    return {};
}

void AddressSpace::prefetch(std::uint64_t va) const
{
    if (const std::byte* host = hostPage(va))
        prefetchLine(host + (va & 0xfff));
}

bool AddressSpace::read(std::uint64_t va, std::span<std::byte> out, std::string* why) const
{
    std::size_t done = 0;
    while (done < out.size()) {
        const std::uint64_t at = va + done;
        const std::size_t chunk = static_cast<std::size_t>(std::min<std::uint64_t>(0x1000 - (at & 0xfff), out.size() - done));
        if (const std::byte* host = hostPage(at)) {
            std::memcpy(out.data() + done, host + (at & 0xfff), chunk);
            done += chunk;
            continue;
        }
        if (why) {
            const Translation t = translate(at);
            *why = t.physical
                ? fmt::format("{:#x} maps to physical {:#x}, which the dump does not hold", at, *t.physical)
                : t.failure;
        }
        return false;
    }
    return true;
}

} // namespace poolscope
