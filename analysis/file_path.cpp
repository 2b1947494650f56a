#include "file_path.h"

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

#include <limits>

namespace poolscope {

#ifdef _WIN32

std::wstring utf16FromUtf8(std::string_view utf8)
{
    if (utf8.empty() || utf8.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return {};
    const int size = static_cast<int>(utf8.size());
    // Flags 0: an invalid sequence becomes U+FFFD instead of failing the whole name.
    const int length = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, nullptr, 0);
    std::wstring out(static_cast<std::size_t>(length > 0 ? length : 0), L'\0');
    if (length > 0)
        MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, out.data(), length);
    return out;
}

std::string utf8FromUtf16(std::wstring_view utf16)
{
    if (utf16.empty() || utf16.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return {};
    const int size = static_cast<int>(utf16.size());
    const int length = WideCharToMultiByte(CP_UTF8, 0, utf16.data(), size, nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
    if (length > 0)
        WideCharToMultiByte(CP_UTF8, 0, utf16.data(), size, out.data(), length, nullptr, nullptr);
    return out;
}

std::filesystem::path pathFromUtf8(std::string_view utf8)
{
    return std::filesystem::path(utf16FromUtf8(utf8));
}

std::string utf8FromPath(const std::filesystem::path& path)
{
    return utf8FromUtf16(path.native());
}

std::FILE* openFile(const std::string& utf8Path, const char* mode)
{
    return _wfopen(utf16FromUtf8(utf8Path).c_str(), utf16FromUtf8(mode).c_str());
}

#else

std::filesystem::path pathFromUtf8(std::string_view utf8)
{
    return std::filesystem::path(utf8);
}

std::string utf8FromPath(const std::filesystem::path& path)
{
    return path.native();
}

std::FILE* openFile(const std::string& utf8Path, const char* mode)
{
    return std::fopen(utf8Path.c_str(), mode);
}

#endif

} // namespace poolscope
