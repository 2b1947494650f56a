// The volatility3 symbol files of five real kernels (../shared/reference/isf) read as
// structure layouts: each must agree, field by field, with the built-in table taken from
// it; broken symbol files are clear errors; the user's folders are searched the ways
// volatility3 lays them out.
#include "analysis/dump/isf_symbols.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace poolscope;
namespace fs = std::filesystem;

namespace {

struct RealKernel {
    const char* file;
    std::uint32_t build;
};

constexpr RealKernel kKernels[] = {
    {"DBBC830E3E9A48FDA25A2144C146930E-1.json.xz", 14393}, {"1806D020A6E46538D7AC3325FAC114D8-1.json.xz", 17763},
    {"606FF669409B00F7FC8C61A9C1670129-1.json.xz", 19041}, {"879AD95F3461091BB6318FA98072AD8E-1.json.xz", 20348},
    {"0CE4A95C0CD782A7596B034D8648E585-1.json.xz", 22000},
};

// Every offset the walks use, by name, so a mismatch names its field.
std::vector<std::pair<const char*, std::uint64_t>> fields(const KernelLayout& l)
{
    return {
        {"moduleDllBase", l.moduleDllBase}, {"moduleSizeOfImage", l.moduleSizeOfImage},
        {"moduleBaseDllName", l.moduleBaseDllName}, {"processUniqueId", l.processUniqueId},
        {"processActiveLinks", l.processActiveLinks}, {"processObjectTable", l.processObjectTable},
        {"processImageFileName", l.processImageFileName}, {"processThreadListHead", l.processThreadListHead},
        {"processParentId", l.processParentId}, {"processSize", l.processSize},
        {"processQuotaUsage", l.processQuotaUsage}, {"processQuotaPeak", l.processQuotaPeak}, {"threadCid", l.threadCid},
        {"threadIrpList", l.threadIrpList}, {"threadListEntry", l.threadListEntry}, {"threadState", l.threadState},
        {"threadProcess", l.threadProcess}, {"threadStartAddress", l.threadStartAddress},
        {"threadWin32StartAddress", l.threadWin32StartAddress}, {"threadSize", l.threadSize},
        {"objectHeaderSize", l.objectHeaderSize}, {"headerPointerCount", l.headerPointerCount},
        {"headerHandleCount", l.headerHandleCount}, {"headerTypeIndex", l.headerTypeIndex},
        {"headerInfoMask", l.headerInfoMask}, {"typeList", l.typeList}, {"typeName", l.typeName}, {"typeIndex", l.typeIndex},
        {"typeTotalObjects", l.typeTotalObjects}, {"typeTotalHandles", l.typeTotalHandles}, {"typeKey", l.typeKey},
        {"handleTableTableCode", l.handleTableTableCode}, {"queueSignalState", l.queueSignalState},
        {"queueEntryListHead", l.queueEntryListHead}, {"queueCurrentCount", l.queueCurrentCount},
        {"queueMaximumCount", l.queueMaximumCount}, {"queueThreadListHead", l.queueThreadListHead},
        {"irpType", l.irpType}, {"irpFlags", l.irpFlags}, {"irpThreadListEntry", l.irpThreadListEntry}, {"irpIoStatus", l.irpIoStatus},
        {"irpPendingReturned", l.irpPendingReturned}, {"irpStackCount", l.irpStackCount},
        {"irpCurrentLocation", l.irpCurrentLocation}, {"irpUserEvent", l.irpUserEvent},
        {"irpUserBuffer", l.irpUserBuffer}, {"irpThread", l.irpThread}, {"irpListEntry", l.irpListEntry},
        {"irpPacketType", l.irpPacketType}, {"irpOriginalFileObject", l.irpOriginalFileObject}, {"irpSize", l.irpSize},
        {"fileType", l.fileType}, {"fileDeviceObject", l.fileDeviceObject}, {"fileFlags", l.fileFlags},
        {"fileName", l.fileName}, {"fileCompletionContext", l.fileCompletionContext}, {"fileSize", l.fileSize},
        {"completionPort", l.completionPort}, {"completionKey", l.completionKey}, {"trackerSize", l.trackerSize},
        {"trackerKey", l.trackerKey}, {"trackerCountSize", l.trackerCountSize},
        {"trackerNonPagedAllocs", l.trackerNonPagedAllocs}, {"trackerNonPagedFrees", l.trackerNonPagedFrees},
        {"trackerNonPagedBytes", l.trackerNonPagedBytes}, {"trackerPagedAllocs", l.trackerPagedAllocs},
        {"trackerPagedFrees", l.trackerPagedFrees}, {"trackerPagedBytes", l.trackerPagedBytes},
        {"bigPageSize", l.bigPageSize}, {"bigPageVa", l.bigPageVa}, {"bigPageKey", l.bigPageKey},
        {"bigPagePoolType", l.bigPagePoolType}, {"bigPageNumberOfBytes", l.bigPageNumberOfBytes},
        {"ObHeaderCookie", l.globals.obHeaderCookie.value_or(0)},
        {"ObTypeIndexTable", l.globals.obTypeIndexTable.value_or(0)},
        {"PoolTrackTable", l.globals.poolTrackTable.value_or(0)},
        {"PoolTrackTableSize", l.globals.poolTrackTableSize.value_or(0)},
        {"PoolBigPageTable", l.globals.poolBigPageTable.value_or(0)},
        {"PoolBigPageTableSize", l.globals.poolBigPageTableSize.value_or(0)},
        {"ExPoolTagTables", l.globals.exPoolTagTables.value_or(0)},
        {"PsActiveProcessHead", l.globals.psActiveProcessHead.value_or(0)},
        {"PsLoadedModuleList", l.globals.psLoadedModuleList.value_or(0)},
    };
}

class TempDir {
public:
    TempDir() : m_path(fs::temp_directory_path() / ("poolscope-isf-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name()))
    {
        fs::create_directories(m_path);
    }
    ~TempDir() { fs::remove_all(m_path); }
    fs::path write(const std::string& name, const std::string& bytes) const
    {
        const fs::path p = m_path / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

std::string minimalIsf(bool withUniqueProcessId)
{
    std::string eprocess = withUniqueProcessId ? R"("UniqueProcessId": {"offset": 1088, "type": {"kind": "pointer"}},)" : "";
    return std::string(R"({"metadata": {"format": "6.2.0", "windows": {"pdb": {"GUID": "00112233445566778899aabbccddeeff", "age": 2}}},
 "base_types": {"unsigned long": {"kind": "int", "size": 4, "signed": false, "endian": "little"}},
 "enums": {},
 "symbols": {"ObTypeIndexTable": {"address": 13618784}},
 "user_types": {
  "_EPROCESS": {"kind": "struct", "size": 2624, "fields": {)") + eprocess + R"(
     "ActiveProcessLinks": {"offset": 1096, "type": {"kind": "struct", "name": "_LIST_ENTRY"}},
     "ObjectTable": {"offset": 1392, "type": {"kind": "pointer"}},
     "ImageFileName": {"offset": 1448, "type": {"kind": "array", "count": 15, "subtype": {"kind": "base", "name": "unsigned char"}}}}},
  "_ETHREAD": {"kind": "struct", "size": 2200, "fields": {"Cid": {"offset": 1144, "type": {"kind": "struct", "name": "_CLIENT_ID"}}}},
  "_OBJECT_HEADER": {"kind": "struct", "size": 56, "fields": {"TypeIndex": {"offset": 24, "type": {"kind": "base", "name": "unsigned char"}}}},
  "_OBJECT_TYPE": {"kind": "struct", "size": 216, "fields": {"Name": {"offset": 16, "type": {"kind": "struct", "name": "_UNICODE_STRING"}}}},
  "_KQUEUE": {"kind": "struct", "size": 64, "fields": {"EntryListHead": {"offset": 24, "type": {"kind": "struct", "name": "_LIST_ENTRY"}}}},
  "_IRP": {"kind": "struct", "size": 208, "fields": {"Tail": {"offset": 120, "type": {"kind": "union", "name": "__unnamed_1"}}}},
  "__unnamed_1": {"kind": "union", "size": 88, "fields": {"Overlay": {"offset": 0, "type": {"kind": "struct", "name": "__unnamed_2"}}}},
  "__unnamed_2": {"kind": "struct", "size": 80, "fields": {
     "ListEntry": {"offset": 48, "type": {"kind": "struct", "name": "_LIST_ENTRY"}},
     "u": {"offset": 64, "anonymous": true, "type": {"kind": "union", "name": "__unnamed_3"}}}},
  "__unnamed_3": {"kind": "union", "size": 8, "fields": {"PacketType": {"offset": 0, "type": {"kind": "base", "name": "unsigned long"}}}}
 }})";
}

} // namespace

TEST(IsfSymbols, EveryRealKernelAgreesWithTheBuiltInTable)
{
    for (const RealKernel& kernel : kKernels) {
        SCOPED_TRACE(kernel.file);
        const fs::path file = testdata::sharedFile(std::string("reference/isf/") + kernel.file);
        if (file.empty())
            GTEST_SKIP() << "../shared is absent";
        const auto started = std::chrono::steady_clock::now();
        auto loaded = loadIsfLayout(file.string());
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
        std::printf("  %s: %.2f s\n", kernel.file, seconds); // for the README's figures, not asserted
        const KernelLayout builtin = *builtinLayout(kernel.build);
        EXPECT_EQ(loaded->pdbGuid + "-1", std::string(kernel.file).substr(0, 34));
        EXPECT_EQ(loaded->pdbAge, 1u);
        EXPECT_EQ(loaded->pdbGuid, builtin.pdbGuid);
        EXPECT_EQ(loaded->source, "symbols " + file.string());
        const auto fromIsf = fields(*loaded);
        const auto fromTable = fields(builtin);
        ASSERT_EQ(fromIsf.size(), fromTable.size());
        for (std::size_t i = 0; i < fromIsf.size(); ++i)
            EXPECT_EQ(fromIsf[i].second, fromTable[i].second) << fromIsf[i].first;
    }
}

TEST(IsfSymbols, NestedAndAnonymousMembersAreFollowed)
{
    TempDir dir;
    auto loaded = loadIsfLayout(dir.write("mini.json", minimalIsf(true)).string());
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded->irpListEntry, 120u + 48u);    // Tail (union) . Overlay . ListEntry
    EXPECT_EQ(loaded->irpPacketType, 0xb8u);        // default: the mini file has no CurrentStackLocation
    EXPECT_EQ(loaded->processUniqueId, 1088u);
    EXPECT_EQ(loaded->pdbGuid, "00112233445566778899AABBCCDDEEFF");
    EXPECT_EQ(loaded->pdbAge, 2u);
    EXPECT_EQ(loaded->globals.obTypeIndexTable, 13618784u);
    EXPECT_FALSE(loaded->globals.poolTrackTable.has_value());
}

TEST(IsfSymbols, BrokenSymbolFilesAreClearErrors)
{
    TempDir dir;
    const auto message = [&](const std::string& name, const std::string& bytes) {
        auto loaded = loadIsfLayout(dir.write(name, bytes).string());
        EXPECT_FALSE(loaded.ok()) << name;
        return loaded.ok() ? std::string() : loaded.error().message;
    };
    EXPECT_NE(message("missing.json", minimalIsf(false)).find("_EPROCESS.UniqueProcessId"), std::string::npos);
    EXPECT_NE(message("empty.json", "").find("not a JSON file"), std::string::npos);
    EXPECT_NE(message("notes.json", "{\"hello\": 1}").find("not a volatility3 symbol file"), std::string::npos);
    EXPECT_NE(message("broken.json", "{\"user_types\": {").find("not a JSON file"), std::string::npos);
    // xz magic followed by garbage, and a real xz stream cut in half.
    EXPECT_NE(message("garbage.json.xz", std::string("\xfd" "7zXZ\0", 6) + std::string(200, 'x')).find("xz"),
              std::string::npos);
    const fs::path real = testdata::sharedFile("reference/isf/606FF669409B00F7FC8C61A9C1670129-1.json.xz");
    if (!real.empty()) {
        std::ifstream in(real, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        bytes.resize(bytes.size() / 2);
        EXPECT_NE(message("cut.json.xz", bytes).find("ends early"), std::string::npos);
    }
    auto absent = loadIsfLayout((dir.path() / "nowhere.json.xz").string());
    ASSERT_FALSE(absent.ok());
    EXPECT_NE(absent.error().message.find("cannot open"), std::string::npos);
}

TEST(IsfSymbols, SymbolFoldersAreSearchedInVolatilitysLayouts)
{
    TempDir dir;
    const std::string guid = "606FF669409B00F7FC8C61A9C1670129";
    dir.write("flat/" + guid + "-1.json.xz", "x");
    dir.write("vol/symbols/windows/ntkrnlmp.pdb/" + guid + "-2.json.xz", "x");
    dir.write("plain/ntkrnlmp.pdb/" + guid + "-3.json", "x");
    const auto flat = (dir.path() / "flat").string();
    const auto vol = (dir.path() / "vol").string();
    const auto plain = (dir.path() / "plain").string();
    EXPECT_EQ(findIsfFile({flat}, "606ff669409b00f7fc8c61a9c1670129", 1), (dir.path() / "flat" / (guid + "-1.json.xz")).string());
    EXPECT_EQ(findIsfFile({flat, vol}, guid, 2),
              (dir.path() / "vol/symbols/windows/ntkrnlmp.pdb" / (guid + "-2.json.xz")).string());
    EXPECT_EQ(findIsfFile({plain}, guid, 3), (dir.path() / "plain/ntkrnlmp.pdb" / (guid + "-3.json")).string());
    EXPECT_FALSE(findIsfFile({flat, vol, plain}, guid, 4).has_value()); // the age matters
    EXPECT_FALSE(findIsfFile({(dir.path() / "none").string()}, guid, 1).has_value());
}
