#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"

#include <gtest/gtest.h>

using namespace poolscope;

TEST(WindbgLogReader, RecognisesTheRealPromptForms)
{
    windbg::Prompt p;
    ASSERT_TRUE(windbg::parsePrompt("0: kd> !poolused 2", p));
    EXPECT_EQ(p.command, "!poolused");
    EXPECT_EQ(p.arguments, "2");
    ASSERT_TRUE(windbg::parsePrompt("kd> dt nt!_ERESOURCE -b 0x8154f040 ", p));
    EXPECT_EQ(p.command, "dt");
    EXPECT_EQ(p.arguments, "nt!_ERESOURCE -b 0x8154f040");
    ASSERT_TRUE(windbg::parsePrompt("0: kd>!poolused 2", p)); // as the seed prints it
    EXPECT_EQ(p.command, "!poolused");
    ASSERT_TRUE(windbg::parsePrompt("lkd> !vm", p));
    ASSERT_TRUE(windbg::parsePrompt("1: kd:x86> !process 0 0", p));
    ASSERT_TRUE(windbg::parsePrompt("0:000> !handle", p));
    ASSERT_TRUE(windbg::parsePrompt("kd> ", p));
    EXPECT_TRUE(p.command.empty());
    EXPECT_FALSE(windbg::parsePrompt("PROCESS 80a02a60  Cid: 0002", p));
    EXPECT_FALSE(windbg::parsePrompt("Evaluate expression: 32 = 00000020", p));
    EXPECT_FALSE(windbg::parsePrompt("a -> b", p));
    EXPECT_FALSE(windbg::parsePrompt("12345678901234567890123456789 kd> x", p));
}

TEST(WindbgLogReader, UnknownCommandsAreListedNotErrors)
{
    const auto doc = decodeText("0: kd> !analyze -v\nBUGCHECK_CODE: 133\nmore\n0: kd> ?8904a180-8904a160\n"
                                "Evaluate expression: 32 = 00000020\n",
                                "crash.log");
    const auto snapshot = readWindbgLog(doc);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().describe();
    ASSERT_EQ(snapshot->skipped.size(), 2u);
    EXPECT_EQ(snapshot->skipped[0].command, "!analyze -v");
    EXPECT_EQ(snapshot->skipped[0].where.line, 1u);
    EXPECT_EQ(snapshot->skipped[0].lines, 2u);
    EXPECT_EQ(snapshot->skipped[1].command, "?8904a180-8904a160");
    EXPECT_EQ(snapshot->skipped[1].where.line, 4u);
    EXPECT_EQ(snapshot->skipCounts.commands, 2u);
    EXPECT_FALSE(snapshot->hasRecords());
}

TEST(WindbgLogReader, TextWithNoDebuggerOutputIsAnError)
{
    const auto snapshot = readWindbgLog(decodeText("Dear support,\nthe server is slow.\n", "mail.txt"));
    ASSERT_FALSE(snapshot.ok());
    EXPECT_EQ(snapshot.error().file, "mail.txt");
    EXPECT_NE(snapshot.error().message.find("no WinDbg command output recognised"), std::string::npos);
    EXPECT_FALSE(looksLikeWindbgLog("Dear support,\nthe server is slow.\n"));
    EXPECT_TRUE(looksLikeWindbgLog("Microsoft (R) Windows Debugger\n0: kd> !vm\n"));
}

TEST(WindbgLogReader, CancelStopsTheRead)
{
    std::string big;
    for (int i = 0; i < 20000; ++i)
        big += "kd> !unknown\nline\n";
    std::atomic<bool> cancel{true};
    ReadControl control({}, &cancel);
    const auto snapshot = readWindbgLog(decodeText(big, "big.log"), control);
    ASSERT_FALSE(snapshot.ok());
    EXPECT_NE(snapshot.error().message.find("cancelled"), std::string::npos);
}

TEST(WindbgLogReader, ReportsProgressUpToTheEnd)
{
    std::string big;
    for (int i = 0; i < 20000; ++i)
        big += "kd> !unknown\nline\n";
    std::vector<double> reported;
    ReadControl control([&](double f) { reported.push_back(f); }, nullptr);
    ASSERT_TRUE(readWindbgLog(decodeText(big, "big.log"), control).ok());
    ASSERT_FALSE(reported.empty());
    EXPECT_DOUBLE_EQ(reported.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
}
