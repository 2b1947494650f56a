#pragma once
#include <string_view>

// The report's own style sheet and script, written inline so that the file needs nothing
// beside it: light and dark colours from the reader's system, print without the contents
// list, tables sorted by a click on a column title.
namespace poolscope::report {

std::string_view styleSheet();
std::string_view sortScript();

} // namespace poolscope::report
