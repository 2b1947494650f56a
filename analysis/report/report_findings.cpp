// The findings: each explain chain as a card, from the tag to what holds it, every step
// with its figures, how much of the tag it accounts for and the WinDbg command that
// confirms it; then the suspects, the coverage of the walks and the zombies, as `explain`
// and `suspects` give them.
#include "report_sections.h"
#include "report_table.h"

#include "analysis/conclusions/coverage.h"
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/growth.h"
#include "analysis/conclusions/suspects.h"
#include "analysis/conclusions/zombies.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <cmath>

namespace poolscope::report {

using text::phrase;
using text::say;

namespace {

std::string stepName(ExplainLink::Step step)
{
    switch (step) {
    case ExplainLink::Step::Tag: return phrase("Report", "tag");
    case ExplainLink::Step::Objects: return phrase("Report", "objects");
    case ExplainLink::Step::Queue: return phrase("Report", "queue");
    case ExplainLink::Step::File: return phrase("Report", "file");
    case ExplainLink::Step::Holder: return phrase("Report", "holder");
    case ExplainLink::Step::Module: return phrase("Report", "module");
    case ExplainLink::Step::Partner: return phrase("Report", "grows with it");
    case ExplainLink::Step::Gap: return phrase("Report", "not linked");
    }
    return "";
}

const Process* processAt(const Snapshot& s, Address address)
{
    for (const Process& p : s.processes)
        if (p.address == address)
            return &p;
    return nullptr;
}

// The holder a chain ends at, named as the CLI names a process.
std::string holderOf(const Snapshot& s, const LeakChain& chain)
{
    for (auto it = chain.links.rbegin(); it != chain.links.rend(); ++it)
        if (it->step == ExplainLink::Step::Holder && it->record && it->record->kind == RecordKind::Process)
            if (const Process* p = processAt(s, it->record->address))
                return processName(p->imageName, p->pid);
    return {};
}

void writeChain(html::Writer& out, const Snapshot& s, const LeakChain& chain, std::size_t number)
{
    const std::string anchor = fmt::format("finding-{}", number);
    out.open("article", {{"class", "finding"}, {"id", anchor}});
    out.open("h3");
    out.text(fmt::format("{}. {} ({}){}", number, chain.tag.display(), poolTypeName(chain.pool),
                         chain.bytes ? fmt::format(": {}", format::bytes(chain.bytes)) : std::string()));
    if (chain.reachesHolder)
        out.element("span", phrase("Report", "reaches its holder"), {{"class", "badge holder"}});
    else
        out.element("span", phrase("Report", "stops short of a holder"), {{"class", "badge short"}});
    out.close();
    if (!chain.why.empty()) {
        out.open("p", {{"class", "why"}});
        out.element("b", phrase("Report", "Why this tag: "));
        std::string why;
        for (const std::string& w : chain.why)
            why += (why.empty() ? "" : "; ") + w;
        out.text(why + ".");
        out.close();
    }
    out.open("ol", {{"class", "chain"}});
    for (const ExplainLink& link : chain.links) {
        const bool gap = link.step == ExplainLink::Step::Gap;
        out.open("li", {{"class", gap ? "gap" : "link"}});
        out.open("p");
        out.element("span", stepName(link.step), {{"class", "step"}});
        out.text(link.text);
        out.close();
        if (!link.figures.empty()) {
            std::string figures;
            for (const ExplainFigure& f : link.figures)
                figures += fmt::format("{}{}: {}", figures.empty() ? "" : " · ", f.name, f.display);
            out.element("p", say(phrase("Report", "Figures: {}"), figures), {{"class", "figures"}});
        }
        if (!link.coverage.empty())
            out.element("p", say(phrase("Report", "Coverage: {}"), link.coverage), {{"class", "coverage"}});
        if (!link.command.empty())
            writeConfirm(out, link.command);
        out.close();
    }
    out.close();
    if (!chain.conclusion.empty()) {
        std::string text = "→ " + chain.conclusion;
        const std::string holder = holderOf(s, chain);
        if (!holder.empty() && chain.conclusion.find(holder) == std::string::npos)
            text += say(phrase("Report", " (the holder: {})"), holder);
        out.element("p", text, {{"class", "conclusion"}});
    } else {
        out.element("p", phrase("Report", "The chain stops here: nothing in this source links it further."),
                    {{"class", "conclusion"}});
    }
    out.close();
}

// Growth first when the series shows it, then the signatures and the largest of each kind:
// the CLI's `suspects`.
Table suspectTable(const SectionContext& context)
{
    const Snapshot& s = context.snapshot;
    Table table;
    table.id = "suspects";
    table.caption = phrase("Report", "Suspects, strongest evidence first");
    table.columns = {{"#", true},
                     {phrase("Report", "Kind"), false},
                     {phrase("Report", "Record"), false},
                     {phrase("Report", "Figure"), true},
                     {phrase("Report", "Why"), false},
                     {phrase("Report", "Signature"), false}};
    table.allRows = "poolscope-cli suspects " + context.fileArgument();
    std::uint64_t rank = 0;
    if (context.isSeries())
        for (const TagGrowth& g : analyzeGrowth(context.series())) {
            if (!g.leaking)
                break;
            const auto rate = static_cast<std::int64_t>(std::llround(g.bytesRate));
            table.add({Cell::count(++rank), Cell::plain(phrase("Report", "growing tag")),
                       Cell::plain(fmt::format("{} ({})", g.tag.display(), poolTypeName(g.type))),
                       Cell::number(static_cast<double>(rate),
                                    say(g.perSecond ? phrase("Report", "{}/s") : phrase("Report", "{}/snapshot"),
                                        format::signedBytes(rate))),
                       Cell::plain(g.explanation), Cell::plain(phrase("Report", "yes"))},
                      context.input.topRows);
        }
    for (const Suspect& suspect : rankSuspects(s)) {
        const bool port = suspect.kind == Suspect::Kind::Port;
        const std::string kind = port                       ? phrase("Report", "port")
            : suspect.kind == Suspect::Kind::ProcessHandles ? phrase("Report", "handles")
                                                            : phrase("Report", "tag");
        table.add({Cell::count(++rank), Cell::plain(kind),
                   port ? Cell::address(*suspect.address, s.pointerSize) : Cell::plain(suspect.record),
                   Cell::number(static_cast<double>(suspect.value), suspect.figure), Cell::plain(suspect.explanation),
                   Cell::plain(suspect.signature ? phrase("Report", "yes") : phrase("Report", "no"))},
                  context.input.topRows);
    }
    table.emptyText = phrase("Report", "Nothing to rank in this source.");
    return table;
}

Table coverageTable(const SectionContext& context, const Snapshot& s)
{
    Table table;
    table.id = "coverage";
    table.caption = phrase("Report", "What the walks account for, against the outstanding allocations of each tag");
    table.columns = {{phrase("Report", "Tag"), false},        {phrase("Report", "Objects"), false},
                     {phrase("Report", "Outstanding"), true}, {phrase("Report", "Reached"), true},
                     {phrase("Report", "Not reached"), true}, {phrase("Report", "Where"), false}};
    table.allRows = "poolscope-cli explain " + context.fileArgument();
    for (const TagCoverage& c : tagCoverage(s)) {
        if (!c.outstanding)
            continue; // nothing to account against: the source has no pool figures for the tag
        table.add({Cell{c.tag.display(), {}, true}, Cell::plain(c.objects), Cell::count(c.outstanding), Cell::count(c.reached),
                   Cell::count(c.notReached), Cell::plain(c.where)},
                  context.input.topRows);
    }
    return table;
}

Table zombieTable(const SectionContext& context, const Snapshot& s, const ZombieReport& z)
{
    Table table;
    table.id = "zombies";
    table.caption = phrase("Report", "Exited threads and processes kept alive by handles, per holding process");
    table.columns = {{phrase("Report", "Holder"), false},   {phrase("Report", "PID"), true},
                     {phrase("Report", "Image"), false},    {phrase("Report", "Threads"), true},
                     {phrase("Report", "Processes"), true}, {phrase("Report", "Handles"), true},
                     {phrase("Report", "Pool kept"), true}};
    table.allRows = "poolscope-cli explain " + context.fileArgument();
    for (const ZombieHolder& h : z.holders) {
        const bool known = h.holderAddress != 0;
        const bool keptKnown = h.threadPoolBytes.has_value() || h.processPoolBytes.has_value();
        const std::uint64_t kept = h.threadPoolBytes.value_or(0) + h.processPoolBytes.value_or(0);
        table.add({known ? Cell::address(h.holderAddress, s.pointerSize)
                         : Cell::plain(phrase("Report", "(not in this source)")),
                   known && h.holder ? Cell::pid(h.holder->pid) : Cell::absent(),
                   known && h.holder ? Cell::plain(h.holder->imageName) : Cell::absent(), Cell::count(h.threads),
                   Cell::count(h.processes), known ? Cell::count(h.handles) : Cell::absent(),
                   keptKnown ? Cell::bytes(kept) : Cell::absent()},
                  context.input.topRows);
    }
    return table;
}

} // namespace

Section findingsSection(const SectionContext& context, std::vector<std::string>& abstract)
{
    const SnapshotSeries& series = context.series();
    // explain concludes on the last snapshot, with growth and partners from the whole series.
    const Snapshot& last = series.snapshots.back();
    const Explanation explanation = explainLeaks(series);
    html::Writer out;
    if (context.isSeries() && &context.snapshot != &last)
        out.element("p",
                    say(phrase("Report",
                               "The findings are drawn from the last snapshot ({}) and the growth over all {}; the "
                               "tables further down describe {}."),
                        last.label, series.size(), context.snapshot.label),
                    {{"class", "note"}});
    if (!explanation.chains.empty())
        out.element(
            "p",
            phrase("Report",
                   "Each finding follows one tag to what holds it, the way the WinDbg walk does it by hand: every step "
                   "with its figures, how much of the tag it accounts for, and the command that confirms it."),
            {{"class", "note"}});
    std::size_t number = 0;
    for (const LeakChain& chain : explanation.chains) {
        writeChain(out, last, chain, ++number);
        std::string line = fmt::format("{} ({}{}): ", chain.tag.display(), poolTypeName(chain.pool),
                                       chain.bytes ? ", " + format::bytes(chain.bytes) : std::string());
        if (!chain.conclusion.empty()) {
            line += chain.conclusion;
            const std::string holder = holderOf(last, chain);
            if (!holder.empty() && chain.conclusion.find(holder) == std::string::npos)
                line += say(phrase("Report", " (the holder: {})"), holder);
        } else {
            std::string why;
            for (const std::string& w : chain.why)
                why += (why.empty() ? "" : "; ") + w;
            line += why.empty() ? std::string(phrase("Report", "this source does not link it to a holder"))
                                : say(phrase("Report", "{}; this source does not link it to a holder"), why);
        }
        abstract.push_back(std::move(line));
    }
    if (explanation.nothingStandsOut) {
        out.element("p",
                    say(phrase("Report", "Nothing stands out in {}:"),
                        series.size() > 1 ? say(phrase("Report", "{} snapshots"), series.size()) : last.label));
        out.open("ul");
        for (const std::string& figure : explanation.figures)
            out.element("li", figure);
        out.close();
    }
    if (!explanation.notes.empty()) {
        out.open("ul", {{"class", "note"}});
        for (const std::string& note : explanation.notes)
            out.element("li", note);
        out.close();
    }

    out.element("h3", phrase("Report", "Suspects"));
    writeTable(out, suspectTable(context));

    const Table coverage = coverageTable(context, last);
    if (!coverage.rows.empty()) {
        out.element("h3", phrase("Report", "Coverage"));
        writeTable(out, coverage);
    }
    const ZombieReport zombies = findZombies(last);
    if (!zombies.holders.empty()) {
        out.element("h3", phrase("Report", "Zombies"));
        writeTable(out, zombieTable(context, last, zombies));
        if (zombies.threadBlock)
            out.element("p",
                        say(phrase("Report", "Pool kept: each exited thread holds one Thre block ({} bytes: {})."),
                            format::count(zombies.threadBlock->bytes), zombies.threadBlock->from),
                        {{"class", "note"}});
        if (zombies.processBlock && zombies.exitedProcesses)
            out.element("p",
                        say(phrase("Report", "Each exited process holds one Proc block ({} bytes: {})."),
                            format::count(zombies.processBlock->bytes), zombies.processBlock->from),
                        {{"class", "note"}});
    }
    return {"findings", phrase("Report", "Findings"), out.finish()};
}

std::string processName(const std::string& image, const std::optional<std::uint32_t>& pid)
{
    const std::string name = image.empty() ? std::string("(unnamed process)") : image;
    return pid ? fmt::format("{} (pid {:#x})", name, *pid) : name;
}

} // namespace poolscope::report
