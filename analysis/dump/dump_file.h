#pragma once
#include "analysis/dump/mapped_file.h"
#include "analysis/input_error.h"

#include <cstddef>
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

enum class DumpType : std::uint32_t { Full = 1, Kernel = 2, Bitmap = 5, LiveKernelBitmap = 6 };

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
    DumpType type = DumpType::Full;
    std::uint64_t requiredDumpSpace = 0;
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
    // Pages the index names but the file is too short to hold (a truncated copy).
    std::uint64_t missingPages() const { return m_missingPages; }

    // Where physical page `pfn` is stored, or nothing when the dump does not hold it.
    std::optional<std::uint64_t> pageOffset(std::uint64_t pfn) const;
    // Copies physical memory; false when any page of the range is not in the dump.
    bool readPhysical(std::uint64_t address, std::span<std::byte> out) const;

private:
    struct Run {
        std::uint64_t basePage = 0;
        std::uint64_t pageCount = 0;
        std::uint64_t firstIndex = 0; // pages stored before this run
    };

    static Result<DumpFile> parse(DumpFile dump);
    std::optional<InputError> readRuns();
    std::optional<InputError> readBitmap();
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
