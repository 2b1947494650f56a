#pragma once
#include "analysis/input_error.h"
#include "model/pool_tag.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace poolscope {

// One line of a pooltag.txt: "Afd? - afd.sys - AFD objects".
struct PoolTagDescription {
    PoolTag tag;             // as written, padded; may hold the wildcards '?' (one char) and '*' (the rest)
    std::string binary;      // "afd.sys", "nt!ps"; empty where the file says "<unknown>"
    std::string description; // "AFD objects"
    std::uint32_t source = 0; // index into PoolTagDatabase::sources()
    std::uint32_t line = 0;   // 1-based line in that source
    std::uint8_t fixedChars = 4; // characters that must match: 4 for an exact tag, fewer for a wildcard

    bool wildcard() const { return fixedChars < 4; }
    bool matches(PoolTag tag) const;
};

// The tag descriptions of Debugging Tools' pooltag.txt and of PoolScope's own table: what
// a tag is, which binary allocates it. A tag may have several descriptions (different
// binaries use the same tag; the same tag in several sources): all are kept.
//
// A value: copies are independent. Pointers returned by lookup() stay valid until the
// database is changed (merge) or destroyed.
class PoolTagDatabase {
public:
    PoolTagDatabase() = default;

    // The file at `path` in pooltag.txt format (ASCII, UTF-8 or UTF-16). An error when it
    // cannot be read or holds no description at all.
    static Result<PoolTagDatabase> load(const std::string& path);
    // Never fails: lines that are not descriptions are counted in skippedLines().
    static PoolTagDatabase parse(std::string_view text, std::string sourceName);
    // PoolScope's own table (resources/builtin_pooltags.txt): the kernel tags of the leaks
    // PoolScope is built around, with what their growth usually means.
    static PoolTagDatabase builtin();

    // Where Debugging Tools and PoolScope installs keep a pooltag.txt, most specific first:
    // $POOLSCOPE_POOLTAG, then the Windows Kits debugger folders (Windows) or the XDG data
    // folders (elsewhere).
    static std::vector<std::string> defaultSearchPaths();
    // The same for a given environment, so that both platforms' lists can be checked.
    using Environment = std::function<const char*(const char* name)>;
    static std::vector<std::string> searchPathsFor(const Environment& environment, bool windows);
    // builtin() merged with the first readable file of defaultSearchPaths(). `tried` gets
    // every path looked at, in order, so a caller can say where it looked.
    static PoolTagDatabase loadDefault(std::vector<std::string>& tried);

    // Adds other's descriptions after this one's (so this one's come first in lookups);
    // a description identical to one already present is not added twice.
    void merge(const PoolTagDatabase& other);

    // Every description of `tag`: exact matches first (in source order), then wildcard
    // matches, most specific first ("Afd?" before "Af??" before "A*").
    std::vector<const PoolTagDescription*> lookup(PoolTag tag) const;
    // The first of lookup(tag), without building a list: for per-row use in big tables.
    const PoolTagDescription* best(PoolTag tag) const;

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    const std::vector<PoolTagDescription>& entries() const { return m_entries; }
    const std::vector<std::string>& sources() const { return m_sources; }

    // Lines that were neither descriptions, comments nor blank, and the first of them
    // described ("pooltag.txt:12: expected 'Tag - binary - description'").
    std::uint64_t skippedLines() const { return m_skippedLines; }
    const std::vector<std::string>& problems() const { return m_problems; }

private:
    using Range = std::pair<std::uint32_t, std::uint32_t>; // first, count in an order vector
    // Wildcard entries grouped by which characters they fix: the tag's key masked to
    // those characters finds them with one hash lookup per group.
    struct MaskGroup {
        std::uint32_t mask = 0;
        std::uint8_t fixedChars = 0;
        std::unordered_map<std::uint32_t, Range> index;
    };

    void addLine(std::string_view line, std::uint32_t number);
    void rebuildIndex();
    bool contains(const PoolTagDescription& entry) const;

    std::vector<PoolTagDescription> m_entries;
    std::vector<std::string> m_sources;
    std::uint64_t m_skippedLines = 0;
    std::vector<std::string> m_problems;

    std::unordered_map<std::uint32_t, Range> m_exact;
    std::vector<std::uint32_t> m_exactOrder;
    std::vector<MaskGroup> m_wildcardGroups; // most fixed characters first
    std::vector<std::uint32_t> m_wildcardOrder;
};

} // namespace poolscope
