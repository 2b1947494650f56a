#include "explain.h"

#include "analysis/conclusions/correlation.h"
#include "analysis/conclusions/explain_chains.h"
#include "analysis/conclusions/explain_pool.h"
#include "analysis/conclusions/process_ranking.h"
#include "analysis/conclusions/tag_objects.h"
#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/handle_tally.h"
#include "analysis/text/phrase.h"
#include "analysis/windbg/unnamed_process.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace poolscope {

namespace {

using namespace explaining;
using text::phrase;
using text::say;

constexpr double kDominantShare = 0.5;        // a tag holding half its pool stands out
constexpr std::uint64_t kManyZombies = 100;   // exited threads or processes held by handles
constexpr std::size_t kPartnersShown = 3;

struct Candidate {
    PoolType pool = PoolType::Unknown;
    std::vector<std::string> why;
    const TagGrowth* growth = nullptr;
    const PoolTagContents* referenceLeak = nullptr; // its objects live on references alone
};

// The pool's own figure when the source gives it; else what its tracker rows add up to
// (the blocks !poolfind listed are a sample of a tag, not a part of the pool's sum).
std::uint64_t poolInUse(const Snapshot& s, const ListedBlockRows& listed, bool nonPaged, bool& fromSummary)
{
    const auto& usage = nonPaged ? s.summary.nonPagedUsage : s.summary.pagedUsage;
    fromSummary = usage && *usage > 0;
    if (fromSummary)
        return *usage;
    std::uint64_t sum = 0;
    for (const PoolTagStat& t : s.poolTags)
        if ((nonPaged ? isNonPaged(t.type) : isPaged(t.type)) && t.bytes && !listed.contains(t))
            sum += *t.bytes;
    return sum;
}

std::string poolWord(bool nonPaged)
{
    return nonPaged ? phrase("Explain", "nonpaged") : phrase("Explain", "paged");
}

std::string poolWord(PoolType type)
{
    return poolWord(!isPaged(type));
}

void candidate(std::map<PoolTag, Candidate>& out, PoolTag tag, PoolType pool, std::string why)
{
    Candidate& c = out[tag];
    if (c.pool == PoolType::Unknown)
        c.pool = pool;
    if (std::find(c.why.begin(), c.why.end(), why) == c.why.end())
        c.why.push_back(std::move(why));
}

ExplainLink tagLink(const Evidence& e, PoolTag tag, PoolType pool, const TagGrowth* growth)
{
    const Snapshot& s = e.s;
    ExplainLink link;
    link.step = ExplainLink::Step::Tag;
    RecordRef ref;
    ref.kind = RecordKind::PoolTag;
    ref.tag = tag;
    ref.pool = pool;
    link.record = ref;
    link.command = fmt::format("!poolused {} {}", isPaged(pool) ? 4 : 2, tagArgument(tag));
    const PoolTagStat* stat = nullptr;
    for (const PoolTagStat& t : s.poolTags)
        if (t.tag == tag && (pool == PoolType::Unknown || t.type == pool))
            if (!stat || t.bytes.value_or(0) > stat->bytes.value_or(0))
                stat = &t;
    if (!stat) {
        link.text = say(phrase("Explain", "{}: no pool figures for the tag in this source"), tag.display());
    } else if (e.listedRows.contains(*stat)) {
        const auto blocks = static_cast<std::uint64_t>(std::max<std::int64_t>(stat->outstanding.value_or(0), 0));
        link.text = say(phrase("Explain", "{}: {} blocks listed by !poolfind ({}); the tracker table's figures for the "
                                          "tag are not in this source"),
                        tag.display(), format::count(blocks), format::bytes(stat->bytes.value_or(0)));
        link.figures = {bytesFigure(phrase("Explain", "bytes listed"), stat->bytes.value_or(0)),
                        countFigure(phrase("Explain", "blocks listed"), blocks)};
    } else {
        const std::uint64_t bytes = stat->bytes.value_or(0);
        const auto outstanding = stat->outstanding ? static_cast<std::uint64_t>(std::max<std::int64_t>(*stat->outstanding, 0)) : 0;
        bool fromSummary = false;
        const std::uint64_t inUse = poolInUse(s, e.listedRows, isNonPaged(stat->type), fromSummary);
        link.text = say(phrase("Explain", "{} {} in {} allocations ({})"), tag.display(), format::bytes(bytes),
                        format::count(outstanding), poolWord(stat->type));
        link.figures = {bytesFigure(phrase("Explain", "bytes"), bytes), countFigure(phrase("Explain", "allocations"), outstanding)};
        if (inUse > 0) {
            const double share = static_cast<double>(bytes) / static_cast<double>(inUse);
            const std::string shown = share < 0.01 ? std::string(phrase("Explain", "under 1%")) : format::percent(share);
            link.text += fromSummary
                ? say(phrase("Explain", ", {} of the {} pool in use ({})"), shown, poolWord(stat->type), format::bytes(inUse))
                : say(phrase("Explain", ", {} of the {} pool its tags add up to ({})"), shown, poolWord(stat->type),
                      format::bytes(inUse));
            link.figures.push_back(percentFigure(phrase("Explain", "share of its pool"), share));
        }
    }
    if (growth) {
        link.text += say(phrase("Explain", "; {}"), growth->explanation);
        const auto rate = static_cast<std::uint64_t>(std::max(0.0, growth->bytesRate));
        link.figures.push_back({growth->perSecond ? phrase("Explain", "bytes per second") : phrase("Explain", "bytes per screen"),
                                rate,
                                growth->perSecond ? say(phrase("Explain", "{}/s"), format::bytes(rate))
                                                  : say(phrase("Explain", "{}/screen"), format::bytes(rate))});
    }
    return link;
}

// The partners a growing tag drags along, as the series shows them.
void addPartners(const SnapshotSeries& series, LeakChain& chain)
{
    const TagCorrelation c = correlateTags(series, chain.tag, chain.pool);
    std::size_t shown = 0;
    for (const TagPartner& p : c.others) {
        if (!p.partner || shown++ >= kPartnersShown)
            break;
        ExplainLink link;
        link.step = ExplainLink::Step::Partner;
        link.text = say(phrase("Explain", "'{}' ({}) grows with it: {}"), p.tag.display(), poolWord(p.type), p.explanation);
        const auto grown = static_cast<std::uint64_t>(std::max<std::int64_t>(p.netChange, 0));
        link.figures = {percentFigure(phrase("Explain", "correlation"), *p.correlation),
                        {phrase("Explain", "net change"), grown, format::signedCount(p.netChange)}};
        link.command = fmt::format("!poolused {} {}", isPaged(p.type) ? 4 : 2, tagArgument(p.tag));
        RecordRef ref;
        ref.kind = RecordKind::PoolTag;
        ref.tag = p.tag;
        ref.pool = p.type;
        link.record = ref;
        chain.links.push_back(std::move(link));
    }
}

void addObjectLinks(const Evidence& e, LeakChain& chain)
{
    if (chain.tag == kIrpTag)
        return addIrpLinks(e, chain);
    if (chain.tag == kCompletionPacketTag)
        return addPacketLinks(e, chain);
    const auto type = objectTypeOfTag(e.s, chain.tag);
    if (type == "Thread")
        return addExitedThreadLinks(e, chain);
    if (type == "Process")
        return addExitedProcessLinks(e, chain);
    if (type)
        return addObjectTypeLinks(e, chain, *type);
    // A driver's own tag: its images, then what its blocks hold as the pool scan read them.
    const bool read = poolContentsOf(e.s, chain.tag, chain.pool) != nullptr;
    addUnknownTagLinks(e, chain, read);
    if (read)
        addPoolContentsLink(e, chain);
}

bool walkedObjects(const Snapshot& s)
{
    return !s.processes.empty() || !s.threads.empty() || !s.handles.empty() || !s.irps.empty() || !s.ports.empty()
        || !s.objects.empty() || !s.modules.empty();
}

// The blocks !poolfind listed, per tag, largest first: "Thre (nonpaged) 15 blocks, 9.4 KB".
std::string listedBlocksText(const Snapshot& s, const ListedBlockRows& listed)
{
    std::vector<const PoolTagStat*> rows;
    for (const PoolTagStat& t : s.poolTags)
        if (listed.contains(t))
            rows.push_back(&t);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const PoolTagStat* a, const PoolTagStat* b) { return a->bytes.value_or(0) > b->bytes.value_or(0); });
    constexpr std::size_t kShown = 3;
    std::string text;
    for (std::size_t i = 0; i < rows.size() && i < kShown; ++i) {
        const auto blocks = static_cast<std::uint64_t>(std::max<std::int64_t>(rows[i]->outstanding.value_or(0), 0));
        const std::string pool = rows[i]->type == PoolType::Unknown ? std::string(phrase("Explain", "pool not named"))
                                                                    : poolWord(rows[i]->type);
        text += (text.empty() ? "" : ", ")
            + (blocks == 1 ? say(phrase("Explain", "{} ({}) 1 block, {}"), rows[i]->tag.display(),
                                 pool, format::bytes(rows[i]->bytes.value_or(0)))
                           : say(phrase("Explain", "{} ({}) {} blocks, {}"), rows[i]->tag.display(),
                                 pool, format::count(blocks), format::bytes(rows[i]->bytes.value_or(0))));
    }
    if (rows.size() > kShown)
        text += say(phrase("Explain", " and {} more tags"), rows.size() - kShown);
    return text;
}

