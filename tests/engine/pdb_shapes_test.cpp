// What the format allows beyond what lld-link writes, built record by record: Microsoft's
// LF_STRUCTURE2 / LF_CLASS2 / LF_UNION2 (kernels since build 21286), unnamed members a
// producer did not flatten ("__unnamed_..." types behind a member without a name), field
// lists split by LF_INDEX, methods, static members and base classes among the members,
// offsets and sizes as LF_USHORT / LF_ULONG leaves, forward references told apart by
// unique name, OMAP; and records that loop or lie, which stop with a message, never hang.
#include "analysis/dump/pdb/global_symbols.h"
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "analysis/dump/pdb/pdb_streams.h"
#include "analysis/dump/pdb/type_table.h"
#include "tests/support/pdb_writer.h"

#include <gtest/gtest.h>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

// CodeView leaves and built-in types used below.
enum : std::uint16_t {
    LF_MODIFIER = 0x1001, LF_POINTER = 0x1002, LF_FIELDLIST = 0x1203, LF_BITFIELD = 0x1205, LF_BCLASS = 0x1400,
    LF_INDEX = 0x1404, LF_VFUNCTAB = 0x1409, LF_ARRAY = 0x1503, LF_CLASS = 0x1504, LF_STRUCTURE = 0x1505,
    LF_UNION = 0x1506, LF_ENUM = 0x1507, LF_MEMBER = 0x150d, LF_STMEMBER = 0x150e, LF_METHOD = 0x150f,
    LF_NESTTYPE = 0x1510, LF_ONEMETHOD = 0x1511, LF_CLASS2 = 0x1608, LF_STRUCTURE2 = 0x1609, LF_UNION2 = 0x160a,
};
constexpr std::uint32_t T_SHORT = 0x11, T_UCHAR = 0x20, T_ULONG = 0x22, T_UQUAD = 0x23, T_INT4 = 0x74,
                        T_64PVOID = 0x603;
constexpr std::uint32_t kForward = 0x80, kUnique = 0x200;

// Field list entries.
struct Fields {
    RecordBytes r;
    Fields& member(std::string_view name, std::uint32_t type, std::uint64_t offset)
    {
        r.u16(LF_MEMBER).u16(3).u32(type).numeric(offset).name(name).pad();
        return *this;
    }
    Fields& nested(std::uint32_t type, std::string_view name)
    {
        r.u16(LF_NESTTYPE).u16(0).u32(type).name(name).pad();
        return *this;
    }
    Fields& base(std::uint32_t type, std::uint64_t offset)
    {
        r.u16(LF_BCLASS).u16(3).u32(type).numeric(offset).pad();
        return *this;
    }
    Fields& introVirtual(std::uint32_t type, std::string_view name)
    {
        r.u16(LF_ONEMETHOD).u16(3 | (4 << 2)).u32(type).u32(0).name(name).pad(); // a vtable offset follows
        return *this;
    }
    Fields& method(std::uint32_t type, std::string_view name)
    {
        r.u16(LF_ONEMETHOD).u16(3).u32(type).name(name).pad();
        return *this;
    }
    Fields& overloads(std::uint32_t list, std::string_view name)
    {
        r.u16(LF_METHOD).u16(2).u32(list).name(name).pad();
        return *this;
    }
    Fields& staticMember(std::uint32_t type, std::string_view name)
    {
        r.u16(LF_STMEMBER).u16(3).u32(type).name(name).pad();
        return *this;
    }
    Fields& vtable(std::uint32_t type)
    {
        r.u16(LF_VFUNCTAB).u16(0).u32(type).pad();
        return *this;
    }
    Fields& continued(std::uint32_t list)
    {
        r.u16(LF_INDEX).u16(0).u32(list);
        return *this;
    }
    Fields& unknown(std::uint16_t kind)
    {
        r.u16(kind).u32(0);
        return *this;
    }
};

