#include "pool_output.h"

#include "analysis/parse_util.h"
#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::windbg {

namespace {

// A maximum this large is the size of the pool's address range: Windows 8.1 and later print
// 16 TB there, while the limits of older systems stayed far below (Windows 8's paged pool,
// the largest, at 384 GB).
constexpr std::uint64_t kAddressRangeMaximum = 1ull << 40;

// "******* 464832 kernel stack PTE allocations have failed ******" -> 464832, "kernel stack
// PTE allocations". Markdown may have escaped the stars.
std::optional<std::pair<std::uint64_t, std::string_view>> failureBanner(std::string_view t)
{
    const std::size_t first = t.find_first_not_of("*\\ ");
    const std::size_t last = t.find_last_not_of("*\\ ");
    if (first == std::string_view::npos || first == 0)
        return std::nullopt;
    const std::string_view banner = t.substr(first, last - first + 1);
    constexpr std::string_view kFailed = " have failed";
    if (!banner.ends_with(kFailed))
        return std::nullopt;
    const std::string_view countWord = banner.substr(0, banner.find(' '));
    const auto count = text::parseDecimal(countWord);
    if (!count)
        return std::nullopt;
    const std::string_view what = text::trim(banner.substr(countWord.size(), banner.size() - countWord.size() - kFailed.size()));
    if (what.empty())
        return std::nullopt;
    return std::pair{*count, what};
}

// !vm prints "<name>: <pages> ( <n> Kb)". The Kb figure is what we keep (Kb = 1024
// bytes): the page count depends on the page size, the Kb figure does not.
class VmHandler final : public CommandHandler {
public:
    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(withPlainSpaces(line.text, m_scratch));
        if (t.empty() || t.find("Virtual Memory Usage") != std::string_view::npos)
            return true;
        if (const auto failure = failureBanner(t)) {
            PoolSummary& summary = state.builder.summary();
            if (!summary.where.fromText())
                summary.where = state.at(line);
            summary.failures.push_back({std::string(failure->second), failure->first});
            return true;
        }
        // "NonPaged Pool Usage :  85%", "********** Excessive NonPaged Pool Usage *****" (also
        // with the stars escaped by Markdown), page file lines ("No Name for Paging File" on
        // Windows 10), "Unimplemented error for MiSystemVaTypeCount" (a debugger and kernel
        // that do not match): known, derived or not about pool.
        if (t.front() == '*' || text::startsWith(t, "\\*") || t.find('%') != std::string_view::npos
            || text::startsWith(t, "Page File") || t == "No Name for Paging File" || text::startsWith(t, "Current:")
            || text::startsWith(t, "Minimum:") || text::startsWith(t, "Unimplemented error for "))
            return true;
        // !vm 0x20 / !vm 21 (Windows 10 and later) ends with where each system region lies:
        // "System Region  Base Address  NumberOfBytes", then "NonPagedPool : ffffa080... 1000...".
        // Address ranges, not usage: understood and not kept.
        if (text::startsWith(t, "System Region")) {
            m_inRegions = true;
            return true;
        }
        if (m_inRegions && isRegionLine(t))
            return true;
        m_inRegions = false;
        const std::size_t colon = t.find(':');
        if (colon == std::string_view::npos)
            return processCommitLine(t);
        const std::string_view name = text::trim(t.substr(0, colon));
        const std::string_view rest = t.substr(colon + 1);
        const auto kb = kilobytes(rest);
        if (!kb) {
            // A pool figure we would keep, damaged: say so. Other lines without a Kb figure
            // are not pool figures.
            if (name.find("Pool") != std::string_view::npos || name.find("ommit") != std::string_view::npos)
                state.builder.skipLine(state.at(line), fmt::format("!vm: expected '<pages> ( <n> Kb)' after '{}:'", name));
            return true;
        }
        PoolSummary& summary = state.builder.summary();
        if (!summary.where.fromText())
            summary.where = state.at(line);
        const std::uint64_t bytes = *kb * 1024;
        // Windows 8 and later split nonpaged pool into NonPagedPool and NonPagedPoolNx
        // (no-execute): the pool's usage is their sum.
        if (name == "NonPagedPool Usage" || name == "NonPagedPoolNx Usage")
            summary.nonPagedUsage = summary.nonPagedUsage.value_or(0) + bytes;
        else if (name == "NonPagedPool Max" || name == "NonPagedPool Maximum")
            m_nonPagedMaximum = {bytes, state.at(line)};
        else if (name == "PagedPool Usage")
            summary.pagedUsage = bytes;
        else if (name == "PagedPool Maximum" || name == "PagedPool Max")
            m_pagedMaximum = {bytes, state.at(line)};
        else if (isNodeLine(name, "NonPagedPool") || isNodeLine(name, "NonPagedPoolNx"))
            m_nonPagedNodes += bytes;
        else if (isNodeLine(name, "PagedPool"))
            m_pagedNodes += bytes;
        else if (name == "Physical Memory")
            summary.physicalMemory = bytes;
        else if (name == "Available Pages")
            summary.availableMemory = bytes;
        else if (name == "Committed pages")
            summary.commit = bytes;
        else if (name == "Commit limit")
            summary.commitLimit = bytes;
        // Other figures (ResAvail Pages, Free System PTEs, Kernel Stacks, ...) are
        // understood and not kept.
        return true;
    }

