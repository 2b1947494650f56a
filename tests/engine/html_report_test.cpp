// The one-file HTML report, read back the way a browser reads it: well formed, every
// section present, the findings of both seed cases with their figures and commands, the
// tables capped with what they left out, every image inline, nothing from the input taken
// as markup, and a few megabytes at most for a million handles. On a generated dump of
// both cases, a poolmon capture with a baseline, the real seed 004 and made-up snapshots.
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/snapshot_compare.h"
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/poolmon_reader.h"
#include "analysis/report/html_report.h"
#include "analysis/report/html_text.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "model/format.h"
#include "tests/support/html_check.h"
#include "tests/support/kernel_scenario.h"
#include "tests/support/poolmon_log_generator.h"
#include "tests/support/shared_data.h"

#include <fmt/format.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

// Draws nothing: returns bytes that name the chart, so that a test can tell which image
// went where and that the data: URI carries them unchanged.
class NamingPainter final : public ChartPainter {
public:
    std::string png(const ReportChart& chart) override
    {
        std::string bytes = "\x89PNG fake chart: " + chart.section + " | " + chart.title;
        bytes.push_back('\0'); // binary bytes survive base64
        bytes.push_back('\xff');
        drawn[chart.section] = bytes;
        return bytes;
    }
    std::map<std::string, std::string> drawn;
};

struct Dump {
    GeneratedKernel kernel;
    SnapshotSeries series;
};

const Dump& bothCases()
{
    static const Dump dump = [] {
        KernelScenario s;
        s.kind = ScenarioKind::Both;
        s.layout = *builtinLayout(19041);
        s.leakedThreadHandles = 2000;
        Dump d{generateKernel(s), {}};
        auto file = DumpFile::fromBytes(d.kernel.memory.dump(DumpBuilder::Format::Bitmap), "both.dmp");
        EXPECT_TRUE(file.ok());
        ReadControl control;
        auto snapshot = readKernelDump(file.value(), {}, control);
        EXPECT_TRUE(snapshot.ok()) << snapshot.error().describe();
        d.series.snapshots.push_back(std::move(snapshot.value()));
        return d;
    }();
    return dump;
}

ReportInput inputFor(const SnapshotSeries& series, std::vector<std::string> files, const PoolTagDatabase& descriptions)
{
    ReportInput input;
    input.series = &series;
    input.current = series.size() - 1;
    input.files = std::move(files);
    input.sourceKind = "kernel dump";
    input.descriptions = &descriptions;
    input.generator = "PoolScope test";
    input.created = "2024-05-01 12:00 UTC";
    return input;
}

std::string textOf(const HtmlDocument& doc, std::string_view id)
{
    const HtmlElement* e = doc.byId(id);
    return e ? doc.text(*e) : std::string();
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The cells of a table's body rows, as text.
std::vector<std::vector<std::string>> rowsOf(const HtmlDocument& doc, std::string_view id)
{
    std::vector<std::vector<std::string>> rows;
    const HtmlElement* table = doc.byId(id);
    if (!table)
        return rows;
    for (const HtmlElement* body : doc.within(*table, "tbody"))
        for (const HtmlElement* tr : doc.within(*body, "tr")) {
            rows.emplace_back();
            for (const HtmlElement* td : doc.within(*tr, "td"))
                rows.back().push_back(doc.text(*td));
        }
    return rows;
}

std::vector<std::string> headersOf(const HtmlDocument& doc, std::string_view id)
{
    std::vector<std::string> out;
    if (const HtmlElement* table = doc.byId(id))
        for (const HtmlElement* th : doc.within(*table, "th"))
            out.push_back(doc.text(*th));
    return out;
}

std::string cell(const HtmlDocument& doc, std::string_view table, const std::vector<std::string>& row, const std::string& column)
{
    const auto headers = headersOf(doc, table);
    const auto it = std::find(headers.begin(), headers.end(), column);
    if (it == headers.end() || static_cast<std::size_t>(it - headers.begin()) >= row.size())
        return "(no column " + column + ")";
    return row[static_cast<std::size_t>(it - headers.begin())];
}

// Nothing in the file points outside it: images inline, links to its own anchors only.
void expectSelfContained(const HtmlDocument& doc)
{
    EXPECT_FALSE(has(doc.source, "http://")) << "a link out of the file";
    EXPECT_FALSE(has(doc.source, "https://")) << "a link out of the file";
    EXPECT_FALSE(has(doc.source, "url(")) << "the style sheet loads something";
    EXPECT_FALSE(has(doc.source, "@import"));
    EXPECT_TRUE(doc.named("link").empty());
    EXPECT_TRUE(doc.named("iframe").empty());
    for (const HtmlElement& e : doc.elements) {
        if (const auto src = e.attributes.find("src"); src != e.attributes.end()) {
            EXPECT_EQ(src->second.rfind("data:image/png;base64,", 0), 0u) << "<" << e.name << " src=" << src->second.substr(0, 60);
        }
        if (const auto href = e.attributes.find("href"); href != e.attributes.end()) {
            ASSERT_FALSE(href->second.empty());
            EXPECT_EQ(href->second[0], '#') << href->second;
            EXPECT_NE(doc.byId(href->second.substr(1)), nullptr) << "no anchor " << href->second;
        }
    }
    const auto scripts = doc.named("script");
    ASSERT_EQ(scripts.size(), 1u); // the table sorter, inline
    EXPECT_EQ(scripts.front()->attributes.count("src"), 0u);
}

} // namespace

