#include "handle_table_walk.h"

#include <fmt/format.h>

#include <array>

namespace poolscope {

namespace {

constexpr std::uint64_t kEntriesPerPage = 256; // 4 KB of 16-byte entries
constexpr std::uint64_t kPointersPerPage = 512;

class HandleTableWalk {
public:
    HandleTableWalk(const AddressSpace& memory, const KernelLayout& layout, Address process, SnapshotBuilder& builder)
        : m_memory(memory), m_layout(layout), m_process(process), m_builder(builder)
    {
    }

    // A page of entries: handles firstHandle, firstHandle + 4, ...
    void entries(std::uint64_t page, std::uint64_t firstIndex)
    {
        std::array<std::uint64_t, kEntriesPerPage * 2> raw{};
        std::string why;
        if (!m_memory.read(page, std::as_writable_bytes(std::span(raw)), &why)) {
            warn(page, fmt::format("handle table page {:#x} of process {:#x} is not readable ({})", page, m_process, why));
            return;
        }
        for (std::uint64_t i = 1; i < kEntriesPerPage; ++i) { // entry 0 of every page is reserved
            const std::uint64_t entry = raw[i * 2];
            if (entry == 0)
                continue; // free
            const std::uint64_t header = objectHeaderFromEntry(entry);
            const std::uint64_t body = header + m_layout.objectHeaderSize;
            const std::uint64_t value = (firstIndex + i) * 4;
            Handle& handle = m_builder.handle(m_process, value, Provenance{0, 0, page + i * 16});
            handle.object = body;
            handle.grantedAccess = static_cast<std::uint32_t>(raw[i * 2 + 1] & 0x1ffffff);
            KernelObject& object = m_builder.object(body, Provenance{0, 0, header});
            if (!object.header) {
                object.header = header;
                object.pointerCount = m_memory.readValue<std::uint64_t>(header);
                object.handleCount = m_memory.readValue<std::uint64_t>(header + 8);
                if (!object.pointerCount)
                    warn(header, fmt::format("handle {:#x} of process {:#x}: the object header {:#x} is not readable",
                                             value, m_process, header));
            }
            ++m_found;
        }
    }

    // A page of pointers to lower-level pages.
    void pointers(std::uint64_t page, int level, std::uint64_t firstIndex)
    {
        std::array<std::uint64_t, kPointersPerPage> next{};
        std::string why;
        if (!m_memory.read(page, std::as_writable_bytes(std::span(next)), &why)) {
            warn(page, fmt::format("handle table directory {:#x} of process {:#x} is not readable ({})", page, m_process, why));
            return;
        }
        const std::uint64_t span = level == 1 ? kEntriesPerPage : kEntriesPerPage * kPointersPerPage;
        for (std::uint64_t i = 0; i < kPointersPerPage; ++i) {
            if (next[i] == 0)
                continue;
            if (level == 1)
                entries(next[i], firstIndex + i * span);
            else
                pointers(next[i], level - 1, firstIndex + i * span);
        }
    }

    std::uint64_t found() const { return m_found; }

private:
    void warn(std::uint64_t address, std::string message) { m_builder.warn(Provenance{0, 0, address}, std::move(message)); }

    const AddressSpace& m_memory;
    const KernelLayout& m_layout;
    Address m_process;
    SnapshotBuilder& m_builder;
    std::uint64_t m_found = 0;
};

} // namespace

std::uint64_t walkHandleTable(const AddressSpace& memory, const KernelLayout& layout, Address process,
                              std::uint64_t handleTable, SnapshotBuilder& builder)
{
    const auto code = memory.readValue<std::uint64_t>(handleTable + layout.handleTableTableCode);
    if (!code) {
        builder.warn(Provenance{0, 0, handleTable},
                     fmt::format("the handle table {:#x} of process {:#x} is not readable", handleTable, process));
        return 0;
    }
    const int levels = static_cast<int>(*code & 3);
    const std::uint64_t top = *code & ~3ull;
    HandleTableWalk walk(memory, layout, process, builder);
    if (levels == 0)
        walk.entries(top, 0);
    else if (levels <= 2)
        walk.pointers(top, levels, 0);
    else
        builder.warn(Provenance{0, 0, handleTable},
                     fmt::format("the handle table {:#x} of process {:#x} claims 3 levels: not a handle table", handleTable, process));
    return walk.found();
}

} // namespace poolscope
