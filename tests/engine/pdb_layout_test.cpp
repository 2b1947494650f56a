// Kernel PDBs made by a real compiler and linker (clang for x86_64-pc-windows-msvc, lld-link)
// from a structure layout, read back: every offset the walks use comes out as it went in,
// through the unnamed unions and structs, bitfields and forward references the compiler
// writes; the globals land where llvm-pdbutil says they do; a PDB of another kernel, of
// another age, without types, or damaged, is refused with a message that says so.
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/dump/pdb/pdb_layout.h"
#include "analysis/dump/pdb/type_table.h"
#include "tests/support/kernel_pdb.h"
#include "tests/support/layout_fields.h"
#include "tests/support/program_run.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string_view>

using namespace poolscope;
using namespace poolscope::testdata;
namespace fs = std::filesystem;

namespace {

class PdbLayoutTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("poolscope-pdb-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    // A PDB made once per name for the whole suite.
    static const KernelPdb& pdb(const std::string& name, const KernelPdbSpec& spec)
    {
        static std::map<std::string, KernelPdb> made;
        if (!made.contains(name))
            made.emplace(name, buildKernelPdb(spec, s_dir / name));
        return made.at(name);
    }
    static KernelPdbSpec spec(const KernelLayout& layout)
    {
        KernelPdbSpec s;
        s.layout = layout;
        return s;
    }
    static const KernelPdb& shifted() { return pdb("shifted", spec(shiftedLayout(26999))); }

    static std::vector<std::byte> bytes(const fs::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        std::vector<char> raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::vector<std::byte> out(raw.size());
        std::memcpy(out.data(), raw.data(), raw.size());
        return out;
    }
    static Result<KernelLayout> loadBytes(std::vector<std::byte> data, const std::optional<pdb::PdbIdentity>& expected = {})
    {
        auto msf = pdb::MsfFile::fromBytes(std::move(data), "damaged.pdb");
        if (!msf)
            return msf.error();
        return loadPdbLayout(*msf, expected);
    }

    static inline fs::path s_dir;
};

void expectSameOffsets(const KernelLayout& read, const KernelLayout& made)
{
    const auto got = layoutOffsets(read);
    const auto want = layoutOffsets(made);
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        EXPECT_EQ(got[i].second, want[i].second) << got[i].first;
}

// What LLVM's own PDB reader says: the identity, and each public symbol's RVA.
struct LlvmView {
    std::string guid;
    std::uint32_t age = 0;
    std::map<std::string, std::uint64_t> publics;
};

LlvmView llvmView(const fs::path& pdb)
{
    const ProgramRun run = runProgram(POOLSCOPE_LLVM_PDBUTIL,
                                      {"dump", "-summary", "-publics", "-section-headers", pdb.string()},
                                      pdb.parent_path());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    LlvmView view;
    std::smatch m;
    std::map<int, std::uint64_t> sections;
    std::vector<std::pair<std::string, std::pair<int, std::uint64_t>>> symbols;
    std::istringstream in(run.out);
    std::string line, pending;
    int section = 0;
    while (std::getline(in, line)) {
        if (std::regex_search(line, m, std::regex(R"(GUID: \{([0-9A-F-]+)\})"))) {
            view.guid = std::regex_replace(m[1].str(), std::regex("-"), "");
        } else if (std::regex_search(line, m, std::regex(R"(^\s+Age: (\d+))"))) {
            view.age = static_cast<std::uint32_t>(std::stoul(m[1]));
        } else if (std::regex_search(line, m, std::regex(R"(S_PUB32 \[size = \d+\] `([^`]+)`)"))) {
            pending = m[1];
        } else if (!pending.empty() && std::regex_search(line, m, std::regex(R"(addr = (\d+):(\d+))"))) {
            symbols.push_back({pending, {std::stoi(m[1]), std::stoull(m[2])}});
            pending.clear();
        } else if (std::regex_search(line, m, std::regex(R"(SECTION HEADER #(\d+))"))) {
            section = std::stoi(m[1]);
        } else if (std::regex_search(line, m, std::regex(R"(^\s+([0-9A-F]+) virtual address)"))) {
            sections[section] = std::stoull(m[1], nullptr, 16);
        }
    }
    for (const auto& [name, at] : symbols)
        view.publics[name] = sections.at(at.first) + at.second;
    return view;
}

} // namespace

TEST_F(PdbLayoutTest, EveryBuiltInLayoutComesBackFromItsLinkedPdb)
{
    for (const std::uint32_t build : {14393u, 17763u, 19041u, 20348u, 22000u}) {
        SCOPED_TRACE(build);
        const KernelLayout made = *builtinLayout(build);
        const KernelPdb& linked = pdb("builtin-" + std::to_string(build), spec(made));
        auto read = loadPdbLayout(linked.pdb.string());
        ASSERT_TRUE(read.ok()) << read.error().describe();
        expectSameOffsets(*read, made);
        EXPECT_EQ(read->source, "PDB " + linked.pdb.string());
        // lld-link's GUIDs end in "LLD PDB." and its PDBs have age 1.
        EXPECT_EQ(read->pdbGuid.substr(16), "4C4C44205044422E");
        EXPECT_EQ(read->pdbAge, 1u);
    }
}

