#include "pooltag_database.h"

#include "analysis/environment.h"
#include "analysis/file_path.h"
#include "analysis/parse_util.h"
#include "analysis/text_source.h"
#include "resources/embedded_resources.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>

namespace poolscope {

namespace {

constexpr std::size_t kMaxProblems = 100;
// The tag field is at most 4 characters, padded with a few blanks before its " - ".
constexpr std::size_t kTagFieldLimit = 12;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// The field separator of pooltag.txt: a '-' with blanks (or the end) on both sides, so
// that dashes inside names ("Fixed-Size Block pool") are not taken for it.
std::size_t findSeparator(std::string_view s, std::size_t limit)
{
    const std::size_t end = std::min(s.size(), limit + 1);
    for (std::size_t i = 1; i < end; ++i)
        if (s[i] == '-' && isBlank(s[i - 1]) && (i + 1 == s.size() || isBlank(s[i + 1])))
            return i;
    return std::string_view::npos;
}

bool isComment(std::string_view s)
{
    if (text::startsWith(s, "//"))
        return true;
    return text::iStartsWith(s, "rem") && (s.size() == 3 || isBlank(s[3]));
}

// pooltag.txt ends with a DOS end-of-file mark (Ctrl-Z) on a line of its own.
bool isEndOfFileMark(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == '\x1a'; });
}

// Which characters of a pattern must match, as a mask over PoolTag::key() bytes.
std::pair<std::uint32_t, std::uint8_t> fixedMask(PoolTag tag)
{
    std::uint32_t mask = 0;
    std::uint8_t fixed = 0;
    const auto chars = tag.chars();
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (chars[i] == '*')
            break;
        if (chars[i] == '?')
            continue;
        mask |= std::uint32_t{0xff} << (8 * i);
        ++fixed;
    }
    return {mask, fixed};
}

std::string clip(std::string_view s)
{
    return s.size() > 60 ? fmt::format("{}...", s.substr(0, 57)) : std::string(s);
}

} // namespace

bool PoolTagDescription::matches(PoolTag other) const
{
    if (!wildcard())
        return tag == other;
    const std::uint32_t mask = fixedMask(tag).first;
    return (tag.key() & mask) == (other.key() & mask);
}

PoolTagDatabase PoolTagDatabase::parse(std::string_view text, std::string sourceName)
{
    PoolTagDatabase db;
    db.m_sources.push_back(std::move(sourceName));
    LineScanner scanner(text);
    TextLine line;
    while (scanner.next(line))
        db.addLine(line.text, line.number);
    db.rebuildIndex();
    return db;
}

void PoolTagDatabase::addLine(std::string_view raw, std::uint32_t number)
{
    const std::string_view s = text::trim(raw);
    if (s.empty() || isComment(s) || isEndOfFileMark(s))
        return;
    const auto problem = [&](std::string_view expected) {
        ++m_skippedLines;
        if (m_problems.size() < kMaxProblems)
            m_problems.push_back(fmt::format("{}:{}: expected {}: {}", m_sources.front(), number, expected, clip(s)));
    };

    const std::size_t tagEnd = findSeparator(s, kTagFieldLimit);
    if (tagEnd == std::string_view::npos) {
        problem("'Tag - binary - description'");
        return;
    }
    const std::string_view tag = text::trimRight(s.substr(0, tagEnd));
    if (tag.empty() || tag.size() > 4) {
        problem("a tag of 1 to 4 characters before ' - '");
        return;
    }

    PoolTagDescription entry;
    entry.tag = PoolTag(tag); // short tags are padded with blanks, as the kernel pads them
    entry.fixedChars = fixedMask(entry.tag).second;
    entry.source = 0;
    entry.line = number;

    const std::string_view rest = s.substr(tagEnd + 1);
    const std::size_t binaryEnd = findSeparator(rest, rest.size());
    std::string_view binary;
    std::string_view description;
    if (binaryEnd != std::string_view::npos) {
        binary = text::trim(rest.substr(0, binaryEnd));
        description = text::trim(rest.substr(binaryEnd + 1));
    } else {
        // Two fields only: a binary name has no blanks, a description does.
        const std::string_view only = text::trim(rest);
        (only.find_first_of(" \t") == std::string_view::npos ? binary : description) = only;
    }
    if (!text::iEquals(binary, "<unknown>"))
        entry.binary = std::string(binary);
    entry.description = std::string(description);
    m_entries.push_back(std::move(entry));
}

