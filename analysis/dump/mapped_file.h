#pragma once
#include "analysis/input_error.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace poolscope {

// A file mapped read-only into memory: a many-GB dump opens in the time it takes to map
// it, and only the pages a walk touches are read from disk. POSIX mmap or Windows file
// mapping behind one small class.
class MappedFile {
public:
    static Result<MappedFile> open(const std::string& path);
    MappedFile() = default;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::span<const std::byte> bytes() const { return {m_data, m_size}; }
    std::uint64_t size() const { return m_size; }

private:
    void release();

    const std::byte* m_data = nullptr;
    std::size_t m_size = 0;
#ifdef _WIN32
    void* m_file = nullptr;
    void* m_mapping = nullptr;
#endif
};

} // namespace poolscope