// The pool's segment heap as the layout's `heap` places it (through the descriptor's
// UnitOffset/UnitSize union before 26100 and apart in 26100, VS Signature's bitfield, the
// page segment's header overlaying its descriptors) comes back whole, with ExPoolState and
// RtlpHpHeapGlobals; 1607's kernel has neither.
TEST_F(PdbLayoutTest, TheSegmentHeapComesBackFromTheLinkedPdb)
{
    for (const std::uint32_t build : {14393u, 17763u, 19041u, 20348u, 22000u, 22621u, 26100u}) {
        SCOPED_TRACE(build);
        const KernelLayout made = *builtinLayout(build);
        const KernelPdb& linked = pdb("builtin-" + std::to_string(build), spec(made));
        auto read = loadPdbLayout(linked.pdb.string());
        ASSERT_TRUE(read.ok()) << read.error().describe();
        ASSERT_EQ(read->heap.has_value(), made.heap.has_value());
        EXPECT_EQ(read->globals.exPoolState.has_value(), made.heap.has_value());
        EXPECT_EQ(read->globals.rtlpHpHeapGlobals.has_value(), made.heap.has_value());
        const auto got = layoutFields(*read);
        const auto want = layoutFields(made);
        ASSERT_EQ(got.size(), want.size());
        for (std::size_t i = 0; i < got.size(); ++i)
            if (std::string_view(got[i].first).starts_with("heap")) {
                EXPECT_EQ(got[i].second, want[i].second) << got[i].first;
            }
    }
}

TEST_F(PdbLayoutTest, IdentityAndGlobalsAgreeWithLlvmPdbutil)
{
    const KernelPdb& linked = shifted();
    auto read = loadPdbLayout(linked.pdb.string());
    ASSERT_TRUE(read.ok()) << read.error().describe();
    const LlvmView llvm = llvmView(linked.pdb);
    EXPECT_EQ(read->pdbGuid, llvm.guid);
    EXPECT_EQ(read->pdbAge, llvm.age);
    const std::map<std::string, std::optional<std::uint64_t>> globals{
        {"ObHeaderCookie", read->globals.obHeaderCookie},       {"ObTypeIndexTable", read->globals.obTypeIndexTable},
        {"PoolTrackTable", read->globals.poolTrackTable},       {"PoolTrackTableSize", read->globals.poolTrackTableSize},
        {"PoolBigPageTable", read->globals.poolBigPageTable},   {"PoolBigPageTableSize", read->globals.poolBigPageTableSize},
        {"ExPoolTagTables", read->globals.exPoolTagTables},     {"PsActiveProcessHead", read->globals.psActiveProcessHead},
        {"PsLoadedModuleList", read->globals.psLoadedModuleList},
        {"ExPoolState", read->globals.exPoolState},             {"RtlpHpHeapGlobals", read->globals.rtlpHpHeapGlobals}};
    for (const auto& [name, rva] : globals) {
        ASSERT_TRUE(llvm.publics.contains(name)) << name;
        ASSERT_TRUE(rva.has_value()) << name;
        EXPECT_EQ(*rva, llvm.publics.at(name)) << name;
        EXPECT_GT(*rva, 0xc00000u) << name; // after the 12 MB of other data, as in a real kernel
    }
    // The shifted fields, which no built-in row has.
    EXPECT_EQ(read->processUniqueId, 0x480u);
    EXPECT_EQ(read->threadCid, 0x498u);
    EXPECT_EQ(read->threadState, 0x184u); // inside Tcb, not shifted
}

TEST_F(PdbLayoutTest, TheCxxShapeResolvesForwardReferencesByUniqueNameAndFindsGlobalDataByName)
{
    KernelPdbSpec s = spec(shiftedLayout(26999));
    s.cplusplus = true;
    const KernelPdb& linked = pdb("cxx", s);
    auto read = loadPdbLayout(linked.pdb.string());
    ASSERT_TRUE(read.ok()) << read.error().describe();
    expectSameOffsets(*read, s.layout);
    // C++ publics are mangled (?PsActiveProcessHead@@3U_LIST_ENTRY@@A): the plain name is
    // the global data record's.
    const LlvmView llvm = llvmView(linked.pdb);
    EXPECT_FALSE(llvm.publics.contains("PsActiveProcessHead"));
    ASSERT_TRUE(read->globals.psActiveProcessHead.has_value());
    const auto mangled = std::find_if(llvm.publics.begin(), llvm.publics.end(), [](const auto& p) {
        return p.first.find("PsActiveProcessHead") != std::string::npos;
    });
    ASSERT_NE(mangled, llvm.publics.end());
    EXPECT_EQ(*read->globals.psActiveProcessHead, mangled->second);
}

