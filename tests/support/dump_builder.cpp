#include "dump_builder.h"

#include <algorithm>
#include <cstring>

namespace poolscope::testdata {

namespace {

template <typename T>
void put(std::vector<std::byte>& out, std::size_t at, T value)
{
    std::memcpy(out.data() + at, &value, sizeof(T));
}

} // namespace

DumpBuilder::DumpBuilder(std::uint32_t build) : m_build(build)
{
    m_root = newPage();
}

std::uint64_t DumpBuilder::newPage()
{
    // Leave gaps so the runs of a full dump are more than one: every 16th frame is skipped.
    if (m_nextPfn % 16 == 0)
        ++m_nextPfn;
    const std::uint64_t pfn = m_nextPfn++;
    m_pages[pfn].assign(4096, std::byte{0});
    return pfn;
}

std::uint64_t DumpBuilder::tableEntry(std::uint64_t tablePfn, std::uint64_t index)
{
    std::uint64_t entry = 0;
    std::memcpy(&entry, m_pages[tablePfn].data() + index * 8, 8);
    if (entry & 1)
        return entry >> 12 & 0xffffffffffull;
    const std::uint64_t pfn = newPage();
    entry = (pfn << 12) | 0x63; // present, writable, accessed, dirty
    std::memcpy(m_pages[tablePfn].data() + index * 8, &entry, 8);
    return pfn;
}

std::uint64_t DumpBuilder::frameFor(std::uint64_t va)
{
    std::uint64_t table = m_root;
    for (int level = 0; level < 4; ++level)
        table = tableEntry(table, (va >> (39 - 9 * level)) & 0x1ff);
    return table;
}

void DumpBuilder::write(std::uint64_t va, const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const std::byte*>(data);
    while (size > 0) {
        const std::size_t within = va & 0xfff;
        const std::size_t chunk = std::min<std::size_t>(size, 4096 - within);
        std::memcpy(m_pages[frameFor(va)].data() + within, bytes, chunk);
        va += chunk;
        bytes += chunk;
        size -= chunk;
    }
}

std::vector<std::byte> DumpBuilder::dump(Format format) const
{
    std::vector<std::byte> out(0x2000);
    std::memcpy(out.data(), "PAGEDU64", 8);
    put<std::uint32_t>(out, 0x08, 0xf);
    put<std::uint32_t>(out, 0x0c, m_build);
    put<std::uint64_t>(out, 0x10, m_root << 12);
    put<std::uint64_t>(out, 0x20, m_moduleList);
    put<std::uint64_t>(out, 0x28, m_processListHead);
    put<std::uint32_t>(out, 0x30, 0x8664);
    put<std::uint32_t>(out, 0x34, 2);
    put<std::uint32_t>(out, 0xf98, format == Format::Full ? 1u : 5u);
    if (format == Format::Full) {
        std::vector<std::pair<std::uint64_t, std::uint64_t>> runs;
        for (const auto& [pfn, page] : m_pages) {
            if (!runs.empty() && runs.back().first + runs.back().second == pfn)
                ++runs.back().second;
            else
                runs.emplace_back(pfn, 1);
        }
        put<std::uint32_t>(out, 0x88, static_cast<std::uint32_t>(runs.size()));
        put<std::uint64_t>(out, 0x90, m_pages.size());
        for (std::size_t i = 0; i < runs.size(); ++i) {
            put<std::uint64_t>(out, 0x98 + i * 16, runs[i].first);
            put<std::uint64_t>(out, 0x98 + i * 16 + 8, runs[i].second);
        }
    } else {
        const std::uint64_t bits = ((m_pages.rbegin()->first + 1 + 31) / 32) * 32;
        std::vector<std::byte> header(0x38 + bits / 8);
        std::memcpy(header.data(), "SDMPDUMP", 8);
        const std::uint64_t firstPage = 0x2000 + ((header.size() + 0xfff) & ~0xfffull);
        put<std::uint64_t>(header, 0x20, firstPage);
        put<std::uint64_t>(header, 0x28, m_pages.size());
        put<std::uint64_t>(header, 0x30, bits);
        for (const auto& [pfn, page] : m_pages)
            header[0x38 + pfn / 8] |= std::byte(1u << (pfn % 8));
        out.insert(out.end(), header.begin(), header.end());
        out.resize(firstPage);
    }
    for (const auto& [pfn, page] : m_pages)
        out.insert(out.end(), page.begin(), page.end());
    put<std::uint64_t>(out, 0xfa0, out.size());
    return out;
}

} // namespace poolscope::testdata
