// The analysis layer's sentences in another language: a translator installed through
// text::setTranslator changes what explainLeaks and the inspector say, a translation whose
// placeholders do not fit falls back to English, no translator leaves today's English, and
// the Simplified Chinese translation (resources/translations/poolscope_zh_CN.ts) fills every sentence with the same placeholders and
// turns the findings, the walk, the loader's summary and the HTML report into Chinese.
#include "analysis/conclusions/explain.h"
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/inspection.h"
#include "analysis/list_walk.h"
#include "analysis/report/html_report.h"
#include "analysis/source_open.h"
#include "analysis/text/phrase.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "model/format.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/kernel_scenario.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <unistd.h>

using namespace poolscope;

namespace {

constexpr const char* kIssued = "{} issued {} of the {} and holds a handle to the port";
const std::string kEnglishIssuer = "IOCPLeak.exe (pid 0x1a2c) issued 156 of the 156 and holds a handle to the port";

// The translation a test gives one source; every other sentence stays as it is.
std::string g_context, g_source, g_translation;

std::string oneSentence(const char* context, const char* source)
{
    return context == g_context && source == g_source ? g_translation : std::string(source);
}

// Restores English after each test, whatever it installed.
class Phrases : public ::testing::Test {
protected:
    void TearDown() override { text::setTranslator(nullptr); }

    static void translate(std::string context, std::string source, std::string translation)
    {
        g_context = std::move(context);
        g_source = std::move(source);
        g_translation = std::move(translation);
        text::setTranslator(&oneSentence);
    }

    static const SnapshotSeries& transcript()
    {
        static const SnapshotSeries series = [] {
            testdata::KdLogOptions options;
            options.leakedThreadHandles = 1000;
            auto s = readWindbgLog(decodeText(testdata::generateKdLog(options, nullptr), "demo_kd.log"));
            EXPECT_TRUE(s.ok());
            SnapshotSeries out;
            if (s.ok())
                out.snapshots.push_back(std::move(s.value()));
            return out;
        }();
        return series;
    }

    static std::string issuerText()
    {
        const Explanation e = explainLeaks(transcript());
        for (const LeakChain& chain : e.chains)
            if (chain.tag == PoolTag("Irp"))
                for (const ExplainLink& link : chain.links)
                    if (link.step == ExplainLink::Step::Holder)
                        return link.text;
        return {};
    }
};

const InspectedField* field(const std::vector<InspectedField>& fields, std::string_view name)
{
    for (const auto& f : fields) {
        if (f.name == name)
            return &f;
        if (const InspectedField* inner = field(f.children, name))
            return inner;
    }
    return nullptr;
}

// The placeholders of a template as fmt numbers them: (argument index, format spec).
std::set<std::pair<int, std::string>> placeholders(const std::string& t)
{
    std::set<std::pair<int, std::string>> out;
    int next = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if ((t[i] == '{' || t[i] == '}') && i + 1 < t.size() && t[i + 1] == t[i]) {
            ++i;
            continue;
        }
        if (t[i] != '{')
            continue;
        const std::size_t close = t.find('}', i);
        if (close == std::string::npos) {
            out.insert({-1, t.substr(i)});
            break;
        }
        const std::string inside = t.substr(i + 1, close - i - 1);
        const std::size_t colon = inside.find(':');
        const std::string index = inside.substr(0, colon);
        out.insert({index.empty() ? next++ : std::stoi(index), colon == std::string::npos ? "" : inside.substr(colon)});
        i = close;
    }
    return out;
}