class Types {
public:
    std::uint32_t fields(const Fields& f) { return w.add(LF_FIELDLIST, f.r); }
    std::uint32_t structure2(std::uint32_t list, std::uint64_t size, std::string_view name, std::uint32_t property = 0,
                             std::string_view unique = {})
    {
        RecordBytes b;
        b.u32(property | (unique.empty() ? 0 : kUnique)).u32(list).u32(0).u32(0).numeric(3).numeric(size).name(name);
        if (!unique.empty())
            b.name(unique);
        return w.add(LF_STRUCTURE2, b);
    }
    std::uint32_t class2(std::uint32_t list, std::uint64_t size, std::string_view name, std::string_view unique)
    {
        RecordBytes b;
        b.u32(kUnique).u32(list).u32(0).u32(0).numeric(1).numeric(size).name(name).name(unique);
        return w.add(LF_CLASS2, b);
    }
    std::uint32_t union2(std::uint32_t list, std::uint64_t size, std::string_view name)
    {
        RecordBytes b;
        b.u32(0x08).u32(list).numeric(2).numeric(size).name(name); // nested
        return w.add(LF_UNION2, b);
    }
    std::uint32_t structure(std::uint16_t kind, std::uint32_t list, std::uint64_t size, std::string_view name,
                            std::uint16_t property = 0, std::string_view unique = {})
    {
        RecordBytes b;
        b.u16(2).u16(static_cast<std::uint16_t>(property | (unique.empty() ? 0 : kUnique))).u32(list);
        if (kind != LF_UNION)
            b.u32(0).u32(0);
        b.numeric(size).name(name);
        if (!unique.empty())
            b.name(unique);
        return w.add(kind, b);
    }
    std::uint32_t pointer(std::uint32_t to) { return w.add(LF_POINTER, RecordBytes().u32(to).u32(0x1000c)); }
    std::uint32_t modifier(std::uint32_t type) { return w.add(LF_MODIFIER, RecordBytes().u32(type).u16(2)); }
    std::uint32_t array(std::uint32_t element, std::uint64_t bytes)
    {
        return w.add(LF_ARRAY, RecordBytes().u32(element).u32(T_UQUAD).numeric(bytes).name(""));
    }
    std::uint32_t bitfield(std::uint32_t type, std::uint8_t length, std::uint8_t position)
    {
        return w.add(LF_BITFIELD, RecordBytes().u32(type).u8(length).u8(position));
    }
    std::uint32_t enumeration(std::uint32_t underlying, std::string_view name)
    {
        return w.add(LF_ENUM, RecordBytes().u16(0).u16(0).u32(underlying).u32(0).name(name));
    }
    TypeStreamWriter w;
};

pdb::TypeTable readTypes(const Types& t)
{
    PdbStreams streams;
    streams.types = t.w.stream();
    auto msf = pdb::MsfFile::fromBytes(writePdb(streams), "shapes.pdb");
    EXPECT_TRUE(msf.ok()) << msf.error().describe();
    auto table = pdb::TypeTable::read(*msf);
    EXPECT_TRUE(table.ok()) << table.error().describe();
    return std::move(table.value());
}