void PoolTagDatabase::rebuildIndex()
{
    m_exact.clear();
    m_exactOrder.clear();
    m_wildcardGroups.clear();
    m_wildcardOrder.clear();

    std::vector<std::pair<std::uint32_t, std::uint32_t>> exact; // key, entry
    std::map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> byMask; // mask -> key, entry
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto& e = m_entries[i];
        const auto index = static_cast<std::uint32_t>(i);
        if (!e.wildcard()) {
            exact.emplace_back(e.tag.key(), index);
            continue;
        }
        const std::uint32_t mask = fixedMask(e.tag).first;
        byMask[mask].emplace_back(e.tag.key() & mask, index);
    }

    const auto byKey = [](const auto& a, const auto& b) { return a.first < b.first; };
    const auto fill = [&](std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
                          std::unordered_map<std::uint32_t, Range>& index, std::vector<std::uint32_t>& order) {
        std::stable_sort(pairs.begin(), pairs.end(), byKey); // same key: source order
        index.reserve(pairs.size());
        for (const auto& [key, entry] : pairs) {
            const auto position = static_cast<std::uint32_t>(order.size());
            const auto it = index.try_emplace(key, Range{position, 0}).first;
            ++it->second.second;
            order.push_back(entry);
        }
    };
    fill(exact, m_exact, m_exactOrder);
    for (auto& [mask, pairs] : byMask) {
        MaskGroup group;
        group.mask = mask;
        group.fixedChars = m_entries[pairs.front().second].fixedChars;
        fill(pairs, group.index, m_wildcardOrder);
        m_wildcardGroups.push_back(std::move(group));
    }
    std::stable_sort(m_wildcardGroups.begin(), m_wildcardGroups.end(),
                     [](const MaskGroup& a, const MaskGroup& b) { return a.fixedChars > b.fixedChars; });
}

std::vector<const PoolTagDescription*> PoolTagDatabase::lookup(PoolTag tag) const
{
    std::vector<const PoolTagDescription*> found;
    const std::uint32_t key = tag.key();
    if (const auto it = m_exact.find(key); it != m_exact.end())
        for (std::uint32_t i = 0; i < it->second.second; ++i)
            found.push_back(&m_entries[m_exactOrder[it->second.first + i]]);
    const std::size_t exactCount = found.size();
    for (const MaskGroup& group : m_wildcardGroups) {
        const auto it = group.index.find(key & group.mask);
        if (it == group.index.end())
            continue;
        for (std::uint32_t i = 0; i < it->second.second; ++i)
            found.push_back(&m_entries[m_wildcardOrder[it->second.first + i]]);
    }
    // Groups with the same number of fixed characters ("Afd?" and "Af?d") interleave by
    // source order.
    std::stable_sort(found.begin() + static_cast<std::ptrdiff_t>(exactCount), found.end(),
                     [](const PoolTagDescription* a, const PoolTagDescription* b) {
                         if (a->fixedChars != b->fixedChars)
                             return a->fixedChars > b->fixedChars;
                         return a < b;
                     });
    return found;
}

const PoolTagDescription* PoolTagDatabase::best(PoolTag tag) const
{
    const std::uint32_t key = tag.key();
    if (const auto it = m_exact.find(key); it != m_exact.end())
        return &m_entries[m_exactOrder[it->second.first]];
    const PoolTagDescription* best = nullptr;
    for (const MaskGroup& group : m_wildcardGroups) {
        if (best && group.fixedChars < best->fixedChars)
            break;
        const auto it = group.index.find(key & group.mask);
        if (it == group.index.end())
            continue;
        const PoolTagDescription* candidate = &m_entries[m_wildcardOrder[it->second.first]];
        if (!best || candidate < best)
            best = candidate;
    }
    return best;
}

bool PoolTagDatabase::contains(const PoolTagDescription& entry) const
{
    const auto same = [&](const PoolTagDescription& e) {
        return e.tag == entry.tag && e.binary == entry.binary && e.description == entry.description;
    };
    if (!entry.wildcard()) {
        const auto it = m_exact.find(entry.tag.key());
        if (it == m_exact.end())
            return false;
        for (std::uint32_t i = 0; i < it->second.second; ++i)
            if (same(m_entries[m_exactOrder[it->second.first + i]]))
                return true;
        return false;
    }
    for (const std::uint32_t i : m_wildcardOrder)
        if (same(m_entries[i]))
            return true;
    return false;
}

