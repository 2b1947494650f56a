#pragma once
#include "analysis/leak_queries.h"

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
};

std::vector<Suspect> topSuspects(const Snapshot& snapshot);

} // namespace poolscope
