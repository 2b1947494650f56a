#pragma once
#include <optional>
#include <string>

namespace poolscope {

// An environment variable in UTF-8, or nothing when it is not set. Windows keeps the
// environment in UTF-16 (getenv would give it in the local code page: a symbol folder under
// C:\Users\Zoë would be lost).
std::optional<std::string> environmentVariable(const char* name);

} // namespace poolscope
