#include "io_output.h"

#include "analysis/parse_util.h"

#include <fmt/format.h>

namespace poolscope::windbg {

namespace {

// "[ffffe00001665080]" or "[" "fffffa800434cb60" "]"
std::optional<Address> bracketed(std::string_view word)
{
    if (word.size() < 3 || word.front() != '[' || word.back() != ']')
        return std::nullopt;
    return text::parseHex(word.substr(1, word.size() - 2));
}

} // namespace

bool readIrpCompletion(std::string_view t, Irp& irp)
{
    const std::size_t at = t.find("(CurrentLocation ");
    if (at == std::string_view::npos)
        return false;
    const text::Tokens words(t.substr(at + 1));
    const auto current = text::parseDecimal(words[1]);
    std::string_view stackWord = words[4];
    if (!stackWord.empty() && stackWord.back() == ')')
        stackWord.remove_suffix(1);
    const auto stack = text::parseDecimal(stackWord);
    if (!current || !stack || words[2] != ">" || words[3] != "StackCount" || *current > 255 || *stack > 255)
        return false;
    irp.currentLocation = static_cast<std::uint8_t>(*current);
    irp.stackCount = static_cast<std::uint8_t>(*stack);
    irp.completed = true;
    return true;
}

namespace {

// !irpfind [-v] [PoolType [RestartAddress [CriteriaName Data]]]: every IRP in pool, one per
// line, in three shapes:
//   old:     "8097c008 Thread 8094d900 current stack belongs to  \Driver\symc810"
//   seed:    "ffffe00008b0fc10 [ffffe00001665080] Irp is complete (CurrentLocation 12 > StackCount 10)"
//   Win7+:   "fffffa80045a6010 [fffffa800434cb60] irpStack: ( e, 5)  fffffa8003ef9040 [ \Driver\AFD]  0xfffffa8004e4d060"
class IrpfindHandler final : public CommandHandler {
public:
    bool line(const TextLine& line, LogState& state) override
    {
        const std::string_view t = text::trim(line.text);
        if (t.empty() || text::startsWith(t, "Scanning large pool") || text::startsWith(t, "Searching ")
            || text::startsWith(t, "Irp ") || t.find_first_not_of('.') == std::string_view::npos)
            return true;
        const text::Tokens words(t);
        if (!text::looksLikeAddress(words[0]))
            return false;
        const auto address = text::parseHex(words[0]);
        std::optional<Address> thread;
        std::size_t next = 1;
        if (words[1] == "Thread") {
            thread = text::parseHex(words[2]);
            next = 3;
        } else if (const auto inBrackets = bracketed(words[1])) {
            thread = inBrackets;
            next = 2;
        } else if (words[1] == "[" && words[3] == "]") {
            thread = text::parseHex(words[2]);
            next = 4;
        }
        if (!address || !thread) {
            state.builder.skipLine(state.at(line), "!irpfind: expected '<irp> [<thread>]' or '<irp> Thread <thread>'");
            return true;
        }
        state.sawAddress(words[0]);
        Irp& irp = state.builder.irp(*address, state.at(line));
        if (!irp.thread)
            irp.thread = *thread;
        const std::string_view rest = words.rest(next);
        if (text::startsWith(rest, "Irp is complete")) {
            readIrpCompletion(rest, irp);
        } else if (text::startsWith(rest, "current stack belongs to")) {
            const std::string_view driver = text::trim(rest.substr(24));
            if (irp.currentDriver.empty())
                irp.currentDriver = std::string(driver);
        } else if (text::startsWith(rest, "irpStack:")) {
            readStackColumns(rest, irp);
        }
        return true;
    }

private:
    // "irpStack: ( e, 5)  fffffa8003ef9040 [ \Driver\AFD]  0xfffffa8004e4d060"
    static void readStackColumns(std::string_view rest, Irp& irp)
    {
        const std::size_t open = rest.find('[');
        const std::size_t close = rest.find(']', open == std::string_view::npos ? 0 : open);
        if (open == std::string_view::npos || close == std::string_view::npos)
            return;
        if (irp.currentDriver.empty())
            irp.currentDriver = std::string(text::trim(rest.substr(open + 1, close - open - 1)));
        // The last column is the process when it is printed.
        const text::Tokens after(rest.substr(close + 1));
        if (after.size() > 0)
            if (const auto process = text::parseHex(after[after.size() - 1]); process && *process != 0 && !irp.process)
                irp.process = *process;
    }
};

} // namespace

std::unique_ptr<CommandHandler> makeIrpfindHandler()
{
    return std::make_unique<IrpfindHandler>();
}

bool startsIrpfindOutput(std::string_view line)
{
    // Only the seed's own shape: an IRP and its thread, then the completion note.
    const text::Tokens words(line);
    return words.size() >= 8 && text::looksLikeAddress(words[0]) && bracketed(words[1]).has_value()
        && words[2] == "Irp" && words[3] == "is" && words[4] == "complete";
}

} // namespace poolscope::windbg
