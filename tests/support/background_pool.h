#pragma once
#include <cstdint>
#include <vector>

namespace poolscope::testdata {

// The pool tags of the rest of a running system, which the generated kernel allocates
// only to have them in its pool: each with the outstanding count and bytes its tracker
// row has always shown (the views' tests rely on their order: Thre, CM31, MmCm, Npfs...),
// made of requests whose blocks add up to exactly those bytes (a small block counts with
// its 16-byte POOL_HEADER, a big allocation its whole pages).
struct BackgroundRequests {
    const char* tag;
    bool paged;
    std::uint64_t count;
    std::uint64_t size;  // bytes requested
    bool pagedOut;       // big allocations whose pages are not in the dump
};

// In allocation order; throws std::logic_error if a tag's requests miss its figures.
std::vector<BackgroundRequests> backgroundRequests();

} // namespace poolscope::testdata
