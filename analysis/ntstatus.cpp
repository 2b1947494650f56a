#include "ntstatus.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace poolscope {

namespace {

// Sorted by value for the binary search below. Values from [MS-ERREF] 2.3.1.
constexpr std::array<std::pair<std::uint32_t, std::string_view>, 67> kNames{{
    {0x00000000, "STATUS_SUCCESS"},
    {0x00000080, "STATUS_ABANDONED"},
    {0x000000C0, "STATUS_USER_APC"},
    {0x00000101, "STATUS_ALERTED"},
    {0x00000102, "STATUS_TIMEOUT"},
    {0x00000103, "STATUS_PENDING"},
    {0x00000104, "STATUS_REPARSE"},
    {0x00000105, "STATUS_MORE_ENTRIES"},
    {0x0000010B, "STATUS_NOTIFY_CLEANUP"},
    {0x0000010C, "STATUS_NOTIFY_ENUM_DIR"},
    {0x40000000, "STATUS_OBJECT_NAME_EXISTS"},
    {0x80000005, "STATUS_BUFFER_OVERFLOW"},
    {0x80000006, "STATUS_NO_MORE_FILES"},
    {0x80000011, "STATUS_DEVICE_BUSY"},
    {0x8000001A, "STATUS_NO_MORE_ENTRIES"},
    {0xC0000001, "STATUS_UNSUCCESSFUL"},
    {0xC0000002, "STATUS_NOT_IMPLEMENTED"},
    {0xC0000003, "STATUS_INVALID_INFO_CLASS"},
    {0xC0000004, "STATUS_INFO_LENGTH_MISMATCH"},
    {0xC0000005, "STATUS_ACCESS_VIOLATION"},
    {0xC0000008, "STATUS_INVALID_HANDLE"},
    {0xC000000D, "STATUS_INVALID_PARAMETER"},
    {0xC000000E, "STATUS_NO_SUCH_DEVICE"},
    {0xC000000F, "STATUS_NO_SUCH_FILE"},
    {0xC0000010, "STATUS_INVALID_DEVICE_REQUEST"},
    {0xC0000011, "STATUS_END_OF_FILE"},
    {0xC0000016, "STATUS_MORE_PROCESSING_REQUIRED"},
    {0xC0000017, "STATUS_NO_MEMORY"},
    {0xC0000022, "STATUS_ACCESS_DENIED"},
    {0xC0000023, "STATUS_BUFFER_TOO_SMALL"},
    {0xC0000033, "STATUS_OBJECT_NAME_INVALID"},
    {0xC0000034, "STATUS_OBJECT_NAME_NOT_FOUND"},
    {0xC0000035, "STATUS_OBJECT_NAME_COLLISION"},
    {0xC0000037, "STATUS_PORT_DISCONNECTED"},
    {0xC000003A, "STATUS_OBJECT_PATH_NOT_FOUND"},
    {0xC0000043, "STATUS_SHARING_VIOLATION"},
    {0xC0000054, "STATUS_FILE_LOCK_CONFLICT"},
    {0xC0000055, "STATUS_LOCK_NOT_GRANTED"},
    {0xC0000056, "STATUS_DELETE_PENDING"},
    {0xC000007F, "STATUS_DISK_FULL"},
    {0xC000009A, "STATUS_INSUFFICIENT_RESOURCES"},
    {0xC000009D, "STATUS_DEVICE_NOT_CONNECTED"},
    {0xC00000A3, "STATUS_DEVICE_NOT_READY"},
    {0xC00000AE, "STATUS_PIPE_BUSY"},
    {0xC00000B0, "STATUS_PIPE_DISCONNECTED"},
    {0xC00000B1, "STATUS_PIPE_CLOSING"},
    {0xC00000B5, "STATUS_IO_TIMEOUT"},
    {0xC00000B6, "STATUS_FILE_FORCED_CLOSED"},
    {0xC00000BA, "STATUS_FILE_IS_A_DIRECTORY"},
    {0xC00000BB, "STATUS_NOT_SUPPORTED"},
    {0xC00000C3, "STATUS_INVALID_NETWORK_RESPONSE"},
    {0xC00000C9, "STATUS_NETWORK_NAME_DELETED"},
    {0xC00000E5, "STATUS_INTERNAL_ERROR"},
    {0xC0000103, "STATUS_NOT_A_DIRECTORY"},
    {0xC000010A, "STATUS_PROCESS_IS_TERMINATING"},
    {0xC0000120, "STATUS_CANCELLED"},
    {0xC0000128, "STATUS_FILE_CLOSED"},
    {0xC000014B, "STATUS_PIPE_BROKEN"},
    {0xC0000184, "STATUS_INVALID_DEVICE_STATE"},
    {0xC0000185, "STATUS_IO_DEVICE_ERROR"},
    {0xC000020C, "STATUS_CONNECTION_DISCONNECTED"},
    {0xC000020D, "STATUS_CONNECTION_RESET"},
    {0xC0000225, "STATUS_NOT_FOUND"},
    {0xC0000236, "STATUS_CONNECTION_REFUSED"},
    {0xC000023C, "STATUS_NETWORK_UNREACHABLE"},
    {0xC000023D, "STATUS_HOST_UNREACHABLE"},
    {0xC0000241, "STATUS_CONNECTION_ABORTED"},
}};

static_assert(std::is_sorted(kNames.begin(), kNames.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; }),
              "kNames must stay sorted by value");

} // namespace

std::optional<std::string_view> ntstatusName(std::uint32_t status)
{
    const auto it = std::lower_bound(kNames.begin(), kNames.end(), status,
                                     [](const auto& entry, std::uint32_t value) { return entry.first < value; });
    if (it == kNames.end() || it->first != status)
        return std::nullopt;
    return it->second;
}

std::string ntstatusText(std::uint32_t status)
{
    if (const auto name = ntstatusName(status))
        return fmt::format("{} ({:#010x})", *name, status);
    return fmt::format("{:#010x}", status);
}

} // namespace poolscope
