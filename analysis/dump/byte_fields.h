#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace poolscope {

// A field of a structure copied out of dump memory. Out of range reads give zero: the
// bytes were read with the structure's size, so that only happens with a layout whose
// offsets exceed it (an ISF file that disagrees with itself), never past the buffer.
template <typename T>
T fieldAt(std::span<const std::byte> raw, std::size_t offset)
{
    T value{};
    if (offset + sizeof(T) <= raw.size())
        std::memcpy(&value, raw.data() + offset, sizeof(T));
    return value;
}

} // namespace poolscope
