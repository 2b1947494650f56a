#include "command_handler.h"

namespace poolscope::windbg {

// !vm, !poolused, !poolfind, !pool
std::span<const CommandSpec> poolCommandSpecs()
{
    return {};
}

} // namespace poolscope::windbg
