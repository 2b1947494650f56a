#pragma once
#include <string>

namespace poolscope::app {

// "0.1.0 (commit 4972c9a1b2c3)": the version and the git commit the program was built from
// ("unknown" outside a git checkout, "-dirty" with uncommitted changes).
std::string versionText();

} // namespace poolscope::app
