#pragma once
#include "analysis/dump/kernel_layout.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace poolscope::testdata {

// Every structure offset and size of a layout the walks use, by name, so that comparing
// two layouts names the field that differs; then the same with the globals' RVAs.
std::vector<std::pair<const char*, std::uint64_t>> layoutOffsets(const KernelLayout& layout);
std::vector<std::pair<const char*, std::uint64_t>> layoutFields(const KernelLayout& layout);

} // namespace poolscope::testdata