// "121 MB of 2.0 GB (6%)", "121 MB, no fixed maximum".
std::string poolFigure(const std::optional<std::uint64_t>& used, const std::optional<std::uint64_t>& maximum,
                       bool noFixedMaximum)
{
    if (maximum && *maximum > 0)
        return say(phrase("Explain", "{} of {} ({})"), format::bytes(*used), format::bytes(*maximum),
                   format::percent(static_cast<double>(*used) / static_cast<double>(*maximum)));
    return noFixedMaximum ? say(phrase("Explain", "{}, no fixed maximum"), format::bytes(*used)) : format::bytes(*used);
}

// For a quiet source: the largest figure of each kind, against what would stand out. Never
// empty: a source with nothing to weigh says what it holds instead.
std::vector<std::string> quietFigures(const SnapshotSeries& series, const std::vector<TagGrowth>& growth,
                                      const Evidence& e)
{
    const Snapshot& s = e.s;
    std::vector<std::string> out;
    bool trackerRows = false;
    for (const bool nonPaged : {true, false}) {
        const PoolTagStat* top = nullptr;
        for (const PoolTagStat& t : s.poolTags)
            if ((nonPaged ? isNonPaged(t.type) : isPaged(t.type)) && t.bytes && !e.listedRows.contains(t)
                && (!top || *t.bytes > *top->bytes))
                top = &t;
        if (!top)
            continue;
        trackerRows = true;
        bool fromSummary = false;
        const std::uint64_t inUse = poolInUse(s, e.listedRows, nonPaged, fromSummary);
        const std::string share =
            inUse ? format::percent(static_cast<double>(*top->bytes) / static_cast<double>(inUse)) : std::string("?");
        out.push_back(fromSummary
                          ? say(phrase("Explain", "largest {} tag: {} with {}, {} of the pool in use (a tag stands out from {})"),
                                poolWord(nonPaged), top->tag.display(), format::bytes(*top->bytes), share,
                                format::percent(kDominantShare))
                          : say(phrase("Explain", "largest {} tag: {} with {}, {} of the pool its tags add up to (a tag stands "
                                                  "out from {})"),
                                poolWord(nonPaged), top->tag.display(), format::bytes(*top->bytes), share,
                                format::percent(kDominantShare)));
    }
    if (!trackerRows) {
        // No tag to weigh against its pool: the pools' own figures, as !vm gave them.
        const PoolSummary& p = s.summary;
        if (p.nonPagedUsage)
            out.push_back(say(phrase("Explain", "nonpaged pool in use: {}"),
                              poolFigure(p.nonPagedUsage, p.nonPagedMaximum, p.noFixedMaximum)));
        if (p.pagedUsage)
            out.push_back(say(phrase("Explain", "paged pool in use: {}"), poolFigure(p.pagedUsage, p.pagedMaximum, p.noFixedMaximum)));
    }
    if (!e.listedRows.empty())
        if (const std::string listed = listedBlocksText(s, e.listedRows); !listed.empty())
            out.push_back(say(phrase("Explain", "blocks listed by !poolfind: {}; a count of what was listed, not the "
                                                "tracker's figures (!poolused gives them)"),
                              listed));
    if (series.size() > 1)
        out.push_back(say(phrase("Explain", "over the {} snapshots no tag grows steadily ({} tags followed)"), series.size(),
                          format::count(growth.size())));
    if (!e.ports.empty()) {
        const PortRanking& deepest = e.ports.front();
        out.push_back(say(phrase("Explain", "deepest completion port: {} with {} queued, {} threads waiting"),
                                  e.address(deepest.port->address), format::count(deepest.depth),
                                  deepest.port->waitingThreads ? format::count(*deepest.port->waitingThreads) : std::string("?")));
    }
    const ProcessHandleTypes* most = nullptr;
    for (const ProcessHandleTypes& p : e.handleTypes)
        if (p.processAddress != kUnnamedProcess && !p.counts.empty()
            && (!most || p.counts.front().count > most->counts.front().count))
            most = &p;
    if (most) {
        const TypeLeader leader = leaderOfType(e, most->counts.front().type);
        out.push_back(say(phrase("Explain", "most handles of one type: {} holds {} {} handles, the next process {} (stands "
                                            "out from 1,000 and ten times the next)"),
                                  e.process(most->process, most->processAddress), format::count(leader.firstCount),
                                  most->counts.front().type, format::count(leader.secondCount)));
    }
    if (const HandleTally tally = tallyHandles(s); tally.listed > 0 || tally.counted() > 0)
        out.push_back(say(phrase("Explain", "handles: {}"), handleTallyText(tally)));
    // The record standing for the processes a filtered log does not name is no process.
    auto processes = rankProcesses(s);
    std::erase_if(processes, [](const ProcessRow& r) { return r.process->address == kUnnamedProcess; });
    if (!processes.empty() && processes.front().handles)
        out.push_back(say(phrase("Explain", "{} processes; the most handles: {} with {}"), format::count(processes.size()),
                                  e.process(processes.front().process, processes.front().process->address),
                                  format::count(*processes.front().handles)));
    if (walkedObjects(s))
        out.push_back(say(phrase("Explain", "exited threads: {}, exited processes: {} (kept alive by references)"),
                                  format::count(e.zombies.exitedThreads), format::count(e.zombies.exitedProcesses)));
    if (out.empty())
        out.push_back(phrase("Explain", "this source holds no pool figures, no completion port and no handle to weigh "
                                        "against what would stand out"));
    return out;
}

