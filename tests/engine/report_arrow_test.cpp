// The report's arrows ("A -> B", a chain's "-> conclusion") never break across lines: a
// browser may break after a hyphen, so every "->" of the text sits in an element that does
// not wrap. The page's title, which takes no elements, keeps its text as it is.
#include "analysis/report/html_report.h"
#include "analysis/report/html_text.h"
#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/html_check.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

constexpr std::string_view kArrow = "<span class=\"arrow\">-&gt;</span>";

std::size_t occurrences(std::string_view text, std::string_view part)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string_view::npos; at = text.find(part, at + part.size()))
        ++n;
    return n;
}

} // namespace

TEST(ReportArrow, TextArrowsDoNotWrapAndTheTitleStaysText)
{
    html::Writer out;
    out.open("head").element("title", "Irp -> port").close();
    out.open("p").text("Thre 199 MB <- 323,155 handles -> a process; a->b->c").close();
    const std::string html = out.finish();
    EXPECT_NE(html.find("<title>Irp -&gt; port</title>"), std::string::npos) << html;
    EXPECT_EQ(occurrences(html, kArrow), 3u) << html;
    EXPECT_NE(html.find("Thre 199 MB &lt;- 323,155 handles <span class=\"arrow\">-&gt;</span> a process; a"), std::string::npos)
        << html;
    const testdata::HtmlDocument doc = testdata::parseHtml(html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    // The text reads as it was written.
    EXPECT_EQ(doc.text(*doc.named("p").front()), "Thre 199 MB <- 323,155 handles -> a process; a->b->c");
}

namespace {

// Every "->" after the title is a wrapped one; how many there are.
std::size_t expectEveryArrowWrapped(const SnapshotSeries& series, const std::string& file, const std::string& kind)
{
    const PoolTagDatabase descriptions = PoolTagDatabase::builtin();
    ReportInput input;
    input.series = &series;
    input.current = series.size() - 1;
    input.files = {file};
    input.sourceKind = kind;
    input.descriptions = &descriptions;
    const std::string html = buildHtmlReport(input, nullptr).html;
    EXPECT_TRUE(testdata::parseHtml(html).error.empty());
    EXPECT_NE(html.find(".arrow { white-space: nowrap; }"), std::string::npos);
    const std::size_t title = html.find("</title>");
    EXPECT_NE(title, std::string::npos);
    const std::size_t wrapped = occurrences(html, kArrow);
    EXPECT_EQ(occurrences(std::string_view(html).substr(title), "-&gt;"), wrapped);
    return wrapped;
}

} // namespace

// A capture's growth reads "1.2 MB -> 3.4 MB over 12 snapshots": each arrow is wrapped.
TEST(ReportArrow, TheGrowthOfACaptureKeepsItsArrowsOnOneLine)
{
    testdata::PoolmonLogOptions options;
    options.screens = 12;
    options.tagsPerScreen = 60;
    auto read = readPoolmon(decodeText(testdata::generatePoolmonLog(options), "capture.log"));
    ASSERT_TRUE(read.ok());
    EXPECT_GT(expectEveryArrowWrapped(read.value(), "capture.log", "poolmon capture"), 0u);
}

TEST(ReportArrow, EveryArrowOfTheSeedReportsIsWrapped)
{
    if (testdata::sharedDir().empty())
        GTEST_SKIP() << "../shared not present";
    for (const char* seed : {"seeds/002_fe80fed602300250.txt", "seeds/004_5534fcd0e08ba444.txt"}) {
        SCOPED_TRACE(seed);
        const auto path = testdata::sharedFile(seed);
        ASSERT_FALSE(path.empty());
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto snapshot = readWindbgLog(decodeText(text.str(), path.string()));
        ASSERT_TRUE(snapshot.ok());
        SnapshotSeries series;
        series.snapshots.push_back(std::move(snapshot.value()));
        expectEveryArrowWrapped(series, path.string(), "WinDbg/KD log");
    }
}
