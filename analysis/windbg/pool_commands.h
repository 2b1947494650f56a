#pragma once
#include "analysis/windbg/command_handler.h"

#include <memory>
#include <string_view>

// !poolfind and !pool, in the Windows 10 shapes as well as the classic ones, one handler
// per file, registered in registry_pool.cpp.
namespace poolscope::windbg {

std::unique_ptr<CommandHandler> makePoolfindCommand(); // poolfind_command.cpp
std::unique_ptr<CommandHandler> makePoolCommand();     // pool_command.cpp

// The headings that can only begin !poolfind output, old ("for Tag: SeSd") and Windows 10
// ("for tag 0x636f7250 (Proc)") alike.
bool poolfindOutputBegins(std::string_view line);

// Where the block lines that follow were found: the pool a heading named, and whether the
// heading was the large pool allocation table.
struct PoolBlockContext {
    PoolType type = PoolType::Unknown;
    bool largePool = false;
};

// One block line that !pool and the classic !poolfind print (pool_command.cpp):
//   " e1001040 size:   10 previous size:   40  (Free)       Mm  "
//   "*8904a160 size:  280 previous size:   e0  (Allocated) *Thre (Protected)"
//   "*ffffc986cb6f2000 : large page allocation, tag is V2lg, size is 0x4000 bytes"
// `t` is the trimmed line. Returns false when the line is not of these shapes; a line of
// these shapes that is damaged is counted as skipped, and true is returned. `stored`, when
// given, is set to the block the line was stored in (left alone for a damaged line).
bool readPoolBlockLine(std::string_view t, const PoolBlockContext& context, const TextLine& line, LogState& state,
                       PoolBlock** stored = nullptr);

// The pool a heading names: "region is Nonpaged pool", "Searching Paged pool (...)",
// "Nonpaged pool" at the end of a Windows 10 !poolfind line. Unknown when none is named.
PoolType poolTypeNamed(std::string_view text);

// The pool tag printed at the start of `rest` (after blanks and the '*' that marks the
// block holding the address): up to four characters, which may include blanks ("Irp ")
// and, for a free block, any bytes (".t[|"). Empty when what follows the four characters
// is not a blank, a comma or the end of the line.
std::string_view poolTagAt(std::string_view rest);

} // namespace poolscope::windbg
