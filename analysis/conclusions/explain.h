#pragma once
#include "analysis/inspection.h"
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// From the pool tag to what holds it, the way the engineer of each seed went: "Thre takes
// 199 MB <- the sampled threads are TERMINATED yet HandleCount 1 <- one process holds
// 323,155 Thread handles -> it never closes thread handles". Each link carries its figures,
// how much of the tag it accounts for and the WinDbg command that confirms it; what the
// source cannot link is said, not guessed. The chains are plain values: the CLI prints
// them, a window lists them and opens the record each link is about.
namespace poolscope {

struct ExplainFigure {
    std::string name;       // "allocations", "bytes", "handles", "share of its handles"
    std::uint64_t value = 0; // raw (a share is in percent)
    std::string display;    // "326,514", "199 MB", "83%"
};

struct ExplainLink {
    enum class Step : std::uint8_t {
        Tag,     // the tag's figures: bytes, allocations, share of its pool, growth
        Objects, // what the allocations are: threads, IRPs, objects of a type
        Queue,   // the completion port they are queued on
        File,    // the file object bound to that port
        Holder,  // the process that holds them (or issued them)
        Module,  // the driver images that carry the tag
        Partner, // a tag that grows with it
        Gap,     // what the source cannot link, and the command that would
    };
    Step step = Step::Tag;
    std::string text;
    std::vector<ExplainFigure> figures;
    std::string coverage; // how much of the tag this link accounts for; empty when not about its objects
    std::string command;  // the WinDbg command that confirms it
    std::optional<RecordRef> record; // the record the link is about, for a view to open
};

struct LeakChain {
    PoolTag tag;
    PoolType pool = PoolType::Unknown;
    std::vector<std::string> why; // why the tag is explained: "takes 85% of the nonpaged pool in use", ...
    std::vector<ExplainLink> links;
    std::string conclusion;     // "a process that opens threads and never closes their handles"; empty when it stops short
    bool reachesHolder = false; // the chain ends at a process
    std::uint64_t bytes = 0;

    // One line: "Thre 199 MB in 326,514 allocations <- 323,155 thread objects ... -> conclusion".
    std::string summary() const;
};

struct Explanation {
    std::vector<LeakChain> chains;    // chains that reach a holder first, then by bytes
    bool nothingStandsOut = false;
    std::vector<std::string> figures; // for a quiet source: the figures that say nothing stands out
    std::vector<std::string> notes;   // what the source could not show, once for all chains
};

// For each large or growing tag of the series (a dump or a log is a series of one), and for
// each tag a leak's signature points at (a port nobody dequeues, a process holding far more
// handles of one type than any other, exited threads kept by handles), the chain to its
// holder. Built on the last snapshot; growth and partners come from the whole series.
Explanation explainLeaks(const SnapshotSeries& series);

} // namespace poolscope
