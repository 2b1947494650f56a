#include "poolmon_reader.h"

#include "analysis/parse_util.h"
#include "analysis/poolmon_capture_lines.h"
#include "analysis/poolmon_fields.h"
#include "analysis/snapshot_builder.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace poolscope {

namespace {

// Column layout facts, from poolmon's own format strings: a row is
// " %4s %5s %9ld (%4ld) %9ld (%4ld) %8ld %7ld (%6ld) %6ld %s" (x64: wider number fields,
// `/n` snapshot logs: no deltas). The tag is printed raw, so "Io  " and "Dh 1" keep their
// spaces, and the type is "Nonp " or "Paged" whatever the pool: session pools are told
// only by the screen's title line.
constexpr std::size_t kTagWidth = 4;
constexpr std::uint32_t kProgressEveryLines = 4096;
constexpr std::uint64_t kKilobyte = 1024;

using poolmon::isBlank;

// Runs of padding blanks are a third of a poolmon row: skip them eight bytes at a time.
std::size_t skipBlanks(std::string_view s, std::size_t i)
{
    if constexpr (poolmon::kWordsReadInOrder) {
        while (i + 8 <= s.size()) {
            const unsigned spaces = poolmon::leadingSpaces(poolmon::loadWord(s.data() + i));
            i += spaces;
            if (spaces < 8)
                break;
        }
    }
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return i;
}

std::string_view fileName(std::string_view path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string clip(std::string_view s)
{
    s = text::trim(s);
    return s.size() > 60 ? fmt::format("{}...", s.substr(0, 57)) : std::string(s);
}

// Headers pasted into Markdown come back as "## Tag  Type ..." or indented code.
std::string_view stripMarkup(std::string_view s)
{
    s = text::trimLeft(s);
    while (!s.empty() && s.front() == '#')
        s.remove_prefix(1);
    return text::trim(s);
}

// ---------------------------------------------------------------------------------------
// Numbers

struct Number {
    std::uint64_t magnitude = 0;
    bool negative = false;
};

// Digits with thousands separators, checked for overflow: the rare slow path.
bool readGroupedDigits(std::string_view s, std::size_t& i, std::uint64_t& value)
{
    const std::size_t first = i;
    value = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            const auto d = static_cast<std::uint64_t>(c - '0');
            if (value > (std::numeric_limits<std::uint64_t>::max() - d) / 10)
                return false;
            value = value * 10 + d;
            ++i;
        } else if (c == ',' && i > first && i + 1 < s.size() && text::isDigit(s[i + 1])) {
            ++i;
        } else {
            break;
        }
    }
    return i > first;
}

// [-]digits at pos after blanks. Thousands separators are allowed because pasted tables
// sometimes carry them; a number glued to letters ("12abc") is not a number.
// Eight digits at a time where eight bytes remain in the line.
bool readNumber(std::string_view s, std::size_t& pos, Number& out)
{
    // Up to 19 digits cannot overflow 64 bits: the common case needs no checks per digit.
    constexpr std::size_t kSafeDigits = 19;
    std::size_t i = skipBlanks(s, pos);
    bool negative = false;
    if (i < s.size() && s[i] == '-') {
        negative = true;
        ++i;
    }
    const std::size_t first = i;
    std::uint64_t value = 0;
    if constexpr (poolmon::kWordsReadInOrder) {
        if (s.size() - i >= 8) {
            const std::uint64_t word = poolmon::loadWord(s.data() + i);
            const unsigned n = poolmon::leadingDigits(word);
            if (n == 0)
                return false;
            value = poolmon::digitsValue(word, n);
            i += n;
        }
    }
    while (i < s.size() && static_cast<unsigned char>(s[i] - '0') < 10 && i - first <= kSafeDigits) {
        value = value * 10 + static_cast<std::uint64_t>(s[i] - '0');
        ++i;
    }
    if (i - first > kSafeDigits || (i < s.size() && s[i] == ',')) {
        i = first;
        if (!readGroupedDigits(s, i, value))
            return false;
    }
    if (i == first)
        return false;
    if (i < s.size() && !isBlank(s[i]) && s[i] != '(' && s[i] != ')' && s[i] != '[')
        return false;
    pos = i;
    out.magnitude = value;
    out.negative = negative;
    return true;
}

