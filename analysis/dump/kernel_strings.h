#pragma once
#include "analysis/dump/address_space.h"

#include <cstdint>
#include <optional>
#include <string>

namespace poolscope {

// A UNICODE_STRING {Length, MaximumLength, Buffer} at `at`, as UTF-8. Nothing when the
// string or its buffer is unreadable or claims more than maxChars characters (a corrupt
// header must not make us copy megabytes).
std::optional<std::string> readUnicodeString(const AddressSpace& memory, std::uint64_t at, std::size_t maxChars = 1024);

// The kernel's canonical form of an address read from a structure: true when the upper
// 16 bits are all set (a kernel pointer, not user memory and not garbage).
constexpr bool isKernelPointer(std::uint64_t value)
{
    return (value >> 48) == 0xffff && (value >> 47 & 1) == 1;
}

} // namespace poolscope
