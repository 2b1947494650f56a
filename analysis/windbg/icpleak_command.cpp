#include "object_commands.h"

#include "analysis/parse_util.h"

#include <algorithm>
#include <array>

namespace poolscope::windbg {

namespace {

// !icpleak [HandleFlag] names the completion port with the most queued entries and, with
// HandleFlag, the processes that hold a handle to it. No public sample of its output
// exists, so this shape is inferred and kept tolerant: a line that holds a pointer, a
// word about queueing and a decimal count is a port and its queue depth; "Object: ...
// IoCompletion" blocks are read as anywhere else; PROCESS headers that follow a port are
// its holders, and a handle line under one of them that points at the port gives the
// handle value. Lines that fit none of this are counted as skipped, never guessed at.

bool isQueueWord(std::string_view word)
{
    for (std::string_view key : {"queue", "entries", "depth", "packets"})
        if (text::iFind(word, key) != std::string_view::npos)
            return true;
    return false;
}

std::string_view stripPunctuation(std::string_view word)
{
    while (!word.empty() && (word.front() == '(' || word.front() == '['))
        word.remove_prefix(1);
    while (!word.empty() && std::string_view(":,.;)]=").find(word.back()) != std::string_view::npos)
        word.remove_suffix(1);
    return word;
}

struct QueueLine {
    Address port = 0;
    std::string_view portText;
    std::uint64_t depth = 0;
};

std::optional<QueueLine> queueLine(std::string_view text)
{
    const text::Tokens tokens(text);
    std::optional<std::size_t> addressAt;
    std::optional<std::size_t> keywordAt;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view word = stripPunctuation(tokens[i]);
        if (!addressAt && text::looksLikeAddress(word))
            addressAt = i;
        else if (!keywordAt && isQueueWord(word))
            keywordAt = i;
    }
    if (!addressAt || !keywordAt)
        return std::nullopt;
    // The count nearest the keyword, on either side: "156 entries queued", "Queue depth: 156".
    std::optional<std::uint64_t> depth;
    std::size_t bestDistance = 4;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i == *addressAt)
            continue;
        const std::string_view word = stripPunctuation(tokens[i]);
        if (word.empty() || text::looksLikeAddress(word))
            continue;
        const auto value = text::parseDecimal(word);
        const std::size_t distance = i > *keywordAt ? i - *keywordAt : *keywordAt - i;
        if (value && distance < bestDistance) {
            depth = value;
            bestDistance = distance;
        }
    }
    const std::string_view portText = stripPunctuation(tokens[*addressAt]);
    const auto port = text::parseHex(portText);
    if (!depth || !port)
        return std::nullopt;
    return QueueLine{*port, portText, *depth};
}

class IcpleakHandler final : public ObjectOutputHandler {
protected:
    LineShape take(const TextLine& line, std::string_view text, LogState& state) override
    {
        if (const auto found = queueLine(text)) {
            state.sawAddress(found->portText);
            CompletionPort& port = state.builder.port(found->port, state.at(line));
            if (!port.queuedEntries)
                port.queuedEntries = found->depth;
            if (!m_port || found->depth > m_depth) {
                m_port = found->port;
                m_depth = found->depth;
            }
            return LineShape::Consumed;
        }
        const LineShape shape = m_lines.take(line, text, state);
        switch (shape) {
        case LineShape::ObjectHeader:
            if (!m_port && state.currentObject
                && state.builder.object(*state.currentObject, state.at(line)).type == "IoCompletion")
                m_port = state.currentObject;
            break;
        case LineShape::ProcessHeader:
            if (m_port && state.currentProcess)
                holder(*state.currentProcess, state.at(line), state);
            break;
        case LineShape::HandleEntry:
            if (const Handle* handle = m_lines.lastHandle(); m_port && handle && handle->object == *m_port) {
                PortHolder& h = holder(handle->process, state.at(line), state);
                if (!h.handle)
                    h.handle = handle->value;
            }
            break;
        case LineShape::None:
            // Its own progress and summary prose ("Searching ...", "Max ...") carries
            // nothing a port line did not: passed over, but counted.
            if (!text::trim(text).empty()) {
                state.builder.skipLine(state.at(line), "!icpleak: line not understood (the command's output shape is inferred)");
                return LineShape::Skipped;
            }
            break;
        default:
            break;
        }
        return shape;
    }

private:
    PortHolder& holder(Address process, const Provenance& where, LogState& state)
    {
        auto& holders = state.builder.port(*m_port, where).holders;
        const auto it = std::find_if(holders.begin(), holders.end(),
                                     [&](const PortHolder& h) { return h.process == process; });
        if (it != holders.end())
            return *it;
        PortHolder& added = holders.emplace_back();
        added.process = process;
        return added;
    }

    std::optional<Address> m_port;
    std::uint64_t m_depth = 0;
};

} // namespace

std::unique_ptr<CommandHandler> makeIcpleakHandler()
{
    return std::make_unique<IcpleakHandler>();
}

} // namespace poolscope::windbg
