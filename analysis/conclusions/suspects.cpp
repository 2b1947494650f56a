#include "suspects.h"

#include "analysis/conclusions/leak_signatures.h"
#include "analysis/conclusions/listed_blocks.h"
#include "analysis/windbg/unnamed_process.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace poolscope {

using text::phrase;
using text::say;

std::vector<Suspect> topSuspects(const Snapshot& s)
{
    std::vector<Suspect> suspects;
    // A count of the blocks !poolfind listed is not weighed against the tracker's rows.
    const ListedBlockRows listed(s);
    TagQuery query;
    for (const PoolFilter pool : {PoolFilter::NonPaged, PoolFilter::Paged}) {
        query.pool = pool;
        const auto ranked = rankTags(s, query);
        const auto top = std::find_if(ranked.begin(), ranked.end(), [&](const PoolTagStat* t) { return !listed.contains(*t); });
        if (top == ranked.end() || !(*top)->bytes)
            continue;
        Suspect suspect;
        suspect.kind = pool == PoolFilter::NonPaged ? Suspect::Kind::NonPagedTag : Suspect::Kind::PagedTag;
        suspect.title = pool == PoolFilter::NonPaged ? phrase("Suspects", "Largest nonpaged tag")
                                                     : phrase("Suspects", "Largest paged tag");
        suspect.record = (*top)->tag.display();
        suspect.value = *(*top)->bytes;
        suspect.figure = format::bytes(suspect.value);
        suspect.tag = *top;
        suspects.push_back(std::move(suspect));
    }
    const auto ports = rankPorts(s);
    if (!ports.empty() && ports.front().depth > 0) {
        Suspect suspect;
        suspect.kind = Suspect::Kind::Port;
        suspect.title = phrase("Suspects", "Deepest completion port");
        suspect.record = format::address(ports.front().port->address, s.pointerSize);
        suspect.value = ports.front().depth;
        suspect.figure = say(phrase("Suspects", "{} queued"), format::count(suspect.value));
        suspect.address = ports.front().port->address;
        suspects.push_back(std::move(suspect));
    }
    const ProcessHandleTypes* worst = nullptr;
    const auto handleTypes = handleCountsByType(s);
    // The record standing for the processes a filtered log does not name may be several
    // processes: it is no one process's figure.
    for (const auto& p : handleTypes)
        if (p.processAddress != kUnnamedProcess && !p.counts.empty()
            && (!worst || p.counts.front().count > worst->counts.front().count))
            worst = &p;
    if (worst) {
        const HandleTypeCount& top = worst->counts.front();
        Suspect suspect;
        suspect.kind = Suspect::Kind::ProcessHandles;
        suspect.title = phrase("Suspects", "Most handles of one type");
        const std::string image = worst->process && !worst->process->imageName.empty()
            ? worst->process->imageName
            : std::string(phrase("Suspects", "(unnamed process)"));
        const auto pid = worst->process ? worst->process->pid : std::nullopt;
        suspect.record = pid ? fmt::format("{} (pid {:#x})", image, *pid) : image;
        suspect.value = top.count;
        suspect.figure = fmt::format("{} {}", format::count(top.count), top.type);
        suspect.address = worst->processAddress;
        suspect.handleType = top.type;
        suspects.push_back(std::move(suspect));
    }
    return suspects;
}

