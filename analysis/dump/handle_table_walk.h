#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/object_types.h"
#include "analysis/snapshot_builder.h"

#include <cstdint>
#include <optional>
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

// How many entries of the table decode to an object, read as walkHandleTable reads them
// (16 bytes an entry: a million handles are 16 MB of reading), so that the records can be
// reserved before the walk; nothing is reported, the walk reports. With `touchHeaders` it
// reads a byte of each object header too: run on another core ahead of the walk, it takes
// the page faults of the mapped dump there.
std::uint64_t countHandles(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t handleTable,
                           bool touchHeaders = false);

// The object header address a Windows 8.1+ x64 handle table entry points at, decoded from
// the _HANDLE_TABLE_ENTRY bit positions (ObjectPointerBits: bits 20..63 on every build so
// far) rather than a shift count: the pointer bits, moved to a 16-byte boundary, are bits
// 4..47 of the address, sign-extended. Nothing when the result is not a kernel address
// (bit 47 clear): the entry is not what the layout says it is.
constexpr std::optional<std::uint64_t> objectHeaderFromEntry(std::uint64_t entry, std::uint32_t pointerBit = 20,
                                                             std::uint32_t pointerWidth = 44)
{
    if (pointerWidth == 0 || pointerWidth > 48 || pointerBit + pointerWidth > 64)
        return std::nullopt;
    const std::uint64_t bits = (entry >> pointerBit) & ((1ull << pointerWidth) - 1);
    const std::uint64_t address = bits << (48 - pointerWidth);
    if (!(address & (1ull << 47)))
        return std::nullopt;
    return address | 0xffff000000000000ull;
}

} // namespace poolscope
