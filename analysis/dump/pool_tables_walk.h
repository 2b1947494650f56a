#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/snapshot_builder.h"

#include <cstdint>
#include <optional>
#include <vector>

// What !poolused and the big-pool part of !poolfind read: the pool tracker tables (one
// per processor, summed per tag) and the big page table.
namespace poolscope {

struct PoolTables {
    std::optional<Address> trackTable; // the global table (processor 0)
    std::uint64_t trackEntries = 0;
    std::vector<Address> otherProcessors; // the per-processor tables after the global one
    std::optional<Address> bigPageTable;
    std::uint64_t bigPageEntries = 0;
};

constexpr std::uint64_t kMaxTrackerEntries = 1u << 20;
constexpr std::uint64_t kMaxBigPageEntries = 1u << 24;

// One PoolTagStat per tag and pool with allocations; the summary's pool usage from the
// bytes. Returns the number of tags.
std::uint64_t walkPoolTracker(const AddressSpace& memory, const KernelLayout& layout, const PoolTables& tables,
                              SnapshotBuilder& builder);

// One large-pool PoolBlock per allocation in use. Returns the number of blocks.
std::uint64_t walkBigPages(const AddressSpace& memory, const KernelLayout& layout, const PoolTables& tables,
                           SnapshotBuilder& builder);

// Checks used before trusting a table found without symbols: readable, and every key in
// use a printable tag (most of the first entries, at least one in use).
bool looksLikeTrackerTable(const AddressSpace& memory, const KernelLayout& layout, Address table, std::uint64_t entries);
bool looksLikeBigPageTable(const AddressSpace& memory, const KernelLayout& layout, Address table, std::uint64_t entries);

bool isPrintableTag(std::uint32_t key);

} // namespace poolscope
