#include "commands.h"

#include "analysis/conclusions/coverage.h"
#include "analysis/conclusions/explain.h"
#include "analysis/conclusions/zombies.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::cli {

namespace {

const char* stepName(ExplainLink::Step step)
{
    switch (step) {
    case ExplainLink::Step::Tag: return "tag";
    case ExplainLink::Step::Objects: return "objects";
    case ExplainLink::Step::Queue: return "queue";
    case ExplainLink::Step::File: return "file";
    case ExplainLink::Step::Holder: return "holder";
    case ExplainLink::Step::Module: return "module";
    case ExplainLink::Step::Partner: return "partner";
    case ExplainLink::Step::Gap: return "not linked";
    }
    return "";
}

Cell recordCell(const Snapshot& s, const std::optional<RecordRef>& record)
{
    if (!record)
        return Cell::absent();
    if (record->kind == RecordKind::PoolTag)
        return Cell::text(std::string(record->tag.chars()));
    return addressCell(s, record->address);
}

std::string figuresText(const std::vector<ExplainFigure>& figures)
{
    std::string out;
    for (const ExplainFigure& f : figures)
        out += fmt::format("{}{}={}", out.empty() ? "" : "; ", f.name, f.value);
    return out;
}

// How much of each tag whose objects the walks know they accounted for.
Table coverageTable(const Snapshot& s)
{
    Table table;
    table.id = "coverage";
    table.title = "What the walks account for, against the outstanding allocations of each tag";
    table.columns = {{"Tag", "tag", false, 0},           {"Objects", "objects", false, 0},
                     {"Outstanding", "outstanding", true, 0}, {"Reached", "reached", true, 0},
                     {"Not reached", "not_reached", true, 0}, {"Where", "where", false, 70}};
    for (const TagCoverage& c : tagCoverage(s)) {
        if (!c.outstanding)
            continue; // nothing to account against: the source has no pool figures for the tag
        table.rows.push_back({Cell::text(std::string(c.tag.chars())), Cell::text(c.objects), Cell::count(c.outstanding),
                              Cell::count(c.reached), Cell::count(c.notReached),
                              c.where.empty() ? Cell::absent() : Cell::text(c.where)});
    }
    return table;
}

// Zombies per holding process, with the pool they keep.
Table zombieTable(const Snapshot& s, const ZombieReport& z)
{
    Table table;
    table.id = "zombies";
    table.title = "Exited threads and processes kept alive by handles, per holding process";
    table.columns = {{"Holder", "holder", false, 0},          {"PID", "pid", true, 0},
                     {"Image", "image", false, 0},            {"Threads", "exited_threads", true, 0},
                     {"Processes", "exited_processes", true, 0}, {"Handles", "handles", true, 0},
                     {"Pool kept", "pool_bytes", true, 0}};
    for (const ZombieHolder& h : z.holders) {
        const bool known = h.holderAddress != 0;
        const std::uint64_t kept = h.threadPoolBytes.value_or(0) + h.processPoolBytes.value_or(0);
        const bool keptKnown = h.threadPoolBytes.has_value() || h.processPoolBytes.has_value();
        table.rows.push_back({
            known ? addressCell(s, h.holderAddress) : Cell::text("(not in this source)"),
            known && h.holder ? pidCell(h.holder->pid) : Cell::absent(),
            known && h.holder && !h.holder->imageName.empty() ? Cell::text(h.holder->imageName) : Cell::absent(),
            Cell::count(h.threads),
            Cell::count(h.processes),
            known ? Cell::count(h.handles) : Cell::absent(),
            keptKnown ? Cell::bytes(kept) : Cell::absent(),
        });
    }
    return table;
}

} // namespace

