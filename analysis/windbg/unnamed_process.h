#pragma once
#include "model/address.h"

#include <string>

// A log filtered through !mex.grep may keep a process's handle entries and drop its PROCESS
// line. Those handles are still listed, under one process record at address 0 (which no
// EPROCESS has) named for what it is: the conclusions keep it out of every comparison
// between processes, since it may stand for several.
namespace poolscope {

inline constexpr Address kUnnamedProcess = 0;

// "(a process the log does not name)", in the reader's language.
std::string unnamedProcessLabel();

} // namespace poolscope
