#pragma once
#include "tests/support/kernel_scenario.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

// The generated pool read back from the generator's own memory by a walk written from
// the published facts alone (keys, XORs, bitmaps, chunk walks, page chains, as Scoop the
// Windows 10 pool, MemProcFS and PoolViewer describe them), not from PoolScope's reader: from ExPoolState to the heaps, their segments, descriptors, LFH
// and VS subsegments, or over the classic pool pages, and over the big pool table. Tests
// compare what it finds with the planted record and the tracker's figures.
namespace poolscope::testdata {

struct FoundPoolUse {
    std::uint64_t lfhBlocks = 0, vsBlocks = 0, classicBlocks = 0, smallBytes = 0;
    std::uint64_t bigAllocations = 0, bigBytes = 0, bigWithoutPages = 0;
    std::uint64_t staleHeaders = 0; // freed blocks whose POOL_HEADER still carries the tag
    std::set<std::uint32_t> blockSizes;
};

struct FoundPool {
    std::map<std::pair<std::string, bool>, FoundPoolUse> tags; // {tag, paged}
    std::vector<std::uint64_t> segments;                      // in list order, heap by heap
    std::set<std::uint64_t> lfhSubsegments, vsSubsegments, classicPages;
    std::vector<std::string> problems; // each structure that did not read as the facts say
};

// Walks the pool of a kernel generated with `layout`.
FoundPool readPlantedPool(const GeneratedKernel& kernel, const KernelLayout& layout);

} // namespace poolscope::testdata
