#pragma once
#include "analysis/conclusions/leak_queries.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// The first place to look, one per kind of evidence: the largest nonpaged and paged tags,
// the deepest completion port, the process with the most handles of one type. The CLI's
// summary and the window's overview show the same list.
struct Suspect {
    enum class Kind : std::uint8_t { NonPagedTag, PagedTag, Port, ProcessHandles };
    Kind kind = Kind::NonPagedTag;
    std::string title;  // "Largest nonpaged tag"
    std::string record; // "Thre", "ffffe000`05248840", "xxxxxx.EXE (pid 0x8e8)"
    std::string figure; // "199.3 MB", "156 queued", "323,155 Thread"
    std::uint64_t value = 0; // the figure as a number (bytes, entries, handles)
    // What the record is, for a view to select it.
    const PoolTagStat* tag = nullptr;
    std::optional<Address> address; // port or EPROCESS
    std::string handleType;         // for ProcessHandles
    // Why it is suspect, in plain words with the numbers behind it.
    std::string explanation;
    bool signature = false; // it shows a leak's signature, not only the largest figure
};

// The largest record of each kind, whatever it looks like.
std::vector<Suspect> topSuspects(const Snapshot& snapshot);

// The records that look like the leaks this tool is built around: a completion port with
// many entries queued and no thread waiting (!icpleak), a process holding far more handles
// of one type than any other, a tag taking most of its pool. Signatures first, strongest
// first, then the largest of each kind that showed none.
std::vector<Suspect> rankSuspects(const Snapshot& snapshot);

} // namespace poolscope
