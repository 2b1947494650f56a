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

using testdata::fileText;

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
    EXPECT_FALSE(s.summary.nonPagedMaximum); // 16 TB: the pool's address range, no limit
    EXPECT_TRUE(s.summary.noFixedMaximum);
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

// ---- Windows 10 shapes and the lines newer debuggers print around the figures ----

namespace {

bool mentions(const Snapshot& s, std::string_view text)
{
    return std::any_of(s.diagnostics.begin(), s.diagnostics.end(),
                       [&](const auto& d) { return d.message.find(text) != std::string::npos; });
}

} // namespace

TEST(WindbgPoolCommands, VmWindows10ReadsEveryLine)
{
    // The shape of !vm 1 on Windows 10 x64: a virtual page file without a name, per-pool
    // lines "NonPagedPool    0:", failed-allocation banners, a wrapped-around commit sum.
    const Snapshot s = read("0: kd> !vm 1\n"
                            "Page File: \\??\\C:\\pagefile.sys\n"
                            "  Current:   4194304 Kb  Free Space:   4100000 Kb\n"
                            "  Minimum:   4194304 Kb  Maximum:     12582912 Kb\n"
                            "No Name for Paging File\n"
                            "  Current:  16777216 Kb  Free Space:  16000000 Kb\n"
                            "  Minimum:  16777216 Kb  Maximum:     16777216 Kb\n"
                            "\n"
                            "Physical Memory:          2096000 (    8384000 Kb)\n"
                            "Available Pages:           700000 (    2800000 Kb)\n"
                            "Free System PTEs:      4294967000 (17179868000 Kb)\n"
                            "\n"
                            "******* 12345 kernel stack PTE allocations have failed ******\n"
                            "\n"
                            "NonPagedPool    0:            200 (        800 Kb)\n"
                            "NonPagedPoolNx  0:          30000 (     120000 Kb)\n"
                            "NonPagedPool Usage:           250 (       1000 Kb)\n"
                            "NonPagedPoolNx Usage:       40000 (     160000 Kb)\n"
                            "NonPagedPool Max:      4294967296 (17179869184 Kb)\n"
                            "PagedPool  0:               20000 (      80000 Kb)\n"
                            "PagedPool Usage:            60000 (     240000 Kb)\n"
                            "PagedPool Maximum:     4294967296 (17179869184 Kb)\n"
                            "Sum System Commit: 18446735300398461981 (18446708980465193076 Kb)\n"
                            "Total Private:            1000000 (    4000000 Kb)\n"
                            "\n"
                            "********** Sum of individual system commit + Process commit exceeds overall commit by 123 Kb ? ********\n"
                            "Committed pages:          1500000 (    6000000 Kb)\n"
                            "Commit limit:             6000000 (   24000000 Kb)\n"
                            "         0e54 MsMpEng.exe      63040 (     252160 Kb)\n");
    EXPECT_EQ(s.summary.nonPagedUsage, (1000u + 160000u) * 1024);
    EXPECT_FALSE(s.summary.nonPagedMaximum); // 16 TB: the pool's address range, no limit
    EXPECT_TRUE(s.summary.noFixedMaximum);
    EXPECT_EQ(s.summary.pagedUsage, 240000u * 1024);
    EXPECT_EQ(s.summary.physicalMemory, 8384000ull * 1024);
    EXPECT_EQ(s.summary.availableMemory, 2800000ull * 1024);
    EXPECT_EQ(s.summary.commit, 6000000ull * 1024);
    EXPECT_EQ(s.summary.commitLimit, 24000000ull * 1024);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgPoolCommands, VmPastedFromMarkdownKeepsTheFigures)
{
    // A blog post's !vm: stars escaped by Markdown, trailing blanks, a debugger that does
    // not know the OS's symbol.
    const Snapshot s = read("1: kd> !vm  \n"
                            "\\*\\*\\* Virtual Memory Usage \\*\\*\\*  \n"
                            "Physical Memory: 2097038 ( 8388152 Kb)  \n"
                            "Unimplemented error for MiSystemVaTypeCount  \n"
                            "NonPagedPool Usage: 29559056 ( 118236224 Kb)  \n"
                            "NonPagedPoolNx Usage: 32908 ( 131632 Kb)  \n"
                            "NonPagedPool Max: 1561080 ( 6244320 Kb)  \n"
                            "\\*\\*\\*\\*\\*\\*\\*\\*\\*\\* Excessive NonPaged Pool Usage \\*\\*\\*\\*\\*  \n"
                            "PagedPool 0 Usage: 58975 ( 235900 Kb)  \n"
                            "PagedPool Usage: 86954 ( 347816 Kb)  \n");
    EXPECT_EQ(s.summary.nonPagedUsage, (118236224ull + 131632ull) * 1024);
    EXPECT_EQ(s.summary.nonPagedMaximum, 6244320ull * 1024);
    EXPECT_EQ(s.summary.pagedUsage, 347816ull * 1024);
    EXPECT_EQ(s.summary.physicalMemory, 8388152ull * 1024);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgPoolCommands, PoolWindows10PageWithOwnerLines)
{
    const Snapshot s = read("0: kd> !pool ffffdc0155e94340\n"
                            "Pool page ffffdc0155e94340 region is Nonpaged pool\n"
                            " ffffdc0155e94000 size:  250 previous size:    0  (Allocated)  MmCi\n"
                            " ffffdc0155e94250 size:   60 previous size:    0  (Free)       7+.#\n"
                            "*ffffdc0155e942c0 size:  d00 previous size:    0  (Allocated) *Proc\n"
                            "\t\tPooltag Proc : Process objects, Binary : nt!ps\n"
                            " ffffdc0155e94fc0 size:   20 previous size:    0  (Free)       .t[|\n"
                            "5: kd> !pool ffffac88`3ca17920\n"
                            "Pool page ffffac883ca17920 region is Paged pool\n"
                            "*ffffac883ca17910 size:  600 previous size:    0  (Allocated) *tvEm\n"
                            "\t\tOwning component : Unknown (update pooltag.txt)\n");
    ASSERT_EQ(s.poolBlocks.size(), 5u);
    const PoolBlock* proc = blockAt(s, 0xffffdc0155e942c0);
    ASSERT_NE(proc, nullptr);
    EXPECT_EQ(proc->tag, PoolTag("Proc"));
    EXPECT_EQ(proc->size, 0xd00u);
    EXPECT_EQ(proc->type, PoolType::NonPaged);
    EXPECT_EQ(proc->allocated, true);
    EXPECT_FALSE(proc->isProtected);
    const PoolBlock* freed = blockAt(s, 0xffffdc0155e94fc0);
    ASSERT_NE(freed, nullptr);
    EXPECT_EQ(freed->allocated, false);
    EXPECT_EQ(freed->tag, PoolTag(".t[|")); // a free block's tag is whatever bytes are left
    ASSERT_NE(blockAt(s, 0xffffac883ca17910), nullptr);
    EXPECT_EQ(blockAt(s, 0xffffac883ca17910)->type, PoolType::Paged);
    EXPECT_EQ(s.pointerSize, 8u);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgPoolCommands, PoolLargePageAndAnAddressOutsideThePools)
{
    const Snapshot s = read("kd> !pool fffff901400d0000\n"
                            "Pool page fffff901400d0000 region is Unknown\n"
                            "fffff901400d0000 is not a valid large pool allocation, checking large session pool...\n"
                            "*fffff901400d0000 : large page allocation, tag is Gh05, size is 0x1090 bytes\n"
                            "\t\tPooltag Gh05 : GDITAG_HMGR_SURF_TYPE, Binary : win32k.sys\n"
                            "1: kd> !pool fffff803712e5000\n"
                            "Pool page fffff803712e5000 region is Unknown\n"
                            "fffff803712e5000 is not a valid large pool allocation, checking large session pool...\n"
                            "Unable to read large session pool table (Session data is not present in mini and kernel-only dumps)\n"
                            "fffff803712e5000 is not valid pool. Checking for freed (or corrupt) pool\n"
                            "Address fffff803712e5000 could not be read. It may be a freed, invalid or paged out page\n"
                            "1: kd> !pool fffff80371200000\n"
                            "*fffff80371200000 : large page allocation, tag is , size is 0x1000 bytes\n");
    ASSERT_EQ(s.poolBlocks.size(), 1u);
    const PoolBlock& large = s.poolBlocks.front();
    EXPECT_EQ(large.address, 0xfffff901400d0000u);
    EXPECT_EQ(large.tag, PoolTag("Gh05"));
    EXPECT_EQ(large.size, 0x1090u);
    EXPECT_TRUE(large.largePool);
    EXPECT_FALSE(large.previousSize); // large allocations have no pool header
    EXPECT_EQ(large.type, PoolType::Unknown);
    EXPECT_EQ(s.skipCounts.lines, 1u); // the large page line without a tag
    EXPECT_TRUE(mentions(s, "large page allocation, tag is <tag>"));
}

