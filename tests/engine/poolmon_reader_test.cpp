#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/shared_data.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

constexpr std::uint64_t K = 1024;

std::string readShared(const std::string& relative)
{
    const auto path = testdata::sharedFile(relative);
    if (path.empty())
        return {};
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

#define SHARED_OR_SKIP(var, relative)                                                                                  \
    const std::string var = readShared(relative);                                                                      \
    if (var.empty())                                                                                                   \
        GTEST_SKIP() << "../shared/" << relative << " not present";

SnapshotSeries readOk(const std::string& text, const std::string& name = "poolmon.log")
{
    auto series = readPoolmon(decodeText(text, name));
    EXPECT_TRUE(series.ok()) << (series.ok() ? "" : series.error().describe());
    return series.ok() ? std::move(series.value()) : SnapshotSeries{};
}

const PoolTagStat* findTag(const Snapshot& s, std::string_view tag)
{
    for (const auto& t : s.poolTags)
        if (t.tag == PoolTag(tag))
            return &t;
    return nullptr;
}

bool hasDiagnostic(const Snapshot& s, std::string_view text, std::uint32_t line = 0)
{
    return std::any_of(s.diagnostics.begin(), s.diagnostics.end(), [&](const Diagnostic& d) {
        return d.message.find(text) != std::string::npos && (line == 0 || d.where.line == line);
    });
}

std::string toUtf16LeWithBom(const std::string& text)
{
    std::string out("\xFF\xFE", 2);
    for (char c : text) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

std::string withCrlf(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out.push_back('\r');
        out.push_back(c);
    }
    return out;
}

// Written for these tests in the layout of poolmon's x86 display (`poolmon /s0`).
const char* const kSessionScreen =
    "Memory:  523572K Avail:  233024K  PageFlts:   525   InRam Krnl: 1828K P:18384K\n"
    " Commit: 193760K Limit:1279764K Peak: 987356K            Pool N:14340K P:18644K\n"
    " Session 0 pool information\n"
    " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
    "\n"
    " Gcac Paged      3762 (   0)      3707 (   0)       55  283632 (     0)   5156\n"
    " Dh 1 Paged        24 (   0)        24 (   0)        0       0 (     0)      0\n"
    " Usqm Nonp         12 (   2)         2 (   0)       10    1280 (   256)    128\n";

} // namespace

TEST(PoolmonReader, ReadsTheRealDisplayScreen)
{
    SHARED_OR_SKIP(text, "fixtures/poolmon/poolmon-display__0.txt");
    const auto series = readOk(text, "poolmon-display__0.txt");
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.label, "poolmon-display__0.txt screen 1");
    EXPECT_EQ(s.summary.physicalMemory, 260620 * K);
    EXPECT_EQ(s.summary.availableMemory, 96364 * K);
    EXPECT_EQ(s.summary.pageFaults, 0u);
    EXPECT_EQ(s.summary.kernelInRam, 1916 * K);
    EXPECT_EQ(s.summary.pagedInRam, 17856 * K); // "P:17856K", glued
    EXPECT_EQ(s.summary.commit, 203500 * K);
    EXPECT_EQ(s.summary.commitLimit, 640916 * K);
    EXPECT_EQ(s.summary.commitPeak, 260632 * K);
    EXPECT_EQ(s.summary.nonPagedUsage, 8332 * K);
    EXPECT_EQ(s.summary.pagedUsage, 27220 * K);
    EXPECT_EQ(s.summary.where.line, 1u);
    EXPECT_FALSE(s.summary.nonPagedMaximum); // poolmon does not tell: absent, not zero

    ASSERT_EQ(s.poolTags.size(), 8u);
    const PoolTagStat& wait = s.poolTags[0];
    EXPECT_EQ(wait.tag, PoolTag("Wait"));
    EXPECT_EQ(wait.type, PoolType::NonPaged);
    EXPECT_EQ(wait.allocs, 3971107u);
    EXPECT_EQ(wait.allocsDelta, 0);
    EXPECT_EQ(wait.frees, 3971077u);
    EXPECT_EQ(wait.outstanding, 30);
    EXPECT_EQ(wait.bytes, 8456u);
    EXPECT_EQ(wait.bytesDelta, 0);
    EXPECT_EQ(wait.bytesPerAlloc, 281u);
    EXPECT_TRUE(wait.driver.empty());
    EXPECT_EQ(wait.where.line, 6u);

    const PoolTagStat* io = findTag(s, "Io  ");
    ASSERT_NE(io, nullptr);
    EXPECT_EQ(io->tag.chars(), "Io  ");
    EXPECT_EQ(io->allocs, 1021112u);
    EXPECT_EQ(io->allocsDelta, 1);
    EXPECT_EQ(io->freesDelta, 1);
    EXPECT_EQ(io->outstanding, 127);
    EXPECT_EQ(io->bytes, 91912u);

    const PoolTagStat* key = findTag(s, "Key ");
    ASSERT_NE(key, nullptr);
    EXPECT_EQ(key->type, PoolType::Paged);
    EXPECT_EQ(key->outstanding, 842);
    EXPECT_EQ(key->bytes, 87528u);
    EXPECT_EQ(s.poolTags.back().tag, PoolTag("SePa"));
    EXPECT_EQ(s.poolTags.back().where.line, 13u);

    EXPECT_EQ(s.skipCounts.lines, 0u);
    EXPECT_EQ(s.skipCounts.unrecognised, 0u);
    EXPECT_TRUE(s.diagnostics.empty()) << s.diagnostics.front().message;
}