TEST_F(PdbLayoutTest, UnnamedMembersBitfieldsAndBaseSizesAreReadAsTheCompilerLaidThemOut)
{
    const KernelPdb& linked = shifted();
    auto msf = pdb::MsfFile::open(linked.pdb.string());
    ASSERT_TRUE(msf.ok()) << msf.error().describe();
    auto types = pdb::TypeTable::read(*msf);
    ASSERT_TRUE(types.ok()) << types.error().describe();
    // _IRP.Tail (union) . Overlay (struct) . an unnamed struct . an unnamed union . CurrentStackLocation
    EXPECT_EQ(types->offset("_IRP", "Tail.Overlay.CurrentStackLocation"), 0xb8u);
    EXPECT_EQ(types->offset("_IRP", "Tail.Overlay.PacketType"), 0xb8u);
    EXPECT_EQ(types->offset("_IRP", "Tail.Overlay.ListEntry.Blink"), 0xb0u);
    EXPECT_EQ(types->offset("_IRP", "Tail.Overlay.DriverContext"), 0x78u);
    EXPECT_EQ(types->offset("_IRP", "IoStatus.Information"), 0x38u);
    EXPECT_EQ(types->offset("_OBJECT_HEADER", "NextToFree"), 0x08u);
    EXPECT_EQ(types->offset("_KQUEUE", "Header.SignalState"), 0x04u);
    EXPECT_EQ(types->offset("_KQUEUE", "Header.Size"), 0x02u); // two unnamed levels down
    EXPECT_EQ(types->offset("_ETHREAD", "Tcb.Process"), 0x220u);
    EXPECT_FALSE(types->offset("_IRP", "Overlay").has_value()); // Tail is named: not looked through
    EXPECT_FALSE(types->offset("_IRP", "NoSuchMember").has_value());
    EXPECT_FALSE(types->offset("_NO_SUCH_TYPE", "Type").has_value());

    const auto pointerBits = types->bitfield("_HANDLE_TABLE_ENTRY", "ObjectPointerBits");
    ASSERT_TRUE(pointerBits.has_value());
    EXPECT_EQ(pointerBits->offset, 0u);
    EXPECT_EQ(pointerBits->position, 20u);
    EXPECT_EQ(pointerBits->width, 44u);
    const auto access = types->bitfield("_HANDLE_TABLE_ENTRY", "GrantedAccessBits");
    ASSERT_TRUE(access.has_value());
    EXPECT_EQ(access->offset, 8u);
    EXPECT_EQ(access->position, 0u);
    EXPECT_EQ(access->width, 25u);
    const auto poolType = types->bitfield("_POOL_TRACKER_BIG_PAGES", "PoolType");
    ASSERT_TRUE(poolType.has_value());
    EXPECT_EQ(poolType->offset, 0x0cu);
    EXPECT_EQ(poolType->position, 8u);
    EXPECT_EQ(poolType->width, 12u);
    EXPECT_EQ(types->offset("_POOL_TRACKER_BIG_PAGES", "PoolType"), 0x0cu);
    EXPECT_EQ(types->bitfield("_DISPATCHER_HEADER", "Wake")->position, 1u);
    EXPECT_FALSE(types->bitfield("_IRP", "Flags").has_value());

    EXPECT_EQ(types->baseSize("_POOL_TRACKER_TABLE", "NonPagedAllocs"), 8u);
    EXPECT_EQ(types->baseSize("_POOL_TRACKER_BIG_PAGES", "PoolType"), 4u);
    EXPECT_EQ(types->baseSize("_OBJECT_HEADER", "TypeIndex"), 1u);
    EXPECT_EQ(types->baseSize("_IRP", "UserBuffer"), 8u);             // a pointer
    EXPECT_FALSE(types->baseSize("_IRP", "IoStatus").has_value());   // a structure
    EXPECT_FALSE(types->baseSize("_EPROCESS", "ImageFileName").has_value()); // an array
    EXPECT_EQ(types->size("_EPROCESS"), 0xa80u);
    EXPECT_EQ(types->size("_HANDLE_TABLE_ENTRY"), 16u);
    EXPECT_FALSE(types->damage().has_value());

    // 1607's tracker counts are ULONGs.
    auto old = loadPdbLayout(pdb("builtin-14393", spec(*builtinLayout(14393))).pdb.string());
    ASSERT_TRUE(old.ok()) << old.error().describe();
    EXPECT_EQ(old->trackerCountSize, 4u);
}

