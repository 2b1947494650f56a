#include "object_commands.h"

#include <array>

namespace poolscope::windbg {

// !process, !handle, !object, !thread, !icpleak
std::span<const CommandSpec> objectCommandSpecs()
{
    static const std::array specs{
        CommandSpec{"!process", &makeProcessHandler, &startsProcessOutput},
        CommandSpec{"!handle", &makeHandleHandler, &startsHandleOutput},
        CommandSpec{"!object", &makeObjectHandler, &startsObjectOutput},
        CommandSpec{"!thread", &makeThreadHandler, &startsThreadOutput},
        CommandSpec{"!icpleak", &makeIcpleakHandler, nullptr},
    };
    return specs;
}

} // namespace poolscope::windbg
