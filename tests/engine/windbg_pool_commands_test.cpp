// !vm, !poolused, !poolfind and !pool on the real fixtures and seed, and on damaged copies.
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

Snapshot read(const std::string& text)
{
    auto snapshot = readWindbgLog(decodeText(text, "pool.log"));
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

std::string fileText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const PoolTagStat* tagStat(const Snapshot& s, std::string_view tag, PoolType type)
{
    const auto it = std::find_if(s.poolTags.begin(), s.poolTags.end(),
                                 [&](const PoolTagStat& t) { return t.tag == PoolTag(tag) && t.type == type; });
    return it == s.poolTags.end() ? nullptr : &*it;
}

const PoolBlock* blockAt(const Snapshot& s, Address a)
{
    const auto it = std::find_if(s.poolBlocks.begin(), s.poolBlocks.end(), [&](const PoolBlock& b) { return b.address == a; });
    return it == s.poolBlocks.end() ? nullptr : &*it;
}

} // namespace

TEST(WindbgPoolCommands, VmFiguresFromTheFixture)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-vm__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    EXPECT_EQ(s.summary.nonPagedUsage, 3508u * 1024);
    EXPECT_EQ(s.summary.nonPagedMaximum, 25008u * 1024);
    EXPECT_EQ(s.summary.pagedUsage, 6388u * 1024); // not "PagedPool 0 Usage"
    EXPECT_EQ(s.summary.pagedMaximum, 53248u * 1024);
    EXPECT_EQ(s.summary.physicalMemory, 65080u * 1024);
    EXPECT_EQ(s.summary.availableMemory, 22172u * 1024);
    EXPECT_EQ(s.summary.commit, 87796u * 1024);
    EXPECT_EQ(s.summary.commitLimit, 145024u * 1024);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(WindbgPoolCommands, VmAddsNonPagedPoolNxAndWarnsOnADamagedFigure)
{
    const Snapshot s = read("0: kd> !vm\n"
                            "Page File: \\??\\C:\\pagefile.sys\n"
                            "  NonPagedPool Usage:      88862   (   355448 Kb)\n"
                            "  NonPagedPoolNx Usage:    20000   (    80000 Kb)\n"
                            "  NonPagedPool Max:     4294967295 (17179869180 Kb)\n"
                            "  PagedPool Usage:       garbled\n");
    EXPECT_EQ(s.summary.nonPagedUsage, (355448u + 80000u) * 1024);
    EXPECT_EQ(s.summary.nonPagedMaximum, 17179869180ull * 1024);
    EXPECT_FALSE(s.summary.pagedUsage);
    EXPECT_EQ(s.skipCounts.lines, 1u);
}

