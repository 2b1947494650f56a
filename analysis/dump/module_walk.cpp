#include "module_walk.h"

#include "analysis/dump/kernel_strings.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace poolscope {

namespace {

constexpr std::uint64_t kPage = 0x1000;

} // namespace

std::vector<LoadedModule> walkLoadedModules(const AddressSpace& memory, const KernelLayout& layout,
                                            std::uint64_t listHead, std::vector<std::string>& problems,
                                            const ModuleWalkLimits& limits)
{
    std::vector<LoadedModule> modules;
    std::unordered_set<std::uint64_t> seen{listHead};
    auto link = memory.readValue<std::uint64_t>(listHead);
    if (!link) {
        problems.push_back(text::say(
            text::phrase("Dump", "the loaded module list {:#x} is not readable: no driver is searched for tags"),
            listHead));
        return modules;
    }
    while (*link != listHead) {
        if (!seen.insert(*link).second) {
            problems.push_back(
                text::say(text::phrase("Dump",
                                       "loaded module list: {:#x} comes round again without reaching the head; "
                                       "{} modules read before it"),
                          *link, modules.size()));
            break;
        }
        if (modules.size() >= limits.maxModules) {
            problems.push_back(
                text::say(text::phrase("Dump", "loaded module list: more than {} modules; the rest is not read"),
                          limits.maxModules));
            break;
        }
        // The list entry is the first member of _KLDR_DATA_TABLE_ENTRY (InLoadOrderLinks).
        const std::uint64_t entry = *link;
        const auto base = memory.readValue<std::uint64_t>(entry + layout.moduleDllBase);
        const auto size = memory.readValue<std::uint32_t>(entry + layout.moduleSizeOfImage);
        const auto next = memory.readValue<std::uint64_t>(entry);
        if (!base || !size || !next) {
            problems.push_back(
                text::say(text::phrase("Dump",
                                       "loaded module list: the entry at {:#x} is not readable; {} modules read "
                                       "before it"),
                          entry, modules.size()));
            break;
        }
        LoadedModule module;
        module.base = *base;
        module.size = *size;
        module.where = Provenance{0, 0, entry};
        if (auto name = readUnicodeString(memory, entry + layout.moduleBaseDllName, 260))
            module.name = std::move(*name);
        else
            module.name = fmt::format("(module at {:#x})", *base);
        if (isKernelPointer(module.base) && module.size > 0)
            modules.push_back(std::move(module));
        else
            problems.push_back(
                text::say(text::phrase("Dump",
                                       "loaded module list: the entry at {:#x} names no image (base {:#x}, size "
                                       "{:#x}); skipped"),
                          entry, *base, *size));
        link = next;
    }
    return modules;
}

std::vector<TagInImage> findTagsInImages(const AddressSpace& memory, std::vector<LoadedModule>& modules,
                                         const std::vector<std::uint32_t>& tagKeys, std::vector<std::string>& problems,
                                         ReadControl& control, const ModuleWalkLimits& limits)
{
    std::vector<TagInImage> found;
    if (tagKeys.empty())
        return found;
    // Most four-byte windows of an image begin with two bytes no tag begins with: a bit per
    // first two bytes passes over them before the hash lookup.
    auto firstTwo = std::make_unique<std::bitset<65536>>();
    std::unordered_map<std::uint32_t, std::uint32_t> countOf;
    for (const std::uint32_t key : tagKeys) {
        firstTwo->set(key & 0xffff);
        countOf.emplace(key, 0);
    }
    std::uint64_t searched = 0;
    std::array<std::byte, kPage + 3> window{};
    for (std::size_t m = 0; m < modules.size(); ++m) {
        if (control.cancelled())
            break;
        LoadedModule& module = modules[m];
        for (auto& [key, count] : countOf)
            count = 0;
        std::uint64_t bytes = module.size;
        if (bytes > limits.maxImageBytes) {
            problems.push_back(text::say(
                text::phrase("Dump", "{}: its image claims {} bytes; only the first {} are searched for tags"),
                module.name, bytes, limits.maxImageBytes));
            bytes = limits.maxImageBytes;
        }
        if (searched + bytes > limits.maxSearchedBytes) {
            problems.push_back(
                text::say(text::phrase("Dump",
                                       "{} and the modules after it are not searched for tags: the images "
                                       "searched already hold {} bytes"),
                          module.name, searched));
            break;
        }
        searched += bytes;
        // Three bytes carried from the end of each page, so a tag across two pages is seen.
        std::size_t carried = 0;
        for (std::uint64_t offset = 0; offset < bytes; offset += kPage) {
            const std::size_t length = static_cast<std::size_t>(std::min<std::uint64_t>(kPage, bytes - offset));
            if (!memory.read(module.base + offset, std::span(window).subspan(carried, length))) {
                ++module.pagesMissing;
                carried = 0;
                continue;
            }
            ++module.pagesSearched;
            const std::size_t total = carried + length;
            for (std::size_t i = 0; i + 4 <= total; ++i) {
                const auto low = static_cast<std::uint32_t>(std::to_integer<std::uint8_t>(window[i]))
                    | static_cast<std::uint32_t>(std::to_integer<std::uint8_t>(window[i + 1])) << 8;
                if (!firstTwo->test(low))
                    continue;
                std::uint32_t key = 0;
                std::memcpy(&key, &window[i], 4);
                if (const auto it = countOf.find(key); it != countOf.end())
                    ++it->second;
            }
            carried = std::min<std::size_t>(3, total);
            std::memmove(window.data(), window.data() + total - carried, carried);
        }
        for (const auto& [key, count] : countOf)
            if (count > 0)
                found.push_back({PoolTag::fromKey(key), static_cast<std::uint32_t>(m), count});
    }
    std::sort(found.begin(), found.end(), [](const TagInImage& a, const TagInImage& b) {
        if (a.tag != b.tag)
            return a.tag < b.tag;
        return a.occurrences != b.occurrences ? a.occurrences > b.occurrences : a.module < b.module;
    });
    return found;
}

} // namespace poolscope
