#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

namespace poolscope::testdata {

// Lays out kernel virtual memory the way Windows x64 does, page by page (4-level page
// tables under a DirectoryTableBase), and writes it as a full or bitmap kernel dump with a
// format-correct DUMP_HEADER64. Tests and benchmarks place structures at the addresses they
// choose; the dump readers must find exactly them.
class DumpBuilder {
public:
    explicit DumpBuilder(std::uint32_t build = 19041);

    // Writes bytes at a kernel virtual address, mapping 4 KB pages as needed.
    void write(std::uint64_t va, const void* data, std::size_t size);
    void write64(std::uint64_t va, std::uint64_t value) { write(va, &value, 8); }
    void write32(std::uint64_t va, std::uint32_t value) { write(va, &value, 4); }
    void write16(std::uint64_t va, std::uint16_t value) { write(va, &value, 2); }
    void writeText(std::uint64_t va, std::string_view text) { write(va, text.data(), text.size()); }

    void setProcessListHead(std::uint64_t va) { m_processListHead = va; }
    void setLoadedModuleList(std::uint64_t va) { m_moduleList = va; }

    enum class Format { Full, Bitmap };
    std::vector<std::byte> dump(Format format) const;
    std::size_t physicalPages() const { return m_pages.size(); }

private:
    std::uint64_t newPage();
    std::uint64_t tableEntry(std::uint64_t tablePfn, std::uint64_t index);
    std::uint64_t frameFor(std::uint64_t va);

    std::uint32_t m_build;
    std::map<std::uint64_t, std::vector<std::byte>> m_pages; // pfn -> 4 KB
    std::uint64_t m_nextPfn = 1;
    std::uint64_t m_root = 0;
    std::uint64_t m_processListHead = 0;
    std::uint64_t m_moduleList = 0;
};

} // namespace poolscope::testdata