TEST(PoolmonReader, ReadsTheMappedDriverColumn)
{
    SHARED_OR_SKIP(text, "fixtures/poolmon/poolmon-examples__10.txt");
    const auto series = readOk(text);
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.summary.availableMemory, 65152 * K);
    EXPECT_EQ(s.summary.pageFaults, 85u);
    EXPECT_EQ(s.summary.pagedUsage, 33024 * K);
    ASSERT_EQ(s.poolTags.size(), 13u);
    const PoolTagStat& first = s.poolTags[0];
    EXPECT_EQ(first.tag, PoolTag("NtFA"));
    EXPECT_EQ(first.driver, "ntfs.sys");
    EXPECT_EQ(first.description, "AttrSup.c");
    const PoolTagStat* bitmap = findTag(s, "NtFB");
    ASSERT_NE(bitmap, nullptr);
    EXPECT_EQ(bitmap->bytes, 252088u);
    EXPECT_EQ(bitmap->bytesPerAlloc, 25208u);
    const PoolTagStat* strucSup = findTag(s, "NtFs"); // tags are case-sensitive: NtFS is another row
    ASSERT_NE(strucSup, nullptr);
    EXPECT_EQ(strucSup->type, PoolType::NonPaged);
    EXPECT_EQ(strucSup->outstanding, 1599);
    EXPECT_EQ(strucSup->description, "StrucSup.c");
    EXPECT_EQ(findTag(s, "NtFS")->description, "SecurSup.c");
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(PoolmonReader, TwoRealScreensWithoutLeadingSpaceMakeASeries)
{
    SHARED_OR_SKIP(first, "fixtures/poolmon/poolmon-examples__18.txt");
    SHARED_OR_SKIP(second, "fixtures/poolmon/poolmon-examples__19.txt");
    const auto series = readOk(first + "\n" + second, "drsd.log");
    ASSERT_EQ(series.size(), 2u);
    const Snapshot& a = series.snapshots[0];
    const Snapshot& b = series.snapshots[1];
    EXPECT_EQ(a.label, "drsd.log screen 1");
    EXPECT_EQ(b.label, "drsd.log screen 2");
    EXPECT_EQ(a.summary.pagedInRam, 7988 * K); // "P: 7988K", spaced
    EXPECT_EQ(a.summary.commit, 30104 * K);
    EXPECT_EQ(b.summary.pagedUsage, 8012 * K);
    EXPECT_EQ(b.summary.where.line, 7u);
    ASSERT_EQ(a.poolTags.size(), 1u);
    ASSERT_EQ(b.poolTags.size(), 1u);
    EXPECT_EQ(a.poolTags[0].tag, PoolTag("Drsd"));
    EXPECT_EQ(a.poolTags[0].allocs, 560u);
    EXPECT_EQ(a.poolTags[0].allocsDelta, 177);
    EXPECT_EQ(a.poolTags[0].freesDelta, 171);
    EXPECT_EQ(a.poolTags[0].outstanding, 21);
    EXPECT_EQ(a.poolTags[0].bytes, 17472u);
    EXPECT_EQ(a.poolTags[0].bytesDelta, 4992);
    EXPECT_EQ(a.poolTags[0].bytesPerAlloc, 832u);
    EXPECT_EQ(b.poolTags[0].allocs, 737u);
    EXPECT_EQ(b.poolTags[0].outstanding, 27);
    EXPECT_EQ(b.poolTags[0].bytes, 22464u);
    EXPECT_EQ(b.poolTags[0].where.line, 11u);
}

