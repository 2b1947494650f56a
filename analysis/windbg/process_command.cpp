#include "object_commands.h"

#include <array>

namespace poolscope::windbg {

namespace {

// !process [/s Session] [/m Module] [Process [Flags]] [ImageName]. Every THREAD block in
// its output belongs to the PROCESS header above it, whatever the flags were.
class ProcessHandler final : public ObjectOutputHandler {
public:
    ProcessHandler() { m_lines.setThreadsUnderProcess(true); }
};

} // namespace

std::unique_ptr<CommandHandler> makeProcessHandler()
{
    return std::make_unique<ProcessHandler>();
}

bool startsProcessOutput(std::string_view line)
{
    std::array<char, 192> buffer;
    const std::string_view text = plainPrefix(line, buffer);
    return isProcessDumpBanner(text) || isProcessHeader(text);
}

} // namespace poolscope::windbg
