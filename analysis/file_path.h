#pragma once
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

// File names are UTF-8 in the engine's strings on every system. Windows names files in
// UTF-16, and its narrow ("ANSI") functions and std::filesystem's conversion from char read
// the local code page instead, so a file called "пул-日本.log" could not be opened there; these
// go through UTF-16 on Windows and pass the bytes through elsewhere.
namespace poolscope {

std::filesystem::path pathFromUtf8(std::string_view utf8);
// Never throws: what is not valid UTF-16 (a lone surrogate) becomes U+FFFD.
std::string utf8FromPath(const std::filesystem::path& path);

// std::fopen with a UTF-8 name; nullptr and errno as fopen gives them.
std::FILE* openFile(const std::string& utf8Path, const char* mode);

#ifdef _WIN32
std::wstring utf16FromUtf8(std::string_view utf8);
std::string utf8FromUtf16(std::wstring_view utf16);
#endif

} // namespace poolscope
