#include "io_output.h"

#include "analysis/parse_util.h"

#include <array>

namespace poolscope::windbg {

// !irp, !irpfind, dt, !list
std::span<const CommandSpec> ioCommandSpecs()
{
    static const std::array specs{
        CommandSpec{"!irpfind", &makeIrpfindHandler, &startsIrpfindOutput},
        CommandSpec{"!irp", &makeIrpHandler, nullptr},
        CommandSpec{"dt", &makeDtHandler, nullptr},
        CommandSpec{"!list", &makeListHandler, nullptr},
    };
    return specs;
}

std::optional<Address> commandAddress(std::string_view word, const LogState& state)
{
    if (text::iEquals(word, "@$extret"))
        return state.listElement;
    return text::parseHex(word);
}

} // namespace poolscope::windbg
