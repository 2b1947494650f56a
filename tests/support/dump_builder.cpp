#include "dump_builder.h"

#include <algorithm>
#include <cstring>
#include <sstream>
#include <stdexcept>

namespace poolscope::testdata {

namespace {

template <typename T>
void put(std::vector<std::byte>& out, std::size_t at, T value)
{
    std::memcpy(out.data() + at, &value, sizeof(T));
}

constexpr std::uint64_t kPage = 4096;

} // namespace

DumpBuilder::DumpBuilder(std::uint32_t build) : m_build(build)
{
    m_root = newPage();
}

std::uint64_t DumpBuilder::newPage()
{
    // Leave gaps so the runs of a full dump are more than one: every 16th frame of the first
    // 256 is skipped, then one in 32768 (the header holds at most 42 runs).
    if ((m_nextPfn < 256 && m_nextPfn % 16 == 0) || m_nextPfn % 32768 == 0)
        ++m_nextPfn;
    const std::uint64_t pfn = m_nextPfn++;
    m_pages[pfn].assign(kPage, std::byte{0});
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
        const std::size_t chunk = std::min<std::size_t>(size, kPage - within);
        if ((va >> 12) != m_lastVaPage) {
            m_lastPage = &m_pages[frameFor(va)];
            m_lastVaPage = va >> 12;
        }
        std::memcpy(m_lastPage->data() + within, bytes, chunk);
        va += chunk;
        bytes += chunk;
        size -= chunk;
    }
}

void DumpBuilder::map(std::uint64_t va, std::size_t size)
{
    for (std::uint64_t page = va & ~0xfffull; page < va + size; page += kPage)
        frameFor(page);
}

void DumpBuilder::unmap(std::uint64_t va)
{
    std::uint64_t table = m_root;
    for (int level = 0; level < 3; ++level)
        table = tableEntry(table, (va >> (39 - 9 * level)) & 0x1ff);
    std::memset(m_pages[table].data() + ((va >> 12) & 0x1ff) * 8, 0, 8);
    m_lastVaPage = ~0ull;
}

std::vector<std::byte> DumpBuilder::header(Format format, std::uint64_t& fileSize) const
{
    std::vector<std::byte> out(0x2000);
    std::memcpy(out.data(), "PAGEDU64", 8);
    put<std::uint32_t>(out, 0x08, 0xf);
    put<std::uint32_t>(out, 0x0c, m_build);
    put<std::uint64_t>(out, 0x10, m_root << 12);
    put<std::uint64_t>(out, 0x20, m_moduleList);
    put<std::uint64_t>(out, 0x28, m_processListHead);
    put<std::uint32_t>(out, 0x30, 0x8664);
    put<std::uint32_t>(out, 0x34, m_processors);
    put<std::uint32_t>(out, 0x38, 0xe2); // MANUALLY_INITIATED_CRASH
    put<std::uint64_t>(out, 0x80, m_debuggerData);
    const std::uint32_t type = format == Format::Full ? 1u : format == Format::Kernel ? 2u : 5u;
    put<std::uint32_t>(out, 0xf98, type);
    const char comment[] = "PoolScope generated test dump";
    std::memcpy(out.data() + 0xfb0, comment, sizeof comment);

    const std::uint64_t lastPfn = m_pages.rbegin()->first;
    const std::uint64_t extraFirst = lastPfn + 2; // a gap, then the zero memory
    const std::uint64_t stored = m_pages.size() + m_extraPages;
    if (format != Format::Bitmap) {
        std::vector<std::pair<std::uint64_t, std::uint64_t>> runs;
        for (const auto& [pfn, page] : m_pages) {
            if (!runs.empty() && runs.back().first + runs.back().second == pfn)
                ++runs.back().second;
            else
                runs.emplace_back(pfn, 1);
        }
        if (m_extraPages)
            runs.emplace_back(extraFirst, m_extraPages);
        // The header's 700-byte area holds 42 runs.
        if (runs.size() > 42)
            throw std::runtime_error("too many physical memory runs for DUMP_HEADER64");
        put<std::uint32_t>(out, 0x88, static_cast<std::uint32_t>(runs.size()));
        put<std::uint64_t>(out, 0x90, stored);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            put<std::uint64_t>(out, 0x98 + i * 16, runs[i].first);
            put<std::uint64_t>(out, 0x98 + i * 16 + 8, runs[i].second);
        }
        fileSize = 0x2000 + stored * kPage;
    } else {
        const std::uint64_t top = m_extraPages ? extraFirst + m_extraPages : lastPfn + 1;
        const std::uint64_t bits = ((top + 63) / 64) * 64;
        std::vector<std::byte> bitmap(0x38 + bits / 8);
        std::memcpy(bitmap.data(), "SDMPDUMP", 8);
        const std::uint64_t firstPage = 0x2000 + ((bitmap.size() + 0xfff) & ~0xfffull);
        put<std::uint64_t>(bitmap, 0x20, firstPage);
        put<std::uint64_t>(bitmap, 0x28, stored);
        put<std::uint64_t>(bitmap, 0x30, bits);
        for (const auto& [pfn, page] : m_pages)
            bitmap[0x38 + pfn / 8] |= std::byte(1u << (pfn % 8));
        for (std::uint64_t pfn = extraFirst; pfn < extraFirst + m_extraPages; ++pfn)
            bitmap[0x38 + pfn / 8] |= std::byte(1u << (pfn % 8));
        out.insert(out.end(), bitmap.begin(), bitmap.end());
        out.resize(firstPage);
        fileSize = firstPage + stored * kPage;
    }
    put<std::uint64_t>(out, 0xfa0, fileSize);
    return out;
}

void DumpBuilder::write(std::ostream& out, Format format) const
{
    std::uint64_t fileSize = 0;
    const auto head = header(format, fileSize);
    out.write(reinterpret_cast<const char*>(head.data()), static_cast<std::streamsize>(head.size()));
    for (const auto& [pfn, page] : m_pages)
        out.write(reinterpret_cast<const char*>(page.data()), static_cast<std::streamsize>(page.size()));
    if (m_extraPages) {
        // Seek to the last byte and write it: the pages between are holes in the file.
        out.seekp(static_cast<std::streamoff>(fileSize - 1));
        out.put('\0');
    }
}

std::vector<std::byte> DumpBuilder::dump(Format format) const
{
    std::ostringstream stream(std::ios::binary);
    write(stream, format);
    const std::string bytes = std::move(stream).str();
    std::vector<std::byte> out(bytes.size());
    std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
}

} // namespace poolscope::testdata
