#include "object_types.h"

#include "analysis/dump/kernel_strings.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace poolscope {

namespace {

constexpr std::uint64_t kFreedType = 0xbad0b0b0;
constexpr std::size_t kMaxTypes = 256;

} // namespace

std::optional<std::uint8_t> ObjectTypeTable::indexOf(std::string_view type) const
{
    for (std::size_t i = 2; i < names.size(); ++i)
        if (names[i] == type)
            return static_cast<std::uint8_t>(i);
    return std::nullopt;
}

Result<ObjectTypeTable> readObjectTypes(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t table)
{
    const auto fail = [&](std::string message) {
        return InputError{"", 0, table, fmt::format("ObTypeIndexTable at {:#x}: {}", table, message)};
    };
    std::array<std::uint64_t, kMaxTypes> slots{};
    // The table is a few hundred bytes; read what is readable of it.
    if (!memory.read(table, std::as_writable_bytes(std::span(slots).first(2))))
        return fail("not readable");
    if (slots[0] != 0 || (slots[1] != kFreedType && slots[1] != 1))
        return fail("its first two entries are not the null and 0xbad0b0b0 markers");
    ObjectTypeTable types;
    types.table = table;
    types.names.assign(2, "");
    types.objects.assign(2, 0);
    for (std::size_t i = 2; i < kMaxTypes; ++i) {
        const auto type = memory.readValue<std::uint64_t>(table + i * 8);
        if (!type || *type == 0)
            break;
        if (!isKernelPointer(*type))
            return fail(fmt::format("entry {} ({:#x}) is not a kernel address", i, *type));
        const auto index = memory.readValue<std::uint8_t>(*type + layout.typeIndex);
        const auto name = readUnicodeString(memory, *type + layout.typeName, 64);
        if (!index || !name)
            return fail(fmt::format("the type object {:#x} of entry {} is not readable", *type, i));
        if (*index != i)
            return fail(fmt::format("the type object {:#x} of entry {} says it is type {}", *type, i, *index));
        types.names.push_back(*name);
        types.objects.push_back(*type);
    }
    if (!types.indexOf("Process") || !types.indexOf("Thread"))
        return fail(fmt::format("{} types and neither Process nor Thread among them", types.names.size() - 2));
    return types;
}

std::optional<ObjectTypeTable> findObjectTypes(const AddressSpace& memory, const KernelLayout& layout,
                                               std::uint64_t begin, std::uint64_t end)
{
    std::array<std::uint64_t, kPageSize / 8 + 1> page{};
    for (std::uint64_t at = begin & ~(kPageSize - 1); at < end; at += kPageSize) {
        if (!memory.read(at, std::as_writable_bytes(std::span(page).first(kPageSize / 8))))
            continue; // paged out or absent: the table is elsewhere
        // One look past the page so a table starting in its last slot is still seen.
        page[kPageSize / 8] = memory.readValue<std::uint64_t>(at + kPageSize).value_or(0);
        for (std::size_t i = 0; i < kPageSize / 8; ++i) {
            if (page[i] != 0 || page[i + 1] != kFreedType)
                continue;
            auto types = readObjectTypes(memory, layout, at + i * 8);
            if (types)
                return std::move(types.value());
        }
    }
    return std::nullopt;
}

std::vector<std::uint64_t> objectsOnTypeList(const AddressSpace& memory, const KernelLayout& layout,
                                             const ObjectTypeTable& types, std::string_view type,
                                             std::string& problem, std::uint64_t cap)
{
    std::vector<std::uint64_t> bodies;
    const auto index = types.indexOf(type);
    if (!index)
        return bodies;
    constexpr std::uint64_t kCreatorInfoSize = 0x20;
    const std::uint64_t head = types.objects[*index] + layout.typeList;
    std::unordered_set<std::uint64_t> seen{head};
    auto link = memory.readValue<std::uint64_t>(head);
    while (link && *link != 0 && *link != head) {
        if (!seen.insert(*link).second) {
            problem = fmt::format("the {} type list comes round to {:#x} again; {} objects read before it", type, *link,
                                  bodies.size());
            return bodies;
        }
        if (bodies.size() >= cap) {
            problem = fmt::format("the {} type list holds more than {} objects; the rest is not read", type, cap);
            return bodies;
        }
        bodies.push_back(*link + kCreatorInfoSize + layout.objectHeaderSize);
        link = memory.readValue<std::uint64_t>(*link);
    }
    if (!link)
        problem = fmt::format("the {} type list has a link that is not readable after {} objects", type, bodies.size());
    return bodies;
}

bool cookieDecodesProcesses(const AddressSpace& memory, const KernelLayout& layout, const ObjectTypeTable& types,
                            std::uint8_t cookie, const std::vector<std::uint64_t>& processes)
{
    const auto process = types.indexOf("Process");
    if (!process || processes.empty())
        return false;
    ObjectTypeTable trial = types;
    trial.cookie = cookie;
    return std::all_of(processes.begin(), processes.end(), [&](std::uint64_t eprocess) {
        const std::uint64_t header = eprocess - layout.objectHeaderSize;
        const auto stored = memory.readValue<std::uint8_t>(header + layout.headerTypeIndex);
        return stored && trial.realIndex(*stored, header) == *process;
    });
}

std::optional<std::uint8_t> solveHeaderCookie(const AddressSpace& memory, const KernelLayout& layout,
                                              const ObjectTypeTable& types, const std::vector<std::uint64_t>& processes)
{
    const auto process = types.indexOf("Process");
    if (!process || processes.empty())
        return std::nullopt;
    const std::uint64_t header = processes.front() - layout.objectHeaderSize;
    const auto stored = memory.readValue<std::uint8_t>(header + layout.headerTypeIndex);
    if (!stored)
        return std::nullopt;
    const auto cookie = static_cast<std::uint8_t>(*stored ^ ((header >> 8) & 0xff) ^ *process);
    if (!cookieDecodesProcesses(memory, layout, types, cookie, processes))
        return std::nullopt;
    return cookie;
}

std::vector<ObjectTypeInfo> describeObjectTypes(const AddressSpace& memory, const KernelLayout& layout,
                                                const ObjectTypeTable& types)
{
    std::vector<ObjectTypeInfo> out;
    for (std::size_t index = 2; index < types.names.size() && index < types.objects.size(); ++index) {
        ObjectTypeInfo info;
        info.name = types.names[index];
        info.address = types.objects[index];
        if (const auto key = memory.readValue<std::uint32_t>(info.address + layout.typeKey))
            info.poolTag = PoolTag::fromKey(*key);
        if (const auto objects = memory.readValue<std::uint32_t>(info.address + layout.typeTotalObjects))
            info.totalObjects = *objects;
        if (const auto handles = memory.readValue<std::uint32_t>(info.address + layout.typeTotalHandles))
            info.totalHandles = *handles;
        out.push_back(std::move(info));
    }
    return out;
}

} // namespace poolscope