// What the pools' own figures say whatever the tags show: the failures !vm counts.
void addSystemNotes(const Snapshot& s, std::vector<std::string>& notes)
{
    for (const PoolSummary::Failure& f : s.summary.failures)
        if (f.count > 0)
            notes.push_back(say(phrase("Explain", "!vm counts {} {} that have failed since boot: the system refused that "
                                                  "many requests; !vm again later shows whether the count still grows."),
                                format::count(f.count), f.what));
}

// Handles listed under the process a filtered log does not name: who holds them is open.
void addUnnamedHandlesNote(const Snapshot& s, std::vector<std::string>& notes)
{
    const auto unnamed = static_cast<std::uint64_t>(std::count_if(
        s.handles.begin(), s.handles.end(), [](const Handle& h) { return h.process == kUnnamedProcess; }));
    if (unnamed == 0)
        return;
    notes.push_back(say(phrase("Explain", "{} handles are listed under {}: a filter (!mex.grep) left out their PROCESS "
                                          "lines, so which processes hold them is not in this source; the same !handle "
                                          "without the filter names them."),
                        format::count(unnamed), unnamedProcessLabel()));
}

} // namespace

std::string LeakChain::summary() const
{
    std::string out;
    for (const ExplainLink& link : links) {
        if (link.step == ExplainLink::Step::Partner)
            continue;
        out += out.empty() ? link.text : " <- " + link.text;
    }
    if (!conclusion.empty())
        out += " -> " + conclusion;
    return out;
}

