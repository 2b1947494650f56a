#include "kernel_pages.h"

#include <algorithm>
#include <array>

namespace poolscope {

namespace {

constexpr std::uint64_t kFrameMask = 0x000ffffffffff000ull;
constexpr std::uint64_t kPresent = 1;
constexpr std::uint64_t kLargePage = 1ull << 7;
constexpr std::uint64_t kTransition = 1ull << 11;
constexpr std::uint64_t kPrototype = 1ull << 10;

std::uint64_t canonical(std::uint64_t va)
{
    return (va & (1ull << 47)) ? (va | 0xffff000000000000ull) : va;
}

class PageLister {
public:
    PageLister(const DumpFile& dump, const std::vector<std::pair<std::uint64_t, std::uint64_t>>& excluded,
               KernelPages& out)
        : m_dump(dump), m_excluded(excluded), m_out(out)
    {
    }

    bool table(std::uint64_t physical, std::array<std::uint64_t, 512>& entries)
    {
        if (m_dump.readPhysical(physical & kFrameMask, std::as_writable_bytes(std::span(entries))))
            return true;
        ++m_out.tablesMissing;
        return false;
    }

    void add(std::uint64_t va, std::uint64_t pages)
    {
        if (m_out.pages >= kMaxKernelPages)
            return;
        const std::uint64_t end = va + pages * kPageSize;
        // The excluded ranges are sorted and do not overlap: the one before va and the one
        // after it are the only ones that can cut this run.
        auto after = std::upper_bound(m_excluded.begin(), m_excluded.end(), va,
                                      [](std::uint64_t v, const auto& range) { return v < range.first; });
        if (after != m_excluded.begin() && std::prev(after)->second > va) {
            const std::uint64_t stop = std::prev(after)->second;
            if (stop < end)
                add(stop, (end - stop) / kPageSize);
            return;
        }
        if (after != m_excluded.end() && after->first < end) {
            add(va, (after->first - va) / kPageSize);
            if (after->second < end)
                add(after->second, (end - after->second) / kPageSize);
            return;
        }
        if (!m_out.runs.empty() && m_out.runs.back().begin + m_out.runs.back().pages * kPageSize == va)
            m_out.runs.back().pages += pages;
        else
            m_out.runs.push_back({va, pages});
        m_out.pages += pages;
    }

private:
    const DumpFile& m_dump;
    const std::vector<std::pair<std::uint64_t, std::uint64_t>>& m_excluded;
    KernelPages& m_out;
};

} // namespace

KernelPages mappedKernelPages(const DumpFile& dump, std::uint64_t directoryTableBase,
                              std::vector<std::pair<std::uint64_t, std::uint64_t>> excluded)
{
    std::sort(excluded.begin(), excluded.end());
    KernelPages out;
    PageLister lister(dump, excluded, out);
    std::array<std::uint64_t, 512> pml4{}, pdpt{}, pd{}, pt{};
    const std::uint64_t root = directoryTableBase & kFrameMask;
    if (!lister.table(root, pml4))
        return out;
    for (std::uint64_t i4 = 256; i4 < 512; ++i4) {
        const std::uint64_t e4 = pml4[i4];
        // The self-map: the entry that points back at the top table maps the page tables.
        if (!(e4 & kPresent) || (e4 & kFrameMask) == root || !lister.table(e4, pdpt))
            continue;
        for (std::uint64_t i3 = 0; i3 < 512; ++i3) {
            const std::uint64_t e3 = pdpt[i3];
            const std::uint64_t va3 = canonical((i4 << 39) | (i3 << 30));
            if (!(e3 & kPresent))
                continue;
            if (e3 & kLargePage) {
                lister.add(va3, 1ull << 18);
                continue;
            }
            if (!lister.table(e3, pd))
                continue;
            for (std::uint64_t i2 = 0; i2 < 512; ++i2) {
                const std::uint64_t e2 = pd[i2];
                const std::uint64_t va2 = va3 | (i2 << 21);
                if (!(e2 & kPresent))
                    continue;
                if (e2 & kLargePage) {
                    lister.add(va2, 512);
                    continue;
                }
                if (!lister.table(e2, pt))
                    continue;
                for (std::uint64_t i1 = 0; i1 < 512; ++i1) {
                    const std::uint64_t e1 = pt[i1];
                    const bool transition = !(e1 & kPresent) && (e1 & kTransition) && !(e1 & kPrototype);
                    if ((e1 & kPresent) || transition)
                        lister.add(va2 | (i1 << 12), 1);
                }
            }
        }
    }
    return out;
}

} // namespace poolscope
