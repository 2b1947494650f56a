#include "object_commands.h"

#include "analysis/parse_util.h"

#include <array>

namespace poolscope::windbg {

namespace {

// Kernel !handle [Handle [KMFlags [Process [TypeName]]]]. The output names its process in
// a PROCESS header; a process given on the command line stands in until one is printed,
// and a TypeName filter is the type of every handle listed.
class HandleHandler final : public ObjectOutputHandler {
public:
    void begin(std::string_view arguments, const TextLine& where, LogState& state) override
    {
        const text::Tokens words(arguments);
        if (words.size() >= 3 && text::looksLikeAddress(words[2])) {
            if (const auto process = text::parseHex(words[2]); process && *process != 0) {
                state.sawAddress(words[2]);
                state.builder.process(*process, state.at(where));
                state.currentProcess = *process;
            }
        }
        if (words.size() >= 4)
            m_lines.setHandleType(words[3]);
        else if (words.size() == 3 && !text::parseHex(words[2]))
            m_lines.setHandleType(words[2]); // user-mode form: !handle 0 f Event
    }
};

} // namespace

std::unique_ptr<CommandHandler> makeHandleHandler()
{
    return std::make_unique<HandleHandler>();
}

bool startsHandleOutput(std::string_view line)
{
    std::array<char, 192> buffer;
    const std::string_view text = plainPrefix(line, buffer);
    return isHandleEntry(text) || isHandleDumpBanner(text)
        || (isHandleTableHeading(text) && !text::startsWith(text::trimLeft(text), "processor"));
}

} // namespace poolscope::windbg