Explanation explainLeaks(const SnapshotSeries& series)
{
    Explanation result;
    if (series.empty())
        return result;
    const Snapshot& s = series.snapshots.back();
    const Evidence e(s);
    std::map<PoolTag, Candidate> candidates;

    // Growth: the strongest evidence there is, when the source is a series.
    std::vector<TagGrowth> growth;
    if (series.size() > 1) {
        growth = analyzeGrowth(series);
        for (const TagGrowth& g : growth) {
            if (!g.leaking)
                continue;
            candidate(candidates, g.tag, g.type, phrase("Explain", "grows steadily"));
            if (!candidates[g.tag].growth)
                candidates[g.tag].growth = &g;
        }
    }
    // A tag holding most of its pool.
    for (const bool nonPaged : {true, false}) {
        bool fromSummary = false;
        const std::uint64_t inUse = poolInUse(s, e.listedRows, nonPaged, fromSummary);
        if (inUse == 0)
            continue;
        for (const PoolTagStat& t : s.poolTags) {
            if (!(nonPaged ? isNonPaged(t.type) : isPaged(t.type)) || !t.bytes || e.listedRows.contains(t))
                continue;
            const double share = static_cast<double>(*t.bytes) / static_cast<double>(inUse);
            if (share >= kDominantShare)
                candidate(candidates, t.tag, t.type,
                          say(phrase("Explain", "takes {} of the {} pool"), format::percent(share), poolWord(nonPaged)));
        }
    }
    // Signatures that point at a tag: a port nobody dequeues, a process far ahead in one
    // handle type, exited objects kept by handles.
    for (const PortRanking& r : e.ports) {
        if (!isStuckPort(r))
            continue;
        if (r.irpsSeen > 0)
            candidate(candidates, kIrpTag, PoolType::NonPaged,
                      say(phrase("Explain", "IRPs queued on port {}, which no thread waits on"), e.address(r.port->address)));
        if (r.port->queuedPackets.value_or(0) >= 16 && r.port->queuedPackets > r.irpsSeen)
            candidate(candidates, kCompletionPacketTag, PoolType::NonPaged,
                      say(phrase("Explain", "completion packets queued on port {}, which no thread waits on"),
                          e.address(r.port->address)));
    }
    std::map<std::string, bool> typesSeen;
    for (const ProcessHandleTypes& p : e.handleTypes)
        for (const HandleTypeCount& c : p.counts)
            typesSeen[c.type] = true;
    for (const auto& [type, unused] : typesSeen) {
        const TypeLeader leader = leaderOfType(e, type);
        if (!leader.outlier)
            continue;
        if (const auto tag = poolTagOfType(s, type))
            candidate(candidates, *tag, poolOfObjectType(type),
                      say(phrase("Explain", "{} holds {} {} handles, more than ten times any other process"),
                                  e.process(leader.first->process, leader.first->processAddress),
                                  format::count(leader.firstCount), type));
    }
    std::uint64_t heldThreads = 0, heldProcesses = 0;
    for (const ZombieHolder& h : e.zombies.holders)
        if (h.holderAddress != 0) {
            heldThreads += h.threads;
            heldProcesses += h.processes;
        }
    if (heldThreads >= kManyZombies)
        candidate(candidates, PoolTag("Thre"), PoolType::NonPaged,
                  say(phrase("Explain", "{} exited threads kept alive by handles"), format::count(heldThreads)));
    if (heldProcesses >= kManyZombies)
        candidate(candidates, PoolTag("Proc"), PoolType::NonPaged,
                  say(phrase("Explain", "{} exited processes kept alive by handles"), format::count(heldProcesses)));

    // Objects no handle holds, kept by references alone (the pool scan found them).
    for (const auto& [contents, why] : referenceLeaks(s)) {
        candidate(candidates, contents->tag, contents->type, why);
        candidates[contents->tag].referenceLeak = contents;
    }

    const bool objectsKnown = walkedObjects(s);
    for (auto& [tag, c] : candidates) {
        LeakChain chain;
        chain.tag = tag;
        // The tag's pool as the source shows it (a handle type's tag may live in either).
        if (const PoolTagStat* stat = largestStatOf(s, tag); stat && !c.growth)
            c.pool = stat->type;
        chain.pool = c.pool;
        chain.why = c.why;
        chain.links.push_back(tagLink(e, tag, c.pool, c.growth));
        if (const PoolTagStat* stat = largestStatOf(s, tag))
            chain.bytes = stat->bytes.value_or(0);
        if (series.size() > 1)
            addPartners(series, chain);
        if (c.referenceLeak) {
            addReferenceLeakLinks(e, chain, *c.referenceLeak);
        } else if (objectsKnown) {
            addObjectLinks(e, chain);
        } else {
            ExplainLink gap;
            gap.step = ExplainLink::Step::Gap;
            gap.text = phrase("Explain", "what the allocations are and who holds them is not in this source");
            gap.command = chain.tag == kIrpTag ? std::string("!irpfind")
                                               : fmt::format("!poolfind {} {}", tagArgument(chain.tag), isPaged(chain.pool) ? 1 : 0);
            chain.links.push_back(std::move(gap));
        }
        result.chains.push_back(std::move(chain));
    }
    std::stable_sort(result.chains.begin(), result.chains.end(), [](const LeakChain& a, const LeakChain& b) {
        if (a.reachesHolder != b.reachesHolder)
            return a.reachesHolder;
        return a.bytes > b.bytes;
    });
    if (!objectsKnown && !result.chains.empty())
        result.notes.push_back(series.size() > 1
                                   ? phrase("Explain", "A capture of pool counters says how much each tag holds, not what "
                                                       "holds it: open a kernel dump, or a log with !poolfind, !irpfind, "
                                                       "!process 0 0 and !handle, to follow a tag to its holder.")
                                   : phrase("Explain", "This source holds pool figures only: a kernel dump, or a log with "
                                                       "!poolfind, !irpfind, !process 0 0 and !handle, follows a tag to its "
                                                       "holder."));
    addSystemNotes(s, result.notes);
    addUnnamedHandlesNote(s, result.notes);
    if (result.chains.empty()) {
        result.nothingStandsOut = true;
        result.figures = quietFigures(series, growth, e);
    }
    return result;
}

} // namespace poolscope
