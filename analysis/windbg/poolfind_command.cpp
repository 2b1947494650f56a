// !poolfind Tag [PoolType]: the blocks that carry a tag, found by scanning the pools.
#include "pool_commands.h"
#include "pool_output.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

namespace poolscope::windbg {

namespace {

// Windows 10 prints one line per block, with the pool named on the line itself:
//   "ffff8287befc4060 : tag Proc, size     0xe70, Nonpaged pool"
//   "ffffe00008b00c10 : tag Irp , size     0x4b0, Nonpaged pool"
// and no pool header figures (previous size, Allocated/Free).
bool readTaggedLine(std::string_view t, std::string_view addressWord, const PoolBlockContext& context,
                    const TextLine& line, LogState& state, PoolBlock*& stored)
{
    const auto address = text::parseHex(addressWord);
    const std::size_t tagAt = t.find(" tag ");
    const std::string_view afterTag = tagAt == std::string_view::npos ? std::string_view{} : t.substr(tagAt + 5);
    const std::string_view tag = poolTagAt(afterTag);
    const std::size_t sizeAt = afterTag.find(", size");
    std::optional<std::uint64_t> size;
    std::string_view poolText;
    if (sizeAt != std::string_view::npos) {
        const std::string_view afterSize = afterTag.substr(sizeAt + 6);
        const std::size_t comma = afterSize.find(',');
        size = text::parseHex(text::trim(afterSize.substr(0, comma)));
        if (comma != std::string_view::npos)
            poolText = afterSize.substr(comma + 1);
    }
    // The pool named after the size: a line cut inside the size figure has none, and would
    // otherwise read short.
    if (!address || tag.empty() || !size || text::iFind(poolText, "pool") == std::string_view::npos) {
        state.builder.skipLine(state.at(line), "!poolfind: expected '<address> : tag <tag>, size 0x<hex>, <pool> pool'");
        return true;
    }
    state.sawAddress(addressWord);
    PoolBlock& block = state.builder.poolBlock(*address, state.at(line));
    block.tag = PoolTag(tag);
    if (block.type == PoolType::Unknown) {
        const PoolType named = poolTypeNamed(poolText);
        block.type = named == PoolType::Unknown ? context.type : named;
    }
    block.size = static_cast<std::uint32_t>(*size);
    stored = &block;
    // largePool stays as it was: Windows 10 lists small blocks straight under the "Scanning
    // large pool allocation table" heading (no "Searching" heading follows in real logs),
    // so the heading does not tell which table a line came from.
    return true;
}

class PoolfindCommand final : public CommandHandler {
public:
    void begin(std::string_view arguments, const TextLine&, LogState&) override
    {
        // "Thre 0" (0 nonpaged, 1 paged, 4 session), or Windows 10's "-nonpaged -tag Proc".
        const text::Tokens words(arguments);
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (text::iEquals(words[i], "-nonpaged"))
                m_context.type = PoolType::NonPaged;
            else if (text::iEquals(words[i], "-paged"))
                m_context.type = PoolType::Paged;
        }
        if (words.size() >= 2 && words[0].front() != '-')
            if (const auto type = text::parseNumber(words[1], true))
                m_context.type = *type == 0 ? PoolType::NonPaged : *type == 1 ? PoolType::Paged : PoolType::Unknown;
    }

    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(withPlainSpaces(line.text, m_scratch));
        if (t.empty() || t.find_first_not_of('.') == std::string_view::npos || text::startsWith(t, "...terminating"))
            return true;
        if (text::startsWith(t, "Scanning large pool allocation table")) {
            m_context.largePool = true;
            return true;
        }
        if (text::startsWith(t, "Searching ") && t.find(" pool") != std::string_view::npos) {
            m_context.largePool = false;
            if (const PoolType type = poolTypeNamed(t.substr(0, t.find('('))); type != PoolType::Unknown)
                m_context.type = type;
            return true;
        }
        // A cheap look for the Windows 10 shape, so that a block line is tokenised once. A
        // '*' before the address (a reader's or an author's mark, as !pool marks the block
        // asked about) does not make the line another shape.
        std::string_view first = t.substr(0, t.find(' '));
        const std::string_view afterFirst = t.substr(first.size());
        if (!first.empty() && first.front() == '*')
            first.remove_prefix(1);
        PoolBlock* block = nullptr;
        bool read = false;
        if (text::startsWith(afterFirst, " : tag ") && text::looksLikeAddress(first))
            read = readTaggedLine(t, first, m_context, line, state, block);
        else
            read = readPoolBlockLine(t, m_context, line, state, &block);
        if (block)
            tally(*block, state);
        return read;
    }

private:
    // Each block once, however many times the log's !poolfind runs list it.
    void tally(const PoolBlock& block, LogState& state) const
    {
        if (!state.poolfindBlocks.insert(block.address).second)
            return;
        // A large page line names no pool: the one searched is its pool.
        const PoolType type = block.type != PoolType::Unknown ? block.type : m_context.type;
        LogState::PoolfindTally& t = state.poolfindTallies[{block.tag, type}];
        if (block.allocated == false) {
            ++t.freeBlocks;
            return;
        }
        if (t.blocks == 0)
            t.first = block.where;
        ++t.blocks;
        t.bytes += block.size.value_or(0);
    }

    std::string m_scratch;
    PoolBlockContext m_context;
};

} // namespace

std::unique_ptr<CommandHandler> makePoolfindCommand()
{
    return std::make_unique<PoolfindCommand>();
}

bool poolfindOutputBegins(std::string_view line)
{
    if (line.size() > 160)
        return false;
    const std::string_view t = text::trim(line);
    // Old: "... for Tag: SeSd"; Windows 10: "... for tag 0x636f7250 (Proc) ...".
    const bool namesTag = t.find("for Tag: ") != std::string_view::npos || t.find("for tag 0x") != std::string_view::npos;
    if (!namesTag)
        return false;
    return text::startsWith(t, "Scanning large pool allocation table for ")
        || (text::startsWith(t, "Searching ") && t.find(" pool (") != std::string_view::npos);
}

} // namespace poolscope::windbg