// The kernel structures the way Microsoft's newer PDBs write them.
Types microsoftShapes()
{
    Types t;
    // _LIST_ENTRY: a forward reference first, the definition after, both with a unique name.
    const std::uint32_t listForward = t.structure2(0, 0, "_LIST_ENTRY", kForward, ".?AU_LIST_ENTRY@@");
    const std::uint32_t listPointer = t.pointer(listForward);
    t.structure2(t.fields(Fields().member("Flink", listPointer, 0).member("Blink", listPointer, 8)), 16, "_LIST_ENTRY",
                 0, ".?AU_LIST_ENTRY@@");

    // _IRP.Tail.Overlay with an unnamed union kept as a member without a name.
    const std::uint32_t packetUnion =
        t.union2(t.fields(Fields().member("CurrentStackLocation", T_64PVOID, 0).member("PacketType", T_ULONG, 0)), 8,
                 "__unnamed_1f2e");
    const std::uint32_t overlay = t.structure2(t.fields(Fields()
                                                            .nested(packetUnion, "")
                                                            .member("Thread", T_64PVOID, 0x20)
                                                            .member("ListEntry", listForward, 0x30)
                                                            .member("", packetUnion, 0x40)
                                                            .member("OriginalFileObject", T_64PVOID, 0x48)),
                                               0x50, "__unnamed_1f30", 0x08);
    const std::uint32_t tail = t.union2(t.fields(Fields()
                                                     .member("Overlay", overlay, 0)
                                                     .member("Apc", t.array(T_UCHAR, 0x58), 0)
                                                     .member("CompletionKey", T_64PVOID, 0)),
                                        0x58, "__unnamed_1f31");
    // The field list in two records joined by LF_INDEX, with entries that are not data members.
    const std::uint32_t rest = t.fields(
        Fields().introVirtual(0, "Cancel").staticMember(T_ULONG, "IrpCount").vtable(0).member("Tail", tail, 0x78));
    t.structure(LF_STRUCTURE,
                t.fields(Fields().member("Type", T_SHORT, 0).method(0, "Complete").member("Flags", T_ULONG, 0x10).continued(rest)),
                0xd0, "_IRP");

    // A structure past 32 KB: offsets and the size as LF_USHORT and LF_ULONG leaves.
    t.structure2(t.fields(Fields().member("Near", T_ULONG, 0x10).member("Middle", T_ULONG, 0x9000).member("Far", T_UQUAD, 0x11000)),
                 0x12000, "_KPRCB");

    // _ETHREAD.Tcb through a volatile forward reference, resolved by unique name past an
    // earlier structure of the same name.
    t.structure2(t.fields(Fields().member("Decoy", T_UQUAD, 0)), 8, "_KTHREAD", 0, ".?AU_KTHREAD@decoy@@");
    const std::uint32_t kthreadForward = t.structure(LF_STRUCTURE, 0, 0, "_KTHREAD", kForward, ".?AU_KTHREAD@@");
    t.class2(t.fields(Fields().member("Tcb", t.modifier(kthreadForward), 0).member("Cid", T_UQUAD, 0x4c8)), 0x8f0,
             "_ETHREAD", ".?AV_ETHREAD@@");
    t.structure2(t.fields(Fields().member("State", T_UCHAR, 0x184).member("Process", T_64PVOID, 0x220)), 0x430,
                 "_KTHREAD", 0, ".?AU_KTHREAD@@");

    // Base classes: a member of the base is a member of the derived class.
    const std::uint32_t base = t.structure(LF_CLASS, t.fields(Fields().member("BaseField", T_ULONG, 4)), 8, "Base");
    t.structure(LF_CLASS, t.fields(Fields().vtable(0).base(base, 0x10).overloads(0, "Run").member("Own", T_ULONG, 0x18)),
                0x20, "Derived");

    // Counts through modifiers, an enum and a bitfield.
    t.structure2(t.fields(Fields()
                              .member("Key", t.enumeration(T_INT4, "_POOL_TAG_KIND"), 0)
                              .member("NonPagedAllocs", t.modifier(T_UQUAD), 8)
                              .member("PoolType", t.bitfield(T_ULONG, 12, 8), 0x10)),
                 0x18, "_POOL_TRACKER_TABLE");
    return t;
}

} // namespace

TEST(PdbShapes, MicrosoftsNewerRecordsAndUnflattenedUnnamedMembersAreRead)
{
    const pdb::TypeTable types = readTypes(microsoftShapes());
    EXPECT_EQ(types.offset("_IRP", "Flags"), 0x10u);
    EXPECT_EQ(types.offset("_IRP", "Tail.Overlay.Thread"), 0x98u);
    EXPECT_EQ(types.offset("_IRP", "Tail.Overlay.ListEntry"), 0xa8u);
    EXPECT_EQ(types.offset("_IRP", "Tail.Overlay.ListEntry.Blink"), 0xb0u); // through the forward reference
    EXPECT_EQ(types.offset("_IRP", "Tail.Overlay.CurrentStackLocation"), 0xb8u);
    EXPECT_EQ(types.offset("_IRP", "Tail.Overlay.PacketType"), 0xb8u);
    EXPECT_EQ(types.offset("_IRP", "Tail.Overlay.OriginalFileObject"), 0xc0u);
    EXPECT_FALSE(types.offset("_IRP", "IrpCount").has_value()); // static: not in the structure
    EXPECT_EQ(types.size("_IRP"), 0xd0u);
    EXPECT_EQ(types.size("_LIST_ENTRY"), 16u); // the definition, not the forward reference

    EXPECT_EQ(types.offset("_KPRCB", "Middle"), 0x9000u);
    EXPECT_EQ(types.offset("_KPRCB", "Far"), 0x11000u);
    EXPECT_EQ(types.size("_KPRCB"), 0x12000u);

    EXPECT_EQ(types.offset("_ETHREAD", "Tcb.State"), 0x184u);
    EXPECT_EQ(types.offset("_ETHREAD", "Tcb.Process"), 0x220u);
    EXPECT_EQ(types.offset("_ETHREAD", "Cid"), 0x4c8u);
    EXPECT_EQ(types.size("_ETHREAD"), 0x8f0u);

    EXPECT_EQ(types.offset("Derived", "BaseField"), 0x14u);
    EXPECT_EQ(types.offset("Derived", "Own"), 0x18u);

    EXPECT_EQ(types.baseSize("_POOL_TRACKER_TABLE", "NonPagedAllocs"), 8u);
    EXPECT_EQ(types.baseSize("_POOL_TRACKER_TABLE", "Key"), 4u);
    EXPECT_EQ(types.baseSize("_POOL_TRACKER_TABLE", "PoolType"), 4u);
    const auto poolType = types.bitfield("_POOL_TRACKER_TABLE", "PoolType");
    ASSERT_TRUE(poolType.has_value());
    EXPECT_EQ(poolType->offset, 0x10u);
    EXPECT_EQ(poolType->position, 8u);
    EXPECT_EQ(poolType->width, 12u);
    EXPECT_FALSE(types.damage().has_value()) << types.damage()->describe();
}

