#include "input_error.h"

#include <fmt/format.h>

namespace poolscope {

std::string InputError::describe() const
{
    if (line != 0)
        return fmt::format("{}:{}: {}", file, line, message);
    if (offset != 0)
        return fmt::format("{} (offset {:#x}): {}", file, offset, message);
    return fmt::format("{}: {}", file, message);
}

} // namespace poolscope