TEST(PoolmonReader, ReadsTheMarkdownMangledLeakScreen)
{
    SHARED_OR_SKIP(text, "fixtures/poolmon/using-poolmon-to-find-a-kernel-mode-memory-leak__0.txt");
    const auto series = readOk(text);
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.summary.physicalMemory, 16224 * K);
    EXPECT_EQ(s.summary.kernelInRam, 684 * K);
    EXPECT_EQ(s.summary.pagedInRam, 680 * K);
    EXPECT_EQ(s.summary.nonPagedUsage, 744 * K);
    EXPECT_EQ(s.summary.pagedUsage, 2180 * K);
    ASSERT_EQ(s.poolTags.size(), 4u);
    // Spacing collapsed by the page: the tag is the text before the type, padded.
    EXPECT_EQ(s.poolTags[0].tag.chars(), "CM  ");
    EXPECT_EQ(s.poolTags[0].bytes, 1377312u);
    EXPECT_EQ(s.poolTags[0].allocsDelta, 0); // "( 0)"
    EXPECT_EQ(s.poolTags[1].tag.chars(), "Strg");
    EXPECT_EQ(s.poolTags[1].bytesDelta, 512);
    EXPECT_EQ(s.poolTags[2].tag.chars(), "Fat ");
    EXPECT_EQ(s.poolTags[2].outstanding, 1691);
    EXPECT_EQ(s.poolTags[3].tag.chars(), "MmSt");
    EXPECT_EQ(s.poolTags[3].bytesPerAlloc, 482u);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(PoolmonReader, FindsTheScreenInsideTheBlogPostSeed)
{
    const auto path = testdata::sharedFile("seeds/003_feb5665bd0be64e9.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const auto doc = loadTextFile(path.string());
    ASSERT_TRUE(doc.ok());
    const auto series = readPoolmon(*doc);
    ASSERT_TRUE(series.ok()) << series.error().describe();
    ASSERT_EQ(series->size(), 1u);
    const Snapshot& s = series->snapshots[0];
    EXPECT_EQ(s.summary.where.line, 41u);
    EXPECT_EQ(s.summary.availableMemory, 4564 * K);
    EXPECT_EQ(s.summary.commitLimit, 24952 * K);
    ASSERT_EQ(s.poolTags.size(), 4u);
    // Indented by the document: " CM " and " Fat" sit in poolmon's tag column, "Strg" does not.
    EXPECT_EQ(s.poolTags[0].tag.chars(), "CM  ");
    EXPECT_EQ(s.poolTags[0].where.line, 47u);
    EXPECT_EQ(s.poolTags[1].tag.chars(), "Strg");
    EXPECT_EQ(s.poolTags[1].allocsDelta, 10);
    EXPECT_EQ(s.poolTags[2].tag.chars(), "Fat ");
    EXPECT_EQ(s.poolTags[2].freesDelta, 6);
    EXPECT_EQ(s.poolTags[3].tag.chars(), "MmSt");
    // The article's prose: 17 lines before the screen, 7 after its rows.
    EXPECT_EQ(s.skipCounts.unrecognised, 17u);
    EXPECT_EQ(s.skipCounts.lines, 7u);
    EXPECT_TRUE(hasDiagnostic(s, "not poolmon output", 60)); // "gflags /r -ptg"
    EXPECT_TRUE(hasDiagnostic(s, "17 lines before line 41"));
}

TEST(PoolmonReader, SessionPoolScreensGiveSessionPoolTypes)
{
    const auto series = readOk(std::string(kSessionScreen) +
                               "\n"
                               " Memory:  260620K Avail:   44956K  PageFlts:   308   InRam Krnl: 2744K P:20444K\n"
                               " Commit: 185452K Limit: 640872K Peak: 192472K            Pool N: 8112K P:20648K\n"
                               " All sessions pool information\n"
                               " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n");
    ASSERT_EQ(series.size(), 2u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.label, "poolmon.log screen 1 (Session 0 pool)");
    EXPECT_EQ(s.summary.commitLimit, 1279764 * K); // "Limit:1279764K", glued
    EXPECT_EQ(s.summary.nonPagedUsage, 14340 * K);
    ASSERT_EQ(s.poolTags.size(), 3u);
    EXPECT_EQ(s.poolTags[0].type, PoolType::SessionPaged);
    EXPECT_EQ(s.poolTags[1].tag.chars(), "Dh 1"); // a tag with a space inside
    EXPECT_EQ(s.poolTags[2].type, PoolType::SessionNonPaged);
    EXPECT_EQ(s.poolTags[2].bytesDelta, 256);
    // A session screen with no allocations still tells the memory figures.
    const Snapshot& empty = series.snapshots[1];
    EXPECT_EQ(empty.label, "poolmon.log screen 2 (All sessions pool)");
    EXPECT_TRUE(empty.poolTags.empty());
    EXPECT_EQ(empty.summary.pagedUsage, 20648 * K);
}

TEST(PoolmonReader, TagColumnFollowsPoolmonsFixedWidth)
{
    const auto series = readOk(" Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
                               "\n"
                               " Fat  Paged      6662 (   8)      4971 (   6)     1691  174560 (   128)    103\n"
                               "CM   Paged      1283 (   0)      1002 (   0)      281 1377312 (     0)   4901\n"
                               "  Xyz Nonp          5 (   0)         1 (   0)        4     256 (     0)     64\n"
                               "Io Nonp 1021112 ( 1) 1020985 ( 1) 127 91912 ( 0) 723\n"
                               " Nonp Nonp         7 (   0)         7 (   0)        0       0 (     0)      0\n");
    ASSERT_EQ(series.size(), 1u);
    const auto& rows = series.snapshots[0].poolTags;
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].tag.chars(), "Fat "); // poolmon prints " %4s": the leading blank is its own
    EXPECT_EQ(rows[1].tag.chars(), "CM  ");
    EXPECT_EQ(rows[2].tag.chars(), " Xyz"); // a tag that really starts with a blank
    EXPECT_EQ(rows[3].tag.chars(), "Io  "); // spacing collapsed by a web page
    EXPECT_EQ(rows[3].bytes, 91912u);
    EXPECT_EQ(rows[4].tag.chars(), "Nonp"); // a tag that reads like a pool type
    EXPECT_EQ(rows[4].type, PoolType::NonPaged);
}

