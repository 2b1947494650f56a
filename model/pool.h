#pragma once
#include "address.h"
#include "interned.h"
#include "pool_tag.h"
#include "provenance.h"

#include <array>
#include <bit>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// The figures of !vm (and of the poolmon header): how full the pools are. Every figure
// is optional because each source tells only some of them. Sizes are in bytes.
struct PoolSummary {
    std::optional<std::uint64_t> nonPagedUsage;
    std::optional<std::uint64_t> nonPagedMaximum;
    std::optional<std::uint64_t> pagedUsage;
    std::optional<std::uint64_t> pagedMaximum;
    std::optional<std::uint64_t> physicalMemory;
    std::optional<std::uint64_t> availableMemory;
    std::optional<std::uint64_t> commit;
    std::optional<std::uint64_t> commitLimit;
    std::optional<std::uint64_t> commitPeak;
    std::optional<std::uint64_t> kernelInRam; // poolmon "InRam Krnl"
    std::optional<std::uint64_t> pagedInRam;  // poolmon "InRam ... P:"
    std::optional<std::uint64_t> pageFaults;
    // Windows 10 and later set no fixed pool maximum: what !vm prints as one there is the
    // size of the pools' address range (16 TB on x64), no limit, and is not kept above.
    bool noFixedMaximum = false;
    // What !vm counts as failed since boot ("******* 464832 kernel stack PTE allocations
    // have failed ******"): the debugger's words for what failed, and how many times.
    struct Failure {
        std::string what; // "kernel stack PTE allocations"
        std::uint64_t count = 0;
    };
    std::vector<Failure> failures;
    Provenance where;

    bool empty() const
    {
        return !nonPagedUsage && !nonPagedMaximum && !pagedUsage && !pagedMaximum && !physicalMemory
            && !availableMemory && !commit && !commitLimit && !commitPeak && !kernelInRam && !pagedInRam
            && !pageFaults && failures.empty();
    }
};

// One row of poolmon or !poolused: one tag in one pool type.
// poolmon gives allocs and frees (and deltas since the last refresh); !poolused gives only
// what is outstanding. Absent figures stay absent.
// A poolmon log holds millions of rows, so a row is kept small: 112 bytes where
// std::optional and std::string made it 216.
struct PoolTagStat {
    // A figure of the row, or absent. poolmon's x64 build prints full 64-bit counters (and
    // a Diff may be any 64-bit value), so no value is free to mean "absent" as in
    // OptionalCount: presence takes a ninth byte, and aligning to one byte packs the eight
    // figures into 72 bytes where std::optional takes 128.
    // Reads like std::optional<T>, except that * gives the value, not a reference.
    template <typename T>
    class Figure {
    public:
        using value_type = T;

        constexpr Figure() = default;
        constexpr Figure(std::nullopt_t) {}
        constexpr Figure(T value) { emplace(value); }
        constexpr Figure(const std::optional<T>& value) { *this = value; }

        constexpr Figure& operator=(std::nullopt_t)
        {
            reset();
            return *this;
        }
        constexpr Figure& operator=(T value)
        {
            emplace(value);
            return *this;
        }
        constexpr Figure& operator=(const std::optional<T>& value)
        {
            if (value)
                emplace(*value);
            else
                reset();
            return *this;
        }

        constexpr bool has_value() const { return m_present; }
        constexpr explicit operator bool() const { return m_present; }
        constexpr T operator*() const { return std::bit_cast<T>(m_bytes); }
        constexpr T value() const
        {
            if (!m_present)
                throw std::bad_optional_access();
            return **this;
        }
        template <typename U>
        constexpr T value_or(U fallback) const
        {
            return m_present ? **this : static_cast<T>(fallback);
        }
        constexpr void reset()
        {
            m_bytes = {};
            m_present = false;
        }
        constexpr T emplace(T value)
        {
            m_bytes = std::bit_cast<Bytes>(value);
            m_present = true;
            return value;
        }

        constexpr operator std::optional<T>() const { return m_present ? std::optional<T>(**this) : std::nullopt; }

        friend constexpr bool operator==(const Figure&, const Figure&) = default;
        friend constexpr bool operator==(const Figure& a, std::nullopt_t) { return !a.m_present; }
        friend constexpr bool operator==(const Figure& a, T b) { return a.m_present && *a == b; }
        friend constexpr bool operator==(const Figure& a, const std::optional<T>& b)
        {
            return a.m_present == b.has_value() && (!b || *a == *b);
        }
        // As std::optional orders: absent before every value.
        friend constexpr std::strong_ordering operator<=>(const Figure& a, const Figure& b)
        {
            if (a.m_present != b.m_present)
                return a.m_present ? std::strong_ordering::greater : std::strong_ordering::less;
            return a.m_present ? *a <=> *b : std::strong_ordering::equal;
        }

    private:
        using Bytes = std::array<unsigned char, sizeof(T)>;
        Bytes m_bytes{}; // zero when absent, so that the defaulted == compares figures
        bool m_present = false;
    };

    PoolTag tag;
    PoolType type = PoolType::Unknown;
    Figure<std::uint64_t> allocs;
    Figure<std::uint64_t> frees;
    Figure<std::int64_t> outstanding; // allocs - frees ("Diff"); signed: counters wrap
    Figure<std::uint64_t> bytes;
    Figure<std::uint64_t> bytesPerAlloc;
    Figure<std::int64_t> allocsDelta; // change since the previous refresh
    Figure<std::int64_t> freesDelta;
    Figure<std::int64_t> bytesDelta;
    Interned driver;      // poolmon Mapped_Driver, or the binary from a description
    Interned description; // what the source printed for the tag, if anything
    Provenance where;
};
static_assert(sizeof(PoolTagStat::Figure<std::int64_t>) == 9 && alignof(PoolTagStat::Figure<std::int64_t>) == 1);
static_assert(sizeof(PoolTagStat) == 104);

// One pool block seen by !poolfind or !pool (or found in a dump).
struct PoolBlock {
    Address address = 0;
    PoolTag tag;
    PoolType type = PoolType::Unknown;
    std::optional<std::uint32_t> size;
    std::optional<std::uint32_t> previousSize;
    std::optional<bool> allocated;
    bool isProtected = false;
    bool largePool = false;
    Provenance where;
};

} // namespace poolscope
