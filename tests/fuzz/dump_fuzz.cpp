// Damages a generated kernel dump of both seed cases and walks it: the fuzzer's bytes are
// a list of patches (where, what), aimed at the pages that hold structures, so the walks
// meet corrupt links, counts, type indexes, page tables and headers, not just zeros.
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/dump/pool/dump_pool.h"
#include "tests/support/kernel_scenario.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

struct Base {
    std::vector<std::byte> dump;
    std::vector<std::size_t> structurePages; // file offsets of pages that are not all zero
};

// The same kernel in the page layouts of the dumps that hold only the kernel's pages (a
// complete dump holds all of RAM: too big to copy per run): a bitmap, RDMP ranges, a live dump.
const std::vector<Base>& bases()
{
    static const std::vector<Base> all = [] {
        poolscope::testdata::KernelScenario scenario;
        scenario.layout = *poolscope::builtinLayout(19041);
        scenario.kind = poolscope::testdata::ScenarioKind::IocpLeak; // the handle case is 65,110 keys: too slow per run
        scenario.leakedIrps = 12;
        const auto kernel = poolscope::testdata::generateKernel(scenario);
        using Format = poolscope::testdata::DumpBuilder::Format;
        std::vector<Base> out;
        for (const Format format : {Format::Kernel, Format::Rdmp, Format::Live}) {
            Base b;
            b.dump = kernel.memory.dump(format);
            for (std::size_t page = 0; page + 4096 <= b.dump.size(); page += 4096) {
                for (std::size_t i = 0; i < 4096; i += 8) {
                    std::uint64_t v = 0;
                    std::memcpy(&v, b.dump.data() + page + i, 8);
                    if (v) {
                        b.structurePages.push_back(page);
                        break;
                    }
                }
            }
            out.push_back(std::move(b));
        }
        return out;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the layout, then each patch: u16 page selector, u16 offset in the
    // page, u8 width (1, 2, 4 or 8), u64 value.
    const Base& b = bases()[data[0] % bases().size()];
    std::vector<std::byte> dump = b.dump;
    constexpr std::size_t kPatch = 13;
    for (std::size_t at = 1; at + kPatch <= size; at += kPatch) {
        std::uint16_t page = 0, offset = 0;
        std::uint64_t value = 0;
        std::memcpy(&page, data + at, 2);
        std::memcpy(&offset, data + at + 2, 2);
        const std::size_t width = std::size_t{1} << (data[at + 4] & 3);
        std::memcpy(&value, data + at + 5, 8);
        const std::size_t where = b.structurePages[page % b.structurePages.size()] + (offset % 4096);
        if (where + width <= dump.size())
            std::memcpy(dump.data() + where, &value, width);
    }
    // A short tail cuts the file: a truncated copy.
    if (size % kPatch == 2)
        dump.resize(dump.size() * data[size - 1] / 256);
    auto file = poolscope::DumpFile::fromBytes(std::move(dump), "fuzz.dmp");
    if (!file)
        return 0;
    poolscope::ReadControl control;
    // The tag search of the driver images is a plain scan that takes most of each run under
    // the sanitizers; its first pages are enough to meet its damaged-module paths.
    poolscope::DumpReadOptions options;
    options.moduleLimits.maxSearchedBytes = 256 * 1024;
    // The pool scan on one worker: a run that finds a bug can be replayed as it ran.
    options.poolScanWorkers = 1;
    std::shared_ptr<const poolscope::DumpPool> pool;
    auto snapshot = poolscope::readKernelDump(file.value(), options, control, &pool);
    if (pool) {
        // !poolfind and !pool on what the damage left: a tag the scan found, and a block of it.
        poolscope::PoolScanOptions one;
        one.workers = 1;
        const auto found = pool->find(poolscope::PoolTag("Irp"), nullptr, one);
        if (!found.blocks.empty()) {
            const auto page = pool->page(found.blocks.front().block + 0x18);
            if (page.holder)
                (void)pool->contents(*page.holder);
        }
    }
    if (snapshot) {
        std::size_t n = snapshot->diagnostics.size();
        for (const auto& irp : snapshot->irps)
            n += irp.address & 1;
        for (const auto& f : snapshot->fileObjects)
            n += f.name.size();
        (void)n;
    }
    return 0;
}
