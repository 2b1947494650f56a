#pragma once
// The figures of a poolmon row, read without a loop over its characters. A log is millions
// of rows of eight numbers each, so these are inline: the reader's loop is where they pay.
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define POOLSCOPE_POOLMON_SSE2 1
#endif

// A row reads eleven fields; counting the call sites, compilers would rather not inline the
// readers, and the calls then cost a tenth of the reading.
#if defined(__GNUC__) || defined(__clang__)
#define POOLSCOPE_POOLMON_INLINE [[gnu::always_inline]] inline
#elif defined(_MSC_VER)
#define POOLSCOPE_POOLMON_INLINE __forceinline
#else
#define POOLSCOPE_POOLMON_INLINE inline
#endif

namespace poolscope::poolmon {

inline constexpr std::uint64_t kEachByte = 0x0101010101010101ull;

// The first character is the lowest byte: little-endian machines only (the reader keeps
// to its general path elsewhere).
inline constexpr bool kWordsReadInOrder = std::endian::native == std::endian::little;

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline std::uint64_t loadWord(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// How many of the leading bytes of `word` are ASCII digits (0 to 8).
inline unsigned leadingDigits(std::uint64_t word)
{
    // A digit has high nibble 3, and still has it after adding 6 ('9' + 6 = '?'). A carry
    // out of a byte >= 0xFA can only spoil the bytes after it, which are not counted.
    const std::uint64_t highNibble = (word & (0xF0 * kEachByte)) ^ (0x30 * kEachByte);
    const std::uint64_t plusSix = ((word + 0x06 * kEachByte) & (0xF0 * kEachByte)) ^ (0x30 * kEachByte);
    const std::uint64_t notDigit = highNibble | plusSix;
    return notDigit == 0 ? 8u : static_cast<unsigned>(std::countr_zero(notDigit)) / 8;
}

// How many of the leading bytes of `word` are spaces (0 to 8).
inline unsigned leadingSpaces(std::uint64_t word)
{
    const std::uint64_t different = word ^ (0x20 * kEachByte);
    return different == 0 ? 8u : static_cast<unsigned>(std::countr_zero(different)) / 8;
}

// The value of the first n (1 to 8) digits of `word`.
inline std::uint64_t digitsValue(std::uint64_t word, unsigned n)
{
    std::uint64_t v = word - 0x30 * kEachByte; // digit bytes never borrow from each other
    v <<= 8 * (8 - n);                          // drops the bytes after the digits; zeros become leading zeros
    v = (v * (10 * 256 + 1)) >> 8 & 0x00FF00FF00FF00FFull;     // pairs of digits
    v = (v * (100 * 65536 + 1)) >> 16 & 0x0000FFFF0000FFFFull; // groups of four
    return (v * (10000 * (std::uint64_t{1} << 32) + 1)) >> 32;  // all eight
}

// 128 bits, one per character of the start of a row.
struct RowBits {
    std::array<std::uint64_t, 2> words{};

    // The first clear bit at or after `from`, or 128.
    unsigned firstClearFrom(unsigned from) const
    {
        if (from < 64) {
            const std::uint64_t low = ~words[0] >> from;
            if (low != 0)
                return from + static_cast<unsigned>(std::countr_zero(low));
            from = 64;
        }
        if (from >= 128)
            return 128;
        const std::uint64_t high = ~words[1] >> (from - 64);
        return high != 0 ? from + static_cast<unsigned>(std::countr_zero(high)) : 128;
    }
    bool test(unsigned at) const { return at < 128 && (words[at / 64] >> (at % 64) & 1) != 0; }
};

// Which of 16 characters are blanks, which are digits, which may end a number (a blank, a
// parenthesis or a bracket, as the general path's readNumber accepts) and which end the
// line, a bit each.
struct Classes16 {
    std::uint32_t blank;
    std::uint32_t digit;
    std::uint32_t endsNumber;
    std::uint32_t lineBreak;
};

#ifdef POOLSCOPE_POOLMON_SSE2
inline Classes16 classify16(const char* p)
{
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')));
    // A digit is a byte whose distance above '0' is at most 9, counted without sign.
    const __m128i aboveZero = _mm_sub_epi8(bytes, _mm_set1_epi8('0'));
    const __m128i digit = _mm_cmpeq_epi8(_mm_max_epu8(aboveZero, _mm_set1_epi8(9)), _mm_set1_epi8(9));
    // '(' and ')' differ in the lowest bit only.
    const __m128i parenthesis = _mm_cmpeq_epi8(_mm_or_si128(bytes, _mm_set1_epi8(1)), _mm_set1_epi8(')'));
    const __m128i ends = _mm_or_si128(_mm_or_si128(blank, parenthesis), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('[')));
    const __m128i lineBreak = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'));
    const auto bits = [](__m128i b) { return static_cast<std::uint32_t>(_mm_movemask_epi8(b)); };
    return {bits(blank), bits(digit), bits(ends), bits(lineBreak)};
}
#else
// The same eight bytes at a time: 0x80 in each byte that is zero, then one bit per byte.
inline std::uint64_t zeroBytes(std::uint64_t x)
{
    return ~(((x & (0x7F * kEachByte)) + 0x7F * kEachByte) | x) & (0x80 * kEachByte);
}
inline std::uint32_t byteBits(std::uint64_t highBits)
{
    return static_cast<std::uint32_t>(((highBits >> 7) * 0x0102040810204080ull) >> 56);
}
inline Classes16 classify16(const char* p)
{
    Classes16 out{0, 0, 0, 0};
    for (unsigned half = 0; half < 2; ++half) {
        const std::uint64_t word = loadWord(p + 8 * half);
        const std::uint64_t blank = zeroBytes(word ^ (' ' * kEachByte)) | zeroBytes(word ^ ('\t' * kEachByte));
        // A digit XOR '0' is below 10, and nothing else is.
        const std::uint64_t x = word ^ ('0' * kEachByte);
        const std::uint64_t belowTen = ~(((x & (0x7F * kEachByte)) + 0x76 * kEachByte) | x) & (0x80 * kEachByte);
        const std::uint64_t parenthesis = zeroBytes((word | kEachByte) ^ (')' * kEachByte));
        const std::uint64_t ends = blank | parenthesis | zeroBytes(word ^ ('[' * kEachByte));
        const unsigned shift = 8 * half;
        out.blank |= byteBits(blank) << shift;
        out.digit |= byteBits(belowTen) << shift;
        out.endsNumber |= byteBits(ends) << shift;
        out.lineBreak |= byteBits(zeroBytes(word ^ ('\n' * kEachByte))) << shift;
    }
    return out;
}
#endif

// What each of the first 128 characters of a line is, as bits: enough to find where each
// field of a poolmon row starts and ends with a bit search, not a byte loop whose every step
// waits for the last; and where the line ends, which spares a search for its line break.
class RowClasses {
public:
    static constexpr unsigned kClassified = 128;
    // What classifying a line and reading its numbers may read from the line's start.
    static constexpr std::size_t kReadable = kClassified + 16;

