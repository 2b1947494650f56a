#include "registry_keys.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace poolscope::testdata {

namespace {

constexpr std::uint16_t kHiveExit = 0x02;  // the mount point in the master hive
constexpr std::uint16_t kHiveEntry = 0x04; // the root of the mounted hive
constexpr std::uint16_t kNoDelete = 0x08;

// The hives mounted below \REGISTRY\MACHINE and the names their root cells carry on
// Windows 10 and 11.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kHives{{
    {"MACHINE\\SYSTEM", "CMI-CreateHive{2A7FB991-7BBE-4F9D-B91E-7CB51D4737F5}"},
    {"MACHINE\\SOFTWARE", "CMI-CreateHive{199DAFC2-6F16-4946-BF90-5A3FC3A60902}"},
}};

// CmpHashKey: 37 * hash + the upper-cased character.
std::uint32_t convKey(std::string_view name)
{
    std::uint32_t hash = 0;
    for (const char c : name)
        hash = 37 * hash + static_cast<std::uint32_t>(std::toupper(static_cast<unsigned char>(c)));
    return hash;
}

} // namespace

RegistryKeys::RegistryKeys(DumpBuilder& memory, const ExtraFields& fields, Allocate allocate)
    : m(memory), F(fields), m_allocate(std::move(allocate))
{
    m_root = child(0, "REGISTRY", kNoDelete, 0);
}

std::uint64_t RegistryKeys::child(std::uint64_t parent, std::string_view name, std::uint16_t flags, unsigned level)
{
    const std::uint64_t kcb = m_allocate("CMkb", F.kcbSize);
    const std::uint64_t block = m_allocate("CMnb", F.nameBlockName + name.size());
    m.write32(block, 1u | (1u << 1)); // Compressed (ASCII name), RefCount 1
    m.write32(block + 8, convKey(name));
    m.write16(block + F.nameBlockLength, static_cast<std::uint16_t>(name.size()));
    m.write(block + F.nameBlockName, name.data(), name.size());

    m.write32(kcb + F.kcbTotalLevels, level << 21);
    m.write64(kcb + F.kcbParent, parent);
    m.write64(kcb + F.kcbNameBlock, block);
    m.write64(kcb + F.kcbKeyBodyListHead, kcb + F.kcbKeyBodyListHead);
    m.write64(kcb + F.kcbKeyBodyListHead + 8, kcb + F.kcbKeyBodyListHead);
    m.write16(kcb + F.kcbFlags + 2, flags);
    m_levels[kcb] = level;
    reference(kcb);
    if (parent)
        reference(parent);
    return kcb;
}

void RegistryKeys::reference(std::uint64_t kcb)
{
    m.write32(kcb + F.kcbRefCount, ++m_references[kcb]);
}

std::uint64_t RegistryKeys::key(std::string_view path)
{
    std::uint64_t kcb = m_root;
    std::size_t start = 0;
    while (start < path.size()) {
        const std::size_t end = std::min(path.find('\\', start), path.size());
        const std::string_view prefix = path.substr(0, end);
        const auto known = m_kcbs.find(prefix);
        if (known != m_kcbs.end()) {
            kcb = known->second;
        } else {
            const std::string_view name = path.substr(start, end - start);
            const unsigned level = m_levels.at(kcb) + 1;
            const auto hive = std::find_if(kHives.begin(), kHives.end(), [&](const auto& h) { return h.first == prefix; });
            if (hive != kHives.end()) {
                const std::uint64_t mount = child(kcb, name, kHiveExit | kNoDelete, level);
                kcb = child(mount, hive->second, kHiveEntry | kNoDelete, level + 1);
            } else {
                kcb = child(kcb, name, 0, level);
            }
            m_kcbs.emplace(std::string(prefix), kcb);
        }
        start = end + 1;
    }
    return kcb;
}

void RegistryKeys::openKey(std::uint64_t body, std::uint64_t kcb, std::uint64_t pid)
{
    m.write32(body + F.keyBodyType, 0x6b793032); // 'ky02'
    m.write64(body + F.keyBodyKcb, kcb);
    m.write64(body + F.keyBodyProcessId, pid);
    const std::uint64_t head = kcb + F.kcbKeyBodyListHead;
    const std::uint64_t entry = body + F.keyBodyList;
    const auto last = m_lastBody.find(kcb);
    const std::uint64_t previous = last == m_lastBody.end() ? head : last->second;
    m.write64(previous, entry);
    m.write64(entry, head);
    m.write64(entry + 8, previous);
    m.write64(head + 8, entry);
    m_lastBody[kcb] = entry;
    reference(kcb);
}

} // namespace poolscope::testdata
