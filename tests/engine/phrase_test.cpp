// The analysis layer's sentences in another language: a translator installed through
// text::setTranslator changes what explainLeaks and the inspector say, a translation whose
// placeholders do not fit falls back to English, no translator leaves today's English, and
// the Simplified Chinese staging file fills every sentence with the same placeholders.
#include "analysis/conclusions/explain.h"
#include "analysis/inspection.h"
#include "analysis/text/phrase.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "tests/support/kd_log_generator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

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

const std::filesystem::path kStaging = std::filesystem::path(POOLSCOPE_TRANSLATIONS_DIR) / "analysis_zh_CN.ts";

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

TEST(PhraseTranslations, TheStagingFileTranslatesEverySentenceWithItsPlaceholders)
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
    for (const char* context : {"Explain", "Inspection", "Coverage", "Suspects", "Growth", "Correlation", "IrpGroups"})
        EXPECT_EQ(contexts.count(context), 1u) << context;
}

TEST_F(Phrases, TheChineseStagingFileTurnsTheFindingsIntoChinese)
{
    for (const TsMessage& m : readTs(kStaging))
        chinese()[{m.context, m.source}] = m.translation;
    ASSERT_FALSE(chinese().empty());
    text::setTranslator(&fromStagingFile);
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
