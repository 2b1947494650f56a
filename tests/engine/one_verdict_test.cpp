// Counts and verdicts that must not contradict each other wherever they are shown: a port
// gets one verdict in the suspects and in the findings (seed 002), and a source that counts
// handles by type without listing them is not said to hold none (seed 004).
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/handle_tally.h"
#include "analysis/conclusions/leak_queries.h"
#include "analysis/conclusions/leak_signatures.h"
#include "analysis/conclusions/suspects.h"
#include "analysis/report/html_report.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"
#include "model/format.h"
#include "tests/support/html_check.h"
#include "tests/support/kd_log_generator.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace poolscope;

namespace {

Snapshot readFile(const std::string& relative)
{
    const auto path = testdata::sharedFile(relative);
    if (path.empty())
        return {};
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto snapshot = readWindbgLog(decodeText(text.str(), path.string()));
    EXPECT_TRUE(snapshot.ok());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

Explanation explainOne(const Snapshot& s)
{
    SnapshotSeries series;
    series.snapshots.push_back(s);
    return explainLeaks(series);
}

// The ports a finding's chain says are stuck (its Queue link).
std::vector<Address> portsInFindings(const Explanation& explanation)
{
    std::vector<Address> out;
    for (const LeakChain& chain : explanation.chains)
        for (const ExplainLink& link : chain.links)
            if (link.step == ExplainLink::Step::Queue && link.record)
                out.push_back(link.record->address);
    return out;
}

bool signatureFor(const std::vector<Suspect>& suspects, Address port)
{
    return std::any_of(suspects.begin(), suspects.end(), [&](const Suspect& s) {
        return s.kind == Suspect::Kind::Port && s.signature && s.address == port;
    });
}

// Each port: a port a finding calls stuck is a leak's signature in the suspects, and the
// suspects call a port stuck by the same judgement the findings use.
void expectOneVerdictPerPort(const Snapshot& s)
{
    const auto suspects = rankSuspects(s);
    const auto inFindings = portsInFindings(explainOne(s));
    for (const PortRanking& r : rankPorts(s)) {
        const std::string name = format::address(r.port->address, s.pointerSize);
        if (std::find(inFindings.begin(), inFindings.end(), r.port->address) != inFindings.end()) {
            EXPECT_TRUE(signatureFor(suspects, r.port->address)) << name;
        }
        EXPECT_EQ(signatureFor(suspects, r.port->address), isStuckPort(r)) << name;
    }
}

} // namespace

TEST(OneVerdict, Seed002PortIsStuckInTheSuspectsAsInTheFinding)
{
    const Snapshot s = readFile("seeds/002_fe80fed602300250.txt");
    if (s.ports.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    const Address port = 0xffffe00005248840ull;
    const auto suspects = rankSuspects(s);
    EXPECT_TRUE(signatureFor(suspects, port));
    for (const Suspect& suspect : suspects)
        if (suspect.kind == Suspect::Kind::Port) {
            EXPECT_EQ(suspect.explanation.find("without a leak's signature"), std::string::npos) << suspect.explanation;
        }
    const auto inFindings = portsInFindings(explainOne(s));
    EXPECT_NE(std::find(inFindings.begin(), inFindings.end(), port), inFindings.end());
    expectOneVerdictPerPort(s);
}

TEST(OneVerdict, GeneratedIocpLeakPortsGetOneVerdict)
{
    testdata::KdLogOptions options;
    options.handleLeak = false;
    testdata::PlantedLeaks planted;
    auto snapshot = readWindbgLog(decodeText(testdata::generateKdLog(options, &planted), "iocp.log"));
    ASSERT_TRUE(snapshot.ok());
    ASSERT_FALSE(snapshot.value().ports.empty());
    EXPECT_TRUE(signatureFor(rankSuspects(snapshot.value()), planted.port));
    expectOneVerdictPerPort(snapshot.value());
}

TEST(OneVerdict, Seed004HandlesCountedByTypeAreNotNone)
{
    const Snapshot s = readFile("seeds/004_5534fcd0e08ba444.txt");
    if (s.processes.empty())
        GTEST_SKIP() << "../shared/seeds not present";
    ASSERT_TRUE(s.handles.empty()); // the article pastes the count table, not the entries
    std::uint64_t counted = 0;
    for (const ProcessHandleTypes& p : handleCountsByType(s))
        for (const HandleTypeCount& c : p.counts)
            counted += c.count;
    ASSERT_GT(counted, 0u);
    const HandleTally tally = tallyHandles(s);
    EXPECT_EQ(tally.listed, 0u);
    EXPECT_EQ(tally.countedByType, counted);
    EXPECT_EQ(handleTallyText(tally), format::count(counted) + " handles counted by type, none listed one by one");

    // The report's record counts say the same beside the suspects' "323,155 Thread".
    SnapshotSeries series;
    series.snapshots.push_back(s);
    const PoolTagDatabase descriptions = PoolTagDatabase::builtin();
    ReportInput input;
    input.series = &series;
    input.files = {"004.txt"};
    input.sourceKind = "WinDbg/KD log";
    input.descriptions = &descriptions;
    const testdata::HtmlDocument doc = testdata::parseHtml(buildHtmlReport(input, nullptr).html);
    ASSERT_TRUE(doc.error.empty()) << doc.error;
    const testdata::HtmlElement* records = doc.byId("records");
    ASSERT_NE(records, nullptr);
    const std::string text = doc.text(*records);
    EXPECT_NE(text.find("Handles counted, not listed " + format::count(counted)), std::string::npos) << text;
    EXPECT_EQ(text.find("Handles 0"), std::string::npos) << text;
}