TEST(PoolmonReader, AppendedLogWithCrlfBlankLinesAndTotals)
{
    const std::string screen = " Memory:  260620K Avail:   96364K  PageFlts:     0   InRam Krnl: 1916K P:17856K\n"
                               " Commit: 203500K Limit: 640916K Peak: 260632K            Pool N: 8332K P:27220K\n"
                               " System pool information\n"
                               " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
                               "\n"
                               " Thre Nonp       9000 (  10)      1000 (   0)     8000 6400000 (  8000)    800\n"
                               " Even Nonp       4000 (   0)      3990 (   0)       10    1280 (     0)    128\n"
                               "\n"
                               "Total Nonp      13000 (  10)      4990 (   0)     8010 6401280 (  8000)    799\n";
    const auto series = readOk(withCrlf(screen + "\n\n" + screen + "\n" + screen));
    ASSERT_EQ(series.size(), 3u);
    for (const auto& s : series.snapshots) {
        ASSERT_EQ(s.poolTags.size(), 2u) << s.label;
        EXPECT_EQ(s.poolTags[0].tag, PoolTag("Thre"));
        EXPECT_EQ(s.poolTags[0].bytes, 6400000u);
        EXPECT_EQ(s.skipCounts.lines, 0u);
        EXPECT_EQ(s.summary.availableMemory, 96364 * K);
    }
    EXPECT_EQ(series.snapshots[1].summary.where.line, 12u);
    EXPECT_EQ(series.snapshots[2].poolTags[1].where.line, 28u);
    EXPECT_EQ(series.snapshots[2].label, "poolmon.log screen 3");
}