Report runExplain(const Context& context)
{
    const SnapshotSeries& series = context.source.series;
    const Snapshot& s = series.snapshots.back();
    Report report;
    report.command = "explain";
    const Explanation explanation = explainLeaks(series);

    Table chains;
    chains.id = "chains";
    chains.scriptsOnly = true;
    chains.columns = {{"#", "chain", true, 0},         {"Tag", "tag", false, 0},
                      {"Pool", "pool", false, 0},      {"Bytes", "bytes", true, 0},
                      {"Why", "why", false, 0},        {"Holder found", "reaches_holder", false, 0},
                      {"Conclusion", "conclusion", false, 0}, {"Summary", "summary", false, 0}};
    Table links;
    links.id = "links";
    links.scriptsOnly = true;
    links.columns = {{"#", "chain", true, 0},        {"Step", "step", false, 0},     {"Text", "text", false, 0},
                     {"Figures", "figures", false, 0}, {"Coverage", "coverage", false, 0}, {"Command", "command", false, 0},
                     {"Record", "record", false, 0}};
    std::size_t number = 0;
    for (const LeakChain& chain : explanation.chains) {
        ++number;
        std::string why;
        for (const std::string& w : chain.why)
            why += (why.empty() ? "" : "; ") + w;
        chains.rows.push_back({Cell::count(std::uint64_t{number}), Cell::text(std::string(chain.tag.chars())),
                               Cell::text(std::string(poolTypeName(chain.pool))), Cell::bytes(chain.bytes), Cell::text(why),
                               Cell::text(chain.reachesHolder ? "yes" : "no"),
                               chain.conclusion.empty() ? Cell::absent() : Cell::text(chain.conclusion),
                               Cell::text(chain.summary())});
        report.lines.push_back(fmt::format("{}. {} ({}): {}", number, chain.tag.display(), poolTypeName(chain.pool), why));
        bool first = true;
        for (const ExplainLink& link : chain.links) {
            links.rows.push_back({Cell::count(std::uint64_t{number}), Cell::text(stepName(link.step)), Cell::text(link.text),
                                  link.figures.empty() ? Cell::absent() : Cell::text(figuresText(link.figures)),
                                  link.coverage.empty() ? Cell::absent() : Cell::text(link.coverage),
                                  link.command.empty() ? Cell::absent() : Cell::text(link.command), recordCell(s, link.record)});
            const char* arrow = first ? "   " : link.step == ExplainLink::Step::Partner ? "   + " : "   <- ";
            const char* mark = link.step == ExplainLink::Step::Gap ? "(not linked) " : "";
            report.lines.push_back(fmt::format("{}{}{}", arrow, mark, link.text));
            if (!link.coverage.empty())
                report.lines.push_back(fmt::format("        coverage: {}", link.coverage));
            if (!link.command.empty())
                report.lines.push_back(fmt::format("        confirm:  {}", link.command));
            first = false;
        }
        report.lines.push_back(chain.conclusion.empty() ? "   -> the chain stops here: nothing in this source links it further"
                                                        : "   -> " + chain.conclusion);
        report.lines.push_back("");
    }
    if (!explanation.chains.empty()) {
        report.tables.push_back(std::move(chains));
        report.tables.push_back(std::move(links));
    }
    if (Table coverage = coverageTable(s); !coverage.rows.empty())
        report.tables.push_back(std::move(coverage));
    const ZombieReport zombies = findZombies(s);
    if (!zombies.holders.empty()) {
        Table table = zombieTable(s, zombies);
        if (zombies.threadBlock)
            report.notes.push_back(fmt::format("Pool kept: each exited thread holds one {} block ({} bytes: {}).",
                                               "Thre", format::count(zombies.threadBlock->bytes), zombies.threadBlock->from));
        if (zombies.processBlock && zombies.exitedProcesses)
            report.notes.push_back(fmt::format("Each exited process holds one {} block ({} bytes: {}).", "Proc",
                                               format::count(zombies.processBlock->bytes), zombies.processBlock->from));
        report.tables.push_back(std::move(table));
    }
    if (explanation.nothingStandsOut) {
        report.lines.push_back(fmt::format("Nothing stands out in {}:", series.size() > 1
                                                                           ? fmt::format("{} snapshots", series.size())
                                                                           : s.label));
        Table quiet;
        quiet.id = "nothing_stands_out";
        quiet.scriptsOnly = true;
        quiet.columns = {{"Figure", "figure", false, 0}};
        for (const std::string& figure : explanation.figures) {
            report.lines.push_back("   " + figure);
            quiet.rows.push_back({Cell::text(figure)});
        }
        report.tables.push_back(std::move(quiet));
    }
    for (const std::string& note : explanation.notes)
        report.notes.push_back(note);
    while (!report.lines.empty() && report.lines.back().empty())
        report.lines.pop_back();
    return report;
}

} // namespace poolscope::cli
