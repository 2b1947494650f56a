#pragma once
#include "analysis/dump/mapped_file.h"
#include "analysis/input_error.h"

#include <cstddef>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

// A Windows x64 kernel memory dump: the DUMP_HEADER64 and where each physical page is
// stored. Full and kernel dumps list physical memory runs; bitmap dumps (complete and
// kernel) have one bit per page. See ../shared/reference/DUMPS.md.
namespace poolscope {

// DumpType at 0xf98, as the SDK's DUMP_TYPES and kdmp-parser name them.
enum class DumpType : std::uint32_t {
    Full = 1,             // complete memory dump, physical memory runs
    Kernel = 2,           // "summary" kernel dump: runs, or a bitmap header of its own
    Bitmap = 5,           // bitmap dump: kernel (SDMP) or complete (FDMP)
    LiveKernelBitmap = 6, // Task Manager's live kernel dump (22H2+), a bitmap dump
    RdmpKernel = 8,       // written by the debugger's .dump /k (RDMP)
    RdmpKernelAndUser = 9, // .dump /ka
    RdmpComplete = 10,    // .dump /f
};

struct DumpHeader {
    std::uint32_t majorVersion = 0;
    std::uint32_t build = 0; // MinorVersion: the Windows build number
    std::uint64_t directoryTableBase = 0;
    std::uint64_t pfnDatabase = 0;
    std::uint64_t psLoadedModuleList = 0;
    std::uint64_t psActiveProcessHead = 0;
    std::uint32_t machineType = 0;
    std::uint32_t processors = 0;
    std::uint32_t bugCheckCode = 0;
    std::uint64_t kdDebuggerDataBlock = 0;
    std::array<std::uint64_t, 4> bugCheckParameters{};
    DumpType type = DumpType::Full;
    bool completeBitmap = false; // a bitmap header signed FDMP: every physical page, not only the kernel's
    std::uint64_t requiredDumpSpace = 0; // the file size the writer announced
    std::uint64_t systemTime = 0;        // FILETIME (100 ns since 1601, UTC) when the dump was written
};

constexpr std::uint64_t kPageSize = 4096;

class DumpFile {
public:
    // Maps the file; reads only the header and the page index.
    static Result<DumpFile> open(const std::string& path);
    // The same from bytes in memory (tests, and dumps inside archives).
    static Result<DumpFile> fromBytes(std::vector<std::byte> bytes, std::string name);

    const DumpHeader& header() const { return m_header; }
    const std::string& name() const { return m_name; }
    std::uint64_t presentPages() const { return m_presentPages; }
    // Pages the index names (present or cut off) and the file's size.
    std::uint64_t indexedPages() const { return m_presentPages + m_missingPages; }
    std::uint64_t fileSize() const { return bytes().size(); }
    // Pages the index names but the file is too short to hold (a truncated copy).
    std::uint64_t missingPages() const { return m_missingPages; }

    // Where physical page `pfn` is stored, or nothing when the dump does not hold it.
    std::optional<std::uint64_t> pageOffset(std::uint64_t pfn) const;
    // Copies physical memory; false when any page of the range is not in the dump.
    bool readPhysical(std::uint64_t address, std::span<std::byte> out) const;
    // The 4 KB of physical page `pfn` where the file holds them (no copy), or an empty span
    // when the dump does not hold the page: what a scan of many pages reads through.
    std::span<const std::byte> physicalPage(std::uint64_t pfn) const;

private:
    struct Run {
        std::uint64_t basePage = 0;
        std::uint64_t pageCount = 0;
        std::uint64_t firstIndex = 0; // pages stored before this run
    };

    static Result<DumpFile> parse(DumpFile dump);
    std::optional<InputError> readRuns();
    std::optional<InputError> readBitmap();
    std::optional<InputError> readRdmp();
    void countStored(std::uint64_t indexed);
    std::span<const std::byte> bytes() const;
    InputError error(std::uint64_t offset, std::string message) const;

    std::string m_name;
    std::shared_ptr<MappedFile> m_mapped;     // an opened file, or
    std::shared_ptr<std::vector<std::byte>> m_owned; // bytes given in memory
    DumpHeader m_header;
    std::uint64_t m_dataStart = 0;
    std::vector<Run> m_runs;
    // Bitmap dumps: the bitmap (as 64-bit words) and the number of set bits before each word.
    std::vector<std::uint64_t> m_bitmap;
    std::vector<std::uint64_t> m_rank;
    std::uint64_t m_presentPages = 0;
    std::uint64_t m_missingPages = 0;
};

} // namespace poolscope
