#include "pdb_writer.h"

#include <cstring>
#include <stdexcept>

namespace poolscope::testdata {

namespace {

constexpr std::uint32_t kBlock = 512;
constexpr std::uint16_t kNone = 0xffff;

void put32(std::vector<std::byte>& out, std::size_t at, std::uint32_t v) { std::memcpy(out.data() + at, &v, 4); }

std::vector<std::byte> infoStream(const std::string& guid, std::uint32_t age)
{
    if (guid.size() != 32)
        throw std::invalid_argument("a PDB GUID has 32 hex digits");
    RecordBytes info;
    info.u32(20000404).u32(0x5f000000).u32(age);
    info.u32(static_cast<std::uint32_t>(std::stoul(guid.substr(0, 8), nullptr, 16)));
    info.u16(static_cast<std::uint16_t>(std::stoul(guid.substr(8, 4), nullptr, 16)));
    info.u16(static_cast<std::uint16_t>(std::stoul(guid.substr(12, 4), nullptr, 16)));
    for (std::size_t i = 16; i < 32; i += 2)
        info.u8(static_cast<std::uint8_t>(std::stoul(guid.substr(i, 2), nullptr, 16)));
    info.u32(0).u32(0).u32(1).u32(0).u32(0); // an empty named stream map
    return info.data();
}

std::vector<std::byte> debugInfoStream(std::uint32_t age, std::uint16_t symbols, std::uint16_t sections,
                                       std::uint16_t original, std::uint16_t omap)
{
    RecordBytes dbi;
    dbi.u32(0xffffffff).u32(19990903).u32(age);
    dbi.u16(kNone).u16(0x8e1d).u16(kNone).u16(0).u16(symbols).u16(0);
    for (int i = 0; i < 6; ++i) // modules .. type servers, the MFC type server
        dbi.u32(0);
    dbi.u32(11 * 2).u32(0); // the optional debug header, the EC substream
    dbi.u16(0).u16(0x8664).u32(0);
    for (std::uint16_t entry = 0; entry < 11; ++entry)
        dbi.u16(entry == 4 ? omap : entry == 5 ? sections : entry == 10 ? original : kNone);
    return dbi.data();
}

} // namespace

RecordBytes& RecordBytes::raw(const void* p, std::size_t n)
{
    const auto* b = static_cast<const std::byte*>(p);
    m_data.insert(m_data.end(), b, b + n);
    return *this;
}

RecordBytes& RecordBytes::numeric(std::uint64_t v)
{
    if (v < 0x8000)
        return u16(static_cast<std::uint16_t>(v));
    if (v <= 0xffff)
        return u16(0x8002).u16(static_cast<std::uint16_t>(v));
    if (v <= 0xffffffff)
        return u16(0x8004).u32(static_cast<std::uint32_t>(v));
    u16(0x800a);
    return raw(&v, 8);
}

RecordBytes& RecordBytes::name(std::string_view text)
{
    raw(text.data(), text.size());
    return u8(0);
}

RecordBytes& RecordBytes::pad(std::size_t before)
{
    while ((m_data.size() + before) % 4 != 0)
        u8(static_cast<std::uint8_t>(0xf0 + (4 - (m_data.size() + before) % 4)));
    return *this;
}

RecordBytes& RecordBytes::bytes(const std::vector<std::byte>& more) { return raw(more.data(), more.size()); }

std::uint32_t TypeStreamWriter::add(std::uint16_t kind, const RecordBytes& body)
{
    RecordBytes record;
    record.u16(kind).bytes(body.data()).pad(2); // after the record's length
    RecordBytes whole;
    whole.u16(static_cast<std::uint16_t>(record.data().size())).bytes(record.data());
    m_records.push_back(whole.data());
    return next() - 1;
}

std::vector<std::byte> TypeStreamWriter::stream() const
{
    std::vector<std::byte> records;
    for (const auto& r : m_records)
        records.insert(records.end(), r.begin(), r.end());
    RecordBytes header;
    header.u32(20040203).u32(56).u32(0x1000).u32(next()).u32(static_cast<std::uint32_t>(records.size()));
    header.u16(kNone).u16(kNone).u32(4).u32(0x3ffff);
    for (int i = 0; i < 6; ++i)
        header.u32(0);
    header.bytes(records);
    return header.data();
}

std::vector<std::byte> sectionHeader(std::string_view name, std::uint32_t virtualAddress, std::uint32_t size)
{
    std::vector<std::byte> out(40);
    std::memcpy(out.data(), name.data(), std::min<std::size_t>(name.size(), 8));
    put32(out, 8, size);
    put32(out, 12, virtualAddress);
    put32(out, 36, 0xc0000040);
    return out;
}

std::vector<std::byte> symbolRecord(std::uint16_t kind, std::uint32_t offset, std::uint16_t section,
                                    std::string_view name)
{
    RecordBytes body;
    body.u16(kind).u32(0).u32(offset).u16(section).name(name);
    while ((body.data().size() + 2) % 4 != 0)
        body.u8(0);
    RecordBytes record;
    record.u16(static_cast<std::uint16_t>(body.data().size())).bytes(body.data());
    return record.data();
}

std::vector<std::byte> writePdb(const PdbStreams& s)
{
    std::vector<std::vector<std::byte>> streams(5);
    streams[1] = infoStream(s.guid, s.age);
    streams[2] = s.types;
    const auto named = [&](const std::vector<std::byte>& bytes) -> std::uint16_t {
        if (bytes.empty())
            return kNone;
        streams.push_back(bytes);
        return static_cast<std::uint16_t>(streams.size() - 1);
    };
    const std::uint16_t symbols = named(s.symbols);
    const std::uint16_t sections = named(s.sectionHeaders);
    const std::uint16_t original = named(s.originalSectionHeaders);
    const std::uint16_t omap = named(s.omapFromSource);
    streams[3] = debugInfoStream(s.age, symbols, sections, original, omap);

    // Blocks: the superblock, two free block maps, the streams, the directory, its map.
    std::vector<std::byte> file(3 * kBlock);
    RecordBytes directory;
    directory.u32(static_cast<std::uint32_t>(streams.size()));
    for (const auto& stream : streams)
        directory.u32(static_cast<std::uint32_t>(stream.size()));
    const auto place = [&](const std::vector<std::byte>& bytes) {
        std::vector<std::uint32_t> blocks;
        for (std::size_t at = 0; at < bytes.size(); at += kBlock) {
            blocks.push_back(static_cast<std::uint32_t>(file.size() / kBlock));
            std::vector<std::byte> block(kBlock);
            std::memcpy(block.data(), bytes.data() + at, std::min<std::size_t>(kBlock, bytes.size() - at));
            file.insert(file.end(), block.begin(), block.end());
        }
        return blocks;
    };
    for (const auto& stream : streams)
        for (const std::uint32_t block : place(stream))
            directory.u32(block);
    RecordBytes map;
    for (const std::uint32_t block : place(directory.data()))
        map.u32(block);
    const std::uint32_t mapBlock = place(map.data()).front();

    const char magic[] = "Microsoft C/C++ MSF 7.00\r\n\x1a" "DS\0\0";
    std::memcpy(file.data(), magic, sizeof magic);
    put32(file, 0x20, kBlock);
    put32(file, 0x24, 1);
    put32(file, 0x28, static_cast<std::uint32_t>(file.size() / kBlock));
    put32(file, 0x2c, static_cast<std::uint32_t>(directory.data().size()));
    put32(file, 0x34, mapBlock);
    return file;
}

} // namespace poolscope::testdata