TEST(WindbgPoolCommands, PoolusedFixtureSplitsGluedDescriptionsByTheHeading)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-poolused__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    // 41 rows: one per tag, a second for the 7 tags with paged figures too; TOTAL is not a tag.
    EXPECT_EQ(std::count_if(s.poolTags.begin(), s.poolTags.end(), [](const PoolTagStat& t) { return t.tag == PoolTag("TOTA"); }), 0);
    const PoolTagStat* i8042 = tagStat(s, "8042", PoolType::NonPaged);
    ASSERT_NE(i8042, nullptr);
    EXPECT_EQ(i8042->outstanding, 4);
    EXPECT_EQ(i8042->bytes, 3944u);
    EXPECT_EQ(i8042->description, "PS/2 kb and mouse");
    EXPECT_EQ(i8042->driver, "i8042prt.sys");
    EXPECT_FALSE(i8042->allocs); // !poolused does not say how many were ever allocated
    const PoolTagStat* unknown = tagStat(s, "1394", PoolType::NonPaged);
    ASSERT_NE(unknown, nullptr);
    EXPECT_EQ(unknown->bytes, 520u);
    EXPECT_EQ(unknown->description, ""); // "UNKNOWN pooltag ..." is no description
    // "ohci 1 136 0 01394 OHCI host controller driver": the description starts with digits.
    const PoolTagStat* ohci = tagStat(s, "ohci", PoolType::NonPaged);
    ASSERT_NE(ohci, nullptr);
    EXPECT_EQ(ohci->bytes, 136u);
    EXPECT_EQ(ohci->description, "1394 OHCI host controller driver");
    EXPECT_EQ(tagStat(s, "ohci", PoolType::Paged), nullptr);
    const PoolTagStat* wmitPaged = tagStat(s, "Wmit", PoolType::Paged);
    ASSERT_NE(wmitPaged, nullptr);
    EXPECT_EQ(wmitPaged->outstanding, 7);
    EXPECT_EQ(wmitPaged->bytes, 49480u);
    EXPECT_EQ(wmitPaged->description, "Wmi Trace");
    // "AcpB 0 0 4 576": paged only.
    EXPECT_EQ(tagStat(s, "AcpB", PoolType::NonPaged), nullptr);
    ASSERT_NE(tagStat(s, "AcpB", PoolType::Paged), nullptr);
    EXPECT_EQ(tagStat(s, "AcpB", PoolType::Paged)->bytes, 576u);
    // The row printed one column to the left still splits right.
    const PoolTagStat* rx = tagStat(s, "rx..", PoolType::NonPaged);
    ASSERT_NE(rx, nullptr);
    EXPECT_EQ(rx->bytes, 1248u);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgPoolCommands, PoolusedFromTheSeedFindsTheThreadLeak)
{
    const auto path = testdata::sharedFile("seeds/004_5534fcd0e08ba444.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const Snapshot s = read(fileText(path));
    const PoolTagStat* thre = tagStat(s, "Thre", PoolType::NonPaged);
    ASSERT_NE(thre, nullptr);
    EXPECT_EQ(thre->outstanding, 326514);
    EXPECT_EQ(thre->bytes, 208968960u);
    EXPECT_EQ(thre->bytesPerAlloc, 640u);
    const PoolTagStat* npfs = tagStat(s, "Npfs", PoolType::Paged);
    ASSERT_NE(npfs, nullptr);
    EXPECT_EQ(npfs->bytes, 208320u);
    EXPECT_EQ(s.summary.pagedUsage, 155920u * 1024);
    // !poolfind Thre 0: 15 blocks, 0x280 bytes each, nonpaged, protected.
    const auto threBlocks = std::count_if(s.poolBlocks.begin(), s.poolBlocks.end(),
                                          [](const PoolBlock& b) { return b.tag == PoolTag("Thre"); });
    EXPECT_EQ(threBlocks, 15 + 2); // and the two Thre blocks !pool shows
    const PoolBlock* first = blockAt(s, 0x81098000);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->size, 0x280u);
    EXPECT_EQ(first->previousSize, 0u);
    EXPECT_EQ(first->type, PoolType::NonPaged);
    EXPECT_TRUE(first->isProtected);
    EXPECT_EQ(first->allocated, true);
    // !pool 8904a180: the starred block holds the thread; the Dire block before it too.
    const PoolBlock* starred = blockAt(s, 0x8904a160);
    ASSERT_NE(starred, nullptr);
    EXPECT_EQ(starred->tag, PoolTag("Thre"));
    EXPECT_EQ(starred->previousSize, 0xe0u);
    ASSERT_NE(blockAt(s, 0x8904a080), nullptr);
    EXPECT_EQ(blockAt(s, 0x8904a080)->tag, PoolTag("Dire"));
}

