#pragma once
#include <cstdint>
#include <string>

namespace poolscope {

// Where a record came from, so the user can check it against the original: a line of
// a text source, or an address in a dump.
struct Provenance {
    std::uint32_t source = 0; // index into Snapshot::sources
    std::uint32_t line = 0;   // 1-based line of a text source; 0 when not from text
    std::uint64_t offset = 0; // byte offset in a text source, or the dump address read

    bool fromText() const { return line != 0; }
};

// The same in 8 bytes, for the kinds a dump holds millions of (handles, objects, threads,
// IRPs): a dump address (sign-extended from 48 bits, as x64 addresses are) or a text line,
// with the source. A text line's byte offset is not kept: those records are found again by
// their line, and the diagnostics, which the Diagnostics view lists by offset, keep theirs.
// A value that does not fit (an address outside the canonical range, the 16,384th source)
// is kept whole in a table on the side, so nothing given is lost.
class CompactProvenance {
public:
    CompactProvenance() = default;
    CompactProvenance(const Provenance& where);

    std::uint32_t source() const;
    std::uint32_t line() const;
    std::uint64_t offset() const;
    bool fromText() const { return line() != 0; }

    operator Provenance() const { return {source(), line(), offset()}; }

private:
    static constexpr std::uint64_t kWide = 1ull << 63;
    static constexpr std::uint64_t kText = 1ull << 62;
    static constexpr int kSourceShift = 48;
    static constexpr std::uint64_t kPayload = (1ull << kSourceShift) - 1;

    std::uint64_t m_bits = 0;
};

static_assert(sizeof(CompactProvenance) == 8);

enum class Severity : std::uint8_t { Info, Warning, Error };

// Something a reader could not take as it was: a structure it skipped or repaired.
// Never silently dropped: every skip is one of these or counted in SkipCounts.
struct Diagnostic {
    Severity severity = Severity::Warning;
    Provenance where;
    std::string message;
};

} // namespace poolscope