TEST_F(PdbLayoutTest, APdbOfAnotherKernelOrAnotherAgeIsRefusedNamingBoth)
{
    const KernelPdb& linked = shifted();
    auto own = loadPdbLayout(linked.pdb.string());
    ASSERT_TRUE(own.ok());
    const pdb::PdbIdentity same{own->pdbGuid, own->pdbAge};
    EXPECT_TRUE(loadPdbLayout(linked.pdb.string(), same).ok());

    auto otherAge = loadPdbLayout(linked.pdb.string(), pdb::PdbIdentity{own->pdbGuid, 2});
    ASSERT_FALSE(otherAge.ok());
    const std::string& age = otherAge.error().message;
    EXPECT_NE(age.find("it is " + own->pdbGuid + "-1, the kernel names " + own->pdbGuid + "-2"), std::string::npos) << age;
    EXPECT_NE(age.find("as WinDbg refuses a PDB of another age"), std::string::npos) << age;

    auto other = loadPdbLayout(linked.pdb.string(), pdb::PdbIdentity{"0123456789ABCDEF0123456789ABCDEF", 1});
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().message.find("the PDB of another kernel: it is " + own->pdbGuid +
                                         "-1, the dump's kernel names 0123456789ABCDEF0123456789ABCDEF-1"),
              std::string::npos)
        << other.error().message;
    EXPECT_EQ(other.error().file, linked.pdb.string());
}

TEST_F(PdbLayoutTest, APdbWithoutTypeRecordsSaysSo)
{
    KernelPdbSpec s = spec(shiftedLayout(26999));
    s.withoutTypes = true;
    const KernelPdb& stripped = pdb("stripped", s);
    // What a public PDB keeps: the globals, in the publics.
    EXPECT_TRUE(llvmView(stripped.pdb).publics.contains("ObHeaderCookie"));
    auto read = loadPdbLayout(stripped.pdb.string());
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.error().message.find("has no type records (a stripped, public-only PDB"), std::string::npos)
        << read.error().message;
}

TEST_F(PdbLayoutTest, DamagedPdbsAreErrorsNamingTheStreamAndOffset)
{
    const std::vector<std::byte> good = bytes(shifted().pdb);
    ASSERT_TRUE(loadBytes(good).ok());
    const auto message = [&](std::vector<std::byte> data) {
        auto read = loadBytes(std::move(data));
        EXPECT_FALSE(read.ok());
        return read.ok() ? std::string() : read.error().describe();
    };

    EXPECT_NE(message({}).find("not a PDB file"), std::string::npos);
    auto cut = good;
    cut.resize(good.size() / 2);
    EXPECT_NE(message(cut).find("a truncated copy?"), std::string::npos);

    // Where the streams lie, from the real file's directory.
    const auto u32 = [](const std::vector<std::byte>& b, std::size_t at) {
        std::uint32_t v = 0;
        std::memcpy(&v, b.data() + at, 4);
        return v;
    };
    const std::uint32_t blockSize = u32(good, 0x20);
    const std::uint32_t directoryBlock = u32(good, blockSize * u32(good, 0x34));
    const std::size_t directory = std::size_t{directoryBlock} * blockSize;
    const std::uint32_t streams = u32(good, directory);
    // Stream 2's first block: after the sizes and the blocks of streams 0 and 1.
    std::size_t at = directory + 4 + 4 * streams;
    for (std::uint32_t s = 0; s < 2; ++s)
        at += 4 * ((u32(good, directory + 4 + 4 * s) + blockSize - 1) / blockSize);
    const std::size_t tpi = std::size_t{u32(good, at)} * blockSize;

    auto badDirectory = good;
    const std::uint32_t huge = 0x7fffffff;
    std::memcpy(badDirectory.data() + at, &huge, 4);
    EXPECT_NE(message(badDirectory).find("block 2147483647 of stream 2 is past the file's"), std::string::npos)
        << message(badDirectory);

    auto badHeader = good;
    const std::uint32_t records = 0x7ffffff0;
    std::memcpy(badHeader.data() + tpi + 16, &records, 4);
    EXPECT_NE(message(badHeader).find("the type stream (TPI) (stream 2) is damaged at its offset 0x4"), std::string::npos)
        << message(badHeader);

    // The first record claims more bytes than the stream has left.
    auto badRecord = good;
    const std::uint16_t length = 0xfff0;
    std::memcpy(badRecord.data() + tpi + 56, &length, 2);
    const std::string record = message(badRecord);
    EXPECT_NE(record.find("(stream 2) is damaged at its offset 0x38: type record 0x1000 claims 65520 bytes"),
              std::string::npos)
        << record;
    EXPECT_NE(record.find(fmt::format("(offset {:#x})", tpi + 56)), std::string::npos) << record;
}
