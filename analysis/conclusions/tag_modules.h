#pragma once
#include "model/snapshot.h"

#include <cstdint>
#include <string>
#include <vector>

// Which driver uses a tag that no description file names: the loaded modules whose image
// contains the tag's four bytes, most occurrences first (the answer of
// `!for_each_module s -a @#Base @#End "Tag"`).
namespace poolscope {

struct ModuleWithTag {
    const LoadedModule* module = nullptr;
    std::uint32_t occurrences = 0;
};

std::vector<ModuleWithTag> modulesWithTag(const Snapshot& snapshot, PoolTag tag);

// "leakydrv.sys (3)", "ntoskrnl.exe (2), tcpip.sys (1)"; at most `limit` modules, then "+N more".
std::string modulesText(const std::vector<ModuleWithTag>& modules, std::size_t limit = 3);

// The debugger command that finds the tag in every module's image.
std::string moduleSearchCommand(PoolTag tag);

} // namespace poolscope
