#pragma once
#include "address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The one place where numbers, sizes and addresses become text, so that the CLI, the
// tables and the exports all print them the same way.
namespace poolscope::format {

// ffffe000`08b0fc10 for 64-bit targets, 8094d900 for 32-bit ones: the debugger's form.
std::string address(Address value, int pointerSize = 8);
// 0x60900
std::string hex(std::uint64_t value);
// 1,234,567
std::string count(std::uint64_t value);
// +1,234 / -56 / 0
std::string signedCount(std::int64_t value);
// 208,968,960 bytes -> "199.3 MB"; below 1 KB -> "512 B". Binary units, as poolmon.
std::string bytes(std::uint64_t value);
std::string signedBytes(std::int64_t value);
// "85%"
std::string percent(double fraction);

// Empty text for an absent figure: absent is not zero.
std::string count(const std::optional<std::uint64_t>& value);
std::string bytes(const std::optional<std::uint64_t>& value);

// RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
std::string csvField(std::string_view text);
// JSON string literal with the quotes.
std::string jsonString(std::string_view text);

} // namespace poolscope::format
