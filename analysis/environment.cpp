#include "environment.h"

#include "analysis/file_path.h"

#include <cstdlib>

namespace poolscope {

std::optional<std::string> environmentVariable(const char* name)
{
#ifdef _WIN32
    const wchar_t* value = _wgetenv(utf16FromUtf8(name).c_str());
    if (!value)
        return std::nullopt;
    return utf8FromUtf16(value);
#else
    const char* value = std::getenv(name);
    if (!value)
        return std::nullopt;
    return std::string(value);
#endif
}

} // namespace poolscope