TEST(PoolmonReader, Utf16LogReadsLikeTheAsciiOne)
{
    SHARED_OR_SKIP(text, "fixtures/poolmon/poolmon-display__0.txt");
    const auto doc = decodeText(toUtf16LeWithBom(withCrlf(text)), "poolmon-utf16.log");
    ASSERT_EQ(doc.encoding, TextEncoding::Utf16LE);
    const auto series = readPoolmon(doc);
    ASSERT_TRUE(series.ok());
    ASSERT_EQ(series->size(), 1u);
    const Snapshot& s = series->snapshots[0];
    ASSERT_EQ(s.poolTags.size(), 8u);
    EXPECT_EQ(s.poolTags[4].tag.chars(), "Io  ");
    EXPECT_EQ(s.poolTags[6].bytes, 87528u);
    EXPECT_EQ(s.summary.nonPagedUsage, 8332 * K);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(PoolmonReader, TruncatedLastScreenKeepsTheWholeRows)
{
    SHARED_OR_SKIP(text, "fixtures/poolmon/poolmon-display__0.txt");
    // Cut inside the last row's Frees "(   0)".
    const std::string cut = text.substr(0, text.find(" SePa Nonp") + 42);
    const auto series = readOk(cut);
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.poolTags.size(), 7u);
    EXPECT_EQ(s.poolTags.back().tag, PoolTag("Key "));
    EXPECT_EQ(s.skipCounts.lines, 1u);
    EXPECT_TRUE(hasDiagnostic(s, "poolmon row cut short: expected a closed '(delta)' after Frees", 13));

    // Cut after Bytes: the Per Alloc column is missing.
    const std::string cut2 = text.substr(0, text.find(" SePa Nonp") + 71);
    const auto series2 = readOk(cut2);
    ASSERT_EQ(series2.size(), 1u);
    EXPECT_EQ(series2.snapshots[0].poolTags.size(), 7u);
    EXPECT_TRUE(hasDiagnostic(series2.snapshots[0], "cut short: expected Per Alloc after Bytes", 13));
}

TEST(PoolmonReader, GarbageLinesAreCountedSkipsWithLineNumbers)
{
    const auto series = readOk(" Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
                               "\n"
                               " Thre Nonp       9000 (  10)      1000 (   0)     8000 6400000 (  8000)    800\n"
                               "#$%&/()=?\n"
                               " Even Nonp       4x00 (   0)      3990 (   0)       10    1280 (     0)    128\n"
                               " Toke Paged       300 (   0)       200 (   0)      100   51200 (     0)    512\n"
                               " TooLongTag Paged 300 (   0)       200 (   0)      100   51200 (     0)    512\n"
                               " Mute Nonp        300 (   0       200 (   0)      100   51200 (     0)    512\n");
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    ASSERT_EQ(s.poolTags.size(), 2u);
    EXPECT_EQ(s.poolTags[1].tag, PoolTag("Toke"));
    EXPECT_EQ(s.skipCounts.lines, 4u);
    EXPECT_TRUE(hasDiagnostic(s, "not poolmon output", 4));
    EXPECT_TRUE(hasDiagnostic(s, "expected Allocs after the pool type", 5));
    EXPECT_TRUE(hasDiagnostic(s, "expected a tag of at most 4 characters", 7));
    EXPECT_TRUE(hasDiagnostic(s, "expected a closed '(delta)' after Allocs", 8));
}

TEST(PoolmonReader, ElidedRowsAreKeptAndTheScreenIsMarkedIncomplete)
{
    const auto series = readOk(" Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n"
                               "\n"
                               " Thre Nonp       9000 (  10)      1000 (   0)     8000 6400000 (  8000)    800\n"
                               " ......\n"
                               " Toke Paged       300 (   0)       200 (   0)      100   51200 (     0)    512\n"
                               " ...\n");
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.poolTags.size(), 2u);
    EXPECT_EQ(s.skipCounts.lines, 0u);
    EXPECT_TRUE(hasDiagnostic(s, "this screen is incomplete", 4));
    EXPECT_TRUE(hasDiagnostic(s, "this screen is incomplete", 6));
}

TEST(PoolmonReader, ScreensWithoutHeaderAreSplitWhereATagRepeats)
{
    const std::string rows = " Thre Nonp       9000 (  10)      1000 (   0)     8000 6400000 (  8000)    800\n"
                             " Thre Paged        20 (   0)        10 (   0)       10    1000 (     0)    100\n"
                             " Toke Paged       300 (   0)       200 (   0)      100   51200 (     0)    512\n";
    const auto series = readOk(rows + rows + "\n" + rows);
    ASSERT_EQ(series.size(), 3u);
    for (const auto& s : series.snapshots) {
        EXPECT_EQ(s.poolTags.size(), 3u);
        EXPECT_TRUE(s.summary.empty());
    }
    EXPECT_TRUE(hasDiagnostic(series.snapshots[0], "screen 1 has no header"));
    EXPECT_TRUE(hasDiagnostic(series.snapshots[1], "tag 'Thre' (Nonpaged) appears again: screen 2", 4));
    EXPECT_EQ(series.snapshots[2].poolTags[0].where.line, 8u);
}