TEST(WindbgPoolCommands, PoolWithContentsElisionAndQuotaProcess)
{
    // !pool <a> 1 prints the contents under each header; 32-bit, tags shorter than four
    // characters, the quota process after a tag, "....." where the author cut.
    const Snapshot s = read("kd> !pool e1001050 1\n"
                            " e1001000 size:   40 previous size:    0  (Allocated)  MmDT\n"
                            " e1001008  ffffffff 0057005c 004e0049 004f0044\n"
                            "    e1001018  ffffffff 0053005c 00730079 00650074\n"
                            "\n"
                            " e1001040 size:   10 previous size:   40  (Free)       Mm  \n"
                            " e1001048  ffffffff e1007ba8 e1501a58 01028101\n"
                            " e1001118 size:   48 previous size:   20  (Allocated)  Vad \n"
                            " e1001160 size:   68 previous size:   48  (Allocated)  NpFn Process: 8507a030\n"
                            "......\n");
    EXPECT_EQ(s.poolBlocks.size(), 4u);
    ASSERT_NE(blockAt(s, 0xe1001040), nullptr);
    EXPECT_EQ(blockAt(s, 0xe1001040)->tag, PoolTag("Mm"));
    ASSERT_NE(blockAt(s, 0xe1001118), nullptr);
    EXPECT_EQ(blockAt(s, 0xe1001118)->tag, PoolTag("Vad "));
    ASSERT_NE(blockAt(s, 0xe1001160), nullptr);
    EXPECT_EQ(blockAt(s, 0xe1001160)->tag, PoolTag("NpFn"));
    EXPECT_EQ(blockAt(s, 0xe1001160)->previousSize, 0x48u);
    EXPECT_EQ(s.pointerSize, 4u);
    EXPECT_EQ(s.skipCounts.lines, 0u) << (s.diagnostics.empty() ? "" : s.diagnostics.front().message);
}