TEST(HtmlText, EscapesEverythingMarkupCouldBeMadeOf)
{
    EXPECT_EQ(html::escape("<script>alert('x') & \"y\"</script>"),
              "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    EXPECT_EQ(html::escape("tab\there\nline"), "tab\there\nline");
    // A control byte (from a damaged name) is not passed through.
    EXPECT_EQ(html::escape(std::string("a\x01z\x7f", 4)), "a\xEF\xBF\xBDz\xEF\xBF\xBD");
    EXPECT_EQ(html::escape("Größe ✓"), "Größe ✓");
}

TEST(HtmlText, Base64IsRfc4648)
{
    // The test vectors of RFC 4648, section 10.
    const std::pair<const char*, const char*> vectors[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},
                                                           {"foo", "Zm9v"},  {"foob", "Zm9vYg=="},  {"fooba", "Zm9vYmE="},
                                                           {"foobar", "Zm9vYmFy"}};
    for (const auto& [plain, encoded] : vectors) {
        EXPECT_EQ(html::base64(plain), encoded);
        EXPECT_EQ(decodeBase64(encoded), std::string(plain));
    }
    std::string bytes;
    for (int i = 0; i < 256; ++i)
        bytes.push_back(static_cast<char>(i));
    EXPECT_EQ(decodeBase64(html::base64(bytes)), bytes);
}

TEST(HtmlText, TheWriterClosesWhatItOpens)
{
    html::Writer out;
    out.open("section", {{"id", "a\"b"}}).open("p").text("1 < 2 & 3").close().open("ul").open("li");
    EXPECT_EQ(out.depth(), 3u);
    const HtmlDocument doc = parseHtml(out.finish());
    EXPECT_TRUE(doc.error.empty()) << doc.error;
    ASSERT_NE(doc.byId("a\"b"), nullptr);
    EXPECT_EQ(doc.text(*doc.named("p").front()), "1 < 2 & 3");
}