TEST(PoolmonReader, ReadsSnapshotLogsWithoutDeltasAndHugeCounts)
{
    // The `poolmon /n` layout of the x64 build: no deltas, 64-bit fields.
    const auto series = readOk("\n"
                               " Tag  Type     Allocs            Frees               Diff            Bytes     "
                               "            Per Alloc\n"
                               "\n"
                               " Thre Nonp           7416599345          7416276190            323155      "
                               "208968960              646        \n"
                               " Huge Paged  18446744073709551615  18446744073709551614                 1  "
                               "1099511627776    1099511627776        \n");
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    ASSERT_EQ(s.poolTags.size(), 2u);
    EXPECT_EQ(s.poolTags[0].allocs, 7416599345u);
    EXPECT_EQ(s.poolTags[0].outstanding, 323155);
    EXPECT_EQ(s.poolTags[0].bytes, 208968960u);
    EXPECT_FALSE(s.poolTags[0].allocsDelta); // not printed: absent, not zero
    EXPECT_FALSE(s.poolTags[0].bytesDelta);
    EXPECT_EQ(s.poolTags[1].allocs, 18446744073709551615u);
    EXPECT_EQ(s.poolTags[1].bytes, 1099511627776u);
    EXPECT_EQ(s.skipCounts.lines, 0u);
}

TEST(PoolmonReader, NumbersOfEveryWidthAreReadExactly)
{
    // The reader takes digits eight at a time; every width and every position near the
    // end of the line must give the same value as reading them one by one.
    std::uint64_t state = 12345;
    const auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return state >> 11;
    };
    const auto number = [&](int digits) {
        std::uint64_t v = next() % 9 + 1;
        for (int i = 1; i < digits; ++i)
            v = v * 10 + next() % 10;
        return v;
    };
    std::string log;
    std::vector<std::array<std::uint64_t, 5>> expected;
    for (int row = 0; row < 400; ++row) {
        const std::uint64_t frees = number(1 + row % 18);
        const std::uint64_t allocs = frees + number(1 + (row / 18) % 12);
        const std::uint64_t bytes = number(1 + (row * 7) % 19);
        const std::uint64_t each = number(1 + (row * 5) % 19);
        const int delta = static_cast<int>(next() % 2000) - 1000;
        expected.push_back({allocs, frees, allocs - frees, bytes, each});
        log += fmt::format(" T{:03d} Paged {} ({}) {} (0) {} {} ({}) {}\n", row, allocs, delta, frees, allocs - frees,
                           bytes, delta, each);
    }
    const auto series = readOk(log);
    ASSERT_EQ(series.size(), 1u);
    const auto& rows = series.snapshots[0].poolTags;
    ASSERT_EQ(rows.size(), expected.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].allocs, expected[i][0]) << i;
        EXPECT_EQ(rows[i].frees, expected[i][1]) << i;
        EXPECT_EQ(rows[i].outstanding, static_cast<std::int64_t>(expected[i][2])) << i;
        EXPECT_EQ(rows[i].bytes, expected[i][3]) << i;
        EXPECT_EQ(rows[i].bytesPerAlloc, expected[i][4]) << i; // the last field: fewer than 8 bytes left
    }
    EXPECT_TRUE(series.snapshots[0].diagnostics.size() == 1u); // only "screen 1 has no header"
}

TEST(PoolmonReader, NegativeCountersOfA32BitPoolmonAreReadAsUnsigned)
{
    const auto series = readOk(" Thre Nonp  -1794967296 (   0) -1794967396 (   0)      100   80000 (     0)    800\n");
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    ASSERT_EQ(s.poolTags.size(), 1u);
    EXPECT_EQ(s.poolTags[0].allocs, 2500000000u);
    EXPECT_EQ(s.poolTags[0].frees, 2499999900u);
    EXPECT_EQ(s.poolTags[0].outstanding, 100);
    EXPECT_TRUE(hasDiagnostic(s, "read as unsigned 32-bit counters", 1));
}

TEST(PoolmonReader, DiffThatDisagreesWithTheCountersIsKeptAndSaid)
{
    const auto series = readOk(" Thre Nonp       9000 (  10)      1000 (   0)     7999 6400000 (  8000)    800\n"
                               " Toke Paged       300 (   0)       200 (   0)      100   51200 (     0)    512\n");
    ASSERT_EQ(series.size(), 1u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.poolTags[0].outstanding, 7999);
    EXPECT_TRUE(hasDiagnostic(s, "1 rows have a Diff that is not Allocs - Frees", 1));
}

