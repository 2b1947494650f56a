#include "io_output.h"

#include "analysis/list_walk.h"
#include "analysis/parse_util.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <unordered_set>

namespace poolscope::windbg {

namespace {

constexpr std::uint32_t kMaxElements = 1'000'000;

// "@@(#CONTAINING_RECORD(0xffffe000`07e366b8, nt!_IRP, Tail.Overlay.ListEntry))" -> the flink.
std::optional<Address> containingRecordLink(std::string_view start)
{
    const std::size_t at = start.find("CONTAINING_RECORD(");
    if (at == std::string_view::npos)
        return std::nullopt;
    std::string_view inner = start.substr(at + 18);
    inner = text::trim(inner.substr(0, inner.find(',')));
    return text::parseHex(inner);
}

// !list -t Type.Field.Flink -x "Command @$extret" Start: runs the command on every element
// of a list. The seed walks a completion port's queue this way:
//   !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x "!irp @$extret"
//         @@(#CONTAINING_RECORD(<EntryListHead.Flink>, nt!_IRP, Tail.Overlay.ListEntry))
// Each element's output goes to the command's own handler. Elements are IRPs; the first is
// at Start, the next one at its ListEntry.Flink minus the field offset when the command
// printed it, or wherever !irp's "(= 0x...)" says. When Start came from a port's
// EntryListHead (dt nt!_KQUEUE earlier in the log), every element is queued on that port.
// The elements are also kept in order (Snapshot::lists), so the walk can be shown step by
// step. !list stops only when it is back at its first element, so after the last entry it
// prints one element more: CONTAINING_RECORD of the list head, which is not an IRP.
class ListHandler final : public CommandHandler {
public:
    void begin(std::string_view arguments, const TextLine& where, LogState& state) override
    {
        m_where = where;
        // -x "command": the quoted command may hold spaces.
        if (const std::size_t x = arguments.find("-x"); x != std::string_view::npos) {
            const std::size_t open = arguments.find('"', x);
            const std::size_t close = open == std::string_view::npos ? open : arguments.find('"', open + 1);
            if (close != std::string_view::npos) {
                m_command = text::trim(arguments.substr(open + 1, close - open - 1));
                m_start = text::trim(arguments.substr(close + 1));
            }
        }
        const text::Tokens words(arguments);
        for (std::size_t i = 0; i + 1 < words.size(); ++i)
            if (words[i] == "-t")
                m_irpList = words[i + 1].find("_IRP.Tail.Overlay.ListEntry") != std::string_view::npos;
        if (m_start.empty() && words.size() > 0)
            m_start = words[words.size() - 1];

        // Pointers above 4 GB mean an x64 target, with its own _IRP and _KQUEUE layouts.
        const auto offsetsFor = [](Address a) { return standardListOffsets(a > 0xffffffffull ? 8 : 4); };
        if (const auto flink = containingRecordLink(m_start)) {
            const ListFieldOffsets offsets = offsetsFor(*flink);
            m_offset = offsets.irpListEntry;
            m_next = *flink - m_offset;
            if (const auto port = state.portByEntryFlink.find(*flink); port != state.portByEntryFlink.end()) {
                m_port = port->second;
                m_head = *m_port + offsets.queueEntryListHead;
            }
        } else if (const auto address = text::parseHex(text::Tokens(m_start)[0])) {
            m_offset = offsetsFor(*address).irpListEntry;
            m_next = *address;
        }
        m_seenList.kind = ListKind::PortQueue;
        m_seenList.owner = m_port.value_or(0);
        m_seenList.head = m_head;
        m_seenList.command = fmt::format("!list {}", text::trim(arguments));
        m_seenList.where = state.at(where);
        const text::Tokens commandWords(m_command);
        m_elementSpec = commandWords[0].empty() ? nullptr : findCommand(commandWords[0]);
        if (!m_elementSpec) {
            m_unusable = true; // its lines are counted when the list ends
        }
    }

    bool line(const TextLine& line, LogState& state) override
    {
        if (m_unusable) {
            ++m_unusedLines;
            return true;
        }
        const std::string_view t = text::trim(line.text);
        // !list prints a blank line after each element's output; !irp output starts with
        // "Irp is", so a new one also ends the element before it.
        if (t.empty()) {
            if (m_element && m_elementLines > 0)
                closeElement(state);
            if (m_headElementLines > 0)
                m_pastHead = true;
            return true;
        }
        if (m_atHead && !m_pastHead) {
            // The head's CONTAINING_RECORD: whatever the command printed for it describes no IRP.
            ++m_headElementLines;
            return true;
        }
        if (m_element && m_elementLines > 0 && text::startsWith(t, "Irp is "))
            closeElement(state);
        if (!m_element)
            openElement(line, state);
        ++m_elementLines;
        if (m_stopped)
            return true;
        const bool understood = m_element->line(line, state);
        m_elementUnderstood = m_elementUnderstood || understood;
        return understood;
    }

