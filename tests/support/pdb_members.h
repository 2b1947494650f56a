#pragma once
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// The C declaration of a kernel structure whose members sit at the offsets a layout gives:
// explicit padding between them, compiled under #pragma pack(1) (kernel_pdb.h).
namespace poolscope::testdata {

// The members of one structure at the offsets a layout gives, padded between them.
class Members {
public:
    // `declaration` declares the member (a whole statement, or several for a group of
    // bitfields or an unnamed union); it takes `size` bytes.
    Members& at(std::uint32_t offset, std::uint32_t size, std::string declaration)
    {
        if (!free(offset, size))
            throw std::invalid_argument(fmt::format("the layout puts two members at {:#x}: {}", offset, declaration));
        m_members.push_back({offset, size, std::move(declaration)});
        return *this;
    }
    // A member of the real structure the walks do not read: placed when its place is free.
    Members& atIfFree(std::uint32_t offset, std::uint32_t size, std::string declaration)
    {
        if (free(offset, size))
            m_members.push_back({offset, size, std::move(declaration)});
        return *this;
    }
    std::uint32_t end() const
    {
        std::uint32_t end = 0;
        for (const Member& m : m_members)
            end = std::max(end, m.offset + m.size);
        return end;
    }
    // The member list, padded up to `size`.
    std::string body(std::uint32_t size) const
    {
        std::vector<Member> sorted = m_members;
        std::sort(sorted.begin(), sorted.end(), [](const Member& a, const Member& b) { return a.offset < b.offset; });
        std::string out;
        std::uint32_t at = 0;
        for (const Member& m : sorted) {
            if (m.offset > at)
                out += fmt::format("    unsigned char Reserved{:x}[{:#x}];\n", at, m.offset - at);
            out += "    " + m.declaration + "\n";
            at = m.offset + m.size;
        }
        if (size < at)
            throw std::invalid_argument(fmt::format("members run to {:#x}, past the structure's size {:#x}", at, size));
        if (size > at)
            out += fmt::format("    unsigned char Reserved{:x}[{:#x}];\n", at, size - at);
        return out;
    }

private:
    struct Member {
        std::uint32_t offset, size;
        std::string declaration;
    };
    bool free(std::uint32_t offset, std::uint32_t size) const
    {
        return std::none_of(m_members.begin(), m_members.end(), [&](const Member& m) {
            return offset < m.offset + m.size && m.offset < offset + size;
        });
    }
    std::vector<Member> m_members;
};

inline std::string structure(const char* name, const Members& members, std::uint32_t size)
{
    return fmt::format("struct {} {{\n{}}};\n", name, members.body(size));
}

} // namespace poolscope::testdata