TEST(WindbgPoolCommands, PoolBlockLinesCutShortAreCounted)
{
    const Snapshot s = read("kd> !pool 8904a180\n"
                            " 8904a080 size:   e0 previous size:   20  (Allocated)  Dire (Protected)\n"
                            "*8904a160 size:  280 previous size:   e0  (Alloc\n"
                            " 8904a3e0 size:  280 previous\n"
                            " 8904a660 size:  2g0 previous size:  280  (Allocated)  Thre\n"
                            " 8904a8e0 size:  280 previous size:  280  (Allocated)  Threads\n");
    EXPECT_EQ(s.poolBlocks.size(), 1u);
    EXPECT_TRUE(blockAt(s, 0x8904a080) && blockAt(s, 0x8904a080)->isProtected);
    EXPECT_EQ(s.skipCounts.lines, 4u);
    EXPECT_TRUE(mentions(s, "expected a pool tag after the sizes"));
    EXPECT_TRUE(mentions(s, "expected '<address> size: <hex>"));
}

TEST(WindbgPoolCommands, PoolfindWindows10LinesNameTheirPool)
{
    const Snapshot s = read("12: kd> !poolfind -nonpaged -tag \"Proc\"\n"
                            "\n"
                            "Scanning large pool allocation table for tag 0x636f7250 (Proc) (ffff8287ae4a0000 : ffff8287ae6a0000)\n"
                            "\n"
                            "ffff8287befc4060 : tag Proc, size     0xe70, Nonpaged pool\n"
                            "ffff8287ad34f000 : tag Proc, size    0x1000, Nonpaged pool\n"
                            "ffffe00008b00c10 : tag Irp , size     0x4b0, Nonpaged pool\n"
                            "ffffc0012345a000 : tag Proc, size     0x2c0, Paged pool\n"
                            "ffff8287c07f3030 : tag P\n"
                            "ffff8287c07f4030 : tag Proc, size     0xq70, Nonpaged pool\n");
    ASSERT_EQ(s.poolBlocks.size(), 4u);
    const PoolBlock* first = blockAt(s, 0xffff8287befc4060);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->tag, PoolTag("Proc"));
    EXPECT_EQ(first->size, 0xe70u);
    EXPECT_EQ(first->type, PoolType::NonPaged);
    EXPECT_FALSE(first->allocated); // the Windows 10 line does not say
    EXPECT_FALSE(first->previousSize);
    EXPECT_FALSE(first->largePool);
    ASSERT_NE(blockAt(s, 0xffffe00008b00c10), nullptr);
    EXPECT_EQ(blockAt(s, 0xffffe00008b00c10)->tag, PoolTag("Irp "));
    ASSERT_NE(blockAt(s, 0xffffc0012345a000), nullptr);
    EXPECT_EQ(blockAt(s, 0xffffc0012345a000)->type, PoolType::Paged);
    EXPECT_EQ(s.skipCounts.lines, 2u);
    EXPECT_TRUE(mentions(s, "tag <tag>, size 0x<hex>"));
}

