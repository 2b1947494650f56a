#include "block_object.h"

#include "analysis/dump/io_walks.h"
#include "analysis/dump/kernel_strings.h"

#include <array>
#include <cstring>

namespace poolscope {

namespace {

// ObpInfoMaskToOffset's sizes on x64 (DUMPS-DETAIL §3.5): a header's optional headers lie
// below it, the lowest bit nearest.
constexpr std::array<std::uint32_t, 8> kOptionalSizes{0x20, 0x20, 0x10, 0x20, 0x10, 0x10, 0x10, 0x04};
constexpr std::uint8_t kNameInfo = 0x02;
constexpr std::uint8_t kPaddingInfo = 0x80;
constexpr std::uint32_t kPoolHeader = 0x10;
constexpr std::uint32_t kSearch = 0x200; // optional headers and padding never take more
constexpr std::int64_t kMaxCount = 1ll << 40;

std::string imageName(const AddressSpace& memory, const KernelLayout& layout, Address process)
{
    std::array<char, 16> name{};
    if (!memory.read(process + layout.processImageFileName, std::as_writable_bytes(std::span(name.data(), 15))))
        return {};
    std::string out(name.data());
    for (char c : out)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return {};
    return out;
}

void describeThread(const AddressSpace& memory, const KernelLayout& layout, ObjectInBlock& o)
{
    if (const auto state = memory.readValue<std::uint8_t>(o.body + layout.threadState))
        o.state = threadStateName(*state);
    if (const auto process = memory.readValue<std::uint64_t>(o.body + layout.threadProcess);
        process && isKernelPointer(*process)) {
        o.process = *process;
        o.processImage = imageName(memory, layout, *process);
    }
    if (const auto pid = memory.readValue<std::uint64_t>(o.body + layout.threadCid))
        o.pid = static_cast<std::uint32_t>(*pid);
    if (const auto tid = memory.readValue<std::uint64_t>(o.body + layout.threadCid + 8))
        o.tid = static_cast<std::uint32_t>(*tid);
}

void describeProcess(const AddressSpace& memory, const KernelLayout& layout, ObjectInBlock& o)
{
    o.process = o.body;
    o.processImage = imageName(memory, layout, o.body);
    o.name = o.processImage;
    if (const auto pid = memory.readValue<std::uint64_t>(o.body + layout.processUniqueId))
        o.pid = static_cast<std::uint32_t>(*pid);
    if (const auto table = memory.readValue<std::uint64_t>(o.body + layout.processObjectTable))
        o.state = *table == 0 ? "exited" : "running";
}

void describeObject(const AddressSpace& memory, const KernelLayout& layout, ObjectInBlock& o)
{
    o.body = o.header + layout.objectHeaderSize;
    if (o.infoMask & kNameInfo) {
        // NAME_INFO {Directory, Name} lies below the CREATOR_INFO when there is one.
        const Address nameInfo = o.header - optionalHeaderBytes(o.infoMask & 0x03);
        if (auto name = readUnicodeString(memory, nameInfo + 8, 512))
            o.name = std::move(*name);
    }
    if (o.type == "Thread")
        describeThread(memory, layout, o);
    else if (o.type == "Process")
        describeProcess(memory, layout, o);
    else if (o.type == "File")
        if (auto name = readUnicodeString(memory, o.body + layout.fileName, 1024))
            o.name = std::move(*name);
}

} // namespace

std::optional<ObjectInBlock> readObjectAt(const AddressSpace& memory, const KernelLayout& layout,
                                          const ObjectTypeTable& types, Address body)
{
    const Address header = body - layout.objectHeaderSize;
    std::vector<std::byte> raw(layout.objectHeaderSize);
    if (!isKernelPointer(body) || (body & 0xf) != 0 || !memory.read(header, raw))
        return std::nullopt;
    const auto byteAt = [&](std::size_t at) { return static_cast<std::uint8_t>(raw[at]); };
    const auto i64At = [&](std::size_t at) {
        std::int64_t v = 0;
        std::memcpy(&v, raw.data() + at, 8);
        return v;
    };
    const std::uint8_t index = types.realIndex(byteAt(layout.headerTypeIndex), header);
    const std::string* type = types.name(index);
    const std::int64_t pointers = i64At(layout.headerPointerCount);
    const std::int64_t handles = i64At(layout.headerHandleCount);
    if (!type || pointers <= 0 || pointers > kMaxCount || handles < 0 || handles > pointers)
        return std::nullopt;
    ObjectInBlock o;
    o.header = header;
    o.infoMask = byteAt(layout.headerInfoMask);
    o.optionalHeaders = optionalHeaderBytes(o.infoMask & ~kPaddingInfo);
    o.typeIndex = index;
    o.type = *type;
    o.pointerCount = pointers;
    o.handleCount = handles;
    describeObject(memory, layout, o);
    return o;
}

std::uint32_t optionalHeaderBytes(std::uint8_t infoMask)
{
    std::uint32_t bytes = 0;
    for (unsigned bit = 0; bit < 8; ++bit)
        if (infoMask & (1u << bit))
            bytes += kOptionalSizes[bit];
    return bytes;
}

std::vector<std::uint32_t> objectTypeKeys(const AddressSpace& memory, const KernelLayout& layout,
                                          const ObjectTypeTable& types)
{
    std::vector<std::uint32_t> keys(types.objects.size(), 0);
    for (std::size_t i = 2; i < types.objects.size(); ++i)
        if (types.objects[i])
            keys[i] = memory.readValue<std::uint32_t>(types.objects[i] + layout.typeKey).value_or(0);
    return keys;
}

void ContentsAhead::learn(const PoolAllocation& block, const BlockContents& contents)
{
    const auto& o = contents.object;
    threadBody = o && o->type == "Thread" && o->body - block.block < 0x1000
        ? static_cast<std::uint32_t>(o->body - block.block)
        : 0;
}

void ContentsAhead::prefetch(const AddressSpace& memory, const KernelLayout& layout, const PoolAllocation& block) const
{
    const Address data = block.data();
    for (Address line = data & ~Address{63}; line < data + 0xc0; line += 64)
        memory.prefetch(line);
    if (threadBody)
        for (const std::uint32_t field : {layout.threadState, layout.threadProcess, layout.threadCid})
            memory.prefetch(block.block + threadBody + field);
}

BlockContents readBlockContents(const AddressSpace& memory, const KernelLayout& layout, const ObjectTypeTable* types,
                                const std::vector<std::uint32_t>& typeKeys, const PoolAllocation& block)
{
    BlockContents out;
    const Address data = block.data();
    const std::uint32_t dataBytes = block.backend == PoolBackend::Big ? block.bytes
                                  : block.bytes > kPoolHeader       ? block.bytes - kPoolHeader
                                                                    : 0;
    std::array<std::uint64_t, 8> first{};
    const std::size_t qwords = std::min<std::size_t>(first.size(), dataBytes / 8);
    if (qwords && memory.read(data, std::as_writable_bytes(std::span(first.data(), qwords))))
        for (std::size_t i = 0; i < qwords; ++i)
            // A pointer into the block itself is an empty list head, not what the block keeps.
            if (isKernelPointer(first[i]) && !(first[i] >= block.block && first[i] < block.block + block.bytes)) {
                out.firstPointer = first[i];
                out.firstPointerOffset = static_cast<std::uint32_t>(i * 8);
                break;
            }
    if (!types || dataBytes < layout.objectHeaderSize)
        return out;
    const std::uint32_t tag = block.tag & 0x7fffffffu; // pre-Windows 8 object tags have the top bit set
    // The search reads the block where the file holds it; only a search that crosses a page
    // is copied (a million blocks are searched, most within one page).
    const std::size_t wanted = std::min<std::uint32_t>(dataBytes, kSearch + layout.objectHeaderSize);
    std::span<const std::byte> raw;
    std::vector<std::byte> copied;
    if (const std::size_t within = data & (kPageSize - 1); within + wanted <= kPageSize) {
        const auto page = memory.page(data);
        if (page.empty())
            return out;
        raw = page.subspan(within, wanted);
    } else {
        copied.resize(wanted);
        if (!memory.read(data, copied))
            return out;
        raw = copied;
    }
    const auto byteAt = [&](std::size_t at) { return static_cast<std::uint8_t>(raw[at]); };
    const auto i64At = [&](std::size_t at) {
        std::int64_t v = 0;
        std::memcpy(&v, raw.data() + at, 8);
        return v;
    };
    // The object header lies where the optional headers its InfoMask names end.
    for (std::uint32_t offset = 0; offset + layout.objectHeaderSize <= raw.size(); offset += 16) {
        const std::uint8_t mask = byteAt(offset + layout.headerInfoMask);
        const std::uint32_t below = optionalHeaderBytes(mask & ~kPaddingInfo);
        const bool padded = mask & kPaddingInfo;
        if (padded ? offset < below + 4 : offset != below)
            continue;
        const Address header = data + offset;
        const std::uint8_t index = types->realIndex(byteAt(offset + layout.headerTypeIndex), header);
        const std::string* type = types->name(index);
        if (!type)
            continue;
        if (index < typeKeys.size() && typeKeys[index] != 0 && (typeKeys[index] & 0x7fffffffu) != tag)
            continue;
        const std::int64_t pointers = i64At(offset + layout.headerPointerCount);
        const std::int64_t handles = i64At(offset + layout.headerHandleCount);
        if (pointers < 0 || pointers > kMaxCount || handles < 0 || handles > kMaxCount)
            continue;
        ObjectInBlock o;
        o.header = header;
        o.optionalHeaders = offset;
        o.infoMask = mask;
        o.typeIndex = index;
        o.type = *type;
        o.pointerCount = pointers;
        o.handleCount = handles;
        describeObject(memory, layout, o);
        out.object = std::move(o);
        return out;
    }
    return out;
}

} // namespace poolscope
