#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/read_control.h"
#include "model/module.h"

#include <cstdint>
#include <string>
#include <vector>

// Which driver uses a tag: the loaded modules (PsLoadedModuleList) and, for each pool tag,
// how often its four bytes occur in each module's image, as
// `!for_each_module s -a @#Base @#End "Thre"` finds them. A driver passes its tag to
// ExAllocatePoolWithTag as an immediate, so its image carries the bytes.
namespace poolscope {

struct ModuleWalkLimits {
    std::uint64_t maxModules = 4096;                 // a longer list is a broken list
    std::uint64_t maxImageBytes = 256ull << 20;      // no driver image is larger
    std::uint64_t maxSearchedBytes = 4ull << 30;     // all images together
};

// The modules of the loaded module list at `listHead`, in list order. Bounded and
// cycle-checked; what stopped the walk goes to `problems`, every module found until then is
// kept.
std::vector<LoadedModule> walkLoadedModules(const AddressSpace& memory, const KernelLayout& layout,
                                            std::uint64_t listHead, std::vector<std::string>& problems,
                                            const ModuleWalkLimits& limits = {});

// Searches every module's image, page by page, for the tags given (their little-endian
// keys: the bytes as they lie in memory). Pages the dump lacks are counted on the module
// (pagesMissing), not guessed at. A cancel is honoured between modules.
std::vector<TagInImage> findTagsInImages(const AddressSpace& memory, std::vector<LoadedModule>& modules,
                                         const std::vector<std::uint32_t>& tagKeys, std::vector<std::string>& problems,
                                         ReadControl& control, const ModuleWalkLimits& limits = {});

} // namespace poolscope
