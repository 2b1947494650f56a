#pragma once
#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace poolscope {

// A four-character pool tag. Trailing spaces are significant to the kernel ("Irp "
// and "Irp" are the same tag) so the tag is always stored padded to four bytes.
class PoolTag {
public:
    constexpr PoolTag() = default;
    explicit PoolTag(std::string_view text);
    static PoolTag fromKey(std::uint32_t littleEndianKey);

    std::string_view chars() const { return {m_chars.data(), m_chars.size()}; }
    // The tag without its padding, the way a user types it ("Irp", " Fat" -> " Fat").
    std::string display() const;
    std::uint32_t key() const;
    bool empty() const { return m_chars == std::array<char, 4>{' ', ' ', ' ', ' '}; }

    friend auto operator<=>(const PoolTag&, const PoolTag&) = default;
    friend bool operator==(const PoolTag&, const PoolTag&) = default;

private:
    std::array<char, 4> m_chars{' ', ' ', ' ', ' '};
};

enum class PoolType : std::uint8_t {
    NonPaged,
    Paged,
    SessionNonPaged,
    SessionPaged,
    Unknown,
};

std::string_view poolTypeName(PoolType type);      // "Nonpaged", "Paged", ...
bool isNonPaged(PoolType type);
bool isPaged(PoolType type);

} // namespace poolscope
