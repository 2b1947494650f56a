#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string_view>
#include <vector>

namespace poolscope::testdata {

// What the crash-dump writer puts in DUMP_HEADER64 besides the memory layout: when and
// why the dump was written, and the CPU state of the processor that wrote it.
struct DumpHeaderFacts {
    std::uint64_t systemTime = 0;   // FILETIME: when the dump was written
    std::uint64_t systemUpTime = 0; // 100 ns units since boot
    std::uint64_t pfnDatabase = 0;  // MmPfnDatabase
    std::uint32_t bugCheckCode = 0xe2; // MANUALLY_INITIATED_CRASH
    std::array<std::uint64_t, 4> bugCheckParameters{};
    std::uint32_t productType = 1;  // NtProductWinNt; 3 = server
    std::uint32_t suiteMask = 0x110; // VER_SUITE_SINGLEUSERTS | VER_SUITE_TERMINAL
    std::uint64_t contextRip = 0;   // where the writing processor stopped (nt!KeBugCheckEx)
    std::uint64_t contextRsp = 0;
};

// Lays out kernel virtual memory the way Windows x64 does, page by page: 4-level page
// tables under a DirectoryTableBase that sits where Windows puts it (0x1aa000 or 0x1ad000,
// not the first frames) and holds the self-referencing entry every x64 Windows kernel has
// (its index randomised since 1607), inside the physical memory runs of a real machine.
// It writes what Windows writes: a complete dump (DumpType 1, runs), a kernel dump
// (DumpType 5, 'SDMP' bitmap of the kernel's pages), a complete bitmap dump (DumpType 5,
// 'FDMP', every page of RAM) or a live kernel dump (DumpType 6), each with a
// format-correct DUMP_HEADER64. Tests and benchmarks place structures at the addresses
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
    // Reads back bytes written (or mapped) before: the pool copies a live block's bytes into
    // the stale blocks it frees. Throws std::logic_error for a page that is not mapped.
    void read(std::uint64_t va, void* out, std::size_t size) const;
    // Maps the pages of a range without writing (zero-filled memory that exists).
    void map(std::uint64_t va, std::size_t size);
    // Unmaps one page again: its PTE becomes not present (memory the dump lacks).
    void unmap(std::uint64_t va);

    void setProcessListHead(std::uint64_t va) { m_processListHead = va; }
    void setLoadedModuleList(std::uint64_t va) { m_moduleList = va; }
    void setDebuggerDataBlock(std::uint64_t va) { m_debuggerData = va; }
    void setProcessors(std::uint32_t count) { m_processors = count; }
    void setHeaderFacts(const DumpHeaderFacts& facts) { m_facts = facts; }
    // The machine's RAM: the dump's physical memory runs cover this much (more if the pages
    // written need it). A complete dump stores every page of it, zero pages included; the
    // file is written sparse, so an 8 GB dump costs little disk.
    void setPhysicalMemory(std::uint64_t bytes) { m_ramBytes = bytes; }
    // Frames for the pages written are taken from this one up (the page tables' root stays
    // where Windows loads it). From 6 GB on, a complete dump holds them past its first 4 GB,
    // as a machine with much RAM does.
    void setFirstFrame(std::uint64_t pfn) { m_nextPfn = pfn; }

    // The kernel's DirectoryTableBase (CR3), and a new top-level table for a process: it
    // shares the kernel half (filled when the dump is written) and maps itself at the
    // self-map index, as each process's table does.
    std::uint64_t directoryTableBase() const { return m_root << 12; }
    std::uint64_t newAddressSpace();
    unsigned selfMapIndex() const { return m_selfMap; }

    // Full = DumpType 1, the runs of all RAM; Kernel = DumpType 5 'SDMP', the pages written
    // (the kernel's); Bitmap = DumpType 5 'FDMP', all RAM; Live = DumpType 6 (Task Manager's
    // live kernel memory dump), an 'SDMP' bitmap of the kernel's pages.
    // Rdmp: what the debugger's `.dump /k` writes (DumpType 8, an RDMP header with the
    // kernel's pages as ranges of frames).
    enum class Format { Full, Kernel, Bitmap, Live, Rdmp };
    std::vector<std::byte> dump(Format format) const;
    // Streams the dump; zero pages are skipped with seekp so a file stream stays sparse.
    void write(std::ostream& out, Format format) const;
    std::size_t physicalPages() const { return m_pages.size(); }
    // The pages of RAM the dump's runs describe.
    std::uint64_t ramPages() const;

private:
    struct Run {
        std::uint64_t basePage = 0;
        std::uint64_t pageCount = 0;
    };
    struct Layout; // where each stored page goes in the file

    std::uint64_t newPage();
    std::byte* addPage(std::uint64_t pfn); // a zeroed frame, carved from the slabs
    std::uint64_t tableEntry(std::uint64_t tablePfn, std::uint64_t index);
    std::uint64_t frameFor(std::uint64_t va);
    std::vector<Run> ramRuns() const;
    Layout layout(Format format) const;
    std::vector<std::byte> header(Format format, const Layout& where) const;
    std::vector<std::byte> pageContent(std::uint64_t pfn) const;
    template <typename Emit>
    void forEachStored(Format format, Emit&& emitBytes) const;

    std::uint32_t m_build;
    std::map<std::uint64_t, std::byte*> m_pages; // pfn -> its 4 KB in m_slabs
    // Frames come from slabs of many pages: one allocation per page was most of the time
    // a 1.4 GB dump took to build.
    std::vector<std::unique_ptr<std::byte[]>> m_slabs;
    std::size_t m_slabPagesUsed = 0;
    std::set<std::uint64_t> m_addressSpaces;                 // processes' top-level tables
    std::uint64_t m_nextPfn = 1;
    std::uint64_t m_root = 0;
    unsigned m_selfMap = 0x1ed;
    std::uint64_t m_processListHead = 0;
    std::uint64_t m_moduleList = 0;
    std::uint64_t m_debuggerData = 0;
    std::uint32_t m_processors = 2;
    std::uint64_t m_ramBytes = 0;
    DumpHeaderFacts m_facts;
    // The last page written, so sequential writes skip the page-table walk.
    std::uint64_t m_lastVaPage = ~0ull;
    std::byte* m_lastPage = nullptr;
};

} // namespace poolscope::testdata
