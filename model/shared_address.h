#pragma once
#include "address.h"
#include "compact_optional.h"

#include <compare>
#include <cstdint>
#include <optional>

namespace poolscope {

// An optional address that many records hold the same value of: a thread's process and start
// addresses (323,155 threads of one process share both), an object's type object, an IRP's
// port. Each distinct address is kept once for the program and a record holds its number, 4
// bytes where OptionalAddress takes 8. Reads and writes like OptionalAddress; thread-safe.
class SharedAddress {
public:
    SharedAddress() = default;
    SharedAddress(std::nullopt_t) {}
    SharedAddress(Address address) : m_id(intern(address)) {}
    SharedAddress(const std::optional<Address>& address) : m_id(address ? intern(*address) : 0) {}
    SharedAddress(const OptionalAddress& address) : m_id(address ? intern(*address) : 0) {}

    SharedAddress& operator=(std::nullopt_t)
    {
        m_id = 0;
        return *this;
    }

    bool has_value() const { return m_id != 0; }
    explicit operator bool() const { return has_value(); }
    Address operator*() const { return addressOf(m_id); }
    Address value() const
    {
        if (!has_value())
            throw std::bad_optional_access();
        return addressOf(m_id);
    }
    template <typename U>
    Address value_or(U fallback) const
    {
        return has_value() ? addressOf(m_id) : static_cast<Address>(fallback);
    }
    void reset() { m_id = 0; }

    operator std::optional<Address>() const { return has_value() ? std::optional<Address>(addressOf(m_id)) : std::nullopt; }

    // The same address is the same number.
    friend bool operator==(const SharedAddress& a, const SharedAddress& b) { return a.m_id == b.m_id; }
    friend bool operator==(const SharedAddress& a, std::nullopt_t) { return !a.has_value(); }
    friend bool operator==(const SharedAddress& a, Address b) { return a.has_value() && *a == b; }
    friend bool operator==(const SharedAddress& a, const std::optional<Address>& b)
    {
        return a.has_value() == b.has_value() && (!b || *a == *b);
    }
    friend bool operator==(const SharedAddress& a, const OptionalAddress& b)
    {
        return a.has_value() == b.has_value() && (!b || *a == *b);
    }
    // As std::optional orders: absent before every address.
    friend std::strong_ordering operator<=>(const SharedAddress& a, const SharedAddress& b)
    {
        if (a.has_value() != b.has_value())
            return a.has_value() ? std::strong_ordering::greater : std::strong_ordering::less;
        return a.has_value() ? *a <=> *b : std::strong_ordering::equal;
    }

    // How many distinct addresses are kept (for the benchmarks).
    static std::size_t sharedCount();

private:
    static std::uint32_t intern(Address address);
    static Address addressOf(std::uint32_t id);

    std::uint32_t m_id = 0; // 0: absent
};

static_assert(sizeof(SharedAddress) == 4);

} // namespace poolscope
