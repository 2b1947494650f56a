#include "nt_tables.h"

#include "analysis/text_source.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace poolscope::capture {

namespace {

constexpr std::size_t kPoolTagFirst = 8;
constexpr std::size_t kPoolTagSize = 40;
constexpr std::size_t kHandleFirst = 16;
constexpr std::size_t kHandleSize = 40;
constexpr std::size_t kHandleProcess = 8;
constexpr std::size_t kHandleTypeIndex = 30;
constexpr std::size_t kTypeInfoSize = 104;
constexpr std::size_t kTypeInfoIndex = 90;
constexpr std::size_t kTypesFirst = 8;
constexpr std::uint16_t kFirstTypeIndexBefore81 = 2;
// Windows has about 70 object types; more would be a damaged answer.
constexpr std::uint32_t kMostTypes = 1024;

template <typename T>
T read(std::span<const std::byte> buffer, std::size_t offset)
{
    T value{};
    std::memcpy(&value, buffer.data() + offset, sizeof(T));
    return value;
}

bool fits(std::span<const std::byte> buffer, std::size_t offset, std::size_t size)
{
    return offset <= buffer.size() && size <= buffer.size() - offset;
}

std::size_t alignUp(std::size_t value)
{
    return (value + 7) & ~std::size_t{7};
}

// A UNICODE_STRING at `at` whose characters lie in the buffer: by its Buffer pointer when
// that points into the buffer, else right after the structure (where Windows puts them).
std::optional<std::string> unicodeName(std::span<const std::byte> buffer, std::uint64_t address, std::size_t at,
                                       std::size_t following)
{
    if (!fits(buffer, at, 16))
        return std::nullopt;
    const auto length = read<std::uint16_t>(buffer, at);
    const auto pointer = read<std::uint64_t>(buffer, at + 8);
    std::size_t from = following;
    if (pointer >= address && pointer - address <= buffer.size())
        from = static_cast<std::size_t>(pointer - address);
    if (length == 0 || !fits(buffer, from, length))
        return std::nullopt;
    std::uint64_t replaced = 0;
    return utf16ToUtf8(std::string_view(reinterpret_cast<const char*>(buffer.data() + from), length), true, replaced);
}

} // namespace

std::optional<std::vector<PoolTagCounters>> decodePoolTagInformation(std::span<const std::byte> buffer,
                                                                     std::string& why)
{
    if (!fits(buffer, 0, 4)) {
        why = fmt::format("the pool tag table is {} bytes, too short to hold its count", buffer.size());
        return std::nullopt;
    }
    const auto count = read<std::uint32_t>(buffer, 0);
    if ((buffer.size() < kPoolTagFirst && count > 0) || count > (buffer.size() - kPoolTagFirst) / kPoolTagSize) {
        why = fmt::format("the pool tag table says {} tags but its {} bytes hold fewer", count, buffer.size());
        return std::nullopt;
    }
    std::vector<PoolTagCounters> tags;
    tags.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t at = kPoolTagFirst + std::size_t{i} * kPoolTagSize;
        PoolTagCounters t;
        t.tag = PoolTag::fromKey(read<std::uint32_t>(buffer, at));
        t.pagedAllocs = read<std::uint32_t>(buffer, at + 4);
        t.pagedFrees = read<std::uint32_t>(buffer, at + 8);
        t.pagedBytes = read<std::uint64_t>(buffer, at + 16);
        t.nonPagedAllocs = read<std::uint32_t>(buffer, at + 24);
        t.nonPagedFrees = read<std::uint32_t>(buffer, at + 28);
        t.nonPagedBytes = read<std::uint64_t>(buffer, at + 32);
        tags.push_back(t);
    }
    return tags;
}

std::optional<HandleTally> decodeExtendedHandleInformation(std::span<const std::byte> buffer, std::string& why)
{
    if (!fits(buffer, 0, kHandleFirst)) {
        why = fmt::format("the handle table is {} bytes, too short to hold its count", buffer.size());
        return std::nullopt;
    }
    const auto count = read<std::uint64_t>(buffer, 0);
    if (count > (buffer.size() - kHandleFirst) / kHandleSize) {
        why = fmt::format("the handle table says {} handles but its {} bytes hold fewer", count, buffer.size());
        return std::nullopt;
    }
    HandleTally tally;
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::size_t at = kHandleFirst + static_cast<std::size_t>(i) * kHandleSize;
        const auto pid = read<std::uint64_t>(buffer, at + kHandleProcess);
        if (pid > 0xffffffffu)
            continue; // not a process id Windows hands out
        ++tally[static_cast<std::uint32_t>(pid)][read<std::uint16_t>(buffer, at + kHandleTypeIndex)];
    }
    return tally;
}

std::map<std::uint16_t, std::uint64_t> handlePerType(std::span<const std::byte> buffer, std::uint32_t pid)
{
    std::map<std::uint16_t, std::uint64_t> out;
    if (!fits(buffer, 0, kHandleFirst))
        return out;
    const auto count = std::min<std::uint64_t>(read<std::uint64_t>(buffer, 0), (buffer.size() - kHandleFirst) / kHandleSize);
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::size_t at = kHandleFirst + static_cast<std::size_t>(i) * kHandleSize;
        if (read<std::uint64_t>(buffer, at + kHandleProcess) == pid)
            out.emplace(read<std::uint16_t>(buffer, at + kHandleTypeIndex), read<std::uint64_t>(buffer, at + 16));
    }
    return out;
}

std::optional<std::map<std::uint16_t, std::string>> decodeObjectTypesInformation(std::span<const std::byte> buffer,
                                                                                 std::uint64_t address,
                                                                                 std::string& why)
{
    if (!fits(buffer, 0, 4)) {
        why = "the object type table is too short to hold its count";
        return std::nullopt;
    }
    const auto count = read<std::uint32_t>(buffer, 0);
    if (count > kMostTypes) {
        why = fmt::format("the object type table says {} types", count);
        return std::nullopt;
    }
    std::map<std::uint16_t, std::string> names;
    std::size_t at = kTypesFirst;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!fits(buffer, at, kTypeInfoSize)) {
            why = fmt::format("the object type table ends after {} of its {} types", i, count);
            return names.empty() ? std::nullopt : std::optional(std::move(names));
        }
        const auto maximumLength = read<std::uint16_t>(buffer, at + 2);
        const auto index = read<std::uint8_t>(buffer, at + kTypeInfoIndex);
        const auto name = unicodeName(buffer, address, at, at + kTypeInfoSize);
        if (name && !name->empty())
            names.emplace(index != 0 ? std::uint16_t{index} : static_cast<std::uint16_t>(i + kFirstTypeIndexBefore81),
                          *name);
        at = alignUp(at + kTypeInfoSize + maximumLength);
    }
    return names;
}

std::optional<std::string> decodeObjectTypeName(std::span<const std::byte> buffer, std::uint64_t address)
{
    if (!fits(buffer, 0, kTypeInfoSize))
        return std::nullopt;
    return unicodeName(buffer, address, 0, kTypeInfoSize);
}

} // namespace poolscope::capture
