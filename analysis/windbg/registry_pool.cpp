#include "pool_commands.h"
#include "pool_output.h"

#include <array>

namespace poolscope::windbg {

// !vm, !poolused, !poolfind, !pool
std::span<const CommandSpec> poolCommandSpecs()
{
    static const std::array specs{
        CommandSpec{"!vm", &makeVmHandler, &startsVmOutput},
        CommandSpec{"!poolused", &makePoolusedHandler, &startsPoolusedOutput},
        CommandSpec{"!poolfind", &makePoolfindCommand, &poolfindOutputBegins},
        CommandSpec{"!pool", &makePoolCommand, nullptr},
    };
    return specs;
}

std::string_view withPlainSpaces(std::string_view text, std::string& scratch)
{
    if (text.find('\xC2') == std::string_view::npos)
        return text;
    scratch.assign(text);
    for (std::size_t i = 0; i + 1 < scratch.size(); ++i)
        if (scratch[i] == '\xC2' && scratch[i + 1] == '\xA0')
            scratch[i] = scratch[i + 1] = ' ';
    return scratch;
}

} // namespace poolscope::windbg
