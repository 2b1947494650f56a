#include "pool_output.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

namespace poolscope::windbg {

namespace {

// !vm prints "<name>: <pages> ( <n> Kb)". The Kb figure is what we keep (Kb = 1024
// bytes): the page count depends on the page size, the Kb figure does not.
class VmHandler final : public CommandHandler {
public:
    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(withPlainSpaces(line.text, m_scratch));
        if (t.empty() || t.find("Virtual Memory Usage") != std::string_view::npos)
            return true;
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
            summary.nonPagedMaximum = bytes;
        else if (name == "PagedPool Usage")
            summary.pagedUsage = bytes;
        else if (name == "PagedPool Maximum" || name == "PagedPool Max")
            summary.pagedMaximum = bytes;
        else if (name == "Physical Memory")
            summary.physicalMemory = bytes;
        else if (name == "Available Pages")
            summary.availableMemory = bytes;
        else if (name == "Committed pages")
            summary.commit = bytes;
        else if (name == "Commit limit")
            summary.commitLimit = bytes;
        // Other figures (PagedPool 0 Usage, ResAvail Pages, Free System PTEs, ...) are
        // understood and not kept.
        return true;
    }

private:
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