TEST(PoolmonReader, MappedDriverVariants)
{
    const auto series = readOk(
        " Tag  Type     Allocs            Frees            Diff   Bytes      Per Alloc  Mapped_Driver\n"
        "\n"
        " IpEQ Nonp          1 (   0)         0 (   0)        1    1808 (     0)   1808 [ipsec][ipsec.sys    -  event "
        "queue]\n"
        " 1MEM Nonp          1 (   0)         0 (   0)        1    3344 (     0)   3344 Unknown Driver\n"
        " GPal Paged        11 (   0)         8 (   0)        3     816 (     0)    272 [Gdi Objects]\n"
        " 2MEM Nonp          1 (   0)         0 (   0)        1    3944 (     0)   3944 [el90xbc5]\n");
    ASSERT_EQ(series.size(), 1u);
    const auto& rows = series.snapshots[0].poolTags;
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].driver, "ipsec");
    EXPECT_EQ(rows[0].description, "event queue");
    EXPECT_TRUE(rows[1].driver.empty()); // poolmon's way of saying it does not know
    EXPECT_TRUE(rows[1].description.empty());
    EXPECT_TRUE(rows[2].driver.empty());
    EXPECT_EQ(rows[2].description, "Gdi Objects");
    EXPECT_EQ(rows[3].driver, "el90xbc5");
}

TEST(PoolmonReader, DamagedHeadersLeaveFiguresAbsentAndSayWhich)
{
    const auto series = readOk(" Memory:  260620K Avail:   xxxxK  PageFlts:     0   InRam Krnl: 1916K P:17856K\n"
                               " Commit: 203500K Limit: 640916K Peak: 2606\n"
                               " Thre Nonp       9000 (  10)      1000 (   0)     8000 6400000 (  8000)    800\n"
                               " Commit: 203500K Limit: 640916K Peak: 260632K            Pool N: 8332K P:27220K\n"
                               " Memory: nothing here at all\n");
    ASSERT_EQ(series.size(), 3u);
    const Snapshot& s = series.snapshots[0];
    EXPECT_EQ(s.summary.physicalMemory, 260620 * K);
    EXPECT_FALSE(s.summary.availableMemory);
    EXPECT_EQ(s.summary.pageFaults, 0u);
    EXPECT_EQ(s.summary.commitPeak, 2606 * K);
    EXPECT_FALSE(s.summary.nonPagedUsage);
    EXPECT_TRUE(hasDiagnostic(s, "expected a figure after 'Avail:'", 1));
    EXPECT_TRUE(hasDiagnostic(s, "expected a figure after 'N:'", 2));
    EXPECT_EQ(s.poolTags.size(), 1u);
    // A Commit line after rows starts the next screen even without its Memory line.
    EXPECT_EQ(series.snapshots[1].summary.where.line, 4u);
    EXPECT_EQ(series.snapshots[1].summary.commit, 203500 * K);
    EXPECT_EQ(series.snapshots[2].skipCounts.lines, 1u);
    EXPECT_TRUE(hasDiagnostic(series.snapshots[2], "poolmon header not understood", 5));
}

TEST(PoolmonReader, TextWithoutAnyScreenIsAnError)
{
    const auto series = readPoolmon(decodeText("Dear support,\nthe server is slow.\n", "mail.txt"));
    ASSERT_FALSE(series.ok());
    EXPECT_EQ(series.error().file, "mail.txt");
    EXPECT_NE(series.error().message.find("no poolmon screen found"), std::string::npos);
    EXPECT_NE(series.error().message.find("2 lines of other text"), std::string::npos);
    EXPECT_FALSE(readPoolmon(decodeText("", "empty.log")).ok());
}

