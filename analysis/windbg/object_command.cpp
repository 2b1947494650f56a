#include "object_commands.h"

#include <array>

namespace poolscope::windbg {

namespace {

// !object Address|Path|Name: the "Object:" block, and for a directory its listing. The
// seed (004) pastes a process's handle count by type table into this output, which
// ObjectLines gives to the last PROCESS header seen, even one from an earlier command.
class ObjectHandler final : public ObjectOutputHandler {};

} // namespace

std::unique_ptr<CommandHandler> makeObjectHandler()
{
    return std::make_unique<ObjectHandler>();
}

bool startsObjectOutput(std::string_view line)
{
    std::array<char, 192> buffer;
    return isObjectHeader(plainPrefix(line, buffer));
}

} // namespace poolscope::windbg
