#pragma once
#include <array>
#include <cstdint>

namespace poolscope::testdata {

// nt!ObpInfoMaskToOffset: for each InfoMask value, the bytes the optional headers of its
// set bits take below the object header, as the kernel computes the table at boot
// (CREATOR_INFO 0x20, NAME_INFO 0x20, HANDLE_INFO 0x10, QUOTA_INFO 0x20, PROCESS_INFO 0x10,
// AUDIT_INFO 0x10, EXTENDED_INFO 0x10, PADDING_INFO 4). Tools find NAME_INFO at
// header - table[InfoMask & 3].
std::array<std::uint8_t, 256> objectInfoMaskToOffset();

} // namespace poolscope::testdata
