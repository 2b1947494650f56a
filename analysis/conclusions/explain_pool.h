#pragma once
#include "analysis/conclusions/explain_chains.h"
#include "model/pool_scan.h"

#include <optional>
#include <string>

// The links a dump's pool scan adds to a chain: what a tag's blocks hold, read from the
// blocks themselves (where no walk reaches them, the chain ends there rather than at a
// search of the driver images), and the objects that live on references alone.
namespace poolscope::explaining {

const PoolTagContents* poolContentsOf(const Snapshot& s, PoolTag tag, PoolType pool);
const PoolTagScan* poolScanOf(const Snapshot& s, PoolTag tag, PoolType pool);

// Objects this many and more, kept by references with no handle, make a finding.
constexpr std::uint64_t kManyUnhandled = 100;

// The tags whose objects are held by references alone ("1,800 File objects are referenced
// and have no handle"), with the sentence that says why each is explained.
std::vector<std::pair<const PoolTagContents*, std::string>> referenceLeaks(const Snapshot& s);

// "In the pool: 2,400 Leak blocks hold no kernel object; 1,800 of them point at a File
// object with no handle", with the scan's count against the tracker's and !poolfind.
void addPoolContentsLink(const Evidence& e, LeakChain& chain);

// The objects held by references: how many, where (their owner or folder), which tag's blocks
// point at them and the drivers that carry that tag; the conclusion when a driver does.
void addReferenceLeakLinks(const Evidence& e, LeakChain& chain, const PoolTagContents& objects);

} // namespace poolscope::explaining
