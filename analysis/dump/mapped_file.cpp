#include "mapped_file.h"

#include <cerrno>
#include <cstring>
#include <utility>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace poolscope {

Result<MappedFile> MappedFile::open(const std::string& path)
{
    MappedFile file;
#ifdef _WIN32
    HANDLE handle = CreateFileA(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return InputError{path, 0, 0, "cannot open the file"};
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(handle, &size)) {
        CloseHandle(handle);
        return InputError{path, 0, 0, "cannot read the file's size"};
    }
    file.m_file = handle;
    file.m_size = static_cast<std::size_t>(size.QuadPart);
    if (file.m_size == 0)
        return file;
    file.m_mapping = CreateFileMappingA(handle, nullptr, PAGE_READONLY, 0, 0, nullptr);
    if (!file.m_mapping)
        return InputError{path, 0, 0, "cannot map the file"};
    file.m_data = static_cast<const std::byte*>(MapViewOfFile(file.m_mapping, FILE_MAP_READ, 0, 0, 0));
    if (!file.m_data)
        return InputError{path, 0, 0, "cannot map the file"};
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
