#include "io_output.h"

#include "analysis/list_walk.h"
#include "analysis/parse_util.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>

namespace poolscope::windbg {

namespace {

// One "+0x058 FileName : value" line of dt. With -r the nested fields are indented under
// their parent; copies from web pages lose that indentation, so fields are matched by their
// leaf name, the first one of a name in a record winning.
struct DtField {
    std::string_view name;
    std::string_view value;
};

// Where " : " starts. Looked for from its colon: the name is padded with blanks, and a
// search from the blank would stop at every one of them.
std::size_t findSeparator(std::string_view t)
{
    for (std::size_t colon = t.find(':'); colon != std::string_view::npos; colon = t.find(':', colon + 1))
        if (colon > 0 && colon + 1 < t.size() && t[colon - 1] == ' ' && t[colon + 1] == ' ')
            return colon - 1;
    return std::string_view::npos;
}

std::optional<DtField> dtField(std::string_view t)
{
    if (!text::startsWith(t, "+0x"))
        return std::nullopt;
    const std::size_t space = t.find(' ');
    std::size_t colon = findSeparator(t);
    if (colon == std::string_view::npos && text::startsWith(t.substr(t.size() - 2), " :"))
        colon = t.size() - 2; // "+0x078 Tail :" with nothing after it
    if (space == std::string_view::npos || colon == std::string_view::npos || colon < space)
        return std::nullopt;
    return DtField{text::trim(t.substr(space, colon - space)), text::trim(t.substr(std::min(t.size(), colon + 3)))};
}

// The first blank-delimited word, as Tokens would give it, without splitting the rest.
std::string_view firstWord(std::string_view s)
{
    s = text::trimLeft(s);
    std::size_t end = 0;
    while (end < s.size() && !text::isSpace(s[end]))
        ++end;
    return s.substr(0, end);
}

// "0xffffe000`01665080 _ETHREAD", "(null)", "0x60900", "0n6", "10 ''", "0x1 ''", "8".
// Bare digits are decimal: dt prints UCHAR and small ints that way.
std::optional<std::uint64_t> dtNumber(std::string_view value)
{
    const std::string_view word = firstWord(value);
    if (word == "(null)")
        return 0;
    if (text::startsWith(word, "0x") || text::startsWith(word, "0X"))
        return text::parseHex(word);
    return text::parseNumber(word, false);
}

// "_LIST_ENTRY [ 0xffffe000`062ec0b8 - 0xffffe000`069170b8 ]"
bool listEntry(std::string_view value, Address& flink, Address& blink)
{
    const text::Tokens words(value);
    if (words[0] != "_LIST_ENTRY" || words[1] != "[" || words[3] != "-")
        return false;
    const auto f = text::parseHex(words[2]);
    const auto b = text::parseHex(words[4]);
    if (!f || !b)
        return false;
    flink = *f;
    blink = *b;
    return true;
}

// "_UNICODE_STRING "\Development\Scratch\File.txt""
std::optional<std::string_view> unicodeString(std::string_view value)
{
    if (!text::startsWith(value, "_UNICODE_STRING"))
        return std::nullopt;
    const std::size_t open = value.find('"');
    const std::size_t close = value.rfind('"');
    if (open == std::string_view::npos || close <= open)
        return std::nullopt;
    return value.substr(open + 1, close - open - 1);
}

enum class DtType : std::uint8_t { Irp, FileObject, Queue, CompletionContext, Other };

DtType typeNamed(std::string_view word)
{
    const std::size_t bang = word.find('!');
    const std::string_view name = bang == std::string_view::npos ? word : word.substr(bang + 1);
    if (name == "_IRP")
        return DtType::Irp;
    if (name == "_FILE_OBJECT")
        return DtType::FileObject;
    if (name == "_KQUEUE")
        return DtType::Queue;
    if (name == "_IO_COMPLETION_CONTEXT")
        return DtType::CompletionContext;
    return DtType::Other;
}

// dt [-r[N]] [-b] [-v] [module!]Type [Address] [Field...]: the four structures of the IOCP
// walk go into the model; any other type is recognised, read past, and listed as not used.
class DtHandler final : public CommandHandler {
public:
    void begin(std::string_view arguments, const TextLine& where, LogState& state) override
    {
        m_where = where;
        m_arguments = arguments; // a view into the log, which outlives the read
        // Options may come before or after the type ("dt nt!_ERESOURCE -b 0x8154f040"); -r
        // may carry its depth glued ("-r1").
        const text::Tokens words(arguments);
        std::optional<std::string_view> type;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string_view w = words[i];
            if (w.empty() || w.front() == '-')
                continue;
            if (!type) {
                type = w;
                m_type = typeNamed(w);
                continue;
            }
            m_address = commandAddress(w, state);
            if (m_address && w != "@$extret")
                state.sawAddress(w);
            break; // what follows are field names
        }
        if (!type)
            m_type = DtType::Other;
    }

    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(line.text);
        if (t.empty())
            return true;
        const auto field = dtField(t);
        if (!field) {
            // Array elements of -a/-b output ("[00] 0x0") belong to the field above.
            return t.front() == '[' && m_lines > 0;
        }
        ++m_lines;
        if (m_type == DtType::Other)
            return true;
        if (!m_address) {
            if (!m_warned)
                state.builder.skipLine(state.at(line), fmt::format("dt {}: no address to file the fields under", m_arguments));
            m_warned = true;
            return true;
        }
        // With -r, the fields of nested structures are indented deeper than the record's own:
        // a _FILE_OBJECT's DeviceObject expands into a _DEVICE_OBJECT with its own Flags.
        // Keep only the nested fields that belong to the walk (Tail.Overlay.*, IoStatus.Status,
        // Header.SignalState); lines a copy indented less than the first are the record's own.
        const std::size_t indent = line.text.find('+');
        if (!m_baseIndent)
            m_baseIndent = indent;
        if (indent > *m_baseIndent && !wantedNested(field->name))
            return true;
        if (!m_seen.insert(field->name))
            return true; // the first field of a name in the record counts
        switch (m_type) {
        case DtType::Irp:
            irpField(*field, line, state);
            break;
        case DtType::FileObject:
            fileField(*field, line, state);
            break;
        case DtType::Queue:
            queueField(*field, line, state);
            break;
        case DtType::CompletionContext:
            contextField(*field);
            break;
        case DtType::Other:
            break;
        }
        return true;
    }