TEST(WindbgPoolCommands, PoolfindFixtureKeepsFreeBlocksAndThePoolType)
{
    const auto path = testdata::sharedFile("fixtures/windbg/cmd-poolfind__1.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/fixtures not present";
    const Snapshot s = read(fileText(path));
    const auto nonPaged = std::count_if(s.poolBlocks.begin(), s.poolBlocks.end(),
                                        [](const PoolBlock& b) { return b.type == PoolType::NonPaged; });
    const auto paged = std::count_if(s.poolBlocks.begin(), s.poolBlocks.end(),
                                     [](const PoolBlock& b) { return b.type == PoolType::Paged; });
    EXPECT_EQ(nonPaged, 19);
    EXPECT_EQ(paged, 4);
    const PoolBlock* free = blockAt(s, 0x82721c00);
    ASSERT_NE(free, nullptr);
    EXPECT_EQ(free->allocated, false);
    EXPECT_EQ(free->size, 0x10u);
    EXPECT_EQ(free->tag, PoolTag("SeSd"));
    const PoolBlock* big = blockAt(s, 0x8278b730);
    ASSERT_NE(big, nullptr);
    EXPECT_EQ(big->size, 0x100u);
    EXPECT_EQ(big->previousSize, 0x290u);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(WindbgPoolCommands, OverflowingLastNumberKeepsItsDigits)
{
    // A figure wider than its column runs into the description; a description may start
    // with digits of its own.
    const Snapshot s = read("kd> !poolused\n"
                            " Tag    Allocs     Used    Allocs     Used\n"
                            " CM31        0        0     30412 124567552Internal Configuration manager allocations\n"
                            " ohc2        1      136        10       101394 OHCI host controller driver \n"
                            " big1        1      136         0 1234567890\n");
    const PoolTagStat* cm = tagStat(s, "CM31", PoolType::Paged);
    ASSERT_NE(cm, nullptr);
    EXPECT_EQ(cm->bytes, 124567552u);
    EXPECT_EQ(cm->description, "Internal Configuration manager allocations");
    const PoolTagStat* ohci = tagStat(s, "ohc2", PoolType::Paged);
    ASSERT_NE(ohci, nullptr);
    EXPECT_EQ(ohci->bytes, 10u);
    EXPECT_EQ(ohci->description, "1394 OHCI host controller driver");
    const PoolTagStat* big = tagStat(s, "big1", PoolType::NonPaged);
    ASSERT_NE(big, nullptr);
    EXPECT_EQ(tagStat(s, "big1", PoolType::Paged)->bytes, 1234567890u);
    EXPECT_EQ(big->bytes, 136u);
}

TEST(WindbgPoolCommands, DamagedPoolLinesAreCounted)
{
    const Snapshot s = read("kd> !poolused 2\n"
                            " Tag    Allocs     Used    Allocs     Used\n"
                            " Thre   326514 208968960         0       0\n"
                            " Irp       1x8   508800         0        0\n"
                            " Fil\n"
                            "kd> !poolfind Thre 0\n"
                            "81098000 size:  zz previous size:    0  (Allocated) Thre (Protected)\n"
                            "81098380 size:  280 previous size:  100  (Allocated) Thre (Protected)\n");
    EXPECT_NE(tagStat(s, "Thre", PoolType::NonPaged), nullptr);
    EXPECT_EQ(tagStat(s, "Irp", PoolType::NonPaged), nullptr);
    EXPECT_EQ(s.poolBlocks.size(), 1u);
    EXPECT_EQ(s.skipCounts.lines, 3u);
}

TEST(WindbgPoolCommands, PoolusedPastedWithoutPromptAndUtf16)
{
    std::string text = "   Sorting by NonPaged Pool Consumed\r\n"
                       "  Pool Used:\r\n"
                       "            NonPaged            Paged\r\n"
                       " Tag    Allocs     Used    Allocs     Used\r\n"
                       " Thre   326514 208968960         0       0\r\n";
    std::string utf16 = "\xFF\xFE";
    for (char c : text) {
        utf16 += c;
        utf16 += '\0';
    }
    const Snapshot s = read(utf16);
    const PoolTagStat* thre = tagStat(s, "Thre", PoolType::NonPaged);
    ASSERT_NE(thre, nullptr);
    EXPECT_EQ(thre->bytes, 208968960u);
}
