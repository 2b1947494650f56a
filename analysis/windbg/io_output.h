#pragma once
#include "analysis/windbg/command_handler.h"

#include <memory>
#include <optional>
#include <string_view>

// !irpfind, !irp, dt (the four structures of the IOCP walk) and !list.
namespace poolscope::windbg {

std::unique_ptr<CommandHandler> makeIrpfindHandler();
std::unique_ptr<CommandHandler> makeIrpHandler();
std::unique_ptr<CommandHandler> makeDtHandler();
std::unique_ptr<CommandHandler> makeListHandler();

bool startsIrpfindOutput(std::string_view line);

// "Irp is complete (CurrentLocation 12 > StackCount 10)" (printed by !irpfind and !irp):
// fills the IRP's locations and marks it completed. False when the text is not of that shape.
bool readIrpCompletion(std::string_view text, Irp& irp);

// A pointer argument as typed on a command line: "ffffe000`08b192f0", "0xffffe000...",
// or "@$extret" (the current !list element, when known).
std::optional<Address> commandAddress(std::string_view word, const LogState& state);

} // namespace poolscope::windbg
