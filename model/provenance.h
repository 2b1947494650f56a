#pragma once
#include <cstdint>
#include <string>

namespace poolscope {

// Where a record came from, so the user can check it against the original: a line of
// a text source, or an address in a dump. Kept small because there may be millions.
struct Provenance {
    std::uint32_t source = 0; // index into Snapshot::sources
    std::uint32_t line = 0;   // 1-based line of a text source; 0 when not from text
    std::uint64_t offset = 0; // byte offset in a text source, or the dump address read

    bool fromText() const { return line != 0; }
};

enum class Severity : std::uint8_t { Info, Warning, Error };

// Something a reader could not take as it was: a structure it skipped or repaired.
// Never silently dropped: every skip is one of these or counted in SkipCounts.
struct Diagnostic {
    Severity severity = Severity::Warning;
    Provenance where;
    std::string message;
};

} // namespace poolscope