namespace {

constexpr double kDominantShare = 0.5;         // a tag holding half its pool

std::string processName(const ProcessHandleTypes& p)
{
    const std::string image = p.process && !p.process->imageName.empty() ? p.process->imageName
                                                                         : std::string(phrase("Suspects", "(unnamed process)"));
    const auto pid = p.process ? p.process->pid : std::nullopt;
    return pid ? fmt::format("{} (pid {:#x})", image, *pid) : image;
}

void portSignatures(const Snapshot& s, std::vector<Suspect>& out)
{
    for (const PortRanking& r : rankPorts(s)) {
        const CompletionPort& port = *r.port;
        if (!isStuckPort(r))
            continue;
        Suspect suspect;
        suspect.kind = Suspect::Kind::Port;
        suspect.title = phrase("Suspects", "Completion port nobody dequeues");
        suspect.record = format::address(port.address, s.pointerSize);
        suspect.value = r.depth;
        suspect.figure = say(phrase("Suspects", "{} queued"), format::count(r.depth));
        suspect.address = port.address;
        suspect.signature = true;
        std::string holders;
        for (const PortHolder& h : port.holders) {
            const std::string name = h.imageName.empty() ? format::address(h.process, s.pointerSize) : h.imageName;
            holders += (holders.empty() ? "" : ", ") + (h.pid ? fmt::format("{} (pid {:#x})", name, *h.pid) : name);
        }
        const bool allCompleted = r.irpsSeen > 0 && r.completedIrps == r.irpsSeen;
        suspect.explanation = say(r.depth == 1 ? phrase("Suspects", "{} entry queued{} and no thread waiting on it{}; {}")
                                               : phrase("Suspects", "{} entries queued{} and no thread waiting on it{}; {}"),
                                  format::count(r.depth),
                                  r.depthFromIrps ? std::string(allCompleted ? phrase("Suspects", " (IRPs seen on it, all completed)")
                                                                             : phrase("Suspects", " (IRPs seen on it)"))
                                                  : std::string(),
                                  port.maxConcurrency ? say(phrase("Suspects", " (max concurrency {})"), *port.maxConcurrency)
                                                      : std::string(),
                                  holders.empty() ? std::string(phrase("Suspects", "no holder known"))
                                                  : say(phrase("Suspects", "held by {}"), holders));
        out.push_back(std::move(suspect));
    }
}

void handleSignatures(const Snapshot& s, std::vector<Suspect>& out)
{
    // Per object type: the process with the most handles and the runner-up.
    const auto all = handleCountsByType(s);
    std::set<std::string> types;
    for (const ProcessHandleTypes& p : all)
        for (const HandleTypeCount& c : p.counts)
            types.insert(c.type);
    std::vector<std::pair<std::string, TypeLeader>> outliers;
    for (const std::string& type : types)
        if (const TypeLeader b = leaderOfType(all, type); b.outlier)
            outliers.emplace_back(type, b);
    std::sort(outliers.begin(), outliers.end(), [](const auto& a, const auto& b) {
        return a.second.firstCount != b.second.firstCount ? a.second.firstCount > b.second.firstCount : a.first < b.first;
    });
    for (const auto& [type, b] : outliers) {
        Suspect suspect;
        suspect.kind = Suspect::Kind::ProcessHandles;
        suspect.title = phrase("Suspects", "Process holding far more handles of one type");
        suspect.record = processName(*b.first);
        suspect.value = b.firstCount;
        suspect.figure = fmt::format("{} {}", format::count(b.firstCount), type);
        suspect.address = b.first->processAddress;
        suspect.handleType = type;
        suspect.signature = true;
        suspect.explanation = say(phrase("Suspects", "holds {} {} handles, {} of its {} handles; the next process holds {}"),
                                          format::count(b.firstCount), type,
                                          b.first->total ? format::percent(static_cast<double>(b.firstCount) / static_cast<double>(b.first->total)) : std::string("?"),
                                          format::count(b.first->total), format::count(b.secondCount));
        out.push_back(std::move(suspect));
    }
}

void tagSignatures(const Snapshot& s, std::vector<Suspect>& out)
{
    const ListedBlockRows listed(s);
    for (const bool nonPaged : {true, false}) {
        const auto& usage = nonPaged ? s.summary.nonPagedUsage : s.summary.pagedUsage;
        std::uint64_t sum = 0;
        for (const PoolTagStat& t : s.poolTags)
            if ((nonPaged ? isNonPaged(t.type) : isPaged(t.type)) && t.bytes && !listed.contains(t))
                sum += *t.bytes;
        // The pool's own figure when the source gives it; else what the tags add up to.
        const std::uint64_t pool = usage && *usage > 0 ? *usage : sum;
        if (pool == 0)
            continue;
        for (const PoolTagStat& t : s.poolTags) {
            if (!(nonPaged ? isNonPaged(t.type) : isPaged(t.type)) || !t.bytes || listed.contains(t))
                continue;
            const double share = static_cast<double>(*t.bytes) / static_cast<double>(pool);
            if (share < kDominantShare)
                continue;
            Suspect suspect;
            suspect.kind = nonPaged ? Suspect::Kind::NonPagedTag : Suspect::Kind::PagedTag;
            suspect.title = nonPaged ? phrase("Suspects", "Tag taking most of nonpaged pool")
                                     : phrase("Suspects", "Tag taking most of paged pool");
            suspect.record = t.tag.display();
            suspect.value = *t.bytes;
            suspect.figure = format::bytes(*t.bytes);
            suspect.tag = &t;
            suspect.signature = true;
            const std::string allocations =
                t.outstanding ? format::count(static_cast<std::uint64_t>(std::max<std::int64_t>(*t.outstanding, 0))) : "?";
            const std::string poolWord = nonPaged ? phrase("Suspects", "nonpaged") : phrase("Suspects", "paged");
            suspect.explanation = usage
                ? say(phrase("Suspects", "{} in {} allocations, {} of the {} pool in use ({})"), format::bytes(*t.bytes),
                      allocations, format::percent(share), poolWord, format::bytes(pool))
                : say(phrase("Suspects", "{} in {} allocations, {} of the {} pool the tags add up to ({})"),
                      format::bytes(*t.bytes), allocations, format::percent(share), poolWord, format::bytes(pool));
            out.push_back(std::move(suspect));
        }
    }
}

} // namespace

std::vector<Suspect> rankSuspects(const Snapshot& snapshot)
{
    std::vector<Suspect> out;
    portSignatures(snapshot, out);
    handleSignatures(snapshot, out);
    tagSignatures(snapshot, out);
    // The largest of each kind, when that kind showed no signature.
    for (Suspect& top : topSuspects(snapshot)) {
        const bool covered = std::any_of(out.begin(), out.end(), [&](const Suspect& s) { return s.kind == top.kind; });
        if (covered)
            continue;
        top.explanation = phrase("Suspects", "the largest of its kind here, without a leak's signature");
        out.push_back(std::move(top));
    }
    return out;
}

} // namespace poolscope
