#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The NTSTATUS values an IRP's IoStatus.Status shows in a pool-leak investigation, by
// name, as !error and the WDK's ntstatus.h spell them: a new user reads STATUS_PENDING,
// not 0x00000103. Only the common ones: an unknown value keeps its hex form.
namespace poolscope {

std::optional<std::string_view> ntstatusName(std::uint32_t status);

// "STATUS_SUCCESS (0x00000000)"; "0xc0001234" when the value has no name here.
std::string ntstatusText(std::uint32_t status);

} // namespace poolscope