std::string unescapeXml(std::string s)
{
    const std::pair<const char*, const char*> entities[] = {
        {"&apos;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
            s.replace(at, std::string_view(from).size(), to);
    return s;
}

struct TsMessage {
    std::string context, source, translation;
    bool unfinished = false;
};

// The messages of a Qt Linguist file, read the way lupdate writes them.
std::vector<TsMessage> readTs(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string ts = buffer.str();
    const auto between = [&](const std::string& open, const std::string& close, std::size_t from, std::size_t limit) {
        const std::size_t a = ts.find(open, from);
        if (a == std::string::npos || a > limit)
            return std::string();
        const std::size_t b = ts.find(close, a + open.size());
        return b == std::string::npos ? std::string() : ts.substr(a + open.size(), b - a - open.size());
    };
    std::vector<TsMessage> out;
    for (std::size_t c = ts.find("<context>"); c != std::string::npos; c = ts.find("<context>", c + 1)) {
        const std::size_t end = ts.find("</context>", c);
        const std::string name = between("<name>", "</name>", c, end);
        for (std::size_t m = ts.find("<message", c); m != std::string::npos && m < end; m = ts.find("<message", m + 1)) {
            const std::size_t close = ts.find("</message>", m);
            TsMessage msg;
            msg.context = name;
            msg.source = unescapeXml(between("<source>", "</source>", m, close));
            const std::size_t t = ts.find("<translation", m);
            const std::size_t tEnd = ts.find('>', t);
            msg.unfinished = ts.substr(t, tEnd - t).find("unfinished") != std::string::npos;
            msg.translation = unescapeXml(between(">", "</translation>", tEnd, close));
            out.push_back(std::move(msg));
        }
    }
    return out;
}

// The window's translation, which carries the analysis layer's sentences too.
const std::filesystem::path kStaging = std::filesystem::path(POOLSCOPE_TRANSLATIONS_DIR) / "poolscope_zh_CN.ts";

std::map<std::pair<std::string, std::string>, std::string>& chinese()
{
    static std::map<std::pair<std::string, std::string>, std::string> table;
    return table;
}

std::string fromStagingFile(const char* context, const char* source)
{
    const auto it = chinese().find({context, source});
    return it == chinese().end() ? std::string(source) : it->second;
}

void installChinese()
{
    for (const TsMessage& m : readTs(kStaging))
        chinese()[{m.context, m.source}] = m.translation;
    ASSERT_FALSE(chinese().empty());
    text::setTranslator(&fromStagingFile);
}

// A UTF-8 CJK ideograph starts with a byte from 0xE4 to 0xE9.
bool readsChinese(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0xE4 && static_cast<unsigned char>(c) <= 0xE9;
    });
}

// A sentence in Chinese with every figure filled in: no template placeholder left.
void expectChineseSentence(std::string_view s)
{
    SCOPED_TRACE(std::string(s));
    EXPECT_TRUE(readsChinese(s));
    for (const char* placeholder : {"{}", "{:", "{0", "{1"})
        EXPECT_EQ(s.find(placeholder), std::string_view::npos) << placeholder;
}

// Both seed cases in a generated bitmap dump, read with whatever translator is installed.
Snapshot generatedDump()
{
    testdata::KernelScenario scenario;
    scenario.layout = *builtinLayout(19041);
    scenario.leakedThreadHandles = 300;
    const testdata::GeneratedKernel kernel = testdata::generateKernel(scenario);
    auto file = DumpFile::fromBytes(kernel.memory.dump(testdata::DumpBuilder::Format::Bitmap), "generated.dmp");
    EXPECT_TRUE(file.ok());
    if (!file)
        return {};
    ReadControl control;
    auto snapshot = readKernelDump(file.value(), {}, control);
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().describe());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

} // namespace

TEST_F(Phrases, WithoutATranslatorTheSentencesAreEnglish)
{
    EXPECT_EQ(issuerText(), kEnglishIssuer);
    EXPECT_EQ(std::string(text::phrase("Explain", kIssued)), kIssued);
}

TEST_F(Phrases, ATranslationMayReorderThePlaceholders)
{
    translate("Explain", kIssued, "[{2}/{1}] {0} ISSUED");
    EXPECT_EQ(issuerText(), "[156/156] IOCPLeak.exe (pid 0x1a2c) ISSUED");
    // Only that sentence changed: another context's same words are not touched.
    translate("Suspects", kIssued, "nothing");
    EXPECT_EQ(issuerText(), kEnglishIssuer);
}

TEST_F(Phrases, ATranslationWhosePlaceholdersDoNotFitFallsBackToEnglish)
{
    for (const char* bad : {"{} {} {} {}", "{} {}", "{3} {0} {1}", "{:d} {} {}", "{0} {} {}", "{ {} {}", ""}) {
        SCOPED_TRACE(bad);
        translate("Explain", kIssued, bad);
        EXPECT_EQ(issuerText(), kEnglishIssuer);
    }
    EXPECT_TRUE(text::usesEachArgument("{1:.2f} x {0} {{}}", 2));
    EXPECT_FALSE(text::usesEachArgument("{1} x {1}", 2));
}

