#include "command_handler.h"

namespace poolscope::windbg {

// !irp, !irpfind, dt, !list
std::span<const CommandSpec> ioCommandSpecs()
{
    return {};
}

} // namespace poolscope::windbg
