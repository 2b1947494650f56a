#pragma once
#include "address.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace poolscope {

// std::optional's meaning in the bytes of the value alone: one value that no source can
// give stands for "absent". std::optional<std::uint64_t> takes 16 bytes, this 8; over the
// million records of a handle leak that is the difference the records are sized by.
// Reads and writes like std::optional; assigning the sentinel itself makes it absent.
template <typename T, T Sentinel>
class CompactOptional {
public:
    using value_type = T;

    constexpr CompactOptional() = default;
    constexpr CompactOptional(std::nullopt_t) {}
    constexpr CompactOptional(T value) : m_value(value) {}
    constexpr CompactOptional(const std::optional<T>& value) : m_value(value ? *value : Sentinel) {}

    constexpr CompactOptional& operator=(std::nullopt_t)
    {
        m_value = Sentinel;
        return *this;
    }
    constexpr CompactOptional& operator=(T value)
    {
        m_value = value;
        return *this;
    }
    constexpr CompactOptional& operator=(const std::optional<T>& value)
    {
        m_value = value ? *value : Sentinel;
        return *this;
    }

    constexpr bool has_value() const { return m_value != Sentinel; }
    constexpr explicit operator bool() const { return has_value(); }
    constexpr const T& operator*() const { return m_value; }
    constexpr T& operator*() { return m_value; }
    constexpr const T* operator->() const { return &m_value; }
    constexpr const T& value() const
    {
        if (!has_value())
            throw std::bad_optional_access();
        return m_value;
    }
    template <typename U>
    constexpr T value_or(U fallback) const
    {
        return has_value() ? m_value : static_cast<T>(fallback);
    }
    constexpr void reset() { m_value = Sentinel; }
    constexpr T& emplace(T value) { return m_value = value; }

    constexpr operator std::optional<T>() const { return has_value() ? std::optional<T>(m_value) : std::nullopt; }

    friend constexpr bool operator==(const CompactOptional&, const CompactOptional&) = default;
    friend constexpr bool operator==(const CompactOptional& a, std::nullopt_t) { return !a.has_value(); }
    friend constexpr bool operator==(const CompactOptional& a, const T& b) { return a.has_value() && a.m_value == b; }
    friend constexpr bool operator==(const CompactOptional& a, const std::optional<T>& b)
    {
        return a.has_value() == b.has_value() && (!b || a.m_value == *b);
    }
    // As std::optional orders: absent before every value.
    friend constexpr std::strong_ordering operator<=>(const CompactOptional& a, const CompactOptional& b)
    {
        if (a.has_value() != b.has_value())
            return a.has_value() ? std::strong_ordering::greater : std::strong_ordering::less;
        return a.has_value() ? a.m_value <=> b.m_value : std::strong_ordering::equal;
    }

private:
    T m_value = Sentinel;
};

// An address no x64 or x86 source can print: it is not canonical (bits 48-63 neither all
// zero nor all one) and it is odd, where every structure is aligned.
inline constexpr Address kAbsentAddress = 0x0bad'0000'0000'0001ull;

using OptionalAddress = CompactOptional<Address, kAbsentAddress>;
// Counts and sizes: the largest value is no count a kernel keeps.
using OptionalCount = CompactOptional<std::uint64_t, std::numeric_limits<std::uint64_t>::max()>;
// Process and thread ids, session ids, access masks: a 32-bit field whose all-ones value is
// not an id (ids are multiples of 4) and not a granted access (bits 25-31 are never granted).
using OptionalId = CompactOptional<std::uint32_t, std::numeric_limits<std::uint32_t>::max()>;

static_assert(sizeof(OptionalAddress) == 8 && sizeof(OptionalCount) == 8 && sizeof(OptionalId) == 4);

} // namespace poolscope
