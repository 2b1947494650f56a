#pragma once
#include "analysis/dump/dump_file.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// The kernel's mapped pages, from its page tables: what a scan of a pool without a heap to
// follow (the classic pool of 1607 and 1809, a header scan) has to look through. The
// self-map of the page tables and the ranges given (the loaded images) are left out.
namespace poolscope {

struct PageRun {
    std::uint64_t begin = 0;  // virtual address of the first page
    std::uint64_t pages = 0;
};

struct KernelPages {
    std::vector<PageRun> runs; // ascending, contiguous pages merged
    std::uint64_t pages = 0;
    std::uint64_t tablesMissing = 0; // page table pages the dump lacks: what they map is not listed
};

constexpr std::uint64_t kMaxKernelPages = 1ull << 28; // 1 TB of mappings

KernelPages mappedKernelPages(const DumpFile& dump, std::uint64_t directoryTableBase,
                              std::vector<std::pair<std::uint64_t, std::uint64_t>> excluded);

} // namespace poolscope
