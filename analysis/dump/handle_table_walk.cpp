#include "handle_table_walk.h"

#include "analysis/dump/kernel_strings.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <array>

namespace poolscope {

namespace {

constexpr std::uint64_t kEntriesPerPage = 256; // 4 KB of 16-byte entries
constexpr std::uint64_t kPointersPerPage = 512;

class HandleTableWalk {
public:
    HandleTableWalk(const AddressSpace& memory, const KernelLayout& layout, Address process, SnapshotBuilder* builder,
                    const ObjectTypeTable* types, TypedObjects* typed)
        : m_memory(memory), m_layout(layout), m_process(process), m_builder(builder), m_types(types), m_typed(typed)
    {
    }

    // A page of entries: handles firstHandle, firstHandle + 4, ...
    void entries(std::uint64_t page, std::uint64_t firstIndex)
    {
        std::array<std::uint64_t, kEntriesPerPage * 2> raw{};
        std::string why;
        if (!m_memory.read(page, std::as_writable_bytes(std::span(raw)), &why)) {
            warn(page,
                 text::say(text::phrase("Dump", "handle table page {:#x} of process {:#x} is not readable ({})"), page,
                           m_process, why));
            return;
        }
        // The page's object headers are asked for first: their cache misses overlap.
        std::array<std::optional<std::uint64_t>, kEntriesPerPage> headers{};
        for (std::uint64_t i = 1; i < kEntriesPerPage; ++i)
            if (raw[i * 2] != 0) {
                headers[i] = objectHeaderFromEntry(raw[i * 2], m_layout.handleEntryPointerBit,
                                                   m_layout.handleEntryPointerWidth);
                if (headers[i] && m_builder) {
                    m_memory.prefetch(*headers[i]);
                    m_builder->prefetchObject(*headers[i] + m_layout.objectHeaderSize);
                }
            }
        for (std::uint64_t i = 1; i < kEntriesPerPage; ++i) { // entry 0 of every page is reserved
            const std::uint64_t entry = raw[i * 2];
            if (entry == 0)
                continue; // free
            const auto& decoded = headers[i];
            if (!m_builder) {
                m_found += decoded.has_value();
                if (decoded && m_touch)
                    m_memory.readValue<std::uint8_t>(*decoded);
                continue;
            }
            if (!decoded) {
                if (m_undecodable++ == 0)
                    m_firstUndecodable = page + i * 16;
                continue;
            }
            const std::uint64_t header = *decoded;
            const std::uint64_t body = header + m_layout.objectHeaderSize;
            const std::uint64_t value = (firstIndex + i) * 4;
            // Each position of the table is visited once, so (process, value) is new.
            Handle& handle = m_builder->newHandle(m_process, value, Provenance{0, 0, page + i * 16});
            handle.object = body;
            handle.grantedAccess = static_cast<std::uint32_t>(raw[i * 2 + 1] & 0x1ffffff);
            KernelObject& object = m_builder->object(body, Provenance{0, 0, header});
            if (!object.header)
                readHeader(object, header, value);
            handle.type = object.type;
            ++m_found;
        }
    }

