#include "analysis/pooltag_database.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>

using namespace poolscope;

namespace {

std::string fixturePath()
{
    const auto path = testdata::sharedFile("fixtures/pooltag/pooltag.txt");
    return path.empty() ? std::string() : path.string();
}

#define POOLTAG_OR_SKIP(var)                                                                                           \
    const std::string var = fixturePath();                                                                             \
    if (var.empty())                                                                                                   \
        GTEST_SKIP() << "../shared/fixtures/pooltag/pooltag.txt not present";

const PoolTagDatabase& fixtureDatabase()
{
    static const PoolTagDatabase db = [] {
        auto loaded = PoolTagDatabase::load(fixturePath());
        return loaded.ok() ? loaded.value() : PoolTagDatabase{};
    }();
    return db;
}

std::filesystem::path tempFile(const std::string& name, const std::string& bytes)
{
    const auto path = std::filesystem::temp_directory_path() / ("poolscope-pooltag-test-" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

void setEnv(const char* name, const char* value)
{
#ifdef _WIN32
    _putenv_s(name, value ? value : "");
#else
    if (value)
        ::setenv(name, value, 1);
    else
        ::unsetenv(name);
#endif
}

// Sets an environment variable for the life of the object.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        setEnv(name, value.c_str());
    }
    ~ScopedEnv()
    {
        setEnv(m_name, m_old ? m_old->c_str() : nullptr);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

} // namespace

TEST(PoolTagDatabase, ReadsEveryDescriptionOfTheRealFile)
{
    POOLTAG_OR_SKIP(path);
    // Counted another way: lines with a " - " that are not comments.
    std::ifstream in(path);
    std::string line;
    std::size_t expected = 0;
    std::size_t lines = 0;
    while (std::getline(in, line)) {
        ++lines;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line.compare(first, 2, "//") == 0)
            continue;
        std::string head = line.substr(first, 3);
        for (char& c : head)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (head == "rem")
            continue;
        if (line.find(" - ") != std::string::npos)
            ++expected;
    }
    EXPECT_EQ(lines, 4690u); // 4,689 lines and the Ctrl-Z end-of-file mark after the last one
    const PoolTagDatabase& db = fixtureDatabase();
    EXPECT_EQ(expected, 4308u);
    EXPECT_EQ(db.size(), expected);
    EXPECT_EQ(db.skippedLines(), 0u) << (db.problems().empty() ? "" : db.problems().front());
    ASSERT_EQ(db.sources().size(), 1u);
    EXPECT_EQ(db.sources()[0], path);
}

TEST(PoolTagDatabase, FindsTheKernelTagsOfTheTwoLeakCases)
{
    POOLTAG_OR_SKIP(path);
    const PoolTagDatabase& db = fixtureDatabase();
    const auto thre = db.lookup(PoolTag("Thre"));
    ASSERT_EQ(thre.size(), 1u);
    EXPECT_EQ(thre[0]->binary, "nt!ps");
    EXPECT_EQ(thre[0]->description, "Thread objects");
    EXPECT_EQ(thre[0]->line, 3297u);

    const auto irp = db.lookup(PoolTag("Irp")); // padded to "Irp " like the kernel pads it
    ASSERT_EQ(irp.size(), 1u);
    EXPECT_EQ(irp[0]->tag.chars(), "Irp ");
    EXPECT_EQ(irp[0]->description, "Io, IRP packets");
    EXPECT_TRUE(irp[0]->binary.empty()); // "<unknown>" in the file: absent
    EXPECT_TRUE(db.lookup(PoolTag("Irp?")).empty());
}

TEST(PoolTagDatabase, WildcardsMatchMostSpecificFirst)
{
    POOLTAG_OR_SKIP(path);
    const PoolTagDatabase& db = fixtureDatabase();
    const auto afdx = db.lookup(PoolTag("AfdX"));
    ASSERT_EQ(afdx.size(), 2u);
    EXPECT_EQ(afdx[0]->description, "Afd context buffer"); // exact first
    EXPECT_FALSE(afdx[0]->wildcard());
    EXPECT_EQ(afdx[1]->tag.chars(), "Afd?");
    EXPECT_EQ(afdx[1]->binary, "afd.sys");
    EXPECT_EQ(afdx[1]->description, "AFD objects");

    const auto afdz = db.lookup(PoolTag("AfdZ")); // only the wildcard knows it
    ASSERT_EQ(afdz.size(), 1u);
    EXPECT_EQ(afdz[0]->binary, "afd.sys");

    const auto gh = db.lookup(PoolTag("Gh05"));
    ASSERT_EQ(gh.size(), 3u);
    EXPECT_EQ(gh[0]->tag.chars(), "Gh?5");
    EXPECT_EQ(gh[1]->tag.chars(), "Gh??");
    EXPECT_EQ(gh[2]->tag.chars(), "G???");

    const auto cm = db.lookup(PoolTag("CM31"));
    ASSERT_FALSE(cm.empty());
    EXPECT_EQ(cm[0]->tag.chars(), "CM??");
    EXPECT_EQ(cm[0]->binary, "nt!cm");

    // '*' matches the rest of the tag, padding included.
    const auto aml = db.lookup(PoolTag("AmlH"));
    ASSERT_FALSE(aml.empty());
    EXPECT_EQ(aml[0]->description, "ACPI AMLI Pooltags");
    const auto bu = db.lookup(PoolTag("Bu"));
    ASSERT_EQ(bu.size(), 1u);
    EXPECT_EQ(bu[0]->description, "burneng.sys from adaptec");
    EXPECT_TRUE(db.lookup(PoolTag("NpF1")).empty()); // tags are case-sensitive: "Npf*" does not match
}

TEST(PoolTagDatabase, KeepsDuplicateTagsAndOddSpacing)
{
    POOLTAG_OR_SKIP(path);
    const PoolTagDatabase& db = fixtureDatabase();
    const auto adbe = db.lookup(PoolTag("Adbe"));
    ASSERT_EQ(adbe.size(), 2u);
    EXPECT_EQ(adbe[0]->description, "Adobe's font driver");
    EXPECT_EQ(adbe[1]->binary, "win32k.sys");
    EXPECT_EQ(adbe[1]->description, "GDITAG_ATM_FONT");

    const auto fsb = db.lookup(PoolTag("Fsb")); // "Fsb -  netio.sys": a 3-character tag
    ASSERT_EQ(fsb.size(), 1u);
    EXPECT_EQ(fsb[0]->binary, "netio.sys");
    EXPECT_EQ(fsb[0]->description, "Fixed-Size Block pool"); // the dash inside is not a separator
    const auto tun = db.lookup(PoolTag("Tun4")); // "Tun4  - <unknown>"
    ASSERT_EQ(tun.size(), 1u);
    EXPECT_EQ(tun[0]->description, "Tunnel cache allocation for long file name");
}

TEST(PoolTagDatabase, BestIsTheFirstOfLookupForEveryTag)
{
    POOLTAG_OR_SKIP(path);
    const PoolTagDatabase& db = fixtureDatabase();
    std::size_t checked = 0;
    for (const auto& entry : db.entries()) {
        PoolTag probe = entry.tag;
        if (entry.wildcard()) { // a concrete tag the pattern covers
            std::string chars(entry.tag.chars());
            for (char& c : chars)
                if (c == '?' || c == '*')
                    c = 'q';
            probe = PoolTag(chars);
        }
        const auto all = db.lookup(probe);
        ASSERT_FALSE(all.empty()) << entry.tag.display();
        EXPECT_EQ(db.best(probe), all.front()) << entry.tag.display();
        ++checked;
    }
    EXPECT_EQ(checked, db.size());
    EXPECT_EQ(db.best(PoolTag("\x01\x02\x03\x04")), nullptr);
}

TEST(PoolTagDatabase, MalformedLinesAreCountedAndDescribed)
{
    const std::string text = "//\r\n"
                             "// comment\r\n"
                             "rem    <PoolTag> - <binary-name> - <Description>\r\n"
                             "REM Upper-case rem too\r\n"
                             "\r\n"
                             "Abcd - abcd.sys - first\r\n"
                             "this line has no separator\r\n"
                             "TooLong - long.sys - five characters is not a tag\r\n"
                             "Efgh-efgh.sys-glued\r\n"
                             "Ijkl - ijkl.sys\r\n"
                             "Mnop - a description without binary\r\n"
                             "Abcd - other.sys - same tag, another binary\r\n"
                             "\x1a";
    const auto db = PoolTagDatabase::parse(text, "mine.txt");
    EXPECT_EQ(db.size(), 4u);
    EXPECT_EQ(db.skippedLines(), 3u);
    ASSERT_EQ(db.problems().size(), 3u);
    EXPECT_EQ(db.problems()[0], "mine.txt:7: expected 'Tag - binary - description': this line has no separator");
    EXPECT_NE(db.problems()[1].find("mine.txt:8: expected a tag of 1 to 4 characters"), std::string::npos);
    EXPECT_NE(db.problems()[2].find("mine.txt:9:"), std::string::npos);
    const auto abcd = db.lookup(PoolTag("Abcd"));
    ASSERT_EQ(abcd.size(), 2u);
    EXPECT_EQ(abcd[0]->binary, "abcd.sys");
    EXPECT_EQ(abcd[1]->description, "same tag, another binary");
    EXPECT_EQ(abcd[1]->line, 12u);
    EXPECT_EQ(db.lookup(PoolTag("Ijkl"))[0]->binary, "ijkl.sys");
    EXPECT_TRUE(db.lookup(PoolTag("Ijkl"))[0]->description.empty());
    EXPECT_EQ(db.lookup(PoolTag("Mnop"))[0]->description, "a description without binary");
    EXPECT_TRUE(db.lookup(PoolTag("Mnop"))[0]->binary.empty());
}

TEST(PoolTagDatabase, BuiltinTableExplainsTheLeakTags)
{
    const PoolTagDatabase db = PoolTagDatabase::builtin();
    EXPECT_GE(db.size(), 20u);
    EXPECT_LE(db.size(), 45u);
    EXPECT_EQ(db.skippedLines(), 0u) << (db.problems().empty() ? "" : db.problems().front());
    const auto* thre = db.best(PoolTag("Thre"));
    ASSERT_NE(thre, nullptr);
    EXPECT_EQ(thre->binary, "nt!ps");
    EXPECT_NE(thre->description.find("handles to terminated threads"), std::string::npos);
    const auto* irp = db.best(PoolTag("Irp"));
    ASSERT_NE(irp, nullptr);
    EXPECT_NE(irp->description.find("!irpfind"), std::string::npos);
    EXPECT_NE(db.best(PoolTag("Icp"))->description.find("GetQueuedCompletionStatus"), std::string::npos);
    EXPECT_EQ(db.best(PoolTag("NtfX"))->binary, "ntfs.sys"); // through "Ntf?"
    EXPECT_EQ(db.best(PoolTag("AfdB"))->binary, "afd.sys");
    for (const char* tag : {"IoCo", "File", "Proc", "ObHd", "Even", "Mute", "Sema", "Key", "Toke", "Vad", "MmCm",
                            "NpFr", "Wait", "ObSt", "SeSd", "Io", "Dire", "Port", "ALPC"})
        EXPECT_NE(db.best(PoolTag(tag)), nullptr) << tag;
    // Every description is written out: no tag without a word on what it is.
    for (const auto& e : db.entries())
        EXPECT_FALSE(e.description.empty()) << e.tag.display();
}

TEST(PoolTagDatabase, MergePutsTheFirstDatabaseFirstAndSkipsIdenticalEntries)
{
    POOLTAG_OR_SKIP(path);
    PoolTagDatabase db = PoolTagDatabase::builtin();
    const std::size_t builtinSize = db.size();
    db.merge(fixtureDatabase());
    EXPECT_EQ(db.size(), builtinSize + fixtureDatabase().size());
    const auto thre = db.lookup(PoolTag("Thre"));
    ASSERT_EQ(thre.size(), 2u);
    EXPECT_EQ(db.sources()[thre[0]->source], "PoolScope built-in pool tags");
    EXPECT_EQ(db.sources()[thre[1]->source], path);
    EXPECT_EQ(thre[1]->description, "Thread objects");
    const auto afd = db.lookup(PoolTag("AfdQ"));
    ASSERT_EQ(afd.size(), 3u); // AfdQ (file), then Afd? (builtin), Afd? (file)
    EXPECT_EQ(afd[0]->description, "Afd work queue item");
    EXPECT_EQ(db.sources()[afd[1]->source], "PoolScope built-in pool tags");

    const std::size_t merged = db.size();
    db.merge(fixtureDatabase());
    EXPECT_EQ(db.size(), merged);
    PoolTagDatabase copy = db; // a value: the copy answers on its own
    db = PoolTagDatabase{};
    EXPECT_EQ(copy.lookup(PoolTag("Thre")).size(), 2u);
}

TEST(PoolTagDatabase, LoadReportsUnreadableAndEmptyFiles)
{
    const auto missing = PoolTagDatabase::load("/nonexistent/dir/pooltag.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().file, "/nonexistent/dir/pooltag.txt");

    const auto emptyPath = tempFile("empty.txt", "// nothing but comments\nrem\n");
    const auto empty = PoolTagDatabase::load(emptyPath.string());
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("no pool tag descriptions found"), std::string::npos);
    std::filesystem::remove(emptyPath);

    // Saved by an editor as UTF-16 with a BOM.
    std::string utf16("\xFF\xFE", 2);
    for (char c : std::string("Thre - nt!ps - Thread objects\r\nAfd? - afd.sys - AFD objects\r\n")) {
        utf16.push_back(c);
        utf16.push_back('\0');
    }
    const auto wide = tempFile("utf16.txt", utf16);
    const auto loaded = PoolTagDatabase::load(wide.string());
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded->size(), 2u);
    EXPECT_EQ(loaded->best(PoolTag("AfdE"))->binary, "afd.sys");
    std::filesystem::remove(wide);
}