    void end(LogState& state) override
    {
        if (m_type == DtType::Other && m_lines > 0)
            state.builder.skipCommand(fmt::format("dt {}", m_arguments), state.at(m_where), m_lines);
        if (m_type == DtType::Queue && m_address) {
            CompletionPort& port = state.builder.port(*m_address, state.at(m_where));
            // An empty queue points its list head at itself (port + 0x18 on x64, + 0x10 on x86).
            const Address head = *m_address + queueHeadOffset();
            if (!port.queuedEntries && port.entryListFlink && *port.entryListFlink == head)
                port.queuedEntries = 0;
            if (port.entryListFlink && *port.entryListFlink != head)
                state.portByEntryFlink[*port.entryListFlink] = *m_address;
        }
        if (m_type == DtType::CompletionContext && m_address && m_port)
            state.completionContexts[*m_address] = {*m_port, m_key.value_or(0)};
    }

private:
    // Pointers above 4 GB mean an x64 target; _KQUEUE is laid out alike on every build.
    std::uint8_t pointerWidth() const { return m_address && *m_address > 0xffffffffull ? 8 : 4; }
    Address queueHeadOffset() const { return standardListOffsets(pointerWidth()).queueEntryListHead; }

    bool wantedNested(std::string_view name) const
    {
        switch (m_type) {
        case DtType::Irp:
            return name == "Thread" || name == "OriginalFileObject" || name == "ListEntry" || name == "Status";
        case DtType::Queue:
            return name == "SignalState";
        default:
            return false;
        }
    }

    // Names seen in this record: a small fixed set, since dt prints a few dozen fields.
    struct SeenNames {
        std::array<std::string_view, 48> names{};
        std::size_t count = 0;
        bool insert(std::string_view name)
        {
            for (std::size_t i = 0; i < count; ++i)
                if (names[i] == name)
                    return false;
            if (count < names.size())
                names[count++] = name;
            return true;
        }
    };

    // A record's fields are a line each: the IRP is found among the others once per record.
    Irp& irpRecord(const TextLine& line, LogState& state)
    {
        if (!m_irp)
            m_irp = &state.builder.irp(*m_address, state.at(line));
        return *m_irp;
    }

