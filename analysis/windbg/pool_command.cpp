// !pool Address: the blocks of the pool page that holds an address.
#include "pool_commands.h"
#include "pool_output.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

namespace poolscope::windbg {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::size_t offsetIn(std::string_view whole, std::string_view part)
{
    return static_cast<std::size_t>(part.data() - whole.data());
}

// "*ffffc986cb6f2000 : large page allocation, tag is V2lg, size is 0x4000 bytes": a block
// of the large pool table, which has no pool header and so no previous size.
bool readLargePageLine(std::string_view t, std::string_view addressWord, const TextLine& line, LogState& state,
                       PoolBlock** stored)
{
    const std::size_t tagAt = t.find("tag is ");
    const std::size_t sizeAt = t.find("size is ");
    const auto address = text::parseHex(addressWord);
    const std::string_view tag = tagAt == std::string_view::npos ? std::string_view{} : poolTagAt(t.substr(tagAt + 7));
    const text::Tokens sizeWords(sizeAt == std::string_view::npos ? std::string_view{} : t.substr(sizeAt + 8));
    const auto size = text::parseHex(sizeWords[0]);
    // "bytes" after the figure: a line cut inside the figure would otherwise read short.
    if (!address || tag.empty() || !size || sizeWords[1] != "bytes") {
        state.builder.skipLine(state.at(line), "!pool: expected '<address> : large page allocation, tag is <tag>, size is 0x<hex> bytes'");
        return true;
    }
    state.sawAddress(addressWord);
    PoolBlock& block = state.builder.poolBlock(*address, state.at(line));
    block.tag = PoolTag(tag);
    block.size = static_cast<std::uint32_t>(*size);
    block.largePool = true;
    // The large pool table lists only allocations in use.
    block.allocated = true;
    if (stored)
        *stored = &block;
    return true;
}

// "e1001008  ffffffff 0057005c 004e0049 004f0044": the block contents !pool <a> 1 prints
// under each header line. Not kept.
bool isContentLine(const text::Tokens& words)
{
    return words.size() >= 2 && text::looksLikeAddress(words[0]) && text::parseHex(words[1]).has_value();
}

// The lines !pool prints when the address is not in a pool page it can walk, and the
// owner lines under the starred block: understood, nothing to keep.
bool isPoolRemark(std::string_view t)
{
    return text::startsWith(t, "Pooltag ") || text::startsWith(t, "Owning component")
        || t.find("is not a valid large pool allocation") != std::string_view::npos
        || t.find("is not valid pool") != std::string_view::npos
        || text::startsWith(t, "Unable to read large session pool table")
        || (text::startsWith(t, "Address ") && t.find("could not be read") != std::string_view::npos);
}

class PoolCommand final : public CommandHandler {
public:
    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(withPlainSpaces(line.text, m_scratch));
        if (t.empty() || t.find_first_not_of('.') == std::string_view::npos || isPoolRemark(t))
            return true;
        // "Pool page 8904a180 region is Nonpaged pool": the type of every block of the page.
        if (text::startsWith(t, "Pool page ")) {
            const std::size_t region = t.find(" region is ");
            if (region == std::string_view::npos) {
                state.builder.skipLine(state.at(line), "!pool: expected 'Pool page <address> region is <pool>'");
                return true;
            }
            state.sawAddress(text::Tokens(t)[2]);
            m_context.type = poolTypeNamed(t.substr(region + 11));
            return true;
        }
        if (readPoolBlockLine(t, m_context, line, state))
            return true;
        return isContentLine(text::Tokens(t));
    }

private:
    std::string m_scratch;
    PoolBlockContext m_context;
};

} // namespace

PoolType poolTypeNamed(std::string_view text)
{
    const bool session = text::iFind(text, "session") != std::string_view::npos;
    if (text::iFind(text, "nonpaged") != std::string_view::npos)
        return session ? PoolType::SessionNonPaged : PoolType::NonPaged;
    if (text::iFind(text, "paged") != std::string_view::npos)
        return session ? PoolType::SessionPaged : PoolType::Paged;
    return PoolType::Unknown;
}

