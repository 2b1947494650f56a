#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// PDB shapes no tool on a Debian machine writes, built record by record from the format's
// description: Microsoft's newer structure records (LF_STRUCTURE2, LF_UNION2), unnamed
// members a producer did not flatten into their parent, field lists split by LF_INDEX,
// OMAP, and damaged files. The shapes lld-link writes come from lld-link (kernel_pdb.h).
namespace poolscope::testdata {

// The bytes of one record, little-endian.
class RecordBytes {
public:
    RecordBytes& u8(std::uint8_t v) { return raw(&v, 1); }
    RecordBytes& u16(std::uint16_t v) { return raw(&v, 2); }
    RecordBytes& u32(std::uint32_t v) { return raw(&v, 4); }
    // A numeric leaf: the value itself below 0x8000, else LF_USHORT, LF_ULONG or LF_UQUADWORD.
    RecordBytes& numeric(std::uint64_t v);
    RecordBytes& name(std::string_view text);
    // Pads with LF_PADn bytes until `before` bytes plus these are a multiple of four: 4 (the
    // record's length and kind) between the entries of a field list.
    RecordBytes& pad(std::size_t before = 4);
    RecordBytes& bytes(const std::vector<std::byte>& more);
    const std::vector<std::byte>& data() const { return m_data; }

private:
    RecordBytes& raw(const void* p, std::size_t n);
    std::vector<std::byte> m_data;
};

// A type stream: records numbered from 0x1000 in the order added.
class TypeStreamWriter {
public:
    std::uint32_t add(std::uint16_t kind, const RecordBytes& body);
    std::uint32_t next() const { return 0x1000 + static_cast<std::uint32_t>(m_records.size()); }
    std::vector<std::byte> stream() const; // the TPI header, then the records

private:
    std::vector<std::vector<std::byte>> m_records;
};

struct PdbStreams {
    std::vector<std::byte> types;   // stream 2
    std::vector<std::byte> symbols; // the symbol record stream, named by the DBI
    std::vector<std::byte> sectionHeaders;
    std::vector<std::byte> originalSectionHeaders; // with omap: the sections symbols address
    std::vector<std::byte> omapFromSource;
    std::string guid = "00112233445566778899AABBCCDDEEFF";
    std::uint32_t age = 1;
};

// The whole file: superblock, stream directory, information, type and DBI streams, and
// the streams the DBI names.
std::vector<std::byte> writePdb(const PdbStreams& streams);

// A section header (IMAGE_SECTION_HEADER) and a symbol record.
std::vector<std::byte> sectionHeader(std::string_view name, std::uint32_t virtualAddress, std::uint32_t size);
std::vector<std::byte> symbolRecord(std::uint16_t kind, std::uint32_t offset, std::uint16_t section,
                                    std::string_view name);

} // namespace poolscope::testdata
