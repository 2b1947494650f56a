#include "command_handler.h"

namespace poolscope::windbg {

// !process, !handle, !object, !thread, !icpleak
std::span<const CommandSpec> objectCommandSpecs()
{
    return {};
}

} // namespace poolscope::windbg
