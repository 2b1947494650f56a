#pragma once
#include "analysis/dump/kernel_layout.h"

#include <string>

// The pool's segment heap in a generated kernel PDB: the structures the layout's `heap`
// describes (_EX_POOL_HEAP_MANAGER_STATE and its pool nodes, _RTLP_HP_HEAP_GLOBALS,
// _SEGMENT_HEAP and its _HEAP_SEG_CONTEXTs, _HEAP_PAGE_SEGMENT with its page range
// descriptors, the LFH and VS subsegments, the VS chunk header) as C declarations with
// explicit padding, and the globals ExPoolState and RtlpHpHeapGlobals. Both are empty
// for a layout without a segment heap (1607).
namespace poolscope::testdata {

std::string segmentHeapTypes(const KernelLayout& layout);
std::string segmentHeapGlobals(const KernelLayout& layout);

} // namespace poolscope::testdata
