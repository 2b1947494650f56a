#pragma once

namespace poolscope {

// Asks the processor for the cache line at `at` without waiting for it. GCC holds
// __builtin_prefetch to have no side effects, so an inline function that does nothing but
// prefetch is "pure" to it and every call to it is deleted (the walk's index prefetches were
// silently gone); the empty asm tells it otherwise.
inline void prefetchLine(const void* at)
{
#if defined(__GNUC__)
    __builtin_prefetch(at);
    asm volatile("" : : "r"(at));
#else
    (void)at;
#endif
}

} // namespace poolscope
