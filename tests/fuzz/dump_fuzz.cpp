// Damages a generated kernel dump of both seed cases and walks it: the fuzzer's bytes are
// a list of patches (where, what), aimed at the pages that hold structures, so the walks
// meet corrupt links, counts, type indexes, page tables and headers, not just zeros.
#include "analysis/dump/kernel_dump_reader.h"
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

const Base& base()
{
    static const Base b = [] {
        poolscope::testdata::KernelScenario scenario;
        scenario.layout = *poolscope::builtinLayout(19041);
        scenario.kind = poolscope::testdata::ScenarioKind::IocpLeak; // the handle case is 65,110 keys: too slow per run
        scenario.leakedIrps = 12;
        Base out;
        out.dump = poolscope::testdata::generateKernel(scenario).memory.dump(poolscope::testdata::DumpBuilder::Format::Bitmap);
        for (std::size_t page = 0; page + 4096 <= out.dump.size(); page += 4096) {
            for (std::size_t i = 0; i < 4096; i += 8) {
                std::uint64_t v = 0;
                std::memcpy(&v, out.dump.data() + page + i, 8);
                if (v) {
                    out.structurePages.push_back(page);
                    break;
                }
            }
        }
        return out;
    }();
    return b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Base& b = base();
    std::vector<std::byte> dump = b.dump;
    // Each patch: u16 page selector, u16 offset in the page, u8 width (1, 2, 4 or 8), u64 value.
    constexpr std::size_t kPatch = 13;
    for (std::size_t at = 0; at + kPatch <= size; at += kPatch) {
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
    if (size % kPatch == 1 && size > 0)
        dump.resize(dump.size() * data[size - 1] / 256);
    auto file = poolscope::DumpFile::fromBytes(std::move(dump), "fuzz.dmp");
    if (!file)
        return 0;
    poolscope::ReadControl control;
    auto snapshot = poolscope::readKernelDump(file.value(), {}, control);
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
