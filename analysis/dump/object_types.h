#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/input_error.h"
#include "model/module.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// The kernel's object types (ObTypeIndexTable) and the header cookie that hides each
// object's type index on Windows 10 and later.
struct ObjectTypeTable {
    std::uint64_t table = 0;           // address of ObTypeIndexTable
    std::vector<std::string> names;    // by real type index; "" for 0 and 1
    std::vector<std::uint64_t> objects; // _OBJECT_TYPE addresses, by index
    std::uint8_t cookie = 0;

    // The real index of an object whose header is at `header` with `stored` in TypeIndex.
    std::uint8_t realIndex(std::uint8_t stored, std::uint64_t header) const
    {
        return static_cast<std::uint8_t>(stored ^ ((header >> 8) & 0xff) ^ cookie);
    }
    // Its type name, or nothing when the index is past the table (a corrupt header).
    const std::string* name(std::uint8_t index) const
    {
        return index >= 2 && index < names.size() ? &names[index] : nullptr;
    }
    std::optional<std::uint8_t> indexOf(std::string_view type) const;
};

// Reads the table at `table` and checks it is one: entry 0 null, entry 1 0xbad0b0b0, every
// type's own Index equal to its slot, names readable, Process and Thread among them.
Result<ObjectTypeTable> readObjectTypes(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t table);

// Without symbols: scans [begin, end) of the kernel image for a table that passes the
// checks above.
std::optional<ObjectTypeTable> findObjectTypes(const AddressSpace& memory, const KernelLayout& layout,
                                               std::uint64_t begin, std::uint64_t end);

// The cookie from objects whose type is known (the processes of PsActiveProcessHead): the
// one value that decodes all of them to Process. Nothing when they disagree.
std::optional<std::uint8_t> solveHeaderCookie(const AddressSpace& memory, const KernelLayout& layout,
                                              const ObjectTypeTable& types, const std::vector<std::uint64_t>& processes);

// The objects of one type through its TypeList, which the kernel keeps only when the gflag
// "maintain a list of objects for each type" is set (empty otherwise). Each entry is an
// object's CREATOR_INFO, the optional header right below the object header. Bounded and
// cycle-checked; what stopped the walk goes to `problem`.
std::vector<std::uint64_t> objectsOnTypeList(const AddressSpace& memory, const KernelLayout& layout,
                                             const ObjectTypeTable& types, std::string_view type,
                                             std::string& problem, std::uint64_t cap = 10'000'000);

// Each type of the table with its pool tag (_OBJECT_TYPE.Key) and its object and handle
// totals, as !object \ObjectTypes would list them. A type whose fields are unreadable keeps
// its name and nothing else.
std::vector<ObjectTypeInfo> describeObjectTypes(const AddressSpace& memory, const KernelLayout& layout,
                                                const ObjectTypeTable& types);

// True when `cookie` decodes every one of the processes' headers to Process.
bool cookieDecodesProcesses(const AddressSpace& memory, const KernelLayout& layout, const ObjectTypeTable& types,
                            std::uint8_t cookie, const std::vector<std::uint64_t>& processes);

} // namespace poolscope