TEST(PoolTagDatabase, SearchPathsCoverTheDebuggerInstallsAndTheDataFolders)
{
    std::map<std::string, std::string> env{{"ProgramFiles(x86)", "D:\\PF86"}, {"HOME", "/home/ana"}};
    const auto lookup = [&](const char* name) -> const char* {
        const auto it = env.find(name);
        return it == env.end() ? nullptr : it->second.c_str();
    };
    const auto windows = PoolTagDatabase::searchPathsFor(lookup, true);
    ASSERT_FALSE(windows.empty());
    EXPECT_EQ(windows[0], "D:\\PF86\\Windows Kits\\10\\Debuggers\\x64\\triage\\pooltag.txt");
    const auto has = [](const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    EXPECT_TRUE(has(windows, "D:\\PF86\\Windows Kits\\10\\Debuggers\\x86\\triage\\pooltag.txt"));
    EXPECT_TRUE(has(windows, "D:\\PF86\\Windows Kits\\10\\Debuggers\\arm64\\triage\\pooltag.txt"));
    EXPECT_TRUE(has(windows, "C:\\Program Files\\Windows Kits\\10\\Debuggers\\x64\\triage\\pooltag.txt"));
    EXPECT_TRUE(has(windows, "C:\\Program Files\\Debugging Tools for Windows (x64)\\triage\\pooltag.txt"));

    const auto unixPaths = PoolTagDatabase::searchPathsFor(lookup, false);
    EXPECT_EQ(unixPaths, (std::vector<std::string>{"/home/ana/.local/share/poolscope/pooltag.txt",
                                               "/usr/local/share/poolscope/pooltag.txt",
                                               "/usr/share/poolscope/pooltag.txt"}));

    env["POOLSCOPE_POOLTAG"] = "/cases/4711/pooltag.txt";
    env["XDG_DATA_HOME"] = "/data";
    const auto chosen = PoolTagDatabase::searchPathsFor(lookup, false);
    ASSERT_GE(chosen.size(), 2u);
    EXPECT_EQ(chosen[0], "/cases/4711/pooltag.txt");
    EXPECT_EQ(chosen[1], "/data/poolscope/pooltag.txt");
    EXPECT_EQ(PoolTagDatabase::searchPathsFor(lookup, true)[0], "/cases/4711/pooltag.txt");
}

TEST(PoolTagDatabase, LoadDefaultMergesTheFirstFileFound)
{
    POOLTAG_OR_SKIP(path);
    {
        const ScopedEnv chosen("POOLSCOPE_POOLTAG", path);
        std::vector<std::string> tried;
        const PoolTagDatabase db = PoolTagDatabase::loadDefault(tried);
        ASSERT_EQ(tried.size(), 1u); // found at the first place it looked
        EXPECT_EQ(tried[0], path);
        EXPECT_EQ(db.size(), PoolTagDatabase::builtin().size() + fixtureDatabase().size());
        EXPECT_EQ(db.lookup(PoolTag("AfdX")).front()->description, "Afd context buffer");
    }
    {
        const ScopedEnv missing("POOLSCOPE_POOLTAG", "/nonexistent/pooltag.txt");
        const ScopedEnv home("HOME", "/nonexistent-home");
        const ScopedEnv xdg("XDG_DATA_HOME", "/nonexistent-xdg");
        std::vector<std::string> tried;
        const PoolTagDatabase db = PoolTagDatabase::loadDefault(tried);
        EXPECT_EQ(tried, PoolTagDatabase::defaultSearchPaths());
        EXPECT_EQ(tried[0], "/nonexistent/pooltag.txt");
        EXPECT_GE(db.size(), PoolTagDatabase::builtin().size()); // at least the built-in table
    }
}
