#include "pdb_streams.h"

#include "analysis/dump/pdb/byte_reader.h"
#include "analysis/dump/pe_image.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::pdb {

namespace {

constexpr std::string_view kInfoName = "the PDB information stream";
constexpr std::string_view kDbiName = "the debug information stream (DBI)";
constexpr std::size_t kDbiHeaderSize = 64;
constexpr std::size_t kSectionHeaderSize = 40; // IMAGE_SECTION_HEADER

// Entries of the DBI's optional debug header.
constexpr std::size_t kDebugOmapFromSource = 4;
constexpr std::size_t kDebugSectionHeaders = 5;
constexpr std::size_t kDebugOriginalSectionHeaders = 10;

std::optional<std::uint32_t> dbiAge(const Result<std::vector<std::byte>>& dbi)
{
    if (!dbi || dbi->size() < kDbiHeaderSize)
        return std::nullopt;
    ByteReader header(*dbi, 8);
    return header.u32();
}

} // namespace

std::string describe(const PdbIdentity& identity) { return fmt::format("{}-{}", identity.guid, identity.age); }

Result<PdbIdentity> readIdentity(const MsfFile& msf)
{
    auto info = msf.stream(kInfoStream, kInfoName);
    if (!info)
        return info.error();
    if (info->size() < 28)
        return msf.error(kInfoStream, kInfoName, info->size(),
                         fmt::format("it holds {} bytes, fewer than the 28 of its header (version, signature, age, "
                                     "GUID)",
                                     info->size()));
    PdbIdentity id;
    id.age = ByteReader(*info, 8).u32();
    id.guid = guidText(std::span(*info).subspan(12, 16));
    if (msf.streamSize(kDebugInfoStream) != 0) {
        auto dbi = msf.stream(kDebugInfoStream, kDbiName);
        if (const auto age = dbiAge(dbi))
            id.age = *age;
    }
    return id;
}

Result<DebugInfo> readDebugInfo(const MsfFile& msf)
{
    DebugInfo info;
    if (msf.streamSize(kDebugInfoStream) == 0)
        return info;
    auto bytes = msf.stream(kDebugInfoStream, kDbiName);
    if (!bytes)
        return bytes.error();
    const auto damaged = [&](std::uint64_t offset, std::string message) {
        return msf.error(kDebugInfoStream, kDbiName, offset, message);
    };
    if (bytes->size() < kDbiHeaderSize)
        return damaged(bytes->size(), fmt::format("it holds {} bytes, fewer than its {}-byte header", bytes->size(),
                                                  kDbiHeaderSize));
    ByteReader header(*bytes);
    header.skip(8);
    info.age = header.u32();
    header.skip(8);
    info.symbolRecords = header.u16();
    header.skip(2);
    // The substreams in the order they are stored; the optional debug header comes last.
    std::uint64_t at = kDbiHeaderSize;
    std::int32_t sizes[7];
    for (std::int32_t& size : sizes)
        size = header.read<std::int32_t>();
    const std::int32_t debugHeaderSize = sizes[6];
    const std::int32_t ecSize = header.read<std::int32_t>();
    header.skip(2); // flags
    if (const std::uint16_t machine = header.u16())
        info.machine = machine;
    for (int i = 0; i < 5; ++i) { // modules, section contributions, section map, files, type servers
        if (sizes[i] < 0)
            return damaged(24 + 4 * i, fmt::format("a substream size is negative ({})", sizes[i]));
        at += static_cast<std::uint64_t>(sizes[i]);
    }
    if (ecSize < 0 || debugHeaderSize < 0)
        return damaged(48, "a substream size is negative");
    at += static_cast<std::uint64_t>(ecSize);
    if (at + static_cast<std::uint64_t>(debugHeaderSize) > bytes->size())
        return damaged(at, fmt::format("its substreams add up to {} bytes, past its {} bytes",
                                       at + static_cast<std::uint64_t>(debugHeaderSize), bytes->size()));
    ByteReader debug{std::span(*bytes).subspan(at, static_cast<std::size_t>(debugHeaderSize))};
    for (std::size_t entry = 0; debug.remaining() >= 2; ++entry) {
        const std::uint16_t stream = debug.u16();
        if (entry == kDebugOmapFromSource)
            info.omapFromSource = stream;
        else if (entry == kDebugSectionHeaders)
            info.sectionHeaders = stream;
        else if (entry == kDebugOriginalSectionHeaders)
            info.originalSectionHeaders = stream;
    }
    return info;
}

Result<SectionMap> SectionMap::read(const MsfFile& msf, const DebugInfo& dbi)
{
    SectionMap map;
    const bool omap = dbi.omapFromSource != kNoStream && dbi.originalSectionHeaders != kNoStream;
    const std::uint16_t sections = omap ? dbi.originalSectionHeaders : dbi.sectionHeaders;
    if (sections == kNoStream)
        return map;
    const std::string what = fmt::format("the section header stream{}", omap ? " (before OMAP)" : "");
    auto headers = msf.stream(sections, what);
    if (!headers)
        return headers.error();
    if (headers->size() % kSectionHeaderSize != 0)
        return msf.error(sections, what, headers->size() - headers->size() % kSectionHeaderSize,
                         fmt::format("{} bytes are not a whole number of {}-byte section headers", headers->size(),
                                     kSectionHeaderSize));
    for (std::size_t at = 0; at < headers->size(); at += kSectionHeaderSize)
        map.m_sections.push_back(ByteReader(*headers, at + 12).u32());
    if (omap) {
        auto entries = msf.stream(dbi.omapFromSource, "the OMAP stream");
        if (!entries)
            return entries.error();
        if (entries->size() % 8 != 0)
            return msf.error(dbi.omapFromSource, "the OMAP stream", entries->size() & ~std::size_t{7},
                             "it is not a whole number of 8-byte entries");
        ByteReader in(*entries);
        while (!in.atEnd()) {
            const std::uint32_t from = in.u32();
            map.m_omap.emplace_back(from, in.u32());
        }
        std::sort(map.m_omap.begin(), map.m_omap.end());
    }
    return map;
}

std::optional<std::uint64_t> SectionMap::rva(std::uint16_t section, std::uint32_t offset) const
{
    if (section == 0 || section > m_sections.size())
        return std::nullopt;
    const std::uint64_t rva = std::uint64_t{m_sections[section - 1]} + offset;
    if (m_omap.empty())
        return rva;
    // The last entry at or before the address maps its whole range; a target of 0 means the
    // code was dropped.
    auto it = std::upper_bound(m_omap.begin(), m_omap.end(), rva,
                               [](std::uint64_t value, const auto& entry) { return value < entry.first; });
    if (it == m_omap.begin())
        return std::nullopt;
    --it;
    if (it->second == 0)
        return std::nullopt;
    return std::uint64_t{it->second} + (rva - it->first);
}

} // namespace poolscope::pdb
