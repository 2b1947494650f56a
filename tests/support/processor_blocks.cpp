#include "processor_blocks.h"

namespace poolscope::testdata {

void writeProcessorBlocks(DumpBuilder& m, const ExtraFields& f, const ProcessorBlocks& blocks)
{
    m.write32(blocks.numberProcessors, static_cast<std::uint32_t>(blocks.pcrs.size()));
    for (std::size_t cpu = 0; cpu < blocks.pcrs.size(); ++cpu) {
        const std::uint64_t pcr = blocks.pcrs[cpu];
        const std::uint64_t prcb = pcr + f.pcrPrcb;
        m.map(pcr, f.pcrSize);
        m.write64(pcr + f.pcrSelf, pcr);
        m.write64(pcr + f.pcrCurrentPrcb, prcb);
        m.write16(pcr + f.pcrMajorVersion, 1);
        m.write16(pcr + f.pcrMajorVersion + 2, 1); // MinorVersion
        m.write32(prcb, 0x1f80);                   // MxCsr
        m.write8(prcb + 4, static_cast<std::uint8_t>(cpu)); // LegacyNumber
        if (cpu < blocks.currentThreads.size())
            m.write64(prcb + f.prcbCurrentThread, blocks.currentThreads[cpu]);
        m.write32(prcb + f.prcbNumber, static_cast<std::uint32_t>(cpu));
        m.write64(blocks.processorBlock + cpu * 8, prcb);
    }
}

} // namespace poolscope::testdata