TEST(PdbShapes, GlobalsArePlacedThroughTheSectionHeadersAndOmap)
{
    PdbStreams streams;
    streams.types = Types().w.stream();
    const auto append = [](std::vector<std::byte>& to, const std::vector<std::byte>& more) {
        to.insert(to.end(), more.begin(), more.end());
    };
    append(streams.symbols, symbolRecord(0x110e, 0x10, 2, "ObHeaderCookie"));    // S_PUB32
    append(streams.symbols, symbolRecord(0x110d, 0x20, 2, "PsLoadedModuleList")); // S_GDATA32
    append(streams.symbols, symbolRecord(0x110c, 0x30, 1, "KiLocal"));            // S_LDATA32
    append(streams.symbols, symbolRecord(0x110e, 0x40, 9, "NoSuchSection"));
    append(streams.sectionHeaders, sectionHeader(".text", 0x1000, 0x1000));
    append(streams.sectionHeaders, sectionHeader(".data", 0x5000, 0x1000));

    auto msf = pdb::MsfFile::fromBytes(writePdb(streams), "globals.pdb");
    ASSERT_TRUE(msf.ok()) << msf.error().describe();
    auto globals = pdb::GlobalSymbols::read(*msf, *pdb::readDebugInfo(*msf));
    ASSERT_TRUE(globals.ok()) << globals.error().describe();
    EXPECT_EQ(globals->rva("ObHeaderCookie"), 0x5010u);
    EXPECT_EQ(globals->rva("PsLoadedModuleList"), 0x5020u);
    EXPECT_EQ(globals->rva("KiLocal"), 0x1030u);
    EXPECT_FALSE(globals->rva("NoSuchSection").has_value());
    EXPECT_EQ(globals->unplaced(), 1u);

    // An image rearranged after linking: symbols address the original sections, OMAP maps
    // their RVAs to the image's; a range mapped to 0 was dropped.
    streams.originalSectionHeaders = streams.sectionHeaders;
    streams.sectionHeaders = sectionHeader(".text", 0x1000, 0x9000);
    RecordBytes omap;
    omap.u32(0x1000).u32(0x1000).u32(0x5000).u32(0x9000).u32(0x5018).u32(0).u32(0x5020).u32(0x9400);
    streams.omapFromSource = omap.data();
    auto moved = pdb::MsfFile::fromBytes(writePdb(streams), "omap.pdb");
    ASSERT_TRUE(moved.ok());
    auto mapped = pdb::GlobalSymbols::read(*moved, *pdb::readDebugInfo(*moved));
    ASSERT_TRUE(mapped.ok()) << mapped.error().describe();
    EXPECT_EQ(mapped->rva("ObHeaderCookie"), 0x9010u);
    EXPECT_EQ(mapped->rva("PsLoadedModuleList"), 0x9400u);
    EXPECT_EQ(mapped->rva("KiLocal"), 0x1030u);
}