std::string_view poolTagAt(std::string_view rest)
{
    std::size_t i = 0;
    while (i < rest.size() && isBlank(rest[i]))
        ++i;
    if (i < rest.size() && rest[i] == '*')
        ++i;
    const std::string_view tag = rest.substr(i, 4);
    const std::size_t after = i + tag.size();
    if (after < rest.size() && !isBlank(rest[after]) && rest[after] != ',')
        return {};
    return text::trimRight(tag);
}

bool readPoolBlockLine(std::string_view t, const PoolBlockContext& context, const TextLine& line, LogState& state,
                       PoolBlock** stored)
{
    const text::Tokens words(t);
    std::string_view addressWord = words[0];
    if (!addressWord.empty() && addressWord.front() == '*')
        addressWord.remove_prefix(1); // the block that holds the address !pool was given
    if (!text::looksLikeAddress(addressWord))
        return false;
    if (words[1] == ":" && words[2] == "large")
        return readLargePageLine(t, addressWord, line, state, stored);
    if (words[1] != "size:")
        return false;

    const auto address = text::parseHex(addressWord);
    const auto size = text::parseHex(words[2]);
    const bool hasPrevious = words[3] == "previous" && words[4] == "size:";
    const auto previous = hasPrevious ? text::parseHex(words[5]) : std::nullopt;
    if (!address || !size || (hasPrevious && !previous)) {
        state.builder.skipLine(state.at(line), "pool block: expected '<address> size: <hex> previous size: <hex> (Allocated|Free) <tag>'");
        return true;
    }
    // "*ffffa08b1f9fefe0 size:   20 non-paged special pool, Tag is Thre": a block of special
    // pool (Driver Verifier), which has no pool header to show a previous size or a status.
    if (const std::size_t special = t.find(" special pool, Tag is "); !hasPrevious && special != std::string_view::npos) {
        const std::string_view tag = poolTagAt(t.substr(special + 22));
        if (tag.empty()) {
            state.builder.skipLine(state.at(line), "special pool block: expected a pool tag after 'Tag is'");
            return true;
        }
        state.sawAddress(addressWord);
        PoolBlock& block = state.builder.poolBlock(*address, state.at(line));
        block.tag = PoolTag(tag);
        const std::string_view kind = t.substr(0, special);
        if (block.type == PoolType::Unknown)
            block.type = kind.find("non-paged") != std::string_view::npos ? PoolType::NonPaged
                       : kind.find("pagable") != std::string_view::npos || kind.find("pageable") != std::string_view::npos
                           ? PoolType::Paged
                           : context.type;
        block.size = static_cast<std::uint32_t>(*size);
        block.allocated = true;
        if (stored)
            *stored = &block;
        return true;
    }
    std::size_t statusWord = hasPrevious ? 6 : 3;
    std::optional<bool> allocated;
    if (words[statusWord] == "(Allocated)")
        allocated = true;
    else if (words[statusWord] == "(Free)")
        allocated = false;
    else
        --statusWord; // older output prints no status: the tag follows the sizes
    const std::string_view before = words[statusWord];
    const std::string_view rest = t.substr(offsetIn(t, before) + before.size());
    const std::string_view tag = poolTagAt(rest);
    if (tag.empty() || tag.front() == '(') {
        state.builder.skipLine(state.at(line), fmt::format("pool block {}: expected a pool tag after the sizes", addressWord));
        return true;
    }
    state.sawAddress(addressWord);
    PoolBlock& block = state.builder.poolBlock(*address, state.at(line));
    block.tag = PoolTag(tag);
    if (block.type == PoolType::Unknown)
        block.type = context.type;
    block.size = static_cast<std::uint32_t>(*size);
    if (previous)
        block.previousSize = static_cast<std::uint32_t>(*previous);
    if (allocated)
        block.allocated = allocated;
    block.isProtected = block.isProtected || rest.find("(Protected)") != std::string_view::npos;
    block.largePool = block.largePool || context.largePool;
    // What may follow the tag ("Process: 8507a030", the process charged for the block's
    // quota) is not kept.
    if (stored)
        *stored = &block;
    return true;
}

std::unique_ptr<CommandHandler> makePoolCommand()
{
    return std::make_unique<PoolCommand>();
}

} // namespace poolscope::windbg