    // Classifies from `line` up to its line break, 16 characters at a time; returns where
    // the line break is, or kClassified when none is among the first kClassified characters.
    unsigned classifyLine(const char* line)
    {
        m_blank = m_digit = m_endsNumber = {};
        for (unsigned chunk = 0; chunk < kClassified / 16; ++chunk) {
            const Classes16 c = classify16(line + 16 * chunk);
            const unsigned word = chunk / 4;
            const unsigned shift = 16 * (chunk % 4);
            m_blank.words[word] |= std::uint64_t{c.blank} << shift;
            m_digit.words[word] |= std::uint64_t{c.digit} << shift;
            m_endsNumber.words[word] |= std::uint64_t{c.endsNumber} << shift;
            if (c.lineBreak != 0)
                return 16 * chunk + static_cast<unsigned>(std::countr_zero(c.lineBreak));
        }
        return kClassified;
    }

    // The row is the line's first `length` characters: past them (or past what is
    // classified) nothing is a blank or a digit, so that every search stops there.
    void endRow(std::size_t length)
    {
        m_size = length;
        m_end = static_cast<unsigned>(std::min<std::size_t>(length, kClassified));
        for (unsigned w = 0; w < 2; ++w) {
            const std::uint64_t inRow = bitsBelow(m_end, 64 * w);
            m_blank.words[w] &= inRow;
            m_digit.words[w] &= inRow;
            m_endsNumber.words[w] &= inRow;
        }
        // The end of the row ends a number; the end of what is classified, in a longer row,
        // is not known to.
        if (m_end == m_size && m_end < kClassified)
            m_endsNumber.words[m_end / 64] |= std::uint64_t{1} << (m_end % 64);
    }

