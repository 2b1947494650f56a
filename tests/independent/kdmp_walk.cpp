// The independent reader of the generated dumps (README, "Independent parsers"): kdmp-parser
// parses the file and translates addresses through the dump's own page tables; this walk
// shares no code with PoolScope and takes its structure offsets from the command line (the
// script reads them from the kernels' ISF files). It prints the dump's type, directory
// table base and bugcheck, the KDBG block's tag and KernBase, KUSER_SHARED_DATA's version,
// build, product type and time, then each process of PsActiveProcessHead with the handles
// its handle table holds, how many of their object headers store type byte 0 and the
// highest handle value.
//   kdmp_walk DUMP UniqueProcessId ActiveProcessLinks ObjectTable ImageFileName TypeIndex
#include "kdmp-parser.h"

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

namespace {

const kdmpparser::KernelDumpParser* g_dump = nullptr;

std::optional<uint64_t> read(uint64_t va, std::size_t size)
{
    const uint8_t* page = g_dump->GetVirtualPage(va);
    if (!page || (va & 0xfff) + size > 0x1000)
        return std::nullopt;
    uint64_t value = 0;
    std::memcpy(&value, page + (va & 0xfff), size);
    return value;
}
uint64_t r8(uint64_t va) { return read(va, 8).value_or(0); }

struct Counts {
    uint64_t handles = 0, zeroTypeByte = 0, highest = 0; // highest: the largest handle value (index x 4)
};

// One page of 256 handle entries (16 bytes); entry 0 of each page is never a handle.
void entries(uint64_t page, uint64_t first, uint64_t limit, uint32_t typeIndex, Counts& out)
{
    for (uint64_t i = 1; i < 256 && first + i < limit; ++i) {
        const uint64_t low = r8(page + i * 16);
        if (!low)
            continue;
        const uint64_t header = ((low >> 20) << 4) | 0xffff000000000000ull;
        ++out.handles;
        out.highest = (first + i) * 4;
        if (read(header + typeIndex, 1).value_or(1) == 0)
            ++out.zeroTypeByte;
    }
}

Counts handleTable(uint64_t table, uint32_t typeIndex)
{
    Counts out;
    const uint64_t code = r8(table + 8);                        // TableCode
    const uint64_t limit = read(table, 4).value_or(0) / 4;      // NextHandleNeedingPool, in handles
    const uint64_t base = code & ~3ull;
    switch (code & 3) {
    case 0: entries(base, 0, limit, typeIndex, out); break;
    case 1:
        for (uint64_t i = 0; i < 512 && i * 256 < limit; ++i)
            if (const uint64_t page = r8(base + i * 8))
                entries(page, i * 256, limit, typeIndex, out);
        break;
    case 2:
        for (uint64_t j = 0; j < 512 && j * 512 * 256 < limit; ++j)
            if (const uint64_t middle = r8(base + j * 8))
                for (uint64_t i = 0; i < 512 && (j * 512 + i) * 256 < limit; ++i)
                    if (const uint64_t page = r8(middle + i * 8))
                        entries(page, (j * 512 + i) * 256, limit, typeIndex, out);
        break;
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 7) {
        std::fprintf(stderr, "usage: kdmp_walk DUMP UniqueProcessId ActiveProcessLinks ObjectTable ImageFileName "
                             "TypeIndex (offsets, decimal or 0x)\n");
        return 2;
    }
    uint32_t off[5];
    for (int i = 0; i < 5; ++i)
        off[i] = static_cast<uint32_t>(std::strtoul(argv[2 + i], nullptr, 0));
    const auto [pidOffset, linksOffset, tableOffset, nameOffset, typeIndex] = off;
    kdmpparser::KernelDumpParser dump;
    if (!dump.Parse(argv[1]))
        return 1;
    g_dump = &dump;
    const auto& header = dump.GetDumpHeader();
    std::printf("type %u dtb %#" PRIx64 " bugcheck %#x\n", static_cast<unsigned>(dump.GetDumpType()),
                dump.GetDirectoryTableBase(), header.BugCheckCode);
    // KDDEBUGGER_DATA64: OwnerTag 'KDBG' at 0x10, KernBase at 0x18 (encoded in a live dump).
    const uint64_t kdbg = header.KdDebuggerDataBlock;
    const uint32_t tag = static_cast<uint32_t>(read(kdbg + 0x10, 4).value_or(0));
    std::printf("kdbg %s kernbase %#" PRIx64 "\n",
                tag == 0x4742444b ? "KDBG" : "encoded", tag == 0x4742444b ? r8(kdbg + 0x18) : 0);
    const uint64_t kuser = 0xfffff78000000000ull;
    std::printf("kuser %" PRIu64 ".%" PRIu64 " build %" PRIu64 " product %" PRIu64 " time %#" PRIx64 "\n",
                read(kuser + 0x26c, 4).value_or(0), read(kuser + 0x270, 4).value_or(0),
                read(kuser + 0x260, 4).value_or(0), read(kuser + 0x264, 4).value_or(0), r8(kuser + 0x14));

    const uint64_t head = header.PsActiveProcessHead;
    uint64_t link = r8(head);
    for (int n = 0; link && link != head && n < 100000; ++n, link = r8(link)) {
        const uint64_t process = link - linksOffset;
        char name[16] = {};
        for (int i = 0; i < 15; ++i)
            name[i] = static_cast<char>(read(process + nameOffset + i, 1).value_or(0));
        const uint64_t table = r8(process + tableOffset);
        const Counts counts = table ? handleTable(table, typeIndex) : Counts{};
        std::printf("process %" PRIu64 " %s handles %" PRIu64 " zerotype %" PRIu64 " highest %#" PRIx64 "\n",
                    r8(process + pidOffset), name, counts.handles, counts.zeroTypeByte, counts.highest);
    }
    return 0;
}