    void end(LogState& state) override
    {
        if (m_element)
            closeElement(state);
        if (m_irpList && !m_unusable) {
            if (m_atHead && m_seenList.end == ListEnd::SourceEnds)
                m_seenList.end = ListEnd::BackAtHead;
            state.builder.lists().push_back(std::move(m_seenList));
        }
        if (m_unusable && m_unusedLines > 0)
            state.builder.skipCommand(fmt::format("!list -x \"{}\"", m_command), state.at(m_where), m_unusedLines);
        if (m_unknownAddresses > 0)
            state.builder.warn(
                state.at(m_where),
                text::say(text::phrase("Log",
                                       "!list: {} of {} elements could not be placed (their address is not "
                                       "printed by \"{}\")"),
                          m_unknownAddresses, m_elements, m_command));
        state.listElement.reset();
    }

private:
    void openElement(const TextLine& line, LogState& state)
    {
        m_elementLines = 0;
        m_elementUnderstood = false;
        m_elementWhere = line;
        state.listElement = m_next;
        if (++m_elements > kMaxElements && !m_stopped) {
            state.builder.warn(
                state.at(line),
                text::say(text::phrase("Log", "!list: more than {} elements: the rest is not read"), kMaxElements));
            m_stopped = true;
            m_seenList.end = ListEnd::Cap;
            m_seenList.endAddress = m_next ? *m_next + m_offset : 0;
        }
        m_element = m_elementSpec->make();
        const std::size_t space = m_command.find(' ');
        m_element->begin(space == std::string_view::npos ? std::string_view{} : text::trim(m_command.substr(space)), line,
                         state);
    }

    void closeElement(LogState& state)
    {
        m_element->end(state);
        m_element.reset();
        const std::optional<Address> address = state.listElement;
        if (!m_elementUnderstood) {
            // Text that is not the command's output (prose pasted after the command): the
            // reader counted its lines; it is no element and does not move the walk.
            --m_elements;
            state.listElement.reset();
            return;
        }
        m_next.reset();
        if (!address) {
            ++m_unknownAddresses;
            if (m_irpList && !m_stopped)
                m_seenList.entries.push_back({0, 0, 0, false, ListEntryKind::Irp, m_elementWhere.number});
            return;
        }
        if (m_stopped)
            return;
        if (!m_seen.insert(*address).second) {
            state.builder.warn(state.at(m_elementWhere),
                               text::say(text::phrase("Log",
                                                      "!list: element {:#x} seen twice: the list is "
                                                      "cyclic, the walk stops here"),
                                         *address));
            m_stopped = true;
            m_seenList.end = ListEnd::Cycle;
            m_seenList.endAddress = *address + m_offset;
            state.listElement.reset();
            return;
        }
        if (m_irpList) {
            Irp& irp = state.builder.irp(*address, state.at(m_elementWhere));
            if (m_port && !irp.port)
                irp.port = m_port;
            KernelListEntry entry{*address + m_offset, 0, 0, false, ListEntryKind::Irp, m_elementWhere.number};
            if (irp.listEntryFlink && irp.listEntryBlink) {
                entry.flink = *irp.listEntryFlink;
                entry.blink = *irp.listEntryBlink;
                entry.linksKnown = true;
            }
            m_seenList.entries.push_back(entry);
            // The next element, when this one's link was printed: another IRP, or the list head.
            if (m_head && entry.linksKnown && entry.flink == *m_head)
                m_atHead = true;
            else if (entry.linksKnown && entry.flink != 0 && entry.flink >= m_offset)
                m_next = entry.flink - m_offset;
        }
        state.listElement.reset();
    }

    TextLine m_where;
    std::string_view m_command;
    std::string_view m_start;
    const CommandSpec* m_elementSpec = nullptr; // the handler of each element's output
    bool m_irpList = false;
    bool m_unusable = false;
    bool m_stopped = false;
    std::uint32_t m_unusedLines = 0;
    Address m_offset = standardListOffsets(8).irpListEntry;
    std::optional<Address> m_next;
    std::optional<Address> m_port;
    std::optional<Address> m_head;  // the port's EntryListHead, when the port is known
    bool m_atHead = false;           // the last element's Flink was the head
    bool m_pastHead = false;         // and the head's own element has been printed
    std::uint32_t m_headElementLines = 0;
    KernelList m_seenList;
    std::unique_ptr<CommandHandler> m_element;
    TextLine m_elementWhere;
    std::uint32_t m_elementLines = 0;
    bool m_elementUnderstood = false;
    std::uint32_t m_elements = 0;
    std::uint32_t m_unknownAddresses = 0;
    std::unordered_set<Address> m_seen;
};

} // namespace

std::unique_ptr<CommandHandler> makeListHandler()
{
    return std::make_unique<ListHandler>();
}

} // namespace poolscope::windbg
