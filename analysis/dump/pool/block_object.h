#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/dump/object_types.h"
#include "model/pool_scan.h"

#include <cstdint>
#include <optional>
#include <string>

// What a pool block holds: the kernel object in it, found as the object manager lays it
// out (POOL_HEADER, optional headers as InfoMask says, OBJECT_HEADER, body), with its type,
// counts and, for threads, processes and files, what identifies them; or, for a driver's
// own block, the first kernel pointer it keeps.
namespace poolscope {

struct ObjectInBlock {
    Address header = 0; // _OBJECT_HEADER
    Address body = 0;
    std::uint32_t optionalHeaders = 0; // bytes of optional headers before the object header
    std::uint8_t infoMask = 0;
    std::uint8_t typeIndex = 0;
    std::string type; // "Thread"
    std::int64_t pointerCount = 0, handleCount = 0;
    std::string name; // the object's name (NAME_INFO), a file's name, a process's image
    // Threads and processes: the state and the process that owns it.
    std::string state;                // "TERMINATED", "WAIT"; "exited" for a process without a handle table
    std::optional<Address> process;   // a thread's owner; a process itself
    std::optional<std::uint32_t> pid, tid;
    std::string processImage;
};

struct BlockContents {
    std::optional<ObjectInBlock> object;
    // The first of the block's first eight data qwords that is a kernel address outside the
    // block: what a driver's block points at (a device extension, a file object).
    std::optional<Address> firstPointer;
    std::uint32_t firstPointerOffset = 0; // from the block's data
};

// Decodes the block; the object is accepted only when its header decodes to a known type
// whose pool tag (_OBJECT_TYPE.Key, when the types table gives it) is the block's tag and
// its optional headers fill exactly the gap below it.
BlockContents readBlockContents(const AddressSpace& memory, const KernelLayout& layout, const ObjectTypeTable* types,
                                const std::vector<std::uint32_t>& typeKeys, const PoolAllocation& block);

// Asks for the lines readBlockContents will read (the block's first qwords, the optional
// headers and object header after them, and a thread's fields where the block before held a
// thread at the same place), a few blocks ahead of reading them: their misses then overlap.
struct ContentsAhead {
    std::uint32_t threadBody = 0; // from the block's start, when the last block read held a thread

    void learn(const PoolAllocation& block, const BlockContents& contents);
    void prefetch(const AddressSpace& memory, const KernelLayout& layout, const PoolAllocation& block) const;
};

// The object whose body is at `body`, when its header decodes to a known type with sane
// counts (a pointer a driver's block keeps, followed).
std::optional<ObjectInBlock> readObjectAt(const AddressSpace& memory, const KernelLayout& layout,
                                          const ObjectTypeTable& types, Address body);

// The pool tag of each object type, by type index (0 where unknown).
std::vector<std::uint32_t> objectTypeKeys(const AddressSpace& memory, const KernelLayout& layout,
                                          const ObjectTypeTable& types);

// The bytes of each optional header an InfoMask bit stands for, lowest bit first
// (CREATOR, NAME, HANDLE, QUOTA, PROCESS, AUDIT, EXTENDED, PADDING), x64.
std::uint32_t optionalHeaderBytes(std::uint8_t infoMask);

} // namespace poolscope
