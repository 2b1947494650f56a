#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_identity.h"
#include "analysis/dump/pool/pool_scan.h"
#include "analysis/dump/pool_tables_walk.h"

#include <utility>
#include <vector>

// Where a dump's pool lies and how it can be read: the segment heaps and their subsegments
// (1903 and later), or the kernel's mapped pages for the classic pool (1607, 1809); a
// header scan over those pages when the heaps cannot be found. Said in howFound, so that
// every figure of the scan can be weighed by how it was read.
namespace poolscope {

PoolScanPlan planPoolScan(const AddressSpace& memory, const KernelIdentity& kernel, std::uint32_t build,
                          const PoolTables& tables, const std::vector<std::pair<Address, Address>>& images);

} // namespace poolscope