std::optional<std::int64_t> toSigned(const Number& n)
{
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (!n.negative)
        return n.magnitude <= kMax ? std::optional<std::int64_t>(static_cast<std::int64_t>(n.magnitude))
                                   : std::nullopt;
    if (n.magnitude <= kMax)
        return -static_cast<std::int64_t>(n.magnitude);
    if (n.magnitude == kMax + 1)
        return std::numeric_limits<std::int64_t>::min();
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Rows

enum class RowKind : std::uint8_t { NotRow, Row, Totals, Broken };

struct RowParse {
    std::string_view expected; // for Broken: the field that was expected
    bool cutShort = false;     // for Broken: the line ended before that field
    PoolTag tag;
    bool paged = false;
    std::uint64_t allocs = 0;
    std::uint64_t frees = 0;
    std::int64_t diff = 0;
    std::uint64_t bytes = 0;
    std::uint64_t perAlloc = 0;
    std::optional<std::int64_t> allocsDelta, freesDelta, bytesDelta;
    std::string_view mapped;
    bool repairedNegative = false;
};

struct Span {
    std::size_t begin;
    std::size_t end;
};

std::optional<bool> typeWordIsPaged(std::string_view word)
{
    if (word == "Nonp" || word == "Paged")
        return word == "Paged";
    if (text::iEquals(word, "nonp") || text::iEquals(word, "nonpaged"))
        return false;
    if (text::iEquals(word, "paged"))
        return true;
    return std::nullopt;
}

bool startsNumber(std::string_view token)
{
    return !token.empty()
        && (text::isDigit(token[0]) || (token[0] == '-' && token.size() > 1 && text::isDigit(token[1])));
}

// The tag is the 4 characters that end one blank before the type, as poolmon prints it;
// that keeps leading and inner spaces ("Dh 1"). Text whose spacing was collapsed or
// widened on the way ("Io Nonp", "CM       Paged") no longer sits in that window: then
// the tag is the text before the type, padded like the kernel pads it.
bool extractTag(std::string_view line, Span content, std::size_t typeBegin, PoolTag& tag)
{
    const std::size_t length = content.end - content.begin;
    if (length == 0 || length > kTagWidth)
        return false;
    if (typeBegin >= kTagWidth + 1 && isBlank(line[typeBegin - 1]) && content.begin >= typeBegin - kTagWidth - 1
        && content.end <= typeBegin - 1) {
        tag = PoolTag(line.substr(typeBegin - kTagWidth - 1, kTagWidth));
        return true;
    }
    tag = PoolTag(line.substr(content.begin, length));
    return true;
}

// A count poolmon prints as a signed 32-bit long on x86 shows negative once it passes
// 2^31; reading it back as the unsigned counter it is keeps long-running systems usable.
bool readCount(std::string_view line, std::size_t& pos, std::uint64_t& out, bool& repaired)
{
    Number n;
    if (!readNumber(line, pos, n))
        return false;
    if (!n.negative) {
        out = n.magnitude;
        return true;
    }
    if (n.magnitude == 0) { // "-0"
        out = 0;
        return true;
    }
    if (n.magnitude > (std::uint64_t{1} << 31))
        return false;
    out = (std::uint64_t{1} << 32) - n.magnitude;
    repaired = true;
    return true;
}

bool readSigned(std::string_view line, std::size_t& pos, std::int64_t& out)
{
    Number n;
    std::size_t p = pos;
    if (!readNumber(line, p, n))
        return false;
    const auto v = toSigned(n);
    if (!v)
        return false;
    out = *v;
    pos = p;
    return true;
}

// "(  177)", "( 0)", "(-5)": optional; absent leaves `out` empty. On failure pos is where
// it failed, so that a line cut inside the parentheses is told from a garbled one.
bool readDelta(std::string_view line, std::size_t& pos, std::optional<std::int64_t>& out)
{
    std::size_t p = skipBlanks(line, pos);
    if (p >= line.size() || line[p] != '(')
        return true;
    ++p;
    std::int64_t value = 0;
    const bool number = readSigned(line, p, value);
    p = skipBlanks(line, p);
    if (!number || p >= line.size() || line[p] != ')') {
        pos = p;
        return false;
    }
    pos = p + 1;
    out = value;
    return true;
}

bool restIsBlank(std::string_view line, std::size_t pos)
{
    for (; pos < line.size(); ++pos)
        if (!isBlank(line[pos]))
            return false;
    return true;
}

RowKind broken(RowParse& r, std::string_view line, std::size_t pos, std::string_view expected)
{
    r.expected = expected;
    r.cutShort = restIsBlank(line, pos);
    return RowKind::Broken;
}

std::size_t tokenEnd(std::string_view line, std::size_t i)
{
    while (i < line.size() && !isBlank(line[i]))
        ++i;
    return i;
}

// Any row the reader accepts, and the reason for one it does not. Fills `r` (reused from
// row to row).
RowKind parseAnyRow(std::string_view line, RowParse& r)
{
    // The shape: a tag (one token, or two when it holds a blank, three with indentation
    // marks), the pool type, then a number.
    Span tokens[4];
    std::size_t count = 0;
    std::size_t typeIndex = 0;
    bool paged = false;
    std::size_t i = skipBlanks(line, 0);
    while (count < 4 && i < line.size()) {
        tokens[count] = {i, tokenEnd(line, i)};
        i = skipBlanks(line, tokens[count].end);
        ++count;
        if (count < 2)
            continue;
        const Span& type = tokens[count - 1];
        const auto word = typeWordIsPaged(line.substr(type.begin, type.end - type.begin));
        if (word && i < line.size() && startsNumber(line.substr(i, 2))) {
            typeIndex = count - 1;
            paged = *word;
            break;
        }
    }
    if (typeIndex == 0)
        return RowKind::NotRow;
    if (typeIndex == 1 && line.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Total")
        return RowKind::Totals;

    r.allocsDelta.reset();
    r.freesDelta.reset();
    r.bytesDelta.reset();
    r.repairedNegative = false;
    if (!extractTag(line, {tokens[0].begin, tokens[typeIndex - 1].end}, tokens[typeIndex].begin, r.tag))
        return broken(r, line, tokens[0].begin, "a tag of at most 4 characters before the pool type");
    r.paged = paged;

    std::size_t pos = tokens[typeIndex].end;
    if (!readCount(line, pos, r.allocs, r.repairedNegative))
        return broken(r, line, pos, "Allocs after the pool type");
    if (!readDelta(line, pos, r.allocsDelta))
        return broken(r, line, pos, "a closed '(delta)' after Allocs");
    if (!readCount(line, pos, r.frees, r.repairedNegative))
        return broken(r, line, pos, "Frees after Allocs");
    if (!readDelta(line, pos, r.freesDelta))
        return broken(r, line, pos, "a closed '(delta)' after Frees");
    if (!readSigned(line, pos, r.diff))
        return broken(r, line, pos, "Diff after Frees");
    if (!readCount(line, pos, r.bytes, r.repairedNegative))
        return broken(r, line, pos, "Bytes after Diff");
    if (!readDelta(line, pos, r.bytesDelta))
        return broken(r, line, pos, "a closed '(delta)' after Bytes");
    if (!readCount(line, pos, r.perAlloc, r.repairedNegative))
        return broken(r, line, pos, "Per Alloc after Bytes");
    r.mapped = text::trim(line.substr(pos));
    return RowKind::Row;
}

// A row exactly as poolmon prints it, " %4s %5s " and then plain numbers: nearly every line
// of a log. `row` is the line's text as classified (the document's, or a padded copy of
// it); `mapped` points into `line`, the document's. False for anything else, parseAnyRow's
// to read: for what this accepts, it answers the same.
bool readPrintedRow(const TextLine& line, const char* row, const poolmon::RowClasses& classes, RowParse& r)
{
    constexpr std::size_t kTypeAt = 1 + kTagWidth + 1;
    constexpr std::size_t kShortest = kTypeAt + 5 + 2; // "Paged", a blank, a digit
    const std::string_view text(row, line.text.size());
    if (text.size() < kShortest || text[0] != ' ' || text[kTypeAt - 1] != ' ')
        return false;
    if (classes.nextNonBlank(1) >= 1 + kTagWidth) // a tag of blanks only
        return false;
    std::size_t typeEnd;
    if (text.compare(kTypeAt, 5, "Paged") == 0)
        typeEnd = kTypeAt + 5;
    else if (text.compare(kTypeAt, 4, "Nonp") == 0)
        typeEnd = kTypeAt + 4;
    else
        return false;
    if (!isBlank(text[typeEnd]))
        return false;

    poolmon::RowFields fields(row, classes, typeEnd);
    bool allocsDelta = false, freesDelta = false, bytesDelta = false;
    std::int64_t allocsChange = 0, freesChange = 0, bytesChange = 0;
    if (!fields.count(r.allocs) || !fields.delta(allocsDelta, allocsChange) || !fields.count(r.frees)
        || !fields.delta(freesDelta, freesChange) || !fields.figure(r.diff) || !fields.count(r.bytes)
        || !fields.delta(bytesDelta, bytesChange) || !fields.count(r.perAlloc))
        return false;
    r.tag = PoolTag(text.substr(1, kTagWidth));
    r.paged = typeEnd == kTypeAt + 5;
    r.allocsDelta = allocsDelta ? std::optional<std::int64_t>(allocsChange) : std::nullopt;
    r.freesDelta = freesDelta ? std::optional<std::int64_t>(freesChange) : std::nullopt;
    r.bytesDelta = bytesDelta ? std::optional<std::int64_t>(bytesChange) : std::nullopt;
    r.repairedNegative = false;
    r.mapped = text::trim(line.text.substr(fields.position()));
    return true;
}

// The document's lines, split as LineScanner splits them, each with its characters
// classified (poolmon::RowClasses) for readPrintedRow. The classification also finds the
// line break, which spares a search for it in each of a log's millions of short lines.
class ClassifiedLines {
public:
    explicit ClassifiedLines(std::string_view text) : m_text(text) {}

    bool next(TextLine& line)
    {
        if (m_pos >= m_text.size())
            return false;
        const char* begin = m_text.data() + m_pos;
        const std::size_t remaining = m_text.size() - m_pos;
        std::size_t length = classifyLine(begin, remaining);
        line.offset = m_pos;
        line.number = ++m_number;
        m_pos += length < remaining ? length + 1 : length;
        if (length > 0 && begin[length - 1] == '\r')
            --length;
        line.text = std::string_view(begin, length);
        m_classes.endRow(length);
        return true;
    }

    // The last line's text as classified, and its classification.
    const char* row() const { return m_row; }
    const poolmon::RowClasses& classes() const { return m_classes; }

    std::size_t position() const { return m_pos; }
    std::size_t size() const { return m_text.size(); }

private:
    // The line's length without its line break (`remaining` when it has none).
    std::size_t classifyLine(const char* begin, std::size_t remaining)
    {
        if constexpr (poolmon::kWordsReadInOrder) {
            m_row = classifiable(begin, remaining);
            const unsigned lineBreak = m_classes.classifyLine(m_row);
            if (lineBreak < poolmon::RowClasses::kClassified)
                return std::min<std::size_t>(lineBreak, remaining); // the padding is no line break
        }
        const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', remaining));
        return nl ? static_cast<std::size_t>(nl - begin) : remaining;
    }

    // The line itself when RowClasses::kReadable bytes can be read from its start, else a
    // copy padded with line breaks (the last lines of the text).
    const char* classifiable(const char* begin, std::size_t remaining)
    {
        if (remaining >= poolmon::RowClasses::kReadable)
            return begin;
        m_tail.fill('\n');
        std::memcpy(m_tail.data(), begin, remaining);
        return m_tail.data();
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::uint32_t m_number = 0;
    const char* m_row = nullptr;
    poolmon::RowClasses m_classes;
    std::array<char, poolmon::RowClasses::kReadable> m_tail{};
};

RowKind parseRow(const TextLine& line, const ClassifiedLines& lines, RowParse& r)
{
    if constexpr (poolmon::kWordsReadInOrder)
        if (readPrintedRow(line, lines.row(), lines.classes(), r))
            return RowKind::Row;
    return parseAnyRow(line.text, r);
}

// Mapped_Driver as poolmon prints it: "[ntfs.sys  -  AttrSup.c]" from pooltag.txt,
// "[el90xbc5]" from localtag.txt, both glued "[ipsec][ipsec.sys - timers]", a bare
// "[Gdi Objects]" description, or "Unknown Driver" when it knows nothing (left absent).
void readMappedDriver(std::string_view mapped, Interned& driver, Interned& description)
{
    if (mapped.empty() || text::iEquals(mapped, "Unknown Driver"))
        return;
    if (mapped.front() != '[') {
        driver = mapped;
        return;
    }
    std::string_view firstBinary;
    std::string_view firstWhat;
    std::size_t pos = 0;
    while (pos < mapped.size() && mapped[pos] == '[') {
        const auto close = mapped.find(']', pos + 1);
        const std::string_view inner =
            text::trim(mapped.substr(pos + 1, close == std::string_view::npos ? std::string_view::npos : close - pos - 1));
        const auto dash = inner.find(" - ");
        std::string_view binary;
        std::string_view what;
        if (dash != std::string_view::npos) {
            binary = text::trim(inner.substr(0, dash));
            what = text::trim(inner.substr(dash + 3));
        } else if (inner.find(' ') == std::string_view::npos) {
            binary = inner;
        } else {
            what = inner;
        }
        if (firstBinary.empty())
            firstBinary = binary;
        if (firstWhat.empty())
            firstWhat = what;
        if (close == std::string_view::npos)
            break;
        pos = close + 1;
        while (pos < mapped.size() && isBlank(mapped[pos]))
            ++pos;
    }
    driver = firstBinary;
    description = firstWhat;
}

// ---------------------------------------------------------------------------------------
// Header lines

// The figure after `key`, searched from `pos`: "Avail:   96364K" -> 96364. Moves pos past
// it so that the second "P:" of a line is found after the first figure.
std::optional<std::uint64_t> figureAfter(std::string_view line, std::string_view key, std::size_t& pos)
{
    const auto at = line.find(key, pos);
    if (at == std::string_view::npos)
        return std::nullopt;
    // Digits read here, not with readNumber: the unit is glued to them ("P:17856K").
    std::size_t q = at + key.size();
    while (q < line.size() && isBlank(line[q]))
        ++q;
    const std::size_t first = q;
    std::uint64_t value = 0;
    while (q < line.size() && text::isDigit(line[q])) {
        const auto d = static_cast<std::uint64_t>(line[q] - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
        ++q;
    }
    if (q == first)
        return std::nullopt;
    if (q < line.size() && (line[q] == 'K' || line[q] == 'k'))
        ++q;
    pos = q;
    return value;
}

std::optional<std::uint64_t> kilobytes(std::optional<std::uint64_t> k)
{
    if (!k || *k > std::numeric_limits<std::uint64_t>::max() / kKilobyte)
        return std::nullopt;
    return *k * kKilobyte;
}

bool isColumnHeader(std::string_view stripped)
{
    const text::Tokens t(stripped);
    return t.size() >= 3 && text::iEquals(t[0], "Tag") && text::iEquals(t[1], "Type") && text::iEquals(t[2], "Allocs");
}

// " System pool information", " All sessions pool information", " Session 7 pool information"
std::optional<bool> poolTitleIsSession(std::string_view stripped)
{
    if (!text::iStartsWith(stripped, "System pool information") && !text::iStartsWith(stripped, "All sessions pool")
        && !text::iStartsWith(stripped, "Session "))
        return std::nullopt;
    if (text::iFind(stripped, "pool information") == std::string_view::npos)
        return std::nullopt;
    return !text::iStartsWith(stripped, "System");
}

bool isSeparator(std::string_view stripped)
{
    if (stripped.size() < 3)
        return false;
    for (char c : stripped)
        if (c != '-' && c != '=' && c != '_')
            return false;
    return true;
}

bool isFence(std::string_view stripped)
{
    return text::startsWith(stripped, "```") || text::startsWith(stripped, "~~~");
}

// "...", "......" or the ellipsis character: rows were left out when the text was copied.
bool isElision(std::string_view stripped)
{
    if (stripped == "\xE2\x80\xA6")
        return true;
    if (stripped.size() < 3)
        return false;
    for (char c : stripped)
        if (c != '.')
            return false;
    return true;
}

// A small open-addressing set of (tag, pool) keys seen on the current screen. A repeat
// means a new screen began without a header. Every row asks it, so each slot holds the key
// and the screen's generation in one word (clearing is O(1): a new generation), and the
// table is kept at most a quarter full: a second probe is a mispredicted branch.
class SeenRows {
public:
    // The tag's four bytes as they lie (the key only has to tell rows apart) and the pool.
    static std::uint64_t key(PoolTag tag, PoolType type)
    {
        std::uint32_t chars;
        std::memcpy(&chars, tag.chars().data(), sizeof chars);
        return (static_cast<std::uint64_t>(type) + 1) << 32 | chars;
    }

    // True when the key was already present.
    bool insert(std::uint64_t key)
    {
        if ((m_count + 1) * 4 > m_slots.size())
            grow();
        const std::uint64_t entry = m_generation << kKeyBits | key;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
            const std::uint64_t slot = m_slots[i];
            if (slot == entry)
                return true;
            if (slot >> kKeyBits != m_generation) {
                m_slots[i] = entry;
                ++m_count;
                return false;
            }
        }
    }

    void clear()
    {
        ++m_generation;
        m_count = 0;
        if (m_generation >> (64 - kKeyBits) != 0) { // wrapped: stale slots could look current
            std::fill(m_slots.begin(), m_slots.end(), 0u);
            m_generation = 1;
        }
    }

private:
    static constexpr unsigned kKeyBits = 35; // a 32-bit tag and a pool type of 3 bits
    static constexpr std::size_t kFirstSize = 2048;

    static std::size_t hash(std::uint64_t key) { return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ull) >> 20); }

    void grow()
    {
        std::vector<std::uint64_t> slots = std::move(m_slots);
        m_slots.assign(slots.empty() ? kFirstSize : slots.size() * 2, 0);
        m_count = 0;
        for (const std::uint64_t slot : slots)
            if (slot >> kKeyBits == m_generation)
                insert(slot & ((std::uint64_t{1} << kKeyBits) - 1));
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_count = 0;
    std::uint64_t m_generation = 1;
};

// ---------------------------------------------------------------------------------------

class PoolmonReader {
public:
    explicit PoolmonReader(const TextDocument& document)
        : m_document(document), m_name(fileName(document.path).empty() ? std::string("poolmon")
                                                                         : std::string(fileName(document.path)))
    {
    }

    bool run(ReadControl& control)
    {
        ClassifiedLines lines(m_document.text);
        TextLine line;
        std::uint32_t sinceCheck = 0;
        while (lines.next(line)) {
            if (++sinceCheck == kProgressEveryLines) {
                sinceCheck = 0;
                if (control.cancelled())
                    return false;
                control.report(lines.position(), lines.size());
            }
            feed(line, lines);
        }
        closeScreen();
        control.report(lines.size(), lines.size());
        return true;
    }

    Result<SnapshotSeries> finish()
    {
        if (m_series.empty()) {
            std::string message = "no poolmon screen found (expected a ' Memory: ... Avail: ...' header, a "
                                  "' Tag  Type  Allocs  Frees  Diff  Bytes  Per Alloc' column header or rows "
                                  "like ' Thre Nonp  1234 (0)  1000 (0)  234  187200 (0)  800')";
            if (m_preambleLines > 0)
                message += text::say(text::phrase("Log", "; {} lines of other text"), m_preambleLines);
            return InputError{m_document.path, 0, 0, std::move(message)};
        }
        return std::move(m_series);
    }

private:
    Provenance at(const TextLine& line) const { return {0, line.number, line.offset}; }

    void feed(const TextLine& line, const ClassifiedLines& lines)
    {
        const std::string_view s = line.text;
        if (s.empty())
            return;
        RowParse& row = m_row;
        switch (parseRow(line, lines, row)) {
        case RowKind::Row:
            addRow(row, line);
            return;
        case RowKind::Totals: // sums of the rows, and of rows the window did not show
            if (!m_open)
                notScreenText(line);
            return;
        case RowKind::Broken:
            // An image called "paged 2.exe" makes a handles line look like a row.
            if (const std::string_view t = stripMarkup(s); isHandlesLine(t)) {
                handlesLine(t, line);
                return;
            }
            if (!m_open) {
                notScreenText(line);
                return;
            }
            m_builder->skipLine(at(line),
                                row.cutShort
                                    ? text::say(text::phrase("Log", "poolmon row cut short: expected {}"), row.expected)
                                    : text::say(text::phrase("Log", "poolmon row not understood: expected {}: {}"),
                                                row.expected, clip(s)));
            return;
        case RowKind::NotRow:
            break;
        }

        const std::string_view t = stripMarkup(s);
        if (t.empty() || isSeparator(t) || isFence(t))
            return;
        if (text::startsWith(t, "Memory:")) {
            memoryLine(t, line);
            return;
        }
        if (text::startsWith(t, "Commit:")) {
            commitLine(t, line);
            return;
        }
        if (isCapturedLine(t)) {
            capturedLine(t, line);
            return;
        }
        if (isHandlesLine(t)) {
            handlesLine(t, line);
            return;
        }
        if (const auto session = poolTitleIsSession(t)) {
            titleLine(t, *session, line);
            return;
        }
        if (isColumnHeader(t)) {
            if (!m_open || hasRecords() || m_sawColumns)
                openScreen(line);
            m_sawColumns = true;
            return;
        }
        if (isElision(t)) {
            if (m_open)
                m_builder->warn(at(line),
                                text::phrase("Log", "rows were left out here ('...'): this screen is incomplete"));
            else
                notScreenText(line);
            return;
        }
        if (text::iStartsWith(t, "poolmon:")) {
            // poolmon's own messages ("PoolMon: No localtag.txt in current directory").
            pendingOrNow(Severity::Info, at(line), std::string(t));
            return;
        }
        if (!m_open) {
            notScreenText(line);
            return;
        }
        m_builder->skipLine(at(line),
                            text::say(text::phrase("Log",
                                                   "not poolmon output: expected a row 'Tag Type Allocs (delta) "
                                                   "Frees (delta) Diff Bytes (delta) Per Alloc': {}"),
                                      clip(s)));
    }

    void notScreenText(const TextLine& line)
    {
        if (m_preambleLines++ == 0)
            m_preambleFirst = line.number;
        m_preambleLast = line.number;
    }

    void pendingOrNow(Severity severity, const Provenance& where, std::string message)
    {
        if (m_open)
            addDiagnostic(severity, where, std::move(message));
        else
            m_pending.push_back({severity, where, std::move(message)});
    }

    void addDiagnostic(Severity severity, const Provenance& where, std::string message)
    {
        switch (severity) {
        case Severity::Info: m_builder->info(where, std::move(message)); break;
        case Severity::Warning: m_builder->warn(where, std::move(message)); break;
        case Severity::Error: m_builder->error(where, std::move(message)); break;
        }
    }

    void memoryLine(std::string_view t, const TextLine& line)
    {
        if (!m_open || hasRecords() || m_sawMemory || m_sawCommit || m_sawTitle || m_sawColumns)
            openScreen(line);
        m_sawMemory = true;
        PoolSummary& summary = m_builder->summary();
        summary.where = at(line);
        std::size_t pos = 0;
        std::uint32_t missing = 0;
        const auto take = [&](std::string_view key, std::optional<std::uint64_t>& into, bool inK) {
            const auto figure = figureAfter(t, key, pos);
            if (!figure) {
                ++missing;
                m_builder->warn(at(line),
                                text::say(text::phrase("Log", "poolmon header: expected a figure after '{}'"), key));
                return;
            }
            into = inK ? kilobytes(figure) : figure;
        };
        take("Memory:", summary.physicalMemory, true);
        take("Avail:", summary.availableMemory, true);
        take("PageFlts:", summary.pageFaults, false);
        take("Krnl:", summary.kernelInRam, true);
        take("P:", summary.pagedInRam, true);
        if (missing == 5)
            m_builder->skipLine(at(line), "poolmon header not understood: expected 'Memory: nK Avail: nK ...'");
    }

    void commitLine(std::string_view t, const TextLine& line)
    {
        if (!m_open || hasRecords() || m_sawCommit || m_sawTitle || m_sawColumns)
            openScreen(line);
        m_sawCommit = true;
        PoolSummary& summary = m_builder->summary();
        if (!m_sawMemory)
            summary.where = at(line);
        std::size_t pos = 0;
        std::uint32_t missing = 0;
        const auto take = [&](std::string_view key, std::optional<std::uint64_t>& into) {
            const auto figure = figureAfter(t, key, pos);
            if (!figure) {
                ++missing;
                m_builder->warn(at(line),
                                text::say(text::phrase("Log", "poolmon header: expected a figure after '{}'"), key));
                return;
            }
            into = kilobytes(figure);
        };
        take("Commit:", summary.commit);
        take("Limit:", summary.commitLimit);
        take("Peak:", summary.commitPeak);
        take("N:", summary.nonPagedUsage);
        take("P:", summary.pagedUsage);
        if (missing == 5)
            m_builder->skipLine(at(line), "poolmon header not understood: expected 'Commit: nK Limit: nK ...'");
    }

    void titleLine(std::string_view t, bool session, const TextLine& line)
    {
        if (!m_open || hasRecords() || m_sawTitle || m_sawColumns)
            openScreen(line);
        m_sawTitle = true;
        m_session = session;
        if (session) {
            const auto end = text::iFind(t, " information");
            m_title = std::string(t.substr(0, end));
        }
    }

    bool hasRecords() const { return !m_rows.empty() || !m_processes.empty(); }

    // poolscope-cli capture's first line of a screen (poolmon_capture_lines.h).
    void capturedLine(std::string_view t, const TextLine& line)
    {
        if (!m_open || hasRecords() || m_sawCaptured || m_sawMemory || m_sawCommit || m_sawTitle || m_sawColumns)
            openScreen(line);
        m_sawCaptured = true;
        std::string why;
        m_seconds = readCapturedLine(t, why);
        if (!m_seconds)
            m_builder->skipLine(at(line), why);
    }

    // A process's handles by type, from poolscope-cli capture. It has no EPROCESS address:
    // the record is keyed by its pid, which !handle also takes in that place.
    void handlesLine(std::string_view t, const TextLine& line)
    {
        if (!m_open)
            openScreen(line);
        std::string why;
        auto read = readHandlesLine(t, why);
        if (!read) {
            m_builder->skipLine(at(line), why);
            return;
        }
        if (read->pid == 0 || !m_pids.insert(read->pid).second) {
            m_builder->warn(at(line), fmt::format("process {} is listed twice on this screen (or has pid 0); its "
                                                  "first line is kept",
                                                  read->pid));
            return;
        }
        Process& process = m_processes.emplace_back();
        process.address = read->pid;
        process.pid = read->pid;
        process.imageName = std::move(read->image);
        std::uint64_t total = 0;
        for (const auto& [type, count] : read->counts) {
            process.handleCountsByType.push_back({type, count});
            total += count;
        }
        process.handleCount = total;
        process.where = at(line);
    }

    void addRow(const RowParse& row, const TextLine& line)
    {
        const PoolType type = m_session ? (row.paged ? PoolType::SessionPaged : PoolType::SessionNonPaged)
                                        : (row.paged ? PoolType::Paged : PoolType::NonPaged);
        const std::uint64_t key = SeenRows::key(row.tag, type);
        bool newScreen = false;
        if (!m_open) {
            openScreen(line);
            newScreen = true;
            m_builder->info(at(line),
                            text::say(text::phrase("Log", "screen {} has no header: its rows start at line {}"),
                                      m_screenNumber, line.number));
        } else if (m_seen.insert(key)) {
            newScreen = true;
            const bool session = m_session;
            std::string title = m_title;
            openScreen(line);
            m_session = session; // a screen without a header shows the same pool as the one before
            m_title = std::move(title);
            m_builder->info(
                at(line),
                text::say(text::phrase("Log", "tag '{}' ({}) appears again: screen {} starts here without a header"),
                          row.tag.display(), poolTypeName(type), m_screenNumber));
        }
        if (newScreen)
            m_seen.insert(key);

        PoolTagStat& stat = appendRow(m_rows);
        stat.tag = row.tag;
        stat.type = type;
        stat.allocs = row.allocs;
        stat.frees = row.frees;
        stat.outstanding = row.diff;
        stat.bytes = row.bytes;
        stat.bytesPerAlloc = row.perAlloc;
        stat.allocsDelta = row.allocsDelta;
        stat.freesDelta = row.freesDelta;
        stat.bytesDelta = row.bytesDelta;
        stat.where = at(line);
        if (!row.mapped.empty())
            readMappedDriver(row.mapped, stat.driver, stat.description);

        if (row.repairedNegative && m_repaired++ == 0)
            m_firstRepaired = stat.where;
        // Diff is computed by poolmon from the two counters; text that disagrees was garbled
        // (or edited) on its way here. Kept, but said.
        const auto expected = static_cast<std::int64_t>(row.allocs - row.frees);
        if (row.diff != expected && static_cast<std::uint32_t>(row.diff) != static_cast<std::uint32_t>(expected)
            && m_mismatched++ == 0)
            m_firstMismatch = stat.where;
    }

    // Filled in place from a copy of an empty row: value-initialising the row in the vector
    // (emplace_back()) takes a slow string instruction for its 112 bytes, and building it
    // aside then moving it in stalls on reading back what was just written.
    static PoolTagStat& appendRow(std::vector<PoolTagStat>& rows)
    {
        static const PoolTagStat kEmpty{};
        return rows.emplace_back(kEmpty);
    }

    void openScreen(const TextLine& line)
    {
        closeScreen();
        ++m_screenNumber;
        m_builder.emplace(m_document.path);
        m_builder->setLabel(text::say(text::phrase("Log", "{} screen {}"), m_name, m_screenNumber));
        m_open = true;
        m_rows.reserve(m_lastRowCount);
        m_seen.clear();
        m_sawMemory = m_sawCommit = m_sawTitle = m_sawColumns = m_sawCaptured = false;
        m_seconds.reset();
        m_processes.clear();
        m_pids.clear();
        m_session = false;
        m_title.clear();
        m_repaired = m_mismatched = 0;
        if (m_screenNumber == 1) {
            if (m_document.removedNulBytes > 0)
                m_builder->warn(
                    {},
                    text::say(text::phrase("Log", "{} NUL bytes removed: the file mixes UTF-16 and 8-bit text"),
                              m_document.removedNulBytes));
            if (m_document.replacedSequences > 0)
                m_builder->warn({},
                                text::say(text::phrase("Log", "{} invalid UTF-16 sequences replaced"),
                                          m_document.replacedSequences));
        }
        for (auto& d : m_pending)
            addDiagnostic(d.severity, d.where, std::move(d.message));
        m_pending.clear();
        if (m_preambleLines > 0) {
            m_builder->info(
                {0, m_preambleFirst, 0},
                text::say(text::phrase("Log", "{} lines before line {} (from line {} to {}) are not poolmon output"),
                          m_preambleLines, line.number, m_preambleFirst, m_preambleLast));
            m_unrecognisedForScreen = m_preambleLines;
            m_preambleLines = 0;
        }
    }

    void closeScreen()
    {
        if (!m_open)
            return;
        if (m_repaired > 0)
            m_builder->warn(m_firstRepaired,
                            text::say(text::phrase("Log",
                                                   "{} rows hold negative counts, as a 32-bit poolmon prints "
                                                   "counters above 2^31: read as unsigned 32-bit counters"),
                                      m_repaired));
        if (m_mismatched > 0)
            m_builder->warn(m_firstMismatch,
                            text::say(text::phrase("Log",
                                                   "{} rows have a Diff that is not Allocs - Frees: the text "
                                                   "may have been garbled or edited"),
                                      m_mismatched));
        if (m_session && !m_title.empty())
            m_builder->setLabel(fmt::format("{} screen {} ({})", m_name, m_screenNumber, m_title));
        Snapshot snapshot = m_builder->finish();
        m_builder.reset();
        m_lastRowCount = m_rows.size();
        snapshot.poolTags = std::move(m_rows);
        m_rows = {};
        snapshot.processes = std::move(m_processes);
        m_processes = {};
        snapshot.secondsSinceStart = m_seconds;
        snapshot.skipCounts.unrecognised += m_unrecognisedForScreen;
        m_unrecognisedForScreen = 0;
        m_series.snapshots.push_back(std::move(snapshot));
        m_open = false;
    }

    const TextDocument& m_document;
    std::string m_name;
    SnapshotSeries m_series;
    RowParse m_row;

    bool m_open = false;
    std::optional<SnapshotBuilder> m_builder;
    std::vector<PoolTagStat> m_rows;
    std::size_t m_lastRowCount = 0;
    SeenRows m_seen;
    std::uint32_t m_screenNumber = 0;
    bool m_sawMemory = false, m_sawCommit = false, m_sawTitle = false, m_sawColumns = false;
    // What poolscope-cli capture adds to a screen: its time and each process's handles.
    bool m_sawCaptured = false;
    std::optional<double> m_seconds;
    std::vector<Process> m_processes;
    std::unordered_set<std::uint32_t> m_pids;
    bool m_session = false;
    std::string m_title;
    std::uint64_t m_repaired = 0, m_mismatched = 0;
    Provenance m_firstRepaired, m_firstMismatch;

    // Text before the first screen; counted on the screen that follows it.
    std::uint64_t m_preambleLines = 0;
    std::uint32_t m_preambleFirst = 0, m_preambleLast = 0;
    std::uint64_t m_unrecognisedForScreen = 0;
    std::vector<Diagnostic> m_pending;
};

} // namespace

Result<SnapshotSeries> readPoolmon(const TextDocument& document, ReadControl& control)
{
    PoolmonReader reader(document);
    if (!reader.run(control))
        return InputError{document.path, 0, 0, "reading was cancelled"};
    return reader.finish();
}

Result<SnapshotSeries> readPoolmon(const TextDocument& document)
{
    ReadControl control;
    return readPoolmon(document, control);
}

bool looksLikePoolmon(std::string_view text)
{
    constexpr std::size_t kLines = 64;
    constexpr std::size_t kBytes = 16 * 1024;
    ClassifiedLines lines(text.substr(0, kBytes));
    TextLine line;
    std::size_t rows = 0;
    RowParse row;
    for (std::size_t n = 0; n < kLines && lines.next(line); ++n) {
        const std::string_view t = stripMarkup(line.text);
        if (text::startsWith(t, "Memory:") && t.find("Avail:") != std::string_view::npos)
            return true;
        if (isColumnHeader(t))
            return true;
        if (parseRow(line, lines, row) == RowKind::Row && ++rows >= 3)
            return true;
    }
    return false;
}

} // namespace poolscope
