#include "unnamed_process.h"

#include "analysis/text/phrase.h"

namespace poolscope {

std::string unnamedProcessLabel()
{
    return text::phrase("Log", "(a process the log does not name)");
}

} // namespace poolscope
