#include "global_symbols.h"

#include "analysis/dump/pdb/byte_reader.h"

#include <fmt/format.h>

namespace poolscope::pdb {

namespace {

constexpr std::string_view kSymbols = "the symbol record stream";
constexpr std::uint16_t S_LDATA32 = 0x110c;
constexpr std::uint16_t S_GDATA32 = 0x110d;
constexpr std::uint16_t S_PUB32 = 0x110e;

} // namespace

Result<GlobalSymbols> GlobalSymbols::read(const MsfFile& msf, const DebugInfo& dbi)
{
    GlobalSymbols symbols;
    if (dbi.symbolRecords == kNoStream)
        return symbols;
    auto sections = SectionMap::read(msf, dbi);
    if (!sections)
        return sections.error();
    auto bytes = msf.stream(dbi.symbolRecords, kSymbols);
    if (!bytes)
        return bytes.error();
    ByteReader in(*bytes);
    while (in.remaining() >= 4) {
        const std::size_t at = in.offset();
        const std::uint16_t length = in.u16();
        if (length < 2 || length > in.remaining())
            return msf.error(dbi.symbolRecords, kSymbols, at,
                             fmt::format("a symbol record claims {} bytes where {} remain", length, in.remaining()));
        ByteReader record{std::span(*bytes).subspan(at + 2, length)};
        in.skip(length);
        const std::uint16_t kind = record.u16();
        const int rank = kind == S_PUB32 ? 0 : kind == S_GDATA32 ? 1 : kind == S_LDATA32 ? 2 : -1;
        if (rank < 0)
            continue;
        record.u32(); // flags, or the data's type
        const std::uint32_t offset = record.u32();
        const std::uint16_t section = record.u16();
        const std::string_view name = record.cstring();
        if (record.failed())
            return msf.error(dbi.symbolRecords, kSymbols, at,
                             fmt::format("a symbol record (kind {:#x}) ends before its name", kind));
        const auto rva = sections->rva(section, offset);
        if (!rva) {
            ++symbols.m_unplaced;
            continue;
        }
        const auto it = symbols.m_rvas.find(name);
        if (it == symbols.m_rvas.end())
            symbols.m_rvas.emplace(std::string(name), Place{*rva, rank});
        else if (rank < it->second.rank)
            it->second = Place{*rva, rank};
    }
    return symbols;
}

std::optional<std::uint64_t> GlobalSymbols::rva(std::string_view name) const
{
    const auto it = m_rvas.find(name);
    return it == m_rvas.end() ? std::nullopt : std::optional(it->second.rva);
}

} // namespace poolscope::pdb
