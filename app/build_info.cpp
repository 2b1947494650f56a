#include "build_info.h"

#include "build_info_generated.h"

namespace poolscope::app {

std::string versionText()
{
    return POOLSCOPE_VERSION " (commit " POOLSCOPE_COMMIT ")";
}

} // namespace poolscope::app
