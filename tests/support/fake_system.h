#pragma once
#include "analysis/capture/system_reading.h"

#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

namespace poolscope::testdata {

// A Windows system as capture reads it, for tests: a realistic pool tag table (kernel tags
// that churn around a steady level, with both pools in use for some) and realistic
// processes with handles by type, in which one tag and one process's handles grow as in the
// seed handle leak: a process keeps handles to threads that ended, and nonpaged 'Thre' grows
// with them. Each read() is one tick, `secondsPerTick` after the last. Deterministic.
struct FakeSystemOptions {
    std::size_t tags = 60;
    std::uint64_t leakedThreadsPerTick = 5'000; // 0: nothing grows
    double secondsPerTick = 5;
    bool poolTags = true;  // false: the pool tag table is refused, as Wine refuses it
    bool handles = true;   // false: the handle table is refused
    std::uint32_t seed = 7;
    // Two tags whose bytes are not printable ("\0\0\0\0", "Ab\1\n"), to be written safely.
    bool oddTags = false;
    // Asks this stop source to stop when read() has been called this many times (Ctrl+C).
    std::stop_source* stopAfterReads = nullptr;
    std::size_t readsBeforeStop = 0;
};

class FakeSystem final : public capture::SystemTableSource {
public:
    explicit FakeSystem(const FakeSystemOptions& options);
    capture::SystemReading read() override;

    std::size_t reads() const { return m_reads; }
    // Every reading handed out, in order: what the file must say.
    const std::vector<capture::SystemReading>& history() const { return m_history; }

    static constexpr const char* kLeakingTag = "Thre";
    static constexpr const char* kLeakingImage = "xxxxxx.EXE";
    static constexpr std::uint32_t kLeakingPid = 6700;
    static constexpr std::uint64_t kThreadBytes = 1'040; // a nonpaged ETHREAD block on x64

private:
    struct Tag {
        capture::PoolTagCounters counters;
        std::uint64_t pagedBytesPerAlloc = 0;
        std::uint64_t nonPagedBytesPerAlloc = 0;
    };

    FakeSystemOptions m_options;
    std::vector<Tag> m_tags;
    std::vector<capture::ProcessHandles> m_processes;
    std::uint64_t m_random;
    std::size_t m_reads = 0;
    std::vector<capture::SystemReading> m_history;

    std::uint64_t below(std::uint64_t n);
};

} // namespace poolscope::testdata
