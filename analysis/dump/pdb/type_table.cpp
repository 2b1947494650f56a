#include "type_table.h"

#include "analysis/dump/pdb/byte_reader.h"

#include <fmt/format.h>

#include <limits>

namespace poolscope::pdb {

namespace {

constexpr std::string_view kTypes = "the type stream (TPI)";

// Type record kinds (CodeView leaves) this reader follows.
enum Leaf : std::uint16_t {
    LF_MODIFIER = 0x1001,
    LF_POINTER = 0x1002,
    LF_FIELDLIST = 0x1203,
    LF_BITFIELD = 0x1205,
    LF_BCLASS = 0x1400,
    LF_VBCLASS = 0x1401,
    LF_IVBCLASS = 0x1402,
    LF_INDEX = 0x1404,
    LF_VFUNCTAB = 0x1409,
    LF_FRIENDCLS = 0x140b,
    LF_VFUNCOFF = 0x140c,
    LF_ENUMERATE = 0x1502,
    LF_ARRAY = 0x1503,
    LF_CLASS = 0x1504,
    LF_STRUCTURE = 0x1505,
    LF_UNION = 0x1506,
    LF_ENUM = 0x1507,
    LF_FRIENDFCN = 0x150c,
    LF_MEMBER = 0x150d,
    LF_STMEMBER = 0x150e,
    LF_METHOD = 0x150f,
    LF_NESTTYPE = 0x1510,
    LF_ONEMETHOD = 0x1511,
    LF_NESTTYPEEX = 0x1512,
    LF_MEMBERMODIFY = 0x1513,
    LF_INTERFACE = 0x1519,
    LF_BINTERFACE = 0x151a,
    // Since Visual Studio 2019 16.8 (Windows kernels from build 21286 on): a 32-bit
    // property field and the member count as a numeric leaf.
    LF_CLASS2 = 0x1608,
    LF_STRUCTURE2 = 0x1609,
    LF_UNION2 = 0x160a,
    LF_INTERFACE2 = 0x160b,
};

constexpr std::uint32_t kForwardReference = 0x80;
constexpr std::uint32_t kHasUniqueName = 0x200;

constexpr std::size_t kTpiHeaderSize = 56;
// Bounds on walks the records steer: chains of modifiers and arrays, field list
// continuations, and unnamed members nested in unnamed members. Real kernels need a few of
// each; a damaged or hostile file must not loop.
constexpr int kMaxChain = 32;
constexpr int kMaxContinuations = 4096;
constexpr int kMaxNesting = 16;
constexpr int kMaxLookedThrough = 4096; // structures searched for one member name

bool isClass(std::uint16_t kind)
{
    switch (kind) {
    case LF_CLASS: case LF_STRUCTURE: case LF_INTERFACE: case LF_UNION:
    case LF_CLASS2: case LF_STRUCTURE2: case LF_INTERFACE2: case LF_UNION2:
        return true;
    default:
        return false;
    }
}

// Names compilers give unnamed types: "<unnamed-tag>" and "<anonymous-tag>" (MSVC, clang),
// "__unnamed..." (older tools), possibly scoped ("_IRP::<unnamed-tag>"). Such a name says
// nothing about which definition is meant.
bool unnamedType(std::string_view name)
{
    const auto scope = name.rfind("::");
    const std::string_view last = scope == std::string_view::npos ? name : name.substr(scope + 2);
    return last.empty() || last.front() == '<' || last.starts_with("__unnamed");
}

// A member without a name of its own (an anonymous union or struct the producer did not
// flatten into its parent): its members are the parent's, as the compiler sees them.
bool unnamedMember(std::string_view name) { return name.empty() || name.front() == '<' || name.starts_with("__unnamed"); }

// Sizes of the built-in types (type indexes below 0x1000: a mode in bits 8-11, a kind in
// the low byte).
std::optional<std::uint64_t> primitiveSize(std::uint32_t type)
{
    switch ((type >> 8) & 0xf) {
    case 0: break;
    case 1: return 2;  // 16-bit near pointer
    case 2: case 3: case 4: return 4; // 16:16 far and huge, 32-bit near
    case 5: return 6;  // 16:32 far
    case 6: return 8;  // 64-bit
    case 7: return 16; // 128-bit
    default: return std::nullopt;
    }
    switch (type & 0xff) {
    case 0x10: case 0x20: case 0x30: case 0x68: case 0x69: case 0x70: case 0x7c: return 1;
    case 0x11: case 0x21: case 0x31: case 0x46: case 0x71: case 0x72: case 0x73: case 0x7a: return 2;
    case 0x08: case 0x12: case 0x22: case 0x32: case 0x40: case 0x45: case 0x74: case 0x75: case 0x7b: return 4;
    case 0x13: case 0x23: case 0x33: case 0x41: case 0x76: case 0x77: return 8;
    case 0x44: return 6;
    case 0x42: return 10;
    case 0x14: case 0x24: case 0x43: case 0x78: case 0x79: return 16;
    default: return std::nullopt; // void, no type, and kinds without a size
    }
}

// Padding between field list entries: bytes 0xf0..0xff, the low nibble saying how many to skip.
void skipPadding(ByteReader& in)
{
    while (!in.atEnd() && in.peekU8() >= 0xf0)
        in.skip(std::max<std::size_t>(in.peekU8() & 0x0f, 1));
}

} // namespace

Result<TypeTable> TypeTable::read(const MsfFile& msf)
{
    TypeTable table(msf);
    if (msf.streamSize(kTypeStream) == 0)
        return table;
    auto bytes = msf.stream(kTypeStream, kTypes);
    if (!bytes)
        return bytes.error();
    table.m_bytes = std::move(bytes.value());
    const auto damaged = [&](std::uint64_t offset, std::string message) {
        return msf.error(kTypeStream, kTypes, offset, message);
    };
    ByteReader header(table.m_bytes);
    header.u32(); // version
    const std::uint32_t headerSize = header.u32();
    const std::uint32_t first = header.u32();
    const std::uint32_t end = header.u32();
    const std::uint32_t recordBytes = header.u32();
    if (header.failed() || headerSize < kTpiHeaderSize || headerSize > table.m_bytes.size())
        return damaged(0, fmt::format("its header ({} bytes) does not fit the stream's {} bytes", headerSize,
                                      table.m_bytes.size()));
    if (first < 0x1000 || end < first || std::uint64_t{headerSize} + recordBytes > table.m_bytes.size())
        return damaged(4, fmt::format("its header names types {:#x} to {:#x} in {} bytes of records, which the "
                                      "stream's {} bytes cannot hold",
                                      first, end, recordBytes, table.m_bytes.size()));
    table.m_first = first;
    const std::size_t stop = std::size_t{headerSize} + recordBytes;
    table.m_records.reserve(std::min<std::size_t>(end - first, recordBytes / 4));
    ByteReader in{std::span(table.m_bytes).first(stop), headerSize};
    while (!in.atEnd()) {
        const std::size_t at = in.offset();
        const std::uint16_t length = in.u16();
        if (length < 2 || length > in.remaining())
            return damaged(at, fmt::format("type record {:#x} claims {} bytes where {} remain", first + table.m_records.size(),
                                           length, in.remaining()));
        table.m_records.push_back(static_cast<std::uint32_t>(at));
        in.skip(length);
    }
    if (table.m_records.size() != end - first)
        return damaged(stop, fmt::format("its header counts {} type records, its bytes hold {}", end - first,
                                         table.m_records.size()));

    // Definitions by name. The first of several wins: one kernel PDB names each structure once.
    for (std::uint32_t type = first; type < end; ++type) {
        const auto r = table.record(type);
        if (!r || !isClass(r->kind))
            continue;
        const auto c = table.classRecord(*r);
        if (!c)
            return *table.m_damage;
        if (c->property & kForwardReference)
            continue;
        if (!unnamedType(c->name))
            table.m_byName.emplace(c->name, type);
        if (!c->uniqueName.empty())
            table.m_byUniqueName.emplace(c->uniqueName, type);
    }
    return table;
}

void TypeTable::damaged(std::size_t offset, std::string_view message) const
{
    if (!m_damage)
        m_damage = m_msf.error(kTypeStream, kTypes, offset, message);
}

std::optional<TypeTable::Record> TypeTable::record(std::uint32_t type) const
{
    if (type < m_first || type - m_first >= m_records.size())
        return std::nullopt;
    const std::size_t at = m_records[type - m_first];
    ByteReader in(m_bytes, at);
    const std::uint16_t length = in.u16();
    const std::uint16_t kind = in.u16();
    // Lengths were checked when the records were listed.
    return Record{kind, std::span(m_bytes).subspan(at + 4, length - 2u), at};
}

std::optional<TypeTable::ClassRecord> TypeTable::classRecord(const Record& r) const
{
    ByteReader in(r.data);
    ClassRecord c;
    std::optional<std::uint64_t> size;
    switch (r.kind) {
    case LF_CLASS: case LF_STRUCTURE: case LF_INTERFACE:
        in.u16(); // member count
        c.property = in.u16();
        c.fieldList = in.u32();
        in.skip(8); // derived-from list, vtable shape
        size = in.numeric();
        break;
    case LF_UNION:
        in.u16();
        c.property = in.u16();
        c.fieldList = in.u32();
        size = in.numeric();
        break;
    case LF_CLASS2: case LF_STRUCTURE2: case LF_INTERFACE2:
        c.property = in.u32();
        c.fieldList = in.u32();
        in.skip(8);
        in.numeric(); // member count
        size = in.numeric();
        break;
    case LF_UNION2:
        c.property = in.u32();
        c.fieldList = in.u32();
        in.numeric();
        size = in.numeric();
        break;
    default:
        return std::nullopt;
    }
    c.name = in.cstring();
    if (c.property & kHasUniqueName)
        c.uniqueName = in.cstring();
    if (in.failed() || !size) {
        damaged(r.offset, fmt::format("a structure record (kind {:#x}) ends before its size and name", r.kind));
        return std::nullopt;
    }
    c.size = *size;
    return c;
}

std::uint32_t TypeTable::stripModifiers(std::uint32_t type) const
{
    for (int hop = 0; hop < kMaxChain; ++hop) {
        const auto r = record(type);
        if (!r || r->kind != LF_MODIFIER)
            return type;
        ByteReader in(r->data);
        type = in.u32();
    }
    return type;
}

std::optional<std::uint32_t> TypeTable::definition(std::uint32_t type) const
{
    type = stripModifiers(type);
    const auto r = record(type);
    if (!r || !isClass(r->kind))
        return std::nullopt;
    const auto c = classRecord(*r);
    if (!c)
        return std::nullopt;
    if (!(c->property & kForwardReference))
        return type;
    if (!c->uniqueName.empty()) {
        if (const auto it = m_byUniqueName.find(c->uniqueName); it != m_byUniqueName.end())
            return it->second;
    }
    if (unnamedType(c->name))
        return std::nullopt;
    const auto it = m_byName.find(c->name);
    return it == m_byName.end() ? std::nullopt : std::optional(it->second);
}

std::optional<std::uint32_t> TypeTable::named(std::string_view name) const
{
    const auto it = m_byName.find(name);
    return it == m_byName.end() ? std::nullopt : std::optional(it->second);
}

// Calls visit(kind, name, type, offset) for each data member and base class of a field
// list, following LF_INDEX continuations; visit returns true to stop. False when a record
// was damaged (and said so).
template <typename Visit>
bool TypeTable::forEachField(std::uint32_t fieldList, Visit&& visit) const
{
    if (fieldList == 0) // a structure without members
        return true;
    for (int hop = 0; hop < kMaxContinuations; ++hop) {
        const auto r = record(fieldList);
        if (!r || r->kind != LF_FIELDLIST) {
            damaged(r ? r->offset : 0, fmt::format("type {:#x} is named as a field list but is not one", fieldList));
            return false;
        }
        ByteReader in(r->data);
        std::optional<std::uint32_t> next;
        while (!in.atEnd() && !next) {
            const std::size_t at = in.offset();
            const std::uint16_t leaf = in.u16();
            switch (leaf) {
            case LF_MEMBER: {
                in.u16();
                const std::uint32_t type = in.u32();
                const auto offset = in.numeric();
                const std::string_view name = in.cstring();
                if (!in.failed() && offset && visit(LF_MEMBER, name, type, *offset))
                    return true;
                break;
            }
            case LF_BCLASS: case LF_BINTERFACE: {
                in.u16();
                const std::uint32_t type = in.u32();
                const auto offset = in.numeric();
                if (!in.failed() && offset && visit(LF_BCLASS, std::string_view(), type, *offset))
                    return true;
                break;
            }
            case LF_VBCLASS: case LF_IVBCLASS:
                in.skip(10);
                in.numeric();
                in.numeric();
                break;
            case LF_INDEX:
                in.u16();
                next = in.u32();
                break;
            case LF_VFUNCTAB: case LF_FRIENDCLS:
                in.skip(6);
                break;
            case LF_VFUNCOFF:
                in.skip(10);
                break;
            case LF_ENUMERATE:
                in.u16();
                in.numeric();
                in.cstring();
                break;
            case LF_FRIENDFCN: case LF_STMEMBER: case LF_METHOD: case LF_NESTTYPE: case LF_NESTTYPEEX:
            case LF_MEMBERMODIFY:
                in.skip(6);
                in.cstring();
                break;
            case LF_ONEMETHOD: {
                const std::uint16_t attributes = in.u16();
                in.u32();
                const unsigned property = (attributes >> 2) & 7;
                if (property == 4 || property == 6) // introducing virtual: a vtable offset follows
                    in.u32();
                in.cstring();
                break;
            }
            default:
                damaged(r->offset + 4 + at, fmt::format("field list {:#x} holds an entry of unknown kind {:#x}; its "
                                                        "length, and so the entries after it, cannot be known",
                                                        fieldList, leaf));
                return false;
            }
            if (in.failed()) {
                damaged(r->offset + 4 + at, fmt::format("an entry (kind {:#x}) of field list {:#x} runs past the "
                                                        "record's end",
                                                        leaf, fieldList));
                return false;
            }
            skipPadding(in);
        }
        if (!next)
            return true;
        fieldList = *next;
    }
    damaged(0, fmt::format("field list continuations go on past {} records (a cycle?)", kMaxContinuations));
    return false;
}

std::optional<TypeTable::Member> TypeTable::member(std::uint32_t owner, std::string_view name, int depth,
                                                   int& budget) const
{
    if (depth > kMaxNesting || --budget < 0)
        return std::nullopt;
    const auto r = record(owner);
    const auto c = r ? classRecord(*r) : std::nullopt;
    if (!c)
        return std::nullopt;
    std::optional<Member> found;
    std::vector<Member> unnamed; // looked through when no member has the name
    forEachField(c->fieldList, [&](std::uint16_t kind, std::string_view memberName, std::uint32_t type,
                                   std::uint64_t offset) {
        if (kind == LF_MEMBER && memberName == name) {
            found = Member{offset, type};
            return true;
        }
        if (kind == LF_BCLASS || unnamedMember(memberName))
            unnamed.push_back(Member{offset, type});
        return false;
    });
    if (found)
        return found;
    for (const Member& outer : unnamed) {
        const auto inner = definition(outer.type);
        if (!inner || *inner == owner)
            continue;
        if (const auto m = member(*inner, name, depth + 1, budget))
            return Member{outer.offset + m->offset, m->type};
    }
    return std::nullopt;
}

std::optional<TypeTable::Member> TypeTable::walk(std::string_view type, std::string_view path) const
{
    auto current = named(type);
    Member total;
    for (int hop = 0; current && hop < kMaxChain; ++hop) {
        const auto dot = path.find('.');
        int budget = kMaxLookedThrough;
        const auto m = member(*current, path.substr(0, dot), 0, budget);
        if (!m)
            return std::nullopt;
        total.offset += m->offset;
        total.type = m->type;
        if (dot == std::string_view::npos)
            return total.offset <= std::numeric_limits<std::uint32_t>::max() ? std::optional(total) : std::nullopt;
        path.remove_prefix(dot + 1);
        // Into the element type of an array member, as for its first element.
        std::uint32_t next = stripModifiers(m->type);
        for (int step = 0; step < kMaxChain; ++step) {
            const auto r = record(next);
            if (!r || r->kind != LF_ARRAY)
                break;
            next = stripModifiers(ByteReader(r->data).u32());
        }
        current = definition(next);
    }
    return std::nullopt;
}

std::optional<std::uint64_t> TypeTable::typeSize(std::uint32_t type) const
{
    for (int hop = 0; hop < kMaxChain; ++hop) {
        if (type < m_first)
            return primitiveSize(type);
        const auto r = record(type);
        if (!r)
            return std::nullopt;
        ByteReader in(r->data);
        switch (r->kind) {
        case LF_MODIFIER:
            type = in.u32();
            continue;
        case LF_BITFIELD:
            type = in.u32();
            continue;
        case LF_ENUM:
            in.skip(4);
            type = in.u32(); // the underlying type
            continue;
        case LF_POINTER: {
            in.u32();
            const std::uint32_t attributes = in.u32();
            if (const std::uint32_t bytes = (attributes >> 13) & 0x3f)
                return bytes;
            return (attributes & 0x1f) == 0x0c ? 8 : 4; // 64-bit, else 32-bit
        }
        case LF_ARRAY:
            in.skip(8);
            return in.numeric();
        default:
            if (const auto d = definition(type)) {
                const auto c = classRecord(*record(*d));
                return c ? std::optional(c->size) : std::nullopt;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<std::uint32_t> TypeTable::offset(std::string_view type, std::string_view path) const
{
    const auto m = walk(type, path);
    return m ? std::optional(static_cast<std::uint32_t>(m->offset)) : std::nullopt;
}

std::optional<std::uint32_t> TypeTable::size(std::string_view type) const
{
    const auto d = named(type);
    const auto c = d ? classRecord(*record(*d)) : std::nullopt;
    if (!c || c->size > std::numeric_limits<std::uint32_t>::max())
        return std::nullopt;
    return static_cast<std::uint32_t>(c->size);
}

std::optional<std::uint32_t> TypeTable::baseSize(std::string_view type, std::string_view member) const
{
    const auto m = walk(type, member);
    const auto bytes = m ? typeSize(m->type) : std::nullopt;
    const auto r = m ? record(stripModifiers(m->type)) : std::nullopt;
    // A structure or an array is not a base type.
    if (!bytes || *bytes > 16 || (r && (isClass(r->kind) || r->kind == LF_ARRAY)))
        return std::nullopt;
    return static_cast<std::uint32_t>(*bytes);
}

std::optional<KernelBitfield> TypeTable::bitfield(std::string_view type, std::string_view path) const
{
    const auto m = walk(type, path);
    const auto r = m ? record(stripModifiers(m->type)) : std::nullopt;
    if (!r || r->kind != LF_BITFIELD)
        return std::nullopt;
    ByteReader in(r->data);
    in.u32();
    const std::uint8_t width = in.u8();
    const std::uint8_t position = in.u8();
    if (in.failed())
        return std::nullopt;
    return KernelBitfield{static_cast<std::uint32_t>(m->offset), position, width};
}

} // namespace poolscope::pdb
