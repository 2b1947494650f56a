#include "object_commands.h"

#include <array>

namespace poolscope::windbg {

namespace {

// !thread [Address [Flags]]: the THREAD header, Owning Process, start addresses, the IRP
// list and the stack; ObjectLines knows all of them.
class ThreadHandler final : public ObjectOutputHandler {};

} // namespace

std::unique_ptr<CommandHandler> makeThreadHandler()
{
    return std::make_unique<ThreadHandler>();
}

bool startsThreadOutput(std::string_view line)
{
    std::array<char, 192> buffer;
    return isThreadHeader(plainPrefix(line, buffer));
}

} // namespace poolscope::windbg
