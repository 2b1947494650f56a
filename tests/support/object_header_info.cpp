#include "object_header_info.h"

namespace poolscope::testdata {

std::array<std::uint8_t, 256> objectInfoMaskToOffset()
{
    constexpr std::array<std::uint8_t, 8> sizes{0x20, 0x20, 0x10, 0x20, 0x10, 0x10, 0x10, 0x04};
    std::array<std::uint8_t, 256> table{};
    for (unsigned mask = 0; mask < 256; ++mask) {
        unsigned offset = 0;
        for (unsigned bit = 0; bit < 8; ++bit)
            if (mask & (1u << bit))
                offset += sizes[bit];
        table[mask] = static_cast<std::uint8_t>(offset);
    }
    return table;
}

} // namespace poolscope::testdata
