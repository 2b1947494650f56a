#include "io_output.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

namespace poolscope::windbg {

namespace {

// Sizes for deriving an IRP's address from its current stack location, which !irp prints
// as "(= 0x...)": location = irp + sizeof(IRP) + (CurrentLocation - 1) * sizeof(IO_STACK_LOCATION).
struct IrpLayout {
    Address irpSize;
    Address stackLocationSize;
};
constexpr IrpLayout kX86{0x70, 0x24};
constexpr IrpLayout kX64{0xd0, 0x48};

// !irp Address [Detail]:
//   "Irp is active with 2 stacks 1 is current (= 0xac598e38)"
//   " No Mdl: No System Buffer: Thread 8d1c7bc0:  Irp stack trace."
//   "     cmd  flg cl Device   File     Completion-Context"
//   ">[IRP_MJ_FILE_SYSTEM_CONTROL(d), N/A(0)]"          the current location
//   "            1 e1 8a6434d8 ac598d40 853220cb-a89682d8 Success Error Cancel pending"
//   "           \FileSystem\Npfs fltmgr!FltpPassThroughCompletion"
//   "            Args: 00000000 00000000 00110008 00000000"
// or "Irp is complete (CurrentLocation 12 > StackCount 10)" for a completed one.
class IrpHandler final : public CommandHandler {
public:
    void begin(std::string_view arguments, const TextLine& where, LogState& state) override
    {
        const text::Tokens words(arguments);
        if (words.size() > 0) {
            m_address = commandAddress(words[0], state);
            if (m_address && words[0] != "@$extret")
                state.sawAddress(words[0]);
        }
        m_where = where;
    }

    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(line.text);
        if (t.empty())
            return true;
        if (text::startsWith(t, "Irp is active with ") || text::startsWith(t, "Irp is complete"))
            return status(t, line, state);
        if (!m_address)
            return false; // nothing to file it under; the status line said why
        if (t.find("Thread ") != std::string_view::npos
            && (t.find("Mdl") != std::string_view::npos || t.find("System Buffer") != std::string_view::npos
                || t.find("System buffer") != std::string_view::npos)) {
            Irp& irp = state.builder.irp(*m_address, state.at(line));
            const text::Tokens words(t);
            for (std::size_t i = 0; i + 1 < words.size(); ++i)
                if (words[i] == "Thread") {
                    std::string_view value = words[i + 1];
                    if (!value.empty() && value.back() == ':')
                        value.remove_suffix(1);
                    if (const auto thread = text::parseHex(value); thread && !irp.thread) {
                        state.sawAddress(value);
                        irp.thread = *thread;
                    }
                }
            if (t.find("Pending has been returned") != std::string_view::npos)
                irp.pendingReturned = true;
            return true;
        }
        if (text::startsWith(t, "cmd ") || text::startsWith(t, "Args:") || text::startsWith(t, "Irp Extension"))
            return true;
        if (t.front() == '>' || t.front() == '[') {
            m_inCurrent = t.front() == '>';
            m_sawLocation = true;
            m_locationLine = 0;
            return true;
        }
        ++m_locationLine;
        if (m_inCurrent && m_locationLine == 1) {
            // "1 e1 8a6434d8 ac598d40 853220cb-a89682d8 Success Error Cancel pending": the
            // File column is the file object this location works on.
            const text::Tokens words(t);
            if (words.size() < 4 || !text::looksLikeAddress(words[3]))
                return false;
            Irp& irp = state.builder.irp(*m_address, state.at(line));
            if (const auto file = text::parseHex(words[3]); file && *file != 0 && !irp.fileObject)
                irp.fileObject = *file;
            return true;
        }
        if (m_inCurrent && m_locationLine == 2 && t.front() == '\\') {
            Irp& irp = state.builder.irp(*m_address, state.at(line));
            if (irp.currentDriver.empty())
                irp.currentDriver = std::string(text::Tokens(t)[0]);
            return true;
        }
        // The other rows of a stack location: flags, devices, routines. Outside a stack
        // location, a line is not !irp output.
        return m_locationLine <= 3 && m_sawLocation;
    }

private:
    bool status(std::string_view t, const TextLine& line, LogState& state)
    {
        Irp scratch;
        if (text::startsWith(t, "Irp is complete")) {
            if (!readIrpCompletion(t, scratch)) {
                state.builder.skipLine(state.at(line), "!irp: expected 'Irp is complete (CurrentLocation <n> > StackCount <n>)'");
                return true;
            }
        } else {
            // "Irp is active with 2 stacks 1 is current (= 0xac598e38)"
            const text::Tokens words(t);
            const auto stacks = text::parseDecimal(words[4]);
            const auto current = text::parseDecimal(words[6]);
            if (!stacks || !current || words[5] != "stacks" || *stacks > 255 || *current > 255) {
                state.builder.skipLine(state.at(line), "!irp: expected 'Irp is active with <n> stacks <n> is current'");
                return true;
            }
            scratch.stackCount = static_cast<std::uint8_t>(*stacks);
            scratch.currentLocation = static_cast<std::uint8_t>(*current);
            scratch.completed = false;
            if (!m_address)
                m_address = derivedAddress(t, *current, state);
        }
        if (!m_address) {
            // A completed IRP does not print where it is: inside !list the element's address
            // must come from the list itself.
            state.builder.skipLine(state.at(line), "!irp: the IRP's address is unknown (a completed IRP does not print it)");
            return true;
        }
        state.listElement = m_address;
        Irp& irp = state.builder.irp(*m_address, state.at(line));
        if (!irp.stackCount)
            irp.stackCount = scratch.stackCount;
        if (!irp.currentLocation)
            irp.currentLocation = scratch.currentLocation;
        if (!irp.completed)
            irp.completed = scratch.completed;
        return true;
    }

    std::optional<Address> derivedAddress(std::string_view t, std::uint64_t current, LogState& state)
    {
        const std::size_t at = t.find("(= ");
        if (at == std::string_view::npos || current == 0)
            return std::nullopt;
        std::string_view word = t.substr(at + 3);
        word = word.substr(0, word.find(')'));
        const auto location = text::parseHex(word);
        if (!location)
            return std::nullopt;
        state.sawAddress(word);
        const std::size_t digits = word.size() - (text::startsWith(word, "0x") ? 2 : 0) - (word.find('`') != std::string_view::npos);
        const IrpLayout layout = digits > 8 ? kX64 : kX86;
        const Address offset = layout.irpSize + (current - 1) * layout.stackLocationSize;
        if (*location < offset)
            return std::nullopt;
        return *location - offset;
    }

    std::optional<Address> m_address;
    TextLine m_where;
    bool m_inCurrent = false;
    bool m_sawLocation = false;
    int m_locationLine = 0;
};

} // namespace

std::unique_ptr<CommandHandler> makeIrpHandler()
{
    return std::make_unique<IrpHandler>();
}

} // namespace poolscope::windbg