    // A page of pointers to lower-level pages.
    void pointers(std::uint64_t page, int level, std::uint64_t firstIndex)
    {
        std::array<std::uint64_t, kPointersPerPage> next{};
        std::string why;
        if (!m_memory.read(page, std::as_writable_bytes(std::span(next)), &why)) {
            warn(page,
                 text::say(text::phrase("Dump", "handle table directory {:#x} of process {:#x} is not readable ({})"),
                           page, m_process, why));
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
    void touchHeaders() { m_touch = true; }

    // Entries whose pointer bits name no kernel address, counted rather than guessed at.
    void reportUndecodable() const
    {
        if (m_undecodable && m_builder)
            m_builder->warn(
                Provenance{0, 0, m_firstUndecodable},
                text::say(text::phrase("Dump",
                                       "{} handle entries of process {:#x} do not decode to a kernel address (the "
                                       "first at {:#x}); they were skipped"),
                          m_undecodable, m_process, m_firstUndecodable));
    }

private:
    void readHeader(KernelObject& object, std::uint64_t header, std::uint64_t value)
    {
        object.header = header;
        std::array<std::uint64_t, 4> raw{}; // PointerCount, HandleCount, Lock, TypeIndex..Flags
        if (!m_memory.read(header, std::as_writable_bytes(std::span(raw)))) {
            warn(header,
                 text::say(
                     text::phrase("Dump", "handle {:#x} of process {:#x}: the object header {:#x} is not readable"),
                     value, m_process, header));
            return;
        }
        object.pointerCount = raw[0];
        object.handleCount = raw[1];
        const auto stored = static_cast<std::uint8_t>(raw[3] >> ((m_layout.headerTypeIndex - 0x18) * 8));
        const auto infoMask = static_cast<std::uint8_t>(raw[3] >> ((m_layout.headerInfoMask - 0x18) * 8));
        if (m_types) {
            const std::uint8_t index = m_types->realIndex(stored, header);
            if (const std::string* name = m_types->name(index)) {
                object.type = typeName(index, *name);
                object.setTypeObject(m_types->objects[index]);
                if (m_typed) {
                    if (*name == "Thread")
                        m_typed->threads.push_back(object.address);
                    else if (*name == "File")
                        m_typed->files.push_back(object.address);
                    else if (*name == "IoCompletion")
                        m_typed->ports.push_back(object.address);
                }
            } else {
                warn(header,
                     text::say(text::phrase("Dump",
                                            "object {:#x} (handle {:#x} of process {:#x}): its header's type index "
                                            "decodes to {}, past the {} types of the table; its type is unknown"),
                               object.address, value, m_process, index, m_types->names.size()));
            }
        }
        // _OBJECT_HEADER_NAME_INFO sits below the header, after CREATOR_INFO when present.
        if (infoMask & 0x02) {
            const std::uint64_t nameInfo = header - ((infoMask & 0x01) ? 0x20 : 0) - 0x20;
            if (auto name = readUnicodeString(m_memory, nameInfo + 0x08, 512))
                object.setName(*name);
        }
    }

    void warn(std::uint64_t address, std::string message)
    {
        if (m_builder)
            m_builder->warn(Provenance{0, 0, address}, std::move(message));
    }

    // A million handles name a few types: each type's name is interned once.
    Interned typeName(std::uint8_t index, const std::string& name)
    {
        Interned& known = m_typeNames[index];
        if (known.empty())
            known = name;
        return known;
    }

    const AddressSpace& m_memory;
    const KernelLayout& m_layout;
    Address m_process;
    SnapshotBuilder* m_builder; // none: only count the handles
    std::array<Interned, 256> m_typeNames{};
    bool m_touch = false;
    const ObjectTypeTable* m_types;
    TypedObjects* m_typed;
    std::uint64_t m_found = 0;
    std::uint64_t m_undecodable = 0;
    std::uint64_t m_firstUndecodable = 0;
};

} // namespace

std::uint64_t walkHandleTable(const AddressSpace& memory, const KernelLayout& layout, Address process,
                              std::uint64_t handleTable, SnapshotBuilder& builder, const ObjectTypeTable* types,
                              TypedObjects* typed)
{
    const auto code = memory.readValue<std::uint64_t>(handleTable + layout.handleTableTableCode);
    if (!code) {
        builder.warn(Provenance{0, 0, handleTable},
                     text::say(text::phrase("Dump", "the handle table {:#x} of process {:#x} is not readable"),
                               handleTable, process));
        return 0;
    }
    const int levels = static_cast<int>(*code & 3);
    const std::uint64_t top = *code & ~3ull;
    HandleTableWalk walk(memory, layout, process, &builder, types, typed);
    if (levels == 0)
        walk.entries(top, 0);
    else if (levels <= 2)
        walk.pointers(top, levels, 0);
    else
        builder.warn(
            Provenance{0, 0, handleTable},
            text::say(
                text::phrase("Dump", "the handle table {:#x} of process {:#x} claims 3 levels: not a handle table"),
                handleTable, process));
    walk.reportUndecodable();
    return walk.found();
}

std::uint64_t countHandles(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t handleTable,
                           bool touchHeaders)
{
    const auto code = memory.readValue<std::uint64_t>(handleTable + layout.handleTableTableCode);
    if (!code || (*code & 3) > 2)
        return 0;
    HandleTableWalk walk(memory, layout, 0, nullptr, nullptr, nullptr);
    if (touchHeaders)
        walk.touchHeaders();
    if ((*code & 3) == 0)
        walk.entries(*code & ~3ull, 0);
    else
        walk.pointers(*code & ~3ull, static_cast<int>(*code & 3), 0);
    return walk.found();
}

} // namespace poolscope