    void end(LogState& state) override
    {
        PoolSummary& summary = state.builder.summary();
        // The pools split by node (or, before Windows 8, the paged pools one by one) add up
        // to the pool's usage: they stand in when the usage line is missing, and a sum that
        // disagrees with it is said.
        checkNodes(summary.nonPagedUsage, m_nonPagedNodes, "NonPagedPool", state);
        checkNodes(summary.pagedUsage, m_pagedNodes, "PagedPool", state);
        // Nonpaged pool lives in physical memory: a maximum above it limits nothing either.
        const auto physical = summary.physicalMemory;
        keepMaximum(summary.nonPagedMaximum, m_nonPagedMaximum,
                    [&](std::uint64_t m) { return m >= kAddressRangeMaximum || (physical && m > *physical); }, summary,
                    state);
        keepMaximum(summary.pagedMaximum, m_pagedMaximum, [](std::uint64_t m) { return m >= kAddressRangeMaximum; },
                    summary, state);
    }

private:
    struct Printed {
        std::uint64_t bytes = 0;
        Provenance where;
    };

    // "NonPagedPool    0", "NonPagedPoolNx  1", "PagedPool  0" (one line per node), and the
    // older "PagedPool 0 Usage", "NonPagedPool 0 Used" (one line per pool).
    static bool isNodeLine(std::string_view name, std::string_view pool)
    {
        if (!text::startsWith(name, pool) || name.size() == pool.size() || name[pool.size()] != ' ')
            return false;
        const text::Tokens words(name.substr(pool.size()));
        const bool suffixed = words.size() == 2 && (words[1] == "Usage" || words[1] == "Used");
        return (words.size() == 1 || suffixed) && text::parseDecimal(words[0]).has_value();
    }

    static void checkNodes(std::optional<std::uint64_t>& usage, std::uint64_t nodes, std::string_view pool,
                           LogState& state)
    {
        if (nodes == 0)
            return;
        if (!usage) {
            usage = nodes;
            return;
        }
        if (*usage != nodes)
            state.builder.warn(state.builder.summary().where,
                               text::say(text::phrase("Log", "!vm: the {} lines per node add up to {} Kb, its usage "
                                                             "line says {} Kb; the usage line is kept"),
                                         pool, nodes / 1024, *usage / 1024));
    }

    template <typename IsRange>
    static void keepMaximum(std::optional<std::uint64_t>& kept, const std::optional<Printed>& printed,
                            const IsRange& isRange, PoolSummary& summary, LogState& state)
    {
        if (!printed)
            return;
        if (!isRange(printed->bytes)) {
            kept = printed->bytes;
            return;
        }
        kept.reset();
        if (summary.noFixedMaximum)
            return;
        summary.noFixedMaximum = true;
        state.builder.info(printed->where,
                           text::say(text::phrase("Log", "!vm prints {} as a pool maximum: that is the size of the "
                                                         "pool's address range (Windows 8.1 and later), not a "
                                                         "limit. The pools have no fixed maximum there: nonpaged "
                                                         "pool is bounded by physical memory, paged pool by the "
                                                         "commit limit."),
                                     format::bytes(printed->bytes)));
    }

    std::optional<Printed> m_nonPagedMaximum, m_pagedMaximum;
    std::uint64_t m_nonPagedNodes = 0, m_pagedNodes = 0;
    // "    877   (    3508 Kb)" -> 3508
    static std::optional<std::uint64_t> kilobytes(std::string_view rest)
    {
        const std::size_t open = rest.find('(');
        const std::size_t kb = rest.find("Kb", open == std::string_view::npos ? 0 : open);
        if (open == std::string_view::npos || kb == std::string_view::npos)
            return std::nullopt;
        return text::parseDecimal(text::trim(rest.substr(open + 1, kb - open - 1)));
    }

    // "PfnDatabase           : ffff830000000000      38000000000", "Kasan  :  0  0"
    static bool isRegionLine(std::string_view t)
    {
        const std::size_t colon = t.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return false;
        const text::Tokens values(t.substr(colon + 1));
        return values.size() == 2 && text::parseHex(values[0]) && text::parseHex(values[1]);
    }

    // The per-process commit list of !vm: "0a40 svchost.exe  1234 ( 4936 Kb)".
    static bool processCommitLine(std::string_view t)
    {
        const text::Tokens tokens(t);
        return tokens.size() >= 3 && t.find("Kb)") != std::string_view::npos;
    }

    std::string m_scratch;
    bool m_inRegions = false;
};

} // namespace

std::unique_ptr<CommandHandler> makeVmHandler()
{
    return std::make_unique<VmHandler>();
}

bool startsVmOutput(std::string_view line)
{
    if (line.size() > 96)
        return false;
    std::string scratch;
    const std::string_view t = text::trim(withPlainSpaces(line, scratch));
    return t == "*** Virtual Memory Usage ***" || t == "Virtual Memory Usage";
}

} // namespace poolscope::windbg
