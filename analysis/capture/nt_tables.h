#pragma once
#include "analysis/capture/system_reading.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>

// What x64 Windows answers to NtQuerySystemInformation and NtQueryObject, decoded from the
// raw bytes: every read is bounded by the buffer, so a short or inconsistent answer (an
// emulator's, a future Windows's) is said, never read past. Plain code, tested on Linux with
// byte buffers laid out as Windows lays them out.
namespace poolscope::capture {

inline constexpr std::uint32_t kSystemPoolTagInformation = 22;
inline constexpr std::uint32_t kSystemExtendedHandleInformation = 64;
inline constexpr std::uint32_t kObjectTypeInformation = 2;
inline constexpr std::uint32_t kObjectTypesInformation = 3;

// SYSTEM_POOLTAG_INFORMATION: ULONG Count, then from offset 8 Count SYSTEM_POOLTAG of 40
// bytes (Tag, PagedAllocs, PagedFrees, SIZE_T PagedUsed at 16, NonPagedAllocs at 24,
// NonPagedFrees, SIZE_T NonPagedUsed at 32).
std::optional<std::vector<PoolTagCounters>> decodePoolTagInformation(std::span<const std::byte> buffer,
                                                                     std::string& why);

// Handles per process and object type index, from SYSTEM_HANDLE_INFORMATION_EX:
// ULONG_PTR NumberOfHandles, Reserved, then 40-byte entries (Object, UniqueProcessId at 8,
// HandleValue, GrantedAccess, CreatorBackTraceIndex, ObjectTypeIndex at 30, ...).
using HandleTally = std::map<std::uint32_t, std::map<std::uint16_t, std::uint64_t>>;
std::optional<HandleTally> decodeExtendedHandleInformation(std::span<const std::byte> buffer, std::string& why);
// One handle value of each object type index that process `pid` holds: the capture asks
// NtQueryObject for the names of types the type table left out, through its own handles.
std::map<std::uint16_t, std::uint64_t> handlePerType(std::span<const std::byte> buffer, std::uint32_t pid);

// Object type names by type index, from OBJECT_TYPES_INFORMATION: ULONG NumberOfTypes, then
// from offset 8 one OBJECT_TYPE_INFORMATION (104 bytes: UNICODE_STRING TypeName, the
// counters, TypeIndex at 90 from Windows 8.1 on) per type, each followed by its name and
// aligned to 8. `address` is where the buffer was in memory, for TypeName.Buffer. Before
// Windows 8.1 TypeIndex is 0 and the index is the position plus 2.
std::optional<std::map<std::uint16_t, std::string>> decodeObjectTypesInformation(std::span<const std::byte> buffer,
                                                                                 std::uint64_t address,
                                                                                 std::string& why);

// The name in one OBJECT_TYPE_INFORMATION (NtQueryObject's ObjectTypeInformation).
std::optional<std::string> decodeObjectTypeName(std::span<const std::byte> buffer, std::uint64_t address);

} // namespace poolscope::capture