void PoolTagDatabase::merge(const PoolTagDatabase& other)
{
    const auto offset = static_cast<std::uint32_t>(m_sources.size());
    m_sources.insert(m_sources.end(), other.m_sources.begin(), other.m_sources.end());
    m_entries.reserve(m_entries.size() + other.m_entries.size());
    for (const auto& entry : other.m_entries) {
        if (contains(entry))
            continue;
        PoolTagDescription copy = entry;
        copy.source += offset;
        m_entries.push_back(std::move(copy));
    }
    m_skippedLines += other.m_skippedLines;
    for (const auto& p : other.m_problems)
        if (m_problems.size() < kMaxProblems)
            m_problems.push_back(p);
    rebuildIndex();
}

Result<PoolTagDatabase> PoolTagDatabase::load(const std::string& path)
{
    auto document = loadTextFile(path);
    if (!document)
        return document.error();
    PoolTagDatabase db = parse(document->text, path);
    if (db.empty())
        return InputError{path, 0, 0,
                          "no pool tag descriptions found (expected lines 'Tag - binary - description', as in "
                          "pooltag.txt)"};
    return db;
}

PoolTagDatabase PoolTagDatabase::builtin()
{
    static const PoolTagDatabase table =
        parse(resources::embeddedFile("builtin_pooltags.txt"), "PoolScope built-in pool tags");
    return table;
}

std::vector<std::string> PoolTagDatabase::searchPathsFor(const Environment& environment, bool windows)
{
    std::vector<std::string> paths;
    const auto add = [&](std::string path) {
        if (std::find(paths.begin(), paths.end(), path) == paths.end())
            paths.push_back(std::move(path));
    };
    const auto variable = [&](const char* name, const char* fallback) -> std::string {
        const char* value = environment ? environment(name) : nullptr;
        return value && *value ? std::string(value) : std::string(fallback ? fallback : "");
    };

    if (const std::string explicitFile = variable("POOLSCOPE_POOLTAG", nullptr); !explicitFile.empty())
        add(explicitFile);
    if (windows) {
        // Debugging Tools ship pooltag.txt in the debugger's triage folder.
        const std::string programFilesX86 = variable("ProgramFiles(x86)", "C:\\Program Files (x86)");
        const std::string programFiles = variable("ProgramFiles", "C:\\Program Files");
        for (const std::string& base : {programFilesX86, programFiles})
            for (const char* arch : {"x64", "x86", "arm64"})
                add(fmt::format("{}\\Windows Kits\\10\\Debuggers\\{}\\triage\\pooltag.txt", base, arch));
        add(programFiles + "\\Debugging Tools for Windows (x64)\\triage\\pooltag.txt");
        add(programFilesX86 + "\\Debugging Tools for Windows (x86)\\triage\\pooltag.txt");
    } else {
        if (const std::string xdg = variable("XDG_DATA_HOME", nullptr); !xdg.empty())
            add(xdg + "/poolscope/pooltag.txt");
        if (const std::string home = variable("HOME", nullptr); !home.empty())
            add(home + "/.local/share/poolscope/pooltag.txt");
        add("/usr/local/share/poolscope/pooltag.txt");
        add("/usr/share/poolscope/pooltag.txt");
    }
    return paths;
}

std::vector<std::string> PoolTagDatabase::defaultSearchPaths()
{
#ifdef _WIN32
    constexpr bool windows = true;
#else
    constexpr bool windows = false;
#endif
    std::deque<std::string> values; // the pointers handed out stay valid as it grows
    return searchPathsFor(
        [&values](const char* name) -> const char* {
            const auto value = environmentVariable(name);
            return value ? values.emplace_back(*value).c_str() : nullptr;
        },
        windows);
}

PoolTagDatabase PoolTagDatabase::loadDefault(std::vector<std::string>& tried)
{
    PoolTagDatabase db = builtin();
    for (auto& path : defaultSearchPaths()) {
        tried.push_back(path);
        std::error_code error;
        if (!std::filesystem::is_regular_file(pathFromUtf8(path), error))
            continue;
        auto loaded = load(path);
        if (!loaded)
            continue;
        db.merge(loaded.value());
        break;
    }
    return db;
}

} // namespace poolscope
