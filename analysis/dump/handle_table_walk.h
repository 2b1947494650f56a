#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/object_types.h"
#include "analysis/snapshot_builder.h"

#include <cstdint>
#include <vector>

namespace poolscope {

// Objects met through handles whose type the later walks read in detail.
struct TypedObjects {
    std::vector<Address> threads, files, ports;
};

// One process's handle table (all three levels) into handles of the builder: value,
// object body, granted access, and each object's pointer and handle counts, type and name
// from its header. Without a type table the handles carry no type.
// Bounded by the table's own shape (256 entries per page, 512 pointers per level);
// an unreadable page or a type index past the table is a warning with its address.
// Returns the handles found.
std::uint64_t walkHandleTable(const AddressSpace& memory, const KernelLayout& layout, Address process,
                              std::uint64_t handleTable, SnapshotBuilder& builder,
                              const ObjectTypeTable* types = nullptr, TypedObjects* typed = nullptr);

// The object header address a Windows 8.1+ x64 handle table entry points at.
constexpr std::uint64_t objectHeaderFromEntry(std::uint64_t entry)
{
    return ((entry >> 20) << 4) | 0xffff000000000000ull;
}

} // namespace poolscope