    std::size_t size() const { return m_size; }
    // How much of the row is classified: all of it, or its first kClassified characters.
    unsigned classified() const { return m_end; }
    unsigned nextNonBlank(unsigned from) const { return m_blank.firstClearFrom(from); }
    unsigned nextNonDigit(unsigned from) const { return m_digit.firstClearFrom(from); }
    bool endsNumber(unsigned at) const { return m_endsNumber.test(at); }

private:
    // The bits of the word for positions [base, base + 64) that are below `end`.
    static std::uint64_t bitsBelow(unsigned end, unsigned base)
    {
        if (end >= base + 64)
            return ~std::uint64_t{0};
        return end <= base ? 0 : (std::uint64_t{1} << (end - base)) - 1;
    }

    RowBits m_blank, m_digit, m_endsNumber;
    std::size_t m_size = 0;
    unsigned m_end = 0;
};

// The fields of a row as poolmon prints them, left to right: counts that are plain digits,
// figures with a sign, "(delta)" after a count. Anything else (thousands separators, a
// negative count, 16 digits or more, a number glued to text, a field past the first 128
// characters) is left to the reader's general path, which judges and reports it: a false
// here means "not the common case".
//
// `row` must be readable for RowClasses::kReadable bytes from its start, whatever its
// length, and `classes` must be its classification.
class RowFields {
public:
    RowFields(const char* row, const RowClasses& classes, std::size_t at)
        : m_row(row), m_classes(classes), m_end(classes.classified()), m_at(static_cast<unsigned>(at))
    {
    }

    std::size_t position() const { return m_at; }

    POOLSCOPE_POOLMON_INLINE bool count(std::uint64_t& out)
    {
        const unsigned first = m_classes.nextNonBlank(m_at);
        const unsigned end = m_classes.nextNonDigit(first);
        if (!numberAt(first, end, out))
            return false;
        m_at = end;
        return true;
    }

    POOLSCOPE_POOLMON_INLINE bool figure(std::int64_t& out)
    {
        const unsigned sign = m_classes.nextNonBlank(m_at);
        const bool negative = sign < m_end && m_row[sign] == '-';
        const unsigned first = sign + (negative ? 1 : 0);
        const unsigned end = m_classes.nextNonDigit(first);
        std::uint64_t magnitude = 0;
        if (!numberAt(first, end, magnitude))
            return false;
        // Fewer than 16 digits: the magnitude fits, negated or not.
        out = negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
        m_at = end;
        return true;
    }

    // "(  177)" after a count, or nothing (`present` false, position unchanged).
    POOLSCOPE_POOLMON_INLINE bool delta(bool& present, std::int64_t& out)
    {
        const unsigned open = m_classes.nextNonBlank(m_at);
        present = open < m_end && m_row[open] == '(';
        if (!present)
            return open < m_end || m_end == m_classes.size();
        m_at = open + 1;
        if (!figure(out))
            return false;
        const unsigned close = m_classes.nextNonBlank(m_at);
        if (close >= m_end || m_row[close] != ')')
            return false;
        m_at = close + 1;
        return true;
    }

private:
    // The digits in [first, end), 1 to 15 of them, if what follows may end a number.
    POOLSCOPE_POOLMON_INLINE bool numberAt(unsigned first, unsigned end, std::uint64_t& out) const
    {
        const unsigned n = end - first;
        if (n - 1 >= 15 || !m_classes.endsNumber(end))
            return false;
        const std::uint64_t high = digitsValue(loadWord(m_row + first), std::min(n, 8u));
        out = n <= 8 ? high : high * kPowersOfTen[n - 8] + digitsValue(loadWord(m_row + first + 8), n - 8);
        return true;
    }

    static constexpr std::array<std::uint64_t, 8> kPowersOfTen{1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};

    const char* m_row;
    const RowClasses& m_classes;
    unsigned m_end; // what is classified: the row, or its first kClassified characters
    unsigned m_at;
};

} // namespace poolscope::poolmon

#undef POOLSCOPE_POOLMON_INLINE
