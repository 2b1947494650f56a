#include "mapped_file.h"

#include <cerrno>
#include <cstring>
#include <utility>

#ifdef _WIN32
#include "analysis/file_path.h"
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace poolscope {

#ifdef _WIN32
namespace {

// The messages the Linux build gives (strerror's) for the failures a user meets, so that a
// script sees the same words on both systems; the system's own text for the rest.
std::string systemErrorText(DWORD error)
{
    switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_NETPATH:
        return std::strerror(ENOENT);
    case ERROR_ACCESS_DENIED: return std::strerror(EACCES);
    case ERROR_SHARING_VIOLATION: return "another program has the file open without sharing it";
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_COMMITMENT_LIMIT:
        return std::strerror(ENOMEM);
    default: break;
    }
    wchar_t* text = nullptr;
    const DWORD length =
        FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                       nullptr, error, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string message = length > 0 && text ? utf8FromUtf16(std::wstring_view(text, length)) : std::string();
    if (text)
        LocalFree(text);
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r' || message.back() == '.'))
        message.pop_back();
    return message.empty() ? "Windows error " + std::to_string(error) : message;
}

} // namespace
#endif

Result<MappedFile> MappedFile::open(const std::string& path)
{
    MappedFile file;
#ifdef _WIN32
    // The wide API: the name is UTF-8 here, and the file may be named in any script.
    HANDLE handle = CreateFileW(utf16FromUtf8(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return InputError{path, 0, 0, "cannot open the file: " + systemErrorText(GetLastError())};
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(handle, &size)) {
        const DWORD error = GetLastError();
        CloseHandle(handle);
        return InputError{path, 0, 0, "cannot read the file's size: " + systemErrorText(error)};
    }
    file.m_file = handle;
    file.m_size = static_cast<std::size_t>(size.QuadPart);
    if (file.m_size == 0)
        return file;
    // Sizes 0, 0: the whole file, however many gigabytes (the view is 64-bit).
    file.m_mapping = CreateFileMappingW(handle, nullptr, PAGE_READONLY, 0, 0, nullptr);
    if (!file.m_mapping)
        return InputError{path, 0, 0, "cannot map the file: " + systemErrorText(GetLastError())};
    file.m_data = static_cast<const std::byte*>(MapViewOfFile(file.m_mapping, FILE_MAP_READ, 0, 0, 0));
    if (!file.m_data)
        return InputError{path, 0, 0, "cannot map the file: " + systemErrorText(GetLastError())};
#else
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return InputError{path, 0, 0, std::string("cannot open the file: ") + std::strerror(errno)};
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        ::close(fd);
        return InputError{path, 0, 0, std::string("cannot read the file's size: ") + std::strerror(errno)};
    }
    file.m_size = static_cast<std::size_t>(info.st_size);
    if (file.m_size > 0) {
        void* data = ::mmap(nullptr, file.m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (data == MAP_FAILED) {
            ::close(fd);
            return InputError{path, 0, 0, std::string("cannot map the file: ") + std::strerror(errno)};
        }
        file.m_data = static_cast<const std::byte*>(data);
    }
    ::close(fd); // the mapping keeps the file open
#endif
    return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
{
    *this = std::move(other);
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
#ifdef _WIN32
        m_file = std::exchange(other.m_file, nullptr);
        m_mapping = std::exchange(other.m_mapping, nullptr);
#endif
    }
    return *this;
}

MappedFile::~MappedFile()
{
    release();
}

void MappedFile::release()
{
#ifdef _WIN32
    if (m_data)
        UnmapViewOfFile(m_data);
    if (m_mapping)
        CloseHandle(m_mapping);
    if (m_file)
        CloseHandle(m_file);
    m_file = m_mapping = nullptr;
#else
    if (m_data)
        ::munmap(const_cast<std::byte*>(m_data), m_size);
#endif
    m_data = nullptr;
    m_size = 0;
}

} // namespace poolscope