TEST(WindbgPoolCommands, PoolfindWindows10PastedWithoutPromptWithCrlf)
{
    const Snapshot s = read("Scanning large pool allocation table for tag 0x65726854 (Thre) (ffffe00001e00000 : ffffe00002000000)\r\n"
                            "\r\n"
                            "ffffe00001234000 : tag Thre, size     0x280, Nonpaged pool\r\n"
                            "ffffe00001234280 : tag Thre, size     0x280, Nonpaged pool\r\n");
    EXPECT_EQ(s.poolBlocks.size(), 2u);
    ASSERT_NE(blockAt(s, 0xffffe00001234280), nullptr);
    EXPECT_EQ(blockAt(s, 0xffffe00001234280)->size, 0x280u);
    EXPECT_EQ(s.skipCounts.lines, 0u);
    EXPECT_EQ(s.skipCounts.unrecognised, 0u);
}

TEST(WindbgPoolCommands, PoolfindPoolTypeFromTheArgumentsWhenNoHeadingSaysIt)
{
    // Output cut before the "Searching" heading: the pool type argument still tells.
    const Snapshot s = read("kd> !poolfind SeSd 1\n"
                            "e10000b0 size:   d0 previous size:   20  (Allocated) SeSd\n");
    ASSERT_EQ(s.poolBlocks.size(), 1u);
    EXPECT_EQ(s.poolBlocks.front().type, PoolType::Paged);
}

TEST(WindbgPoolCommands, BlockLinesCutAtEveryByteNeverHalfFillABlock)
{
    // A truncated log ends anywhere in a line: each cut either reads a whole block, is
    // counted as skipped, or is a heading; never a block without its size or tag.
    struct Case {
        const char* prompt;
        std::string_view full;
        std::uint32_t size;
    };
    const Case cases[] = {
        {"kd> !pool 8904a180", "*8904a160 size:  280 previous size:   e0  (Allocated) *Thre (Protected)", 0x280},
        {"kd> !pool fffff901400d0000", "*fffff901400d0000 : large page allocation, tag is Gh05, size is 0x1090 bytes", 0x1090},
        {"kd> !poolfind Proc", "ffff8287befc4060 : tag Proc, size     0xe70, Nonpaged pool", 0xe70},
        {"kd> !poolfind SeSd 0", "82721c00 size:   10 previous size:   30  (Free)      SeSd", 0x10},
    };
    for (const auto& [prompt, full, size] : cases) {
        for (std::size_t cut = 0; cut <= full.size(); ++cut) {
            const Snapshot s = read(std::string(prompt) + "\n" + std::string(full.substr(0, cut)) + "\n");
            ASSERT_LE(s.poolBlocks.size() + s.skipCounts.lines, 1u) << full.substr(0, cut);
            for (const PoolBlock& b : s.poolBlocks) {
                EXPECT_EQ(b.size, size) << full.substr(0, cut); // a cut figure is not read short
                EXPECT_FALSE(b.tag == PoolTag("")) << full.substr(0, cut);
            }
        }
        EXPECT_EQ(read(std::string(prompt) + "\n" + std::string(full) + "\n").poolBlocks.size(), 1u) << full;
    }
}
