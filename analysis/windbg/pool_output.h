#pragma once
#include "analysis/windbg/command_handler.h"

#include <memory>
#include <string_view>

// !vm and !poolused: the pool figures of a KD log (!poolfind and !pool: pool_commands.h).
namespace poolscope::windbg {

std::unique_ptr<CommandHandler> makeVmHandler();
std::unique_ptr<CommandHandler> makePoolusedHandler();

bool startsVmOutput(std::string_view line);
bool startsPoolusedOutput(std::string_view line);

// The text with no-break spaces (C2 A0, from pages copied out of a browser) made plain
// spaces, into `scratch` only when the line holds one.
std::string_view withPlainSpaces(std::string_view text, std::string& scratch);

} // namespace poolscope::windbg
