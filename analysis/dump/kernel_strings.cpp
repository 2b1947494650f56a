#include "kernel_strings.h"

#include <vector>

namespace poolscope {

namespace {

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xc0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xe0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    }
}

} // namespace

std::optional<std::string> readUnicodeString(const AddressSpace& memory, std::uint64_t at, std::size_t maxChars)
{
    const auto length = memory.readValue<std::uint16_t>(at);
    const auto buffer = memory.readValue<std::uint64_t>(at + 8);
    if (!length || !buffer)
        return std::nullopt;
    if (*length == 0)
        return std::string();
    if (*length % 2 != 0 || *length / 2 > maxChars || !isKernelPointer(*buffer))
        return std::nullopt;
    std::vector<char16_t> units(*length / 2);
    if (!memory.read(*buffer, std::as_writable_bytes(std::span(units))))
        return std::nullopt;
    std::string out;
    out.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        char32_t c = units[i];
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < units.size() && units[i + 1] >= 0xdc00 && units[i + 1] < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (units[i + 1] - 0xdc00);
            ++i;
        } else if (c >= 0xd800 && c < 0xe000) {
            c = 0xfffd; // a lone surrogate
        }
        appendUtf8(out, c);
    }
    return out;
}

} // namespace poolscope