TEST(PoolmonReader, SniffsPoolmonAndNothingElse)
{
    EXPECT_TRUE(looksLikePoolmon(" Memory:  260620K Avail:   96364K  PageFlts:     0   InRam Krnl: 1916K P:17856K\n"));
    EXPECT_TRUE(looksLikePoolmon("## Tag   Type     Allocs         Frees         Diff    Bytes   Per Alloc\n"));
    EXPECT_TRUE(looksLikePoolmon(kSessionScreen));
    const std::string rows = " Thre Nonp       9000 (  10)      1000 (   0)     8000 6400000 (  8000)    800\n";
    EXPECT_TRUE(looksLikePoolmon(rows + rows + rows));
    EXPECT_FALSE(looksLikePoolmon(rows));
    EXPECT_FALSE(looksLikePoolmon("Microsoft (R) Windows Debugger\n0: kd> !vm\n"));
    EXPECT_FALSE(looksLikePoolmon(" Thre    323155 208968960       0         0 Thread objects , Binary: nt!ps\n"));
    EXPECT_FALSE(looksLikePoolmon(""));
    for (const char* fixture : {"fixtures/poolmon/poolmon-display__0.txt", "fixtures/poolmon/poolmon-examples__10.txt",
                                "fixtures/poolmon/poolmon-examples__18.txt",
                                "fixtures/poolmon/using-poolmon-to-find-a-kernel-mode-memory-leak__0.txt"}) {
        const std::string text = readShared(fixture);
        if (!text.empty()) {
            EXPECT_TRUE(looksLikePoolmon(text)) << fixture;
        }
    }
    const std::string windbg = readShared("fixtures/windbg/cmd-poolused__1.txt");
    if (!windbg.empty()) {
        EXPECT_FALSE(looksLikePoolmon(windbg));
    }
}

TEST(PoolmonReader, CancelStopsTheRead)
{
    const std::string log = testdata::generatePoolmonLogOfSize(2u << 20);
    std::atomic<bool> cancel{true};
    ReadControl control({}, &cancel);
    const auto series = readPoolmon(decodeText(log, "big.log"), control);
    ASSERT_FALSE(series.ok());
    EXPECT_NE(series.error().message.find("cancelled"), std::string::npos);
}

TEST(PoolmonReader, ReportsProgressUpToTheEnd)
{
    const std::string log = testdata::generatePoolmonLogOfSize(2u << 20);
    std::vector<double> reported;
    ReadControl control([&](double f) { reported.push_back(f); }, nullptr);
    ASSERT_TRUE(readPoolmon(decodeText(log, "big.log"), control).ok());
    ASSERT_GT(reported.size(), 2u);
    EXPECT_DOUBLE_EQ(reported.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
}

// The generator's logs are read back exactly: screens, rows and the planted growth.
class PoolmonReaderGenerated : public ::testing::TestWithParam<int> {};

TEST_P(PoolmonReaderGenerated, FindsExactlyWhatWasPlanted)
{
    testdata::PoolmonLogOptions options;
    options.screens = 12;
    options.tagsPerScreen = 90;
    options.seed = static_cast<std::uint32_t>(GetParam() + 1);
    options.deltas = (GetParam() & 1) == 0;
    options.wideNumbers = (GetParam() & 2) != 0;
    options.mappedDriver = (GetParam() & 4) != 0;
    options.sessionPool = GetParam() == 6;
    testdata::PoolmonLogFacts facts;
    const std::string log = testdata::generatePoolmonLog(options, &facts);
    const auto series = readOk(log, "generated.log");
    ASSERT_EQ(series.size(), facts.screens);
    for (const auto& s : series.snapshots) {
        EXPECT_EQ(s.poolTags.size(), facts.rowsPerScreen) << s.label;
        EXPECT_EQ(s.skipCounts.lines, 0u) << s.label;
        EXPECT_EQ(s.skipCounts.unrecognised, 0u) << s.label;
        EXPECT_TRUE(s.diagnostics.empty()) << s.label << ": " << s.diagnostics.front().message;
        EXPECT_EQ(s.poolTags.front().allocsDelta.has_value(), options.deltas);
    }
    const Snapshot& last = series.snapshots.back();
    EXPECT_EQ(last.summary.nonPagedUsage, facts.lastNonPagedPoolBytes);
    EXPECT_EQ(last.summary.pagedUsage, facts.lastPagedPoolBytes);
    ASSERT_EQ(facts.growing.size(), 3u);
    for (const auto& planted : facts.growing) {
        const PoolTagStat* first = findTag(series.snapshots.front(), planted.tag.chars());
        const PoolTagStat* end = findTag(last, planted.tag.chars());
        ASSERT_NE(first, nullptr) << planted.tag.display();
        ASSERT_NE(end, nullptr) << planted.tag.display();
        EXPECT_EQ(end->type, planted.type);
        EXPECT_EQ(first->bytes, planted.firstBytes);
        EXPECT_EQ(end->bytes, planted.lastBytes);
        EXPECT_EQ(end->outstanding, planted.lastOutstanding);
        EXPECT_GT(planted.lastBytes, planted.firstBytes);
        if (options.mappedDriver && planted.tag == PoolTag("Thre")) {
            EXPECT_EQ(end->driver, "nt!ps");
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Layouts, PoolmonReaderGenerated, ::testing::Range(0, 8));
