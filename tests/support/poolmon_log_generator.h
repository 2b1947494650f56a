#pragma once
#include "model/pool_tag.h"

#include <cstdint>
#include <string>
#include <vector>

namespace poolscope::testdata {

// Writes poolmon logs in the exact layout poolmon prints (see ../shared/fixtures/poolmon
// and seeds/003): screens appended one after another, as `poolmon /b >> poolmon.log`
// leaves them, sorted by bytes. A few tags grow on every screen, the rest churn around a
// steady level. Deterministic for a given seed.
struct PoolmonLogOptions {
    std::size_t screens = 20;
    std::size_t tagsPerScreen = 120;
    std::size_t growingTags = 3; // "Thre" (Nonp), "Irp " (Nonp), "Toke" (Paged), then made-up tags
    bool deltas = true;          // "(delta)" columns; false: the `poolmon /n` snapshot layout
    bool mappedDriver = false;   // the Mapped_Driver column of `poolmon /g`
    bool wideNumbers = false;    // the wider number fields of the x64 build
    bool sessionPool = false;    // "Session 1 pool information" screens (`poolmon /s1`)
    // Growth at an uneven pace, as under real load: the growing tags add a random number of
    // allocations each screen (each on its own rhythm), and "IoCo" follows "Irp " step for
    // step (an Irp leak dragging its partner along). Needs tagsPerScreen > 22.
    bool irregularGrowth = false;
    std::uint32_t seed = 1;
};

// What the generator planted, for assertions.
struct PlantedPoolmonGrowth {
    PoolTag tag;
    PoolType type = PoolType::Unknown; // as the reader should report it
    std::uint64_t firstBytes = 0;      // on screen 1
    std::uint64_t lastBytes = 0;       // on the last screen
    std::int64_t firstOutstanding = 0;
    std::int64_t lastOutstanding = 0;
    std::uint64_t bytesPerAlloc = 0;
};

struct PoolmonLogFacts {
    std::size_t screens = 0;
    std::size_t rowsPerScreen = 0;
    std::vector<PlantedPoolmonGrowth> growing; // the partner too, with irregularGrowth
    // With irregularGrowth: the tag that follows another's steps, and the one it follows.
    PoolTag partner;
    PoolTag partnerOf;
    std::uint64_t lastNonPagedPoolBytes = 0; // "Pool N:" of the last screen, in bytes
    std::uint64_t lastPagedPoolBytes = 0;    // "Pool ... P:" of the last screen, in bytes
};

std::string generatePoolmonLog(const PoolmonLogOptions& options, PoolmonLogFacts* facts = nullptr);

// An appended log of about `bytes` bytes (whole screens, never less): for benchmarks.
std::string generatePoolmonLogOfSize(std::size_t bytes, std::uint32_t seed = 1);

} // namespace poolscope::testdata
