#pragma once
#include <cstdint>

namespace poolscope {

// A kernel virtual address as the debugger prints it. 32-bit logs (x86 targets) use
// the same type; Snapshot::pointerSize says how wide to print it.
using Address = std::uint64_t;

} // namespace poolscope
