#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_identity.h"
#include "model/address.h"
#include "model/pool_tag.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The kernel's pool heaps (Windows 10 1903 and later) and the keys their records are
// encoded with: from nt!ExPoolState when the symbols are this kernel's; otherwise the heaps
// are found in the kernel's data by their signature and the keys are solved from the heaps'
// own page segments, each step checked on the dump before it is used.
namespace poolscope {

struct PoolHeap {
    Address address = 0;
    PoolType type = PoolType::NonPaged; // NonPaged or Paged, as the tracker table splits them
    bool executable = false;            // the NonPaged heap, not NonPagedNx
    std::uint32_t node = 0;             // the pool node (NUMA) it belongs to
};

struct PoolHeapsFound {
    std::vector<PoolHeap> heaps;
    std::optional<std::uint64_t> heapKey, lfhKey;
    std::optional<Address> poolState; // nt!ExPoolState
    std::vector<std::string> notes;    // how each was found (info)
    std::vector<std::string> problems; // what was not found and what that costs (warnings)
};

constexpr std::uint32_t kSegmentHeapSignature = 0xddeeddee;

// The heap layout to use for a dump: the symbols' when they describe the heap, else the
// built-in row of the dump's build; none for a kernel whose pool is not a segment heap.
std::optional<SegmentHeapLayout> poolHeapLayout(const KernelLayout& layout, std::uint32_t build);

// True for the builds whose pool is made of segment heaps (1903, 18362, and later).
bool hasSegmentHeapPool(std::uint32_t build);

PoolHeapsFound findPoolHeaps(const AddressSpace& memory, const KernelIdentity& kernel, const SegmentHeapLayout& heap,
                             std::uint32_t build);

// The key a page segment's signature is encoded with besides HeapKey: a constant before
// 26100, none after.
std::uint64_t segmentSignatureConstant(std::uint32_t build);

} // namespace poolscope
