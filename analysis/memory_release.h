#pragma once

namespace poolscope {

// Gives the pages of memory freed so far back to the system. The C library keeps what a
// program frees for its next allocations, so private memory stays at its high mark: after a
// walk drops its indexes, the pool scan would otherwise be counted on top of them. Does
// nothing where the C library offers no such call.
void releaseFreedMemory();

} // namespace poolscope