TEST(HtmlReport, BothSeedCasesOnAGeneratedDump)
{
    const Dump& dump = bothCases();
    const PlantedKernel& planted = dump.kernel.planted;
    const PoolTagDatabase descriptions = PoolTagDatabase::builtin();
    const ReportInput input = inputFor(dump.series, {"both.dmp"}, descriptions);
    NamingPainter painter;
    const HtmlReport report = buildHtmlReport(input, &painter);
    const HtmlDocument doc = parseHtml(report.html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    expectSelfContained(doc);

    // Every section, in the contents list and in the page; no growth or comparison for one dump.
    for (const char* id : {"source", "findings", "tags", "ports", "handles", "processes", "skipped"})
        EXPECT_NE(doc.byId(id), nullptr) << id;
    EXPECT_EQ(doc.byId("growth"), nullptr);
    EXPECT_EQ(doc.byId("comparison"), nullptr);
    EXPECT_EQ(doc.within(*doc.named("nav").front(), "a").size(), 7u);

    // What was opened, with the type information the walks used.
    const std::string source = textOf(doc, "source");
    EXPECT_TRUE(has(source, "File both.dmp")) << source;
    EXPECT_TRUE(has(source, "Type information built-in table for build 19041")) << source;
    EXPECT_TRUE(has(source, "of Windows build 19041")) << source;
    EXPECT_TRUE(has(source, fmt::format("Processes {}", format::count(planted.processes)))) << source;

    // The findings: every chain the engine explains, each link with its text, coverage and
    // commands, the commands in copyable <code>.
    const Explanation explanation = explainLeaks(dump.series);
    ASSERT_GE(explanation.chains.size(), 2u);
    EXPECT_EQ(report.findings, explanation.chains.size());
    for (std::size_t i = 0; i < explanation.chains.size(); ++i) {
        const LeakChain& chain = explanation.chains[i];
        const HtmlElement* article = doc.byId(fmt::format("finding-{}", i + 1));
        ASSERT_NE(article, nullptr) << i;
        const std::string text = doc.text(*article);
        EXPECT_TRUE(has(text, chain.tag.display() + " (" + std::string(poolTypeName(chain.pool)) + ")")) << text;
        std::vector<std::string> codes;
        for (const HtmlElement* code : doc.within(*article, "code"))
            codes.push_back(doc.text(*code));
        for (const ExplainLink& link : chain.links) {
            EXPECT_TRUE(has(text, link.text)) << link.text;
            if (!link.coverage.empty()) {
                EXPECT_TRUE(has(text, "Coverage: " + link.coverage)) << link.coverage;
            }
            std::size_t from = 0;
            while (from < link.command.size()) {
                const std::size_t end = std::min(link.command.find("; ", from), link.command.size());
                const std::string one = link.command.substr(from, end - from);
                EXPECT_NE(std::find(codes.begin(), codes.end(), one), codes.end()) << one;
                from = end + 2;
            }
        }
        if (!chain.conclusion.empty()) {
            EXPECT_TRUE(has(text, "→ " + chain.conclusion)) << text;
        }
    }
    // Both seed cases, with the figures the generator planted.
    const std::string findings = textOf(doc, "findings");
    EXPECT_TRUE(has(findings, "xxxxxx.EXE (pid 0x8e8) holds 2,000 handles to exited threads")) << findings;
    EXPECT_TRUE(has(findings, "a process that opens threads and never closes their handles (the holder: xxxxxx.EXE (pid 0x8e8))"));
    EXPECT_TRUE(has(findings, "IOCPLeak.exe (pid 0x1a2c) issued 156 of the 156 and holds a handle to the port"));
    EXPECT_TRUE(has(findings, "Coverage: 156 of 1,158 outstanding Irp allocations are queued on this port"));
    // The abstract links to each finding.
    const HtmlElement* abstract = nullptr;
    for (const HtmlElement* section : doc.named("section"))
        if (section->attributes.count("class") && section->attributes.at("class") == "abstract")
            abstract = section;
    ASSERT_NE(abstract, nullptr);
    EXPECT_EQ(doc.within(*abstract, "li").size(), explanation.chains.size());
    EXPECT_TRUE(has(doc.text(*abstract), "IOCPLeak.exe (pid 0x1a2c) associated")) << doc.text(*abstract);

    // The zombies per holder: 2,000 threads of 2,272 bytes kept by xxxxxx.EXE.
    const auto zombies = rowsOf(doc, "zombies");
    ASSERT_FALSE(zombies.empty());
    EXPECT_EQ(cell(doc, "zombies", zombies[0], "Image"), "xxxxxx.EXE");
    EXPECT_EQ(cell(doc, "zombies", zombies[0], "Threads"), "2,000");
    EXPECT_EQ(cell(doc, "zombies", zombies[0], "Pool kept"), format::bytes(2000 * 2272));

    // The key tables, from the same rankings as the CLI.
    const auto ports = rowsOf(doc, "ports-table");
    ASSERT_FALSE(ports.empty());
    EXPECT_EQ(cell(doc, "ports-table", ports[0], "Port"), format::address(planted.leakPort));
    EXPECT_EQ(cell(doc, "ports-table", ports[0], "Queued"), "156");
    EXPECT_EQ(cell(doc, "ports-table", ports[0], "Finding"), "entries queued, no thread waiting");
    const auto holders = rowsOf(doc, "port-holders");
    EXPECT_TRUE(std::any_of(holders.begin(), holders.end(), [&](const auto& r) {
        return cell(doc, "port-holders", r, "Image") == "IOCPLeak.exe" && cell(doc, "port-holders", r, "PID") == "0x1a2c";
    }));
    const auto handles = rowsOf(doc, "handle-types");
    EXPECT_TRUE(std::any_of(handles.begin(), handles.end(), [&](const auto& r) {
        return cell(doc, "handle-types", r, "Image") == "xxxxxx.EXE" && cell(doc, "handle-types", r, "Type") == "Thread"
            && cell(doc, "handle-types", r, "Handles") == "2,000";
    }));
    const auto tags = rowsOf(doc, "tags-table");
    ASSERT_FALSE(tags.empty());
    // Largest first: with 2,000 thread handles the registry's CM31 outgrows Thre.
    const auto largest = std::max_element(planted.tags.begin(), planted.tags.end(), [](const auto& a, const auto& b) {
        return std::max(a.second.nonPagedBytes, a.second.pagedBytes) < std::max(b.second.nonPagedBytes, b.second.pagedBytes);
    });
    EXPECT_EQ(cell(doc, "tags-table", tags[0], "Tag"), PoolTag(largest->first).display());
    // The driver that carries its own tag, named where no description is.
    EXPECT_TRUE(std::any_of(tags.begin(), tags.end(), [&](const auto& r) {
        return cell(doc, "tags-table", r, "Tag") == planted.driverTag
            && has(cell(doc, "tags-table", r, "In images"), planted.driverImage);
    }));
    const auto processes = rowsOf(doc, "processes-table");
    ASSERT_FALSE(processes.empty());
    EXPECT_EQ(cell(doc, "processes-table", processes[0], "Image"), "xxxxxx.EXE");
    // Numbers sort by their value, not their text: Thre's bytes cell carries the bytes.
    const auto headers = headersOf(doc, "tags-table");
    const auto bytesColumn = static_cast<std::size_t>(std::find(headers.begin(), headers.end(), "Bytes") - headers.begin());
    const HtmlElement* threBytes = nullptr;
    for (const HtmlElement* tr : doc.within(*doc.byId("tags-table"), "tr")) {
        const auto cells = doc.within(*tr, "td");
        if (cells.size() > bytesColumn && doc.text(*cells[0]) == "Thre")
            threBytes = cells[bytesColumn];
    }
    ASSERT_NE(threBytes, nullptr);
    EXPECT_EQ(threBytes->attributes.at("data-sort"), std::to_string(planted.tags.at("Thre").nonPagedBytes));
    EXPECT_EQ(doc.text(*threBytes), format::bytes(planted.tags.at("Thre").nonPagedBytes));

    // The charts: each the painter drew, inline, in its section, with words for it.
    const auto charts = reportCharts(input);
    ASSERT_EQ(report.charts, charts.size());
    ASSERT_EQ(doc.named("img").size(), charts.size());
    for (const ReportChart& chart : charts) {
        const HtmlElement* section = doc.byId(chart.section);
        ASSERT_NE(section, nullptr) << chart.section;
        const auto images = doc.within(*section, "img");
        ASSERT_EQ(images.size(), 1u) << chart.section;
        const std::string& src = images.front()->attributes.at("src");
        EXPECT_EQ(decodeBase64(src.substr(src.find(',') + 1)), painter.drawn.at(chart.section));
        EXPECT_EQ(images.front()->attributes.at("alt"), chart.description);
        EXPECT_FALSE(chart.description.empty());
    }
    // The top tags chart names the same largest tag first, with its size.
    EXPECT_EQ(charts.front().section, "tags");
    EXPECT_EQ(charts.front().categories.front().rfind(cell(doc, "tags-table", tags[0], "Tag") + " ", 0), 0u)
        << charts.front().categories.front();
}

TEST(HtmlReport, NamesFromTheInputAreNeverMarkup)
{
    Snapshot s;
    s.label = "cap <1> & 2.log";
    s.sources = {s.label};
    Process evil;
    evil.address = 0xffffe00000001000;
    evil.pid = 0x66;
    evil.imageName = "<script>alert('x')</script> & co.exe";
    evil.handleCount = 9000;
    s.processes.push_back(evil);
    Process quiet;
    quiet.address = 0xffffe00000002000;
    quiet.pid = 0x44;
    quiet.imageName = "quiet.exe";
    quiet.handleCount = 30;
    s.processes.push_back(quiet);
    for (std::uint64_t i = 0; i < 300; ++i)
        s.handles.push_back({evil.address, 4 * (i + 1), 0xffffe00010000000 + i * 0x100, {}, evil.pid, "Thr<e>ad", {}, false, false});
    PoolTagStat stat;
    stat.tag = PoolTag("<a&");
    stat.type = PoolType::NonPaged;
    stat.bytes = 4096;
    stat.outstanding = 4;
    stat.description = "<img src=x onerror=alert(1)>";
    s.poolTags.push_back(stat);
    s.diagnostics.push_back({Severity::Warning, {0, 7, 0}, "expected </b> near \"<b>\""});
    SnapshotSeries series;
    series.snapshots.push_back(s);

    const PoolTagDatabase descriptions;
    ReportInput input = inputFor(series, {"/tmp/a&b/<x>.log"}, descriptions);
    const HtmlReport report = buildHtmlReport(input, nullptr);
    const HtmlDocument doc = parseHtml(report.html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    expectSelfContained(doc);
    EXPECT_FALSE(has(report.html, "<script>alert"));
    EXPECT_FALSE(has(report.html, "<img src=x"));
    EXPECT_FALSE(has(report.html, "<a&"));
    EXPECT_TRUE(doc.named("img").empty()); // nothing drawn, and nothing injected
    EXPECT_TRUE(has(report.html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co.exe"));
    // Read back, the names are what the source said.
    const auto processes = rowsOf(doc, "processes-table");
    ASSERT_EQ(processes.size(), 2u);
    EXPECT_EQ(cell(doc, "processes-table", processes[0], "Image"), "<script>alert('x')</script> & co.exe");
    const auto handles = rowsOf(doc, "handle-types");
    ASSERT_FALSE(handles.empty());
    EXPECT_EQ(cell(doc, "handle-types", handles[0], "Type"), "Thr<e>ad");
    const auto tags = rowsOf(doc, "tags-table");
    ASSERT_EQ(tags.size(), 1u);
    EXPECT_EQ(cell(doc, "tags-table", tags[0], "Tag"), "<a&");
    EXPECT_EQ(cell(doc, "tags-table", tags[0], "Description"), "<img src=x onerror=alert(1)>");
    EXPECT_TRUE(has(textOf(doc, "source"), "File /tmp/a&b/<x>.log"));
    EXPECT_EQ(doc.text(*doc.named("title").front()), "PoolScope report: /tmp/a&b/<x>.log");
    const auto diagnostics = rowsOf(doc, "diagnostics");
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(cell(doc, "diagnostics", diagnostics[0], "Where"), "cap <1> & 2.log:7");
    EXPECT_EQ(cell(doc, "diagnostics", diagnostics[0], "Message"), "expected </b> near \"<b>\"");
    // The command that lists every row of a capped table quotes a file name a shell would split.
    input.files = {"my capture.log"};
    input.topRows = 1;
    EXPECT_TRUE(has(textOf(parseHtml(buildHtmlReport(input, nullptr).html), "processes"),
                    "1 more row not shown (the table keeps the first 1). All of them: poolscope-cli processes 'my capture.log'"));
}

TEST(HtmlReport, AMillionHandlesStayAFewMegabytes)
{
    // 5,000 processes holding 200 handles each of 8 types, 3,000 tags: every table is far
    // longer than the report keeps.
    Snapshot s;
    s.label = "big.dmp";
    constexpr std::size_t kProcesses = 5000;
    constexpr std::size_t kPerProcess = 200;
    const char* types[] = {"Event", "File", "Key", "Thread", "Section", "Mutant", "Semaphore", "Token"};
    s.handles.reserve(kProcesses * kPerProcess);
    for (std::size_t p = 0; p < kProcesses; ++p) {
        Process process;
        process.address = 0xffffe00000000000 + p * 0x1000;
        process.pid = static_cast<std::uint32_t>(4 * (p + 2));
        process.imageName = fmt::format("worker{}.exe", p);
        s.processes.push_back(process);
        for (std::size_t h = 0; h < kPerProcess; ++h)
            s.handles.push_back({process.address, 4 * (h + 1), 0xffffc00000000000 + (p * kPerProcess + h) * 0x80, {},
                                 process.pid, types[(h + p) % 8], {}, false, false});
    }
    for (std::uint32_t t = 0; t < 3000; ++t) {
        PoolTagStat stat;
        stat.tag = PoolTag(fmt::format("T{:03}", t % 1000));
        stat.type = t < 1000 ? PoolType::NonPaged : t < 2000 ? PoolType::Paged : PoolType::SessionPaged;
        stat.bytes = 1000 + t * 17;
        stat.outstanding = 10 + t;
        s.poolTags.push_back(stat);
    }
    ASSERT_EQ(s.handles.size(), 1000000u);
    SnapshotSeries series;
    series.snapshots.push_back(std::move(s));
    const PoolTagDatabase descriptions;
    ReportInput input = inputFor(series, {"big.dmp"}, descriptions);
    NamingPainter painter;
    const HtmlReport report = buildHtmlReport(input, &painter);
    EXPECT_LT(report.html.size(), 1024u * 1024) << "charts here are a few bytes: the tables alone";
    const HtmlDocument doc = parseHtml(report.html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;

    EXPECT_EQ(rowsOf(doc, "processes-table").size(), 25u);
    EXPECT_EQ(rowsOf(doc, "tags-table").size(), 25u);
    EXPECT_EQ(rowsOf(doc, "handle-types").size(), 25u);
    // What was left out is counted, with the command that lists it all.
    const std::string processes = textOf(doc, "processes");
    EXPECT_TRUE(has(processes, "4,975 more rows not shown (the table keeps the first 25). All of them: poolscope-cli processes "
                               "big.dmp"))
        << processes;
    EXPECT_TRUE(has(textOf(doc, "tags"), "2,975 more rows not shown")) << textOf(doc, "tags");
    // 8 types for each process: 40,000 rows, 25 shown.
    EXPECT_TRUE(has(textOf(doc, "handles"), "39,975 more rows not shown"));
    EXPECT_TRUE(has(textOf(doc, "source"), "Handles 1,000,000"));

    input.topRows = 100;
    EXPECT_EQ(rowsOf(parseHtml(buildHtmlReport(input, &painter).html), "processes-table").size(), 100u);
}

TEST(HtmlReport, ACaptureHasItsGrowthAndAComparisonItsChanges)
{
    PoolmonLogOptions options;
    options.screens = 12;
    options.tagsPerScreen = 60;
    PoolmonLogFacts facts;
    auto read = readPoolmon(decodeText(generatePoolmonLog(options, &facts), "capture.log"));
    ASSERT_TRUE(read.ok());
    const SnapshotSeries series = std::move(read.value());
    ASSERT_EQ(series.size(), 12u);
    const PoolTagDatabase descriptions = PoolTagDatabase::builtin();
    ReportInput input = inputFor(series, {"capture.log"}, descriptions);
    input.sourceKind = "poolmon capture";
    input.baseline = &series.snapshots.front();
    input.baselineLabel = "screen 1";
    NamingPainter painter;
    const HtmlReport report = buildHtmlReport(input, &painter);
    const HtmlDocument doc = parseHtml(report.html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    expectSelfContained(doc);
    ASSERT_NE(doc.byId("growth"), nullptr);
    ASSERT_NE(doc.byId("comparison"), nullptr);
    EXPECT_TRUE(has(textOf(doc, "source"), "Snapshots 12 snapshots")) << textOf(doc, "source");
    EXPECT_TRUE(has(textOf(doc, "source"), "Compared with screen 1"));

    // Growth: the planted tags first, each said to leak.
    const auto growth = rowsOf(doc, "growth-table");
    ASSERT_GE(growth.size(), facts.growing.size());
    for (std::size_t i = 0; i < facts.growing.size(); ++i)
        EXPECT_EQ(cell(doc, "growth-table", growth[i], "Leak"), "yes") << i;
    for (const PlantedPoolmonGrowth& g : facts.growing)
        EXPECT_TRUE(std::any_of(growth.begin(), growth.begin() + static_cast<std::ptrdiff_t>(facts.growing.size()),
                                [&](const auto& r) { return cell(doc, "growth-table", r, "Tag") == g.tag.display(); }))
            << g.tag.display();
    // The growth chart: one line per growing tag, in the growth section.
    const auto charts = reportCharts(input);
    const auto line = std::find_if(charts.begin(), charts.end(), [](const ReportChart& c) { return c.section == "growth"; });
    ASSERT_NE(line, charts.end());
    EXPECT_EQ(line->kind, ReportChart::Kind::Lines);
    EXPECT_EQ(line->series.size(), facts.growing.size());
    EXPECT_EQ(line->series.front().points.size(), 12u);
    EXPECT_EQ(doc.within(*doc.byId("growth"), "img").size(), 1u);
    // The suspects start with the growing tags.
    const auto suspects = rowsOf(doc, "suspects");
    ASSERT_FALSE(suspects.empty());
    EXPECT_EQ(cell(doc, "suspects", suspects[0], "Kind"), "growing tag");

    // The comparison: the tag that grew most first, with its change in bytes.
    auto compared = compareTags(series.snapshots.front(), series.snapshots.back());
    std::stable_sort(compared.begin(), compared.end(), [](const TagComparison& a, const TagComparison& b) {
        return a.bytesDelta.value_or(INT64_MIN) > b.bytesDelta.value_or(INT64_MIN);
    });
    const auto rows = rowsOf(doc, "compare-tags");
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(cell(doc, "compare-tags", rows[0], "Tag"), compared.front().tag.display());
    EXPECT_EQ(cell(doc, "compare-tags", rows[0], "Change"), format::signedBytes(*compared.front().bytesDelta));
    EXPECT_GT(*compared.front().bytesDelta, 0);

    // The tables describe the screen the window shows; the findings say they come from the last.
    input.current = 4;
    const HtmlDocument fifth = parseHtml(buildHtmlReport(input, &painter).html);
    EXPECT_TRUE(has(textOf(fifth, "source"), "the tables describe snapshot 5 (" + series.snapshots[4].label + ")"));
    EXPECT_TRUE(has(textOf(fifth, "findings"), "The findings are drawn from the last snapshot"));
}

TEST(HtmlReport, WithoutAPainterTheChartsAreSaidMissing)
{
    const Dump& dump = bothCases();
    const PoolTagDatabase descriptions;
    const ReportInput input = inputFor(dump.series, {"both.dmp"}, descriptions);
    const HtmlReport report = buildHtmlReport(input, nullptr);
    const auto charts = reportCharts(input);
    ASSERT_FALSE(charts.empty());
    EXPECT_EQ(report.charts, 0u);
    EXPECT_EQ(report.missing.size(), charts.size());
    const HtmlDocument doc = parseHtml(report.html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    EXPECT_TRUE(doc.named("img").empty());
    EXPECT_TRUE(has(textOf(doc, "tags"), charts.front().title + ": not drawn"));
}

TEST(HtmlReport, TheRealHandleLeakSeed)
{
    const auto path = sharedFile("seeds/004_5534fcd0e08ba444.txt");
    if (path.empty())
        GTEST_SKIP() << "../shared/seeds is not here";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto snapshot = readWindbgLog(decodeText(text.str(), path.string()));
    ASSERT_TRUE(snapshot.ok());
    SnapshotSeries series;
    series.snapshots.push_back(std::move(snapshot.value()));
    const PoolTagDatabase descriptions = PoolTagDatabase::builtin();
    ReportInput input = inputFor(series, {path.string()}, descriptions);
    input.sourceKind = "WinDbg/KD log";
    const HtmlDocument doc = parseHtml(buildHtmlReport(input, nullptr).html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    // The seed's own figures: Thre 199 MB in 326,514 allocations, 86% of the nonpaged pool,
    // one process holding 323,155 Thread handles.
    const std::string finding = textOf(doc, "finding-1");
    EXPECT_TRUE(has(finding, "Thre 199 MB in 326,514 allocations (nonpaged), 86% of the nonpaged pool in use (233 MB)")) << finding;
    EXPECT_TRUE(has(finding, "xxxxxx.EXE (pid 0x8e8) holds 323,155 Thread handles")) << finding;
    EXPECT_TRUE(has(finding, "!poolused 2 Thre"));
    const auto pools = rowsOf(doc, "pool-usage");
    ASSERT_GE(pools.size(), 2u);
    EXPECT_EQ(pools[0][1], "233 MB of 271 MB (86%)");
    // What the reader passed over, with its line.
    const std::string skipped = textOf(doc, "skipped");
    EXPECT_TRUE(has(skipped, "Lines of command output skipped 18")) << skipped;
    const auto diagnostics = rowsOf(doc, "diagnostics");
    EXPECT_TRUE(std::any_of(diagnostics.begin(), diagnostics.end(),
                            [&](const auto& r) { return has(r[1], "004_5534fcd0e08ba444.txt:55") && has(r[2], "!vm"); }));
    EXPECT_TRUE(has(textOf(doc, "source"), "The readers passed over part of this source"));
}