TEST_F(Phrases, TheInspectorSaysItsFieldsAndValuesInTheTranslation)
{
    const Snapshot& s = transcript().snapshots.front();
    const SnapshotIndex index(s);
    const Inspection english = inspect(index, {RecordKind::Irp, 0x1234, 0, {}, PoolType::Unknown});
    EXPECT_EQ(english.title, "00000000`00001234 is not in this snapshot");

    translate("Inspection", "{} is not in this snapshot", "{} 不在此快照中");
    EXPECT_EQ(inspect(index, {RecordKind::Irp, 0x1234, 0, {}, PoolType::Unknown}).title, "00000000`00001234 不在此快照中");
    translate("Inspection", "Holders", "持有者");
    const Inspection port = inspect(index, {RecordKind::Port, s.ports.front().address, 0, {}, PoolType::Unknown});
    EXPECT_EQ(field(port.fields, "Holders"), nullptr);
    ASSERT_NE(field(port.fields, "持有者"), nullptr);
    // Field names of Windows structures stay as WinDbg prints them.
    EXPECT_NE(field(port.fields, "Header.SignalState (queued entries)"), nullptr);
}

TEST(PhraseTranslations, TheChineseFileTranslatesEverySentenceWithItsPlaceholders)
{
    const std::vector<TsMessage> messages = readTs(kStaging);
    ASSERT_FALSE(messages.empty()) << kStaging;
    std::set<std::string> contexts;
    for (const TsMessage& m : messages) {
        SCOPED_TRACE(m.context + ": " + m.source);
        contexts.insert(m.context);
        EXPECT_FALSE(m.unfinished);
        EXPECT_FALSE(m.translation.empty());
        EXPECT_EQ(placeholders(m.translation), placeholders(m.source)) << m.translation;
    }
    for (const char* context : {"Explain", "Inspection", "Coverage", "Suspects", "Growth", "Correlation", "IrpGroups",
                                "Walk", "Dump", "Log", "Loader", "Report", "Compare", "Open"})
        EXPECT_EQ(contexts.count(context), 1u) << context;
}

TEST_F(Phrases, TheChineseFileTurnsTheFindingsIntoChinese)
{
    installChinese();
    EXPECT_EQ(issuerText(), "IOCPLeak.exe (pid 0x1a2c) 发出了 156 个中的 156 个，并持有该端口的句柄");
    const Explanation e = explainLeaks(transcript());
    ASSERT_FALSE(e.chains.empty());
    for (const LeakChain& chain : e.chains) {
        for (const ExplainLink& link : chain.links) {
            SCOPED_TRACE(link.text);
            EXPECT_EQ(link.text.find("{}"), std::string::npos);
            // Every link reads in Chinese (UTF-8 CJK characters start with 0xE4..0xE9).
            EXPECT_TRUE(std::any_of(link.text.begin(), link.text.end(),
                                    [](char c) { return static_cast<unsigned char>(c) >= 0xE4 && static_cast<unsigned char>(c) <= 0xE9; }));
        }
        for (const std::string& why : chain.why)
            EXPECT_EQ(why.find("{}"), std::string::npos);
    }
}

TEST_F(Phrases, TheWalkOfTheGeneratedTranscriptReadsInChinese)
{
    const Snapshot& s = transcript().snapshots.front();
    const SnapshotIndex index(s);
    const auto port
        = std::max_element(s.ports.begin(), s.ports.end(), [](const CompletionPort& a, const CompletionPort& b) {
              return a.queuedEntries.value_or(0) < b.queuedEntries.value_or(0);
          });
    ASSERT_NE(port, s.ports.end());
    const ListRef queue{ListKind::PortQueue, port->address};
    const ListWalk english = walkList(index, queue);
    ASSERT_FALSE(english.steps.empty());
    EXPECT_EQ(english.title, "EntryListHead of port " + format::address(port->address, s.pointerSize));

    installChinese();
    const ListWalk walk = walkList(index, queue);
    // The same walk, step for step: only its sentences changed.
    ASSERT_EQ(walk.steps.size(), english.steps.size());
    EXPECT_EQ(walk.end, english.end);
    EXPECT_EQ(walk.title, "端口 " + format::address(port->address, s.pointerSize) + " 的 EntryListHead");
    for (const std::string* sentence : {&walk.title, &walk.owner, &walk.ending})
        expectChineseSentence(*sentence);
    ASSERT_FALSE(walk.notes.empty());
    for (const std::string& note : walk.notes)
        expectChineseSentence(note);
    ASSERT_EQ(walk.commands.size(), english.commands.size());
    for (std::size_t i = 0; i < walk.commands.size(); ++i) {
        expectChineseSentence(walk.commands[i].what);
        // The commands themselves are typed into WinDbg: never translated.
        EXPECT_EQ(walk.commands[i].command, english.commands[i].command);
    }
    for (const WalkStep& step : walk.steps) {
        if (!step.note.empty())
            expectChineseSentence(step.note);
        expectChineseSentence(stepPosition(walk, step));
    }
    for (const WalkStep& step : walk.unreached)
        expectChineseSentence(step.note);
    EXPECT_EQ(entryKindName(ListEntryKind::CompletionPacket), "完成数据包");
    EXPECT_EQ(entryKindName(ListEntryKind::Irp), "IRP");
    EXPECT_EQ(listCommand(walk), listCommand(english));
}

