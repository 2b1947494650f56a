#pragma once
#include "tests/support/dump_builder.h"
#include "tests/support/extra_fields.h"

#include <cstdint>
#include <vector>

namespace poolscope::testdata {

// One processor control region (_KPCR, its _KPRCB inside at Prcb) per processor, found by
// nt!KiProcessorBlock (the array of KPRCB pointers) and nt!KeNumberProcessors, as
// volatility3's kpcrs and debuggers walk them.
struct ProcessorBlocks {
    std::vector<std::uint64_t> pcrs;           // each processor's KPCR (mapped here)
    std::vector<std::uint64_t> currentThreads; // the thread each was running
    std::uint64_t processorBlock = 0;          // VA of KiProcessorBlock
    std::uint64_t numberProcessors = 0;        // VA of KeNumberProcessors
};

void writeProcessorBlocks(DumpBuilder& memory, const ExtraFields& fields, const ProcessorBlocks& blocks);

} // namespace poolscope::testdata
