// Where PoolScope looks for a kernel's PDB: the local folders of an _NT_SYMBOL_PATH as
// engineers write it, and the layouts WinDbg, symchk and symstore keep PDBs in.
#include "analysis/dump/symbol_path.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace poolscope;
namespace fs = std::filesystem;

namespace {

using Folders = std::vector<std::string>;

constexpr const char* kGuid = "35B9B388AD7EF7644C4C44205044422E";

class SymbolStore : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_root = fs::temp_directory_path() /
                 ("poolscope-store-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_root);
    }
    void TearDown() override { fs::remove_all(m_root); }

    std::string file(const std::string& relative, const std::string& text = "PDB")
    {
        const fs::path p = m_root / relative;
        fs::create_directories(p.parent_path());
        std::ofstream(p) << text;
        return p.string();
    }
    std::string dir(const std::string& relative) const { return (m_root / relative).string(); }

    fs::path m_root;
};

} // namespace

TEST(SymbolPath, TheLocalFoldersOfAnNtSymbolPath)
{
    EXPECT_EQ(symbolPathFolders("srv*C:\\symbols*https://msdl.microsoft.com/download/symbols"), Folders{"C:\\symbols"});
    EXPECT_EQ(symbolPathFolders("SRV*/home/me/symbols*http://symbols.example.com"), Folders{"/home/me/symbols"});
    EXPECT_EQ(symbolPathFolders("srv*/cache/a*\\\\server\\share*https://msdl.microsoft.com/download/symbols"),
              (Folders{"/cache/a", "\\\\server\\share"}));
    EXPECT_EQ(symbolPathFolders("symsrv*symsrv.dll*/mnt/sym*https://msdl.microsoft.com/download/symbols"),
              Folders{"/mnt/sym"});
    EXPECT_EQ(symbolPathFolders("cache*/var/cache/sym;srv*https://msdl.microsoft.com/download/symbols"),
              Folders{"/var/cache/sym"});
    EXPECT_EQ(symbolPathFolders(" /opt/pdbs ; C:\\local\\sym;;"), (Folders{"/opt/pdbs", "C:\\local\\sym"}));
    // Only URLs, or the debugger's default cache: nothing local to look in.
    EXPECT_EQ(symbolPathFolders("srv*https://msdl.microsoft.com/download/symbols;cache*"), Folders{});
    EXPECT_EQ(symbolPathFolders(""), Folders{});
}

TEST(SymbolPath, TheNamesOfTheKernelsPdb)
{
    EXPECT_EQ(kernelPdbNames("ntkrnlmp.pdb"), (Folders{"ntkrnlmp.pdb", "ntoskrnl.pdb"}));
    EXPECT_EQ(kernelPdbNames("d:\\os\\obj\\amd64fre\\ntoskrnl.pdb"), (Folders{"ntoskrnl.pdb", "ntkrnlmp.pdb"}));
    EXPECT_EQ(kernelPdbNames("NTKRNLMP.PDB"), (Folders{"NTKRNLMP.PDB", "ntoskrnl.pdb"}));
    EXPECT_EQ(kernelPdbNames(""), (Folders{"ntkrnlmp.pdb", "ntoskrnl.pdb"}));
}

TEST_F(SymbolStore, ACacheAndAFlatFolderAreSearchedTheirWays)
{
    const auto cached = file(std::string("cache/ntkrnlmp.pdb/") + kGuid + "1/ntkrnlmp.pdb");
    const auto otherAge = file(std::string("cache/ntkrnlmp.pdb/") + kGuid + "2/ntkrnlmp.pdb");
    file("cache/ntkrnlmp.pdb/00112233445566778899AABBCCDDEEFF1/ntkrnlmp.pdb"); // another kernel's
    const auto flat = file("flat/ntkrnlmp.pdb");
    const PdbSearch search = findPdbFiles({dir("nowhere"), dir("flat"), dir("cache")}, {"ntkrnlmp.pdb"}, kGuid, 1);
    // The cache's entry for this GUID and age first, the flat file next, then the other age
    // (to be opened and refused with its reason).
    EXPECT_EQ(search.files, (Folders{cached, flat, otherAge}));
    EXPECT_TRUE(search.notes.empty());
}

TEST_F(SymbolStore, TheAgeIsInHexAndNamesMatchInAnyCase)
{
    const auto upper = file(std::string("cache/NTKRNLMP.PDB/") + kGuid + "1A/NtKrnlMp.pdb");
    EXPECT_EQ(findPdbFiles({dir("cache")}, {"ntkrnlmp.pdb"}, kGuid, 26).files, Folders{upper});
    const auto lower = file("lower/ntkrnlmp.pdb/35b9b388ad7ef7644c4c44205044422e1/ntkrnlmp.pdb");
    EXPECT_EQ(findPdbFiles({dir("lower")}, {"ntkrnlmp.pdb"}, kGuid, 1).files, Folders{lower});
}

TEST_F(SymbolStore, ATwoTierStoreIsReadWhenItHasIndex2)
{
    file("store/index2.txt", "");
    const auto tiered = file(std::string("store/nt/ntkrnlmp.pdb/") + kGuid + "1/ntkrnlmp.pdb");
    EXPECT_EQ(findPdbFiles({dir("store")}, {"ntkrnlmp.pdb"}, kGuid, 1).files, Folders{tiered});
    const auto uniprocessor = file(std::string("store/nt/ntoskrnl.pdb/") + kGuid + "1/ntoskrnl.pdb");
    EXPECT_EQ(findPdbFiles({dir("store")}, {"ntoskrnl.pdb", "ntkrnlmp.pdb"}, kGuid, 1).files,
              (Folders{uniprocessor, tiered}));
}

TEST_F(SymbolStore, APointerEntryLeadsToItsFileAndACompressedOneIsNamed)
{
    const auto elsewhere = file("builds/1234/ntkrnlmp.pdb");
    file(std::string("store/ntkrnlmp.pdb/") + kGuid + "1/file.ptr", elsewhere + "\r\n");
    EXPECT_EQ(findPdbFiles({dir("store")}, {"ntkrnlmp.pdb"}, kGuid, 1).files, Folders{elsewhere});

    const auto packed = file(std::string("packed/ntkrnlmp.pdb/") + kGuid + "1/ntkrnlmp.pd_", "MSCF");
    const PdbSearch search = findPdbFiles({dir("packed")}, {"ntkrnlmp.pdb"}, kGuid, 1);
    EXPECT_TRUE(search.files.empty());
    ASSERT_EQ(search.notes.size(), 1u);
    EXPECT_NE(search.notes[0].find(packed + " is compressed"), std::string::npos) << search.notes[0];
}
