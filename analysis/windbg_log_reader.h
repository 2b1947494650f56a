#pragma once
#include "analysis/input_error.h"
#include "analysis/read_control.h"
#include "analysis/text_source.h"
#include "model/snapshot.h"

#include <optional>
#include <string>
#include <string_view>

namespace poolscope {

// Reads a WinDbg/KD log (.logopen output, or text pasted from the command window) into
// one Snapshot: each command's output is parsed by the reader for that command; output
// pasted without its prompt is recognised by its shape. Unknown commands are listed in
// Snapshot::skipped. Fails only when nothing at all was recognised.
Result<Snapshot> readWindbgLog(const TextDocument& document, ReadControl& control);
Result<Snapshot> readWindbgLog(const TextDocument& document);

// True when the text looks like debugger output (a kd> prompt or a known command's shape
// within the first lines): used to pick a reader for a file.
bool looksLikeWindbgLog(std::string_view text);

namespace windbg {
struct Prompt {
    std::string_view command;   // "!poolused", "dt" (as typed)
    std::string_view arguments; // the rest of the line, trimmed
};
// Recognises "kd> ", "0: kd> ", "lkd> ", "1: kd:x86> " and user-mode "0:000> " prompts.
bool parsePrompt(std::string_view line, Prompt& prompt);
// The command inside a filter ("!mex.grep -A 6 .etl !handle 0 3 0 File" -> "!handle 0 3 0
// File"), when the filtered command is one PoolScope reads.
std::optional<Prompt> unwrapFilter(const Prompt& prompt);
} // namespace windbg

} // namespace poolscope