TEST(PdbShapes, RecordsThatLoopOrLieStopWithAMessage)
{
    Types t;
    // Two field lists continuing into each other.
    const std::uint32_t first = t.w.next();
    t.fields(Fields().member("X", T_ULONG, 0).continued(first + 1));
    t.fields(Fields().member("Y", T_ULONG, 4).continued(first));
    t.structure2(first, 8, "Loop");
    // Unnamed members whose types contain each other.
    const std::uint32_t a = t.w.next();
    t.structure2(t.fields(Fields().member("", a + 3, 0)), 8, "<unnamed-tag>"); // a + 1
    t.structure2(t.fields(Fields().member("", a + 1, 0)), 8, "<unnamed-tag>"); // a + 3
    t.structure2(t.fields(Fields().member("", a + 1, 0).member("", a + 3, 0)), 8, "Knot");
    // A forward reference to nothing, a member of a type past the stream, an unknown entry.
    const std::uint32_t nowhere = t.structure2(0, 0, "_NOWHERE", kForward);
    t.structure2(t.fields(Fields().member("Lost", nowhere, 0).member("Past", 0x7fffff, 8)), 16, "Strays");
    t.structure2(t.fields(Fields().member("Before", T_ULONG, 0).unknown(0x1234).member("After", T_ULONG, 4)), 8, "Odd");

    const pdb::TypeTable types = readTypes(t);
    EXPECT_EQ(types.offset("Loop", "Y"), 4u);
    EXPECT_FALSE(types.offset("Knot", "Nothing").has_value()); // bounded, not endless
    EXPECT_FALSE(types.offset("Strays", "Lost.Flink").has_value());
    EXPECT_FALSE(types.offset("Strays", "Past.Flink").has_value());
    EXPECT_FALSE(types.damage().has_value());

    EXPECT_FALSE(types.offset("Loop", "Missing").has_value());
    ASSERT_TRUE(types.damage().has_value());
    EXPECT_NE(types.damage()->message.find("field list continuations go on past 4096 records (a cycle?)"),
              std::string::npos)
        << types.damage()->message;

    const pdb::TypeTable odd = readTypes(t);
    EXPECT_EQ(odd.offset("Odd", "Before"), 0u); // found before the unknown entry
    EXPECT_FALSE(odd.offset("Odd", "After").has_value());
    ASSERT_TRUE(odd.damage().has_value());
    EXPECT_NE(odd.damage()->message.find("holds an entry of unknown kind 0x1234"), std::string::npos)
        << odd.damage()->message;
    EXPECT_NE(odd.damage()->message.find("the type stream (TPI) (stream 2) is damaged at its offset"), std::string::npos);
    EXPECT_NE(odd.damage()->offset, 0u); // the byte's place in the file
}

TEST(PdbShapes, ADamagedRecordTheLayoutNeedsMakesTheWholePdbAnError)
{
    Types t;
    t.structure2(t.fields(Fields().member("ActiveProcessLinks", T_UQUAD, 0x448).unknown(0x1234)), 0xa40, "_EPROCESS");
    PdbStreams streams;
    streams.types = t.w.stream();
    auto msf = pdb::MsfFile::fromBytes(writePdb(streams), "kernel.pdb");
    ASSERT_TRUE(msf.ok());
    auto layout = loadPdbLayout(*msf);
    ASSERT_FALSE(layout.ok());
    EXPECT_NE(layout.error().message.find("the type stream (TPI) (stream 2) is damaged at its offset"), std::string::npos)
        << layout.error().message;
    EXPECT_EQ(layout.error().file, "kernel.pdb");

    // Without the damage, what is missing is named.
    Types whole;
    whole.structure2(whole.fields(Fields().member("ActiveProcessLinks", T_UQUAD, 0x448)), 0xa40, "_EPROCESS");
    streams.types = whole.w.stream();
    auto plain = loadPdbLayout(*pdb::MsfFile::fromBytes(writePdb(streams), "kernel.pdb"));
    ASSERT_FALSE(plain.ok());
    EXPECT_NE(plain.error().message.find("has no _EPROCESS.UniqueProcessId, which the walks need (1 types defined)"),
              std::string::npos)
        << plain.error().message;
}
