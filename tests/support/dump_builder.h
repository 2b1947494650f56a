#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <ostream>
#include <string_view>
#include <vector>

namespace poolscope::testdata {

// Lays out kernel virtual memory the way Windows x64 does, page by page (4-level page
// tables under a DirectoryTableBase), and writes it as a full, kernel or bitmap dump with
// a format-correct DUMP_HEADER64. Tests and benchmarks place structures at the addresses
// they choose; the dump readers must find exactly them.
class DumpBuilder {
public:
    explicit DumpBuilder(std::uint32_t build = 19041);

    // Writes bytes at a kernel virtual address, mapping 4 KB pages as needed.
    void write(std::uint64_t va, const void* data, std::size_t size);
    void write64(std::uint64_t va, std::uint64_t value) { write(va, &value, 8); }
    void write32(std::uint64_t va, std::uint32_t value) { write(va, &value, 4); }
    void write16(std::uint64_t va, std::uint16_t value) { write(va, &value, 2); }
    void write8(std::uint64_t va, std::uint8_t value) { write(va, &value, 1); }
    void writeText(std::uint64_t va, std::string_view text) { write(va, text.data(), text.size()); }
    // Maps the pages of a range without writing (zero-filled memory that exists).
    void map(std::uint64_t va, std::size_t size);
    // Unmaps one page again: its PTE becomes not present (memory the dump lacks).
    void unmap(std::uint64_t va);

    void setProcessListHead(std::uint64_t va) { m_processListHead = va; }
    void setLoadedModuleList(std::uint64_t va) { m_moduleList = va; }
    void setDebuggerDataBlock(std::uint64_t va) { m_debuggerData = va; }
    void setProcessors(std::uint32_t count) { m_processors = count; }
    // Physical memory beyond the pages written, present in a full dump as zero pages: the
    // file is written sparse, so an 8 GB dump costs little disk.
    void setExtraPhysicalPages(std::uint64_t pages) { m_extraPages = pages; }

    // Full = all physical memory (runs); Kernel = the same layout with DumpType 2 (only
    // the kernel's pages, which is all this builder writes); Bitmap = a complete bitmap
    // dump (SDMP).
    enum class Format { Full, Kernel, Bitmap };
    std::vector<std::byte> dump(Format format) const;
    // Streams the dump; zero pages of the extra physical memory are skipped with seekp so a
    // file stream stays sparse.
    void write(std::ostream& out, Format format) const;
    std::size_t physicalPages() const { return m_pages.size(); }

private:
    std::uint64_t newPage();
    std::uint64_t tableEntry(std::uint64_t tablePfn, std::uint64_t index);
    std::uint64_t frameFor(std::uint64_t va);
    std::vector<std::byte> header(Format format, std::uint64_t& fileSize) const;

    std::uint32_t m_build;
    std::map<std::uint64_t, std::vector<std::byte>> m_pages; // pfn -> 4 KB
    std::uint64_t m_nextPfn = 1;
    std::uint64_t m_root = 0;
    std::uint64_t m_processListHead = 0;
    std::uint64_t m_moduleList = 0;
    std::uint64_t m_debuggerData = 0;
    std::uint32_t m_processors = 2;
    std::uint64_t m_extraPages = 0;
    // The last page written, so sequential writes skip the page-table walk.
    std::uint64_t m_lastVaPage = ~0ull;
    std::vector<std::byte>* m_lastPage = nullptr;
};

} // namespace poolscope::testdata