    void irpField(const DtField& f, const TextLine& line, LogState& state)
    {
        Irp& irp = irpRecord(line, state);
        const auto number = dtNumber(f.value);
        Address flink = 0, blink = 0;
        if (f.name == "Flags" && number && !irp.flags)
            irp.flags = static_cast<std::uint32_t>(*number);
        else if (f.name == "PendingReturned" && number && !irp.pendingReturned)
            irp.pendingReturned = *number != 0;
        else if (f.name == "StackCount" && number && *number <= 255 && !irp.stackCount)
            irp.stackCount = static_cast<std::uint8_t>(*number);
        else if (f.name == "CurrentLocation" && number && *number <= 255 && !irp.currentLocation)
            irp.currentLocation = static_cast<std::uint8_t>(*number);
        else if (f.name == "Thread" && number && *number != 0 && !irp.thread)
            irp.thread = *number;
        else if (f.name == "OriginalFileObject" && number && *number != 0 && !irp.fileObject)
            irp.fileObject = *number;
        else if (f.name == "UserEvent" && number && *number != 0 && !irp.userEvent)
            irp.userEvent = *number;
        else if (f.name == "UserBuffer" && number && *number != 0 && !irp.userBuffer)
            irp.userBuffer = *number;
        else if (f.name == "Status" && number && !irp.status)
            irp.status = static_cast<std::uint32_t>(*number);
        else if (f.name == "ListEntry" && listEntry(f.value, flink, blink) && !irp.listEntryFlink) {
            irp.listEntryFlink = flink;
            irp.listEntryBlink = blink;
        }
    }

    void fileField(const DtField& f, const TextLine& line, LogState& state)
    {
        FileObject& file = state.builder.fileObject(*m_address, state.at(line));
        const auto number = dtNumber(f.value);
        if (f.name == "FileName") {
            if (const auto name = unicodeString(f.value); name && file.name.empty())
                file.name = std::string(*name);
        } else if (f.name == "DeviceObject" && number && *number != 0 && !file.device) {
            file.device = *number;
        } else if (f.name == "Flags" && number && !file.flags) {
            file.flags = static_cast<std::uint32_t>(*number);
        } else if (f.name == "CompletionContext" && number && *number != 0 && !file.completionContext) {
            file.completionContext = *number;
        }
    }

    void queueField(const DtField& f, const TextLine& line, LogState& state)
    {
        CompletionPort& port = state.builder.port(*m_address, state.at(line));
        const auto number = dtNumber(f.value);
        Address flink = 0, blink = 0;
        if (f.name == "SignalState" && number && !port.queuedEntries) {
            // Header.SignalState of a queue is its number of entries.
            port.queuedEntries = *number;
        } else if (f.name == "EntryListHead" && listEntry(f.value, flink, blink) && !port.entryListFlink) {
            port.entryListFlink = flink;
            port.entryListBlink = blink;
        } else if (f.name == "CurrentCount" && number && !port.activeThreads) {
            port.activeThreads = *number;
        } else if (f.name == "MaximumCount" && number && !port.maxConcurrency) {
            port.maxConcurrency = *number;
        } else if (f.name == "ThreadListHead" && listEntry(f.value, flink, blink) && !port.waitingThreads) {
            // A list head that points at itself is empty: no thread waits. It follows
            // EntryListHead, CurrentCount and MaximumCount (port + 0x30 on x64, + 0x20 on x86).
            // Otherwise the count is not printed: leave it absent.
            const Address head = *m_address + queueHeadOffset() + 2 * Address{pointerWidth()} + 8;
            if (flink == head && blink == head)
                port.waitingThreads = 0;
        }
    }

    void contextField(const DtField& f)
    {
        const auto number = dtNumber(f.value);
        if (f.name == "Port" && number && !m_port)
            m_port = *number;
        else if (f.name == "Key" && number && !m_key)
            m_key = *number;
    }

    TextLine m_where;
    std::string_view m_arguments;
    DtType m_type = DtType::Other;
    std::optional<Address> m_address;
    Irp* m_irp = nullptr; // the record at m_address, once a field needed it
    std::optional<Address> m_port;
    std::optional<Address> m_key;
    SeenNames m_seen;
    std::optional<std::size_t> m_baseIndent;
    std::uint32_t m_lines = 0;
    bool m_warned = false;
};

} // namespace

std::unique_ptr<CommandHandler> makeDtHandler()
{
    return std::make_unique<DtHandler>();
}

} // namespace poolscope::windbg
