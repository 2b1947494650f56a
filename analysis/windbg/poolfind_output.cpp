#include "pool_output.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

namespace poolscope::windbg {

namespace {

// One block line of !poolfind or !pool:
//   "826fa130 size:   c0 previous size:   40  (Allocated) SeSd"
//   "*8904a160 size:  280 previous size:   e0  (Allocated) *Thre (Protected)"
//   "82721c00 size:   10 previous size:   30  (Free)      SeSd"
// Sizes are hex. Returns false when the line is not of this shape.
bool readBlockLine(std::string_view t, PoolType type, bool largePool, const TextLine& line, LogState& state)
{
    const text::Tokens words(t);
    std::string_view first = words[0];
    if (!first.empty() && first.front() == '*')
        first.remove_prefix(1); // the block that holds the address !pool was given
    if (!text::looksLikeAddress(first) || words[1] != "size:")
        return false;
    const auto address = text::parseHex(first);
    const auto size = text::parseHex(words[2]);
    const bool hasPrevious = words[3] == "previous" && words[4] == "size:";
    const auto previous = hasPrevious ? text::parseHex(words[5]) : std::nullopt;
    if (!address || !size || (hasPrevious && !previous)) {
        state.builder.skipLine(state.at(line), "pool block: expected '<address> size: <hex> previous size: <hex> (Allocated|Free) <tag>'");
        return true;
    }
    state.sawAddress(first);
    std::size_t i = hasPrevious ? 6 : 3;
    std::optional<bool> allocated;
    if (words[i] == "(Allocated)")
        allocated = true;
    else if (words[i] == "(Free)")
        allocated = false;
    if (allocated)
        ++i;
    std::string_view tagWord = words[i];
    if (!tagWord.empty() && tagWord.front() == '*')
        tagWord.remove_prefix(1);
    if (tagWord.empty() || tagWord.size() > 4 || tagWord.front() == '(') {
        state.builder.skipLine(state.at(line), fmt::format("pool block {}: no pool tag after the sizes", first));
        return true;
    }
    PoolBlock& block = state.builder.poolBlock(*address, state.at(line));
    block.tag = PoolTag(tagWord);
    if (block.type == PoolType::Unknown)
        block.type = type;
    block.size = static_cast<std::uint32_t>(*size);
    if (previous)
        block.previousSize = static_cast<std::uint32_t>(*previous);
    block.allocated = allocated;
    block.isProtected = t.find("(Protected)") != std::string_view::npos;
    block.largePool = largePool;
    return true;
}

PoolType typeNamed(std::string_view t)
{
    if (text::iFind(t, "NonPaged") != std::string_view::npos)
        return text::iFind(t, "Session") != std::string_view::npos ? PoolType::SessionNonPaged : PoolType::NonPaged;
    if (text::iFind(t, "Paged") != std::string_view::npos)
        return text::iFind(t, "Session") != std::string_view::npos ? PoolType::SessionPaged : PoolType::Paged;
    return PoolType::Unknown;
}

// !poolfind Tag [PoolType]: the blocks carrying a tag, found by scanning the pools. The
// "Searching <type> pool" lines say which pool the blocks that follow are in.
class PoolfindHandler final : public CommandHandler {
public:
    void begin(std::string_view arguments, const TextLine&, LogState&) override
    {
        const text::Tokens words(arguments);
        if (words.size() >= 2)
            if (const auto type = text::parseNumber(words[1], true))
                m_type = *type == 1 ? PoolType::Paged : *type == 0 ? PoolType::NonPaged : PoolType::Unknown;
    }

    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(withPlainSpaces(line.text, m_scratch));
        if (t.empty() || t.find_first_not_of('.') == std::string_view::npos || text::startsWith(t, "...terminating"))
            return true;
        if (text::startsWith(t, "Scanning large pool allocation table")) {
            m_largePool = true;
            return true;
        }
        if (text::startsWith(t, "Searching ")) {
            m_largePool = false;
            if (const PoolType type = typeNamed(t.substr(0, t.find('('))); type != PoolType::Unknown)
                m_type = type;
            return true;
        }
        return readBlockLine(t, m_type, m_largePool, line, state);
    }

private:
    std::string m_scratch;
    PoolType m_type = PoolType::Unknown;
    bool m_largePool = false;
};

// !pool Address: the blocks of the page that holds the address, the starred one holding it.
class PoolHandler final : public CommandHandler {
public:
    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(withPlainSpaces(line.text, m_scratch));
        if (t.empty())
            return true;
        // "Pool page 8904a180 region is Nonpaged pool"
        if (text::startsWith(t, "Pool page")) {
            m_type = typeNamed(t.substr(t.find("region is") == std::string_view::npos ? 0 : t.find("region is")));
            return true;
        }
        return readBlockLine(t, m_type, false, line, state);
    }

private:
    std::string m_scratch;
    PoolType m_type = PoolType::Unknown;
};

} // namespace

std::unique_ptr<CommandHandler> makePoolfindHandler()
{
    return std::make_unique<PoolfindHandler>();
}

std::unique_ptr<CommandHandler> makePoolHandler()
{
    return std::make_unique<PoolHandler>();
}

bool startsPoolfindOutput(std::string_view line)
{
    const std::string_view t = text::trim(line);
    return text::startsWith(t, "Scanning large pool allocation table for Tag:")
        || (text::startsWith(t, "Searching ") && t.find(" pool (") != std::string_view::npos
            && t.find("for Tag:") != std::string_view::npos);
}

} // namespace poolscope::windbg