TEST_F(Phrases, TheLoadersSummaryOfAGeneratedDumpReadsInChinese)
{
    installChinese();
    const Snapshot s = generatedDump();
    ASSERT_FALSE(s.processes.empty());
    EXPECT_EQ(s.kind, "完全内存转储（位图）");
    expectChineseSentence(s.system);
    EXPECT_EQ(s.system.rfind("Windows 内部版本 19041 的完全内存转储（位图）", 0), 0u) << s.system;
    EXPECT_EQ(s.typeInformation, "内部版本 19041 的内置表");
    std::size_t summaries = 0;
    bool layoutChecked = false;
    for (const Diagnostic& d : s.diagnostics) {
        EXPECT_EQ(d.severity, Severity::Info) << d.message;
        expectChineseSentence(d.message);
        ++summaries;
        layoutChecked = layoutChecked || d.message.rfind("内部版本 19041 的布局，已在此转储上验证：", 0) == 0;
    }
    EXPECT_GE(summaries, 4u);
    EXPECT_TRUE(layoutChecked);
    // The walk of the leaking port in the dump, where every link is read.
    const SnapshotIndex index(s);
    const auto port
        = std::max_element(s.ports.begin(), s.ports.end(), [](const CompletionPort& a, const CompletionPort& b) {
              return a.queuedEntries.value_or(0) < b.queuedEntries.value_or(0);
          });
    ASSERT_NE(port, s.ports.end());
    const ListWalk walk = walkList(index, {ListKind::PortQueue, port->address});
    EXPECT_EQ(walk.end, WalkEnd::BackAtHead);
    EXPECT_EQ(walk.offsetsSource, "内部版本 19041 的内置表");
    EXPECT_EQ(walk.ending,
              fmt::format("经过 {} 个条目后回到表头（{}）", format::count(std::uint64_t{walk.steps.size()}),
                          format::address(*walk.head, s.pointerSize)));
}

TEST_F(Phrases, TheReportOfAChineseWindowIsInChinese)
{
    installChinese();
    SnapshotSeries series;
    series.snapshots.push_back(generatedDump());
    ReportInput input;
    input.series = &series;
    input.files = {"generated.dmp"};
    input.sourceKind = "kernel dump";
    input.generator = "PoolScope test";
    const std::string html = buildHtmlReport(input, nullptr).html;
    EXPECT_NE(html.find("<html lang=\"zh-CN\">"), std::string::npos);
    const std::size_t start = html.find("<body");
    ASSERT_NE(start, std::string::npos);
    const std::string body = html.substr(start, html.find("<script") - start);
    for (const char* heading :
         {"发现", "打开的内容", "最大的池标记", "完成端口", "按类型的句柄计数", "进程", "略过的内容"})
        EXPECT_NE(body.find(fmt::format("<h2>{}</h2>", heading)), std::string::npos) << heading;
    EXPECT_NE(body.find("在 WinDbg 中确认："), std::string::npos);
    for (const char* english : {"What was opened", "Confirm in WinDbg", "Largest pool tags", "<h2>Findings</h2>",
                                "reaches its holder", "Why this tag", "{}"})
        EXPECT_EQ(body.find(english), std::string::npos) << english;
    // What the reader types stays as the debugger and the command line spell it.
    EXPECT_NE(body.find("!poolused 2"), std::string::npos);
    EXPECT_NE(body.find("poolscope-cli tags"), std::string::npos);
}

TEST_F(Phrases, AFileThatIsNoSourceIsRefusedInChinese)
{
    const std::filesystem::path dir
        = std::filesystem::temp_directory_path() / ("poolscope-phrase-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path minidump = dir / "user.dmp";
    std::ofstream(minidump, std::ios::binary) << "MDMP a user-mode minidump, as far as its signature goes";
    const std::filesystem::path notes = dir / "notes.txt";
    std::ofstream(notes, std::ios::binary) << "shopping list\nmilk\n";

    auto english = openSource(minidump.string());
    ASSERT_FALSE(english.ok());
    EXPECT_NE(english.error().message.find("user-mode minidump"), std::string::npos);

    installChinese();
    for (const auto& [path, expected] :
         {std::pair{minidump, "这是用户模式小型转储"}, std::pair{notes, "不是可识别的数据源"}}) {
        auto refused = openSource(path.string());
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().message.rfind(expected, 0), 0u) << refused.error().message;
    }
    std::filesystem::remove_all(dir);
}
