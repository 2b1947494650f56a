// The generated dumps are read the way independent tools read a real one (volatility3,
// kdmp-parser, debuggers): each format carries the header and page index Windows writes,
// the top-level page table sits where Windows puts it and maps itself, the whole kernel
// image is mapped with its globals at their symbols (KDBG, KdVersionBlock, ObpInfoMaskToOffset,
// KiProcessorBlock), KUSER_SHARED_DATA is there, processes carry times, thread counts,
// address spaces and sessions, key handles lead to their key control blocks. The tables
// of real offsets the generator uses are checked against the real kernels' ISF files.
#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/dump/kernel_strings.h"
#include "analysis/dump/pe_image.h"
#include "tests/support/extra_fields.h"
#include "tests/support/image_globals.h"
#include "tests/support/isf_facts.h"
#include "tests/support/kernel_scenario.h"
#include "tests/support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace poolscope;
using namespace poolscope::testdata;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kKuser = 0xfffff78000000000ull;

KernelScenario scenario(std::uint32_t build, std::uint64_t threads = 300)
{
    KernelScenario s;
    s.layout = *builtinLayout(build);
    s.leakedThreadHandles = threads;
    return s;
}

template <typename T>
T at(const std::vector<std::byte>& bytes, std::size_t offset)
{
    T value{};
    std::memcpy(&value, bytes.data() + offset, sizeof(T));
    return value;
}

// A dump opened by PoolScope's reader, kept alive with its address space.
struct Opened {
    DumpFile file;
    AddressSpace memory;
    explicit Opened(DumpFile f) : file(std::move(f)), memory(file) {}

    template <typename T>
    T value(std::uint64_t va) const
    {
        const auto v = memory.readValue<T>(va);
        EXPECT_TRUE(v.has_value()) << std::hex << va;
        return v.value_or(T{});
    }
};

std::unique_ptr<Opened> open(const GeneratedKernel& kernel, DumpBuilder::Format format)
{
    auto dump = DumpFile::fromBytes(kernel.memory.dump(format), "generated.dmp");
    EXPECT_TRUE(dump.ok()) << dump.error().describe();
    return std::make_unique<Opened>(std::move(dump.value()));
}

Snapshot walk(const DumpFile& file)
{
    ReadControl control;
    auto snapshot = readKernelDump(file, {}, control);
    EXPECT_TRUE(snapshot.ok());
    return snapshot.ok() ? std::move(snapshot.value()) : Snapshot{};
}

const Process& processNamed(const Snapshot& s, std::string_view image)
{
    const auto it = std::find_if(s.processes.begin(), s.processes.end(), [&](const Process& p) { return p.imageName == image; });
    if (it == s.processes.end())
        throw std::runtime_error("no process " + std::string(image));
    return *it;
}

} // namespace

TEST(GeneratedDump, EachFormatIsWhatWindowsWrites)
{
    KernelScenario s = scenario(19041);
    s.physicalMemory = 256ull << 20; // RAM well beyond the kernel's pages
    const GeneratedKernel kernel = generateKernel(s);
    const std::uint64_t ram = kernel.memory.ramPages();
    EXPECT_EQ(ram, (256ull << 20) / 4096);
    ASSERT_LT(kernel.memory.physicalPages(), ram);

    struct Expected {
        DumpBuilder::Format format;
        std::uint32_t dumpType;
        const char* bitmap; // signature at 0x2000, or nothing for the runs of type 1
        bool allOfRam;
    };
    for (const Expected& e : {Expected{DumpBuilder::Format::Full, 1, nullptr, true},
                              Expected{DumpBuilder::Format::Kernel, 5, "SDMP", false},
                              Expected{DumpBuilder::Format::Bitmap, 5, "FDMP", true},
                              Expected{DumpBuilder::Format::Live, 6, "SDMP", false}}) {
        SCOPED_TRACE(e.dumpType);
        const auto bytes = kernel.memory.dump(e.format);
        EXPECT_EQ(at<std::uint32_t>(bytes, 0xf98), e.dumpType);
        EXPECT_EQ(at<std::uint64_t>(bytes, 0xfa0), bytes.size()); // RequiredDumpSpace
        // The header says when and on which machine: time, uptime, the PFN database, and a
        // context whose two MxCsr copies agree (kdmp-parser refuses the file otherwise).
        EXPECT_EQ(at<std::uint64_t>(bytes, 0xfa8), 133548852670000000ull);
        EXPECT_GT(at<std::uint64_t>(bytes, 0x1030), 0u);
        EXPECT_TRUE(isKernelPointer(at<std::uint64_t>(bytes, 0x18)));
        EXPECT_EQ(at<std::uint32_t>(bytes, 0x348 + 0x34), 0x1f80u);
        EXPECT_EQ(at<std::uint32_t>(bytes, 0x348 + 0x118), 0x1f80u);
        // Every dump describes the machine's RAM in its PhysicalMemoryBlock.
        const auto runs = at<std::uint32_t>(bytes, 0x88);
        ASSERT_GE(runs, 2u);
        std::uint64_t described = 0;
        for (std::uint32_t i = 0; i < runs; ++i)
            described += at<std::uint64_t>(bytes, 0x98 + i * 16 + 8);
        EXPECT_EQ(described, ram);
        EXPECT_EQ(at<std::uint64_t>(bytes, 0x90), ram);
        EXPECT_EQ(at<std::uint32_t>(bytes, 0x38), e.dumpType == 6 ? 0x161u : 0xe2u); // LIVE_SYSTEM_DUMP
        EXPECT_EQ(at<std::uint32_t>(bytes, 0x1050) & 0x10u, e.dumpType == 6 ? 0x10u : 0u);

        std::uint64_t stored = 0;
        if (e.bitmap) {
            EXPECT_EQ(std::string(reinterpret_cast<const char*>(bytes.data()) + 0x2000, 8), std::string(e.bitmap) + "DUMP");
            const auto bits = at<std::uint64_t>(bytes, 0x2030);
            EXPECT_EQ(bits % 32, 0u);
            std::uint64_t set = 0;
            for (std::uint64_t word = 0; word < bits / 64; ++word)
                set += static_cast<std::uint64_t>(std::popcount(at<std::uint64_t>(bytes, 0x2038 + word * 8)));
            stored = at<std::uint64_t>(bytes, 0x2028); // TotalPresentPages
            EXPECT_EQ(stored, set);
            EXPECT_EQ(at<std::uint64_t>(bytes, 0x2020) % 4096, 0u); // FirstPage
            EXPECT_EQ(bytes.size(), at<std::uint64_t>(bytes, 0x2020) + stored * 4096);
        } else {
            stored = (bytes.size() - 0x2000) / 4096;
        }
        EXPECT_EQ(stored, e.allOfRam ? ram : kernel.memory.physicalPages());

        auto dump = DumpFile::fromBytes(bytes, "generated.dmp");
        ASSERT_TRUE(dump.ok()) << dump.error().describe();
        EXPECT_EQ(dump->presentPages(), stored);
        EXPECT_EQ(dump->missingPages(), 0u);
    }
}

TEST(GeneratedDump, TheMachinesRamIsTheSizeAskedForAndStaysSparse)
{
    KernelScenario s = scenario(19041, 50);
    s.physicalMemory = 2ull << 30;
    const GeneratedKernel kernel = generateKernel(s);
    const fs::path path = fs::temp_directory_path() / ("poolscope-ram-" + std::to_string(::getpid()) + ".dmp");
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        kernel.memory.write(out, DumpBuilder::Format::Full);
    }
    EXPECT_EQ(fs::file_size(path), 0x2000 + (2ull << 30)); // 2 GB of RAM, not 2 GB more
    auto dump = DumpFile::open(path.string());
    ASSERT_TRUE(dump.ok()) << dump.error().describe();
    EXPECT_EQ(dump->presentPages(), (2ull << 30) / 4096);
    const Snapshot snapshot = walk(dump.value());
    EXPECT_EQ(snapshot.processes.size(), kernel.planted.processes);
    fs::remove(path);
}

TEST(GeneratedDump, TheTopLevelPageTableSitsWhereWindowsPutsItAndMapsItself)
{
    std::set<unsigned> indexes;
    for (const std::uint32_t build : {14393u, 17763u, 19041u, 20348u, 22000u}) {
        SCOPED_TRACE(build);
        const GeneratedKernel kernel = generateKernel(scenario(build, 20));
        const auto dump = open(kernel, DumpBuilder::Format::Full);
        const std::uint64_t dtb = dump->file.header().directoryTableBase;
        EXPECT_GE(dtb, 0x1a0000u); // not the first frames: where volatility3 looks for it
        EXPECT_LT(dtb, 0x1b0000u);
        std::vector<std::uint64_t> pml4(512);
        ASSERT_TRUE(dump->file.readPhysical(dtb, std::as_writable_bytes(std::span(pml4))));
        std::vector<unsigned> self;
        for (unsigned i = 0; i < 512; ++i)
            if ((pml4[i] & 1) && (pml4[i] & 0x000ffffffffff000ull) == dtb)
                self.push_back(i);
        ASSERT_EQ(self.size(), 1u); // exactly one entry maps the table itself
        EXPECT_GE(self[0], 0x100u);
        EXPECT_LT(self[0], 0x1ffu);
        indexes.insert(self[0]);
        // Through the self-map, the table reads itself at its virtual address.
        const std::uint64_t idx = self[0];
        const std::uint64_t va = 0xffff000000000000ull | idx << 39 | idx << 30 | idx << 21 | idx << 12;
        EXPECT_EQ(dump->value<std::uint64_t>(va + idx * 8), pml4[idx]);

        // Each process has its own top-level table sharing the kernel half (System the
        // kernel's); volatility3 counts a process without one as not valid.
        const Snapshot snapshot = walk(dump->file);
        const ExtraFields x = extraFields(*builtinLayout(build));
        std::set<std::uint64_t> tables;
        for (const Process& p : snapshot.processes) {
            const auto table = dump->value<std::uint64_t>(p.address + x.processDirectoryTableBase);
            if (p.imageName == "System") {
                EXPECT_EQ(table, dtb);
                continue;
            }
            EXPECT_TRUE(tables.insert(table).second) << p.imageName;
            std::vector<std::uint64_t> own(512);
            ASSERT_TRUE(dump->file.readPhysical(table, std::as_writable_bytes(std::span(own))));
            for (unsigned i = 256; i < 512; ++i)
                EXPECT_EQ(own[i], i == idx ? (table | 0x63) : pml4[i]) << p.imageName << " entry " << i;
        }
    }
    EXPECT_TRUE(indexes.contains(0x1ed));  // the index Windows used before 1607 ...
    EXPECT_GE(indexes.size(), 4u);          // ... and others, as randomised since
}

TEST(GeneratedDump, TheWholeImageIsMappedWithItsGlobalsAtTheirSymbols)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041));
    const KernelLayout layout = *builtinLayout(19041);
    const ImageGlobals g = imageGlobals(layout);
    ASSERT_TRUE(g.realKernel);
    const auto dump = open(kernel, DumpBuilder::Format::Kernel);
    const std::uint64_t base = kernel.planted.kernelBase;
    auto image = readPeImage(dump->memory, base);
    ASSERT_TRUE(image.ok()) << image.error().message;
    // Every page of the image is in the dump, and its sections cover it in order.
    for (std::uint64_t page = 0; page < image->sizeOfImage; page += 0x1000)
        ASSERT_TRUE(dump->memory.readValue<std::uint8_t>(base + page).has_value()) << std::hex << page;
    std::uint32_t next = 0x1000;
    for (const PeSection& section : image->sections) {
        EXPECT_EQ(section.virtualAddress, next) << section.name;
        next = section.virtualAddress + section.virtualSize;
    }
    EXPECT_EQ(next, image->sizeOfImage);
    const auto inWritable = [&](std::uint64_t rva) {
        return std::any_of(image->sections.begin(), image->sections.end(), [&](const PeSection& s) {
            return rva >= s.virtualAddress && rva < s.virtualAddress + s.virtualSize && (s.characteristics & 0x80000000u);
        });
    };
    for (const auto& [rva, size] : g.data(0))
        EXPECT_TRUE(inWritable(rva)) << std::hex << rva;

    // The debugger data block at nt!KdDebuggerDataBlock, naming the kernel and its lists.
    const std::uint64_t kdbg = dump->file.header().kdDebuggerDataBlock;
    EXPECT_EQ(kdbg, base + g.kdDebuggerDataBlock);
    EXPECT_EQ(dump->value<std::uint32_t>(kdbg + 0x10), 0x4742444bu); // "KDBG"
    EXPECT_EQ(dump->value<std::uint64_t>(kdbg + 0x18), base);
    EXPECT_EQ(dump->value<std::uint64_t>(kdbg + 0x48), dump->file.header().psLoadedModuleList);
    EXPECT_EQ(dump->value<std::uint64_t>(kdbg + 0x50), dump->file.header().psActiveProcessHead);
    const auto lab = dump->value<std::array<char, 16>>(dump->value<std::uint64_t>(kdbg + 0x208));
    EXPECT_EQ(std::string(lab.data(), 5), "19041");
    // The version block points at the list the debugger data block is on.
    const std::uint64_t version = base + g.kdVersionBlock;
    EXPECT_EQ(dump->value<std::uint16_t>(version + 2), 19041u);
    EXPECT_EQ(dump->value<std::uint16_t>(version + 8), 0x8664u);
    EXPECT_EQ(dump->value<std::uint64_t>(dump->value<std::uint64_t>(version + 0x20)), kdbg);

    // ObpInfoMaskToOffset, as the kernel computes it, finds a named object's NAME_INFO.
    const std::uint64_t offsets = base + g.obpInfoMaskToOffset;
    EXPECT_EQ(dump->value<std::uint8_t>(offsets + 1), 0x20u);
    EXPECT_EQ(dump->value<std::uint8_t>(offsets + 3), 0x40u);
    EXPECT_EQ(dump->value<std::uint8_t>(offsets + 0x80), 0x04u);
    EXPECT_EQ(dump->value<std::uint8_t>(offsets + 0xff), 0xa4u);
    const Snapshot snapshot = walk(dump->file);
    const auto named = std::find_if(snapshot.objects.begin(), snapshot.objects.end(),
                                    [](const KernelObject& o) { return o.name() == "LowMemoryCondition"; });
    ASSERT_NE(named, snapshot.objects.end());
    const std::uint64_t header = *named->header;
    const auto mask = dump->value<std::uint8_t>(header + 0x1a);
    const auto below = dump->value<std::uint8_t>(offsets + (mask & 3));
    EXPECT_EQ(readUnicodeString(dump->memory, header - below + 8).value_or(""), "LowMemoryCondition");

    // The handle-decoding routine volatility3 disassembles holds its shift.
    const auto code = dump->value<std::array<std::uint8_t, 16>>(base + g.obpCaptureHandleInformationEx);
    const std::array<std::uint8_t, 4> sar{0x48, 0xc1, 0xf8, 0x10};
    EXPECT_NE(std::search(code.begin(), code.end(), sar.begin(), sar.end()), code.end());

    // Each processor's KPCR through KiProcessorBlock.
    EXPECT_EQ(dump->value<std::uint32_t>(base + g.keNumberProcessors), dump->file.header().processors);
    for (std::uint32_t cpu = 0; cpu < 2; ++cpu) {
        const auto prcb = dump->value<std::uint64_t>(base + g.kiProcessorBlock + cpu * 8);
        const std::uint64_t pcr = prcb - 0x180;
        EXPECT_EQ(dump->value<std::uint64_t>(pcr + 0x18), pcr);  // Self
        EXPECT_EQ(dump->value<std::uint64_t>(pcr + 0x20), prcb); // CurrentPrcb
        EXPECT_EQ(dump->value<std::uint32_t>(prcb + 0x24), cpu); // Number
        const auto thread = dump->value<std::uint64_t>(prcb + 0x08);
        EXPECT_TRUE(std::any_of(snapshot.threads.begin(), snapshot.threads.end(),
                                [&](const Thread& t) { return t.address == thread; }));
    }

    // KUSER_SHARED_DATA: the version and the time the header has.
    EXPECT_EQ(dump->value<std::uint32_t>(kKuser + 0x26c), 10u);
    EXPECT_EQ(dump->value<std::uint32_t>(kKuser + 0x270), 0u);
    EXPECT_EQ(dump->value<std::uint32_t>(kKuser + 0x260), 19041u);
    EXPECT_EQ(dump->value<std::uint32_t>(kKuser + 0x264), 1u); // NtProductWinNt
    const std::uint64_t time = dump->value<std::uint32_t>(kKuser + 0x14) |
                               std::uint64_t{dump->value<std::uint32_t>(kKuser + 0x18)} << 32;
    EXPECT_EQ(time, 133548852670000000ull);
    EXPECT_EQ(dump->value<std::uint32_t>(kKuser + 0x2e8), kernel.memory.ramPages());
}

TEST(GeneratedDump, ProcessesCarryTheirTimesThreadCountsAndSessions)
{
    const GeneratedKernel kernel = generateKernel(scenario(22000));
    const KernelLayout layout = *builtinLayout(22000);
    const ExtraFields x = extraFields(layout);
    const auto bytes = kernel.memory.dump(DumpBuilder::Format::Bitmap);
    const std::uint64_t now = at<std::uint64_t>(bytes, 0xfa8), boot = now - at<std::uint64_t>(bytes, 0x1030);
    auto file = DumpFile::fromBytes(bytes, "generated.dmp");
    ASSERT_TRUE(file.ok());
    const Opened dump(std::move(file.value()));
    const Snapshot snapshot = walk(dump.file);
    ASSERT_EQ(snapshot.processes.size(), kernel.planted.processes);
    std::uint64_t previous = 0;
    for (const Process& p : snapshot.processes) {
        SCOPED_TRACE(p.imageName);
        const auto created = dump.value<std::uint64_t>(p.address + x.processCreateTime);
        EXPECT_GE(created, boot);
        EXPECT_LT(created, now);
        EXPECT_GE(created, previous); // the process list is in creation order
        previous = created;
        // A process that exited (no handle table left) has its exit time, the others none.
        const auto exited = dump.value<std::uint64_t>(p.address + x.processExitTime);
        if (p.objectTable.value_or(0) == 0) {
            EXPECT_GT(exited, created);
            EXPECT_LT(exited, now);
        } else {
            EXPECT_EQ(exited, 0u);
        }
        // ActiveThreads counts the threads on the process's ThreadListHead.
        const std::uint64_t head = p.address + layout.processThreadListHead;
        std::uint32_t running = 0;
        for (std::uint64_t link = dump.value<std::uint64_t>(head); link != head && running < 1000; ++running)
            link = dump.value<std::uint64_t>(link);
        EXPECT_EQ(dump.value<std::uint32_t>(p.address + x.processActiveThreads), running);
        const auto peb = dump.value<std::uint64_t>(p.address + x.processPeb);
        const auto session = dump.value<std::uint64_t>(p.address + x.processSession);
        if (p.imageName == "System" || p.imageName == "Registry") {
            EXPECT_EQ(peb, 0u);
            EXPECT_EQ(session, 0u);
        } else {
            EXPECT_GT(peb, 0u);
            EXPECT_LT(peb, 0x0000800000000000ull); // user space
        }
        if (session) {
            // The interactive user's session holds its own programs (pids from 0x1000 on).
            const bool interactive = p.imageName == "explorer.exe" || p.imageName == "IOCPLeak.exe" ||
                                     p.imageName == "xxxxxx.EXE" || p.imageName == "WerFault.exe";
            EXPECT_EQ(dump.value<std::uint32_t>(session + x.sessionId), interactive ? 1u : 0u);
        }
    }
    EXPECT_EQ(dump.value<std::uint32_t>(processNamed(snapshot, "xxxxxx.EXE").address + x.processActiveThreads), 3u);
}

TEST(GeneratedDump, KeyHandlesLeadToTheirKeysControlBlocks)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041));
    const ExtraFields x = extraFields(*builtinLayout(19041));
    const auto dump = open(kernel, DumpBuilder::Format::Full);
    const Snapshot snapshot = walk(dump->file);
    // The key's path as volatility3 builds it: names up the ParentKcb chain below
    // \REGISTRY, a hive's root (KEY_HIVE_ENTRY) left out for its mount point.
    const auto path = [&](std::uint64_t body) {
        std::vector<std::string> names;
        std::uint64_t kcb = dump->value<std::uint64_t>(body + x.keyBodyKcb);
        for (int depth = 0; depth < 32 && kcb; ++depth) {
            const auto parent = dump->value<std::uint64_t>(kcb + x.kcbParent);
            if (!parent)
                break;
            const auto flags = dump->value<std::uint16_t>(kcb + x.kcbFlags + 2);
            if (!(flags & 0x4)) {
                const auto block = dump->value<std::uint64_t>(kcb + x.kcbNameBlock);
                std::string name(dump->value<std::uint16_t>(block + x.nameBlockLength), '\0');
                dump->memory.read(block + x.nameBlockName, std::as_writable_bytes(std::span(name)));
                names.insert(names.begin(), name);
            }
            kcb = parent;
        }
        std::string joined;
        for (const std::string& n : names)
            joined += (joined.empty() ? "" : "\\") + n;
        return joined;
    };
    std::map<std::string, std::uint64_t> keys;
    const std::uint64_t leaker = kernel.planted.handleProcess;
    for (const Handle& h : snapshot.handles) {
        if (h.type != "Key")
            continue;
        EXPECT_EQ(dump->value<std::uint32_t>(h.object + x.keyBodyType), 0x6b793032u); // 'ky02'
        if (h.process == leaker)
            ++keys[path(h.object)];
    }
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_EQ(keys.begin()->first, "MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts");
    EXPECT_EQ(keys.begin()->second, 65110u);
}

TEST(GeneratedDump, TheRegistryProcessExistsFrom1803On)
{
    for (const auto& [build, expected] : {std::pair{14393u, false}, std::pair{17763u, true}, std::pair{19041u, true}}) {
        SCOPED_TRACE(build);
        const GeneratedKernel kernel = generateKernel(scenario(build, 10));
        const auto dump = open(kernel, DumpBuilder::Format::Kernel);
        const Snapshot snapshot = walk(dump->file);
        const bool found = std::any_of(snapshot.processes.begin(), snapshot.processes.end(),
                                       [](const Process& p) { return p.imageName == "Registry"; });
        EXPECT_EQ(found, expected);
        EXPECT_EQ(snapshot.processes.size(), kernel.planted.processes);
    }
}

// PoolScope reads handles volatility3 2.11 passes over: an object whose header stores
// its type index encoded as 0 (volatility3 drops an entry whose stored byte is 0).
TEST(GeneratedDump, HandlesWhoseStoredTypeByteIsZeroAreReadAndTyped)
{
    const GeneratedKernel kernel = generateKernel(scenario(19041, 20000));
    std::uint64_t planted = 0;
    for (const auto& [process, count] : kernel.planted.zeroTypeByteHandles)
        planted += count;
    ASSERT_GT(planted, 0u); // about one handle in 256
    const auto dump = open(kernel, DumpBuilder::Format::Bitmap);
    const Snapshot snapshot = walk(dump->file);
    std::map<Address, const KernelObject*> objects;
    for (const KernelObject& o : snapshot.objects)
        objects[o.address] = &o;
    std::uint64_t found = 0;
    for (const Handle& h : snapshot.handles) {
        const KernelObject* object = objects.at(h.object);
        if (dump->value<std::uint8_t>(*object->header + 0x18) != 0)
            continue;
        ++found;
        EXPECT_FALSE(h.type.empty());
        EXPECT_EQ(h.type, object->type);
    }
    EXPECT_EQ(found, planted);
}

// The generator's tables of real offsets and symbols are the real kernels' own.
TEST(GeneratedDump, TheRealKernelsSymbolsAndFieldsAreThoseOfTheirIsfFiles)
{
    if (sharedDir().empty())
        GTEST_SKIP() << "../shared is absent";
    std::map<std::string, IsfFacts> isf;
    for (const auto& [guid, symbols] : knownImageGlobals()) {
        const fs::path file = sharedFile("reference/isf/" + guid + "-1.json.xz");
        ASSERT_FALSE(file.empty()) << guid;
        auto facts = readIsfFacts(file);
        ASSERT_TRUE(facts.has_value()) << file;
        EXPECT_EQ(facts->guid, guid);
        for (const auto& [name, rva] : symbols) {
            ASSERT_TRUE(facts->symbols.contains(name)) << guid << " " << name;
            EXPECT_EQ(facts->symbols.at(name), rva) << guid << " " << name;
        }
        isf.emplace(guid, std::move(*facts));
    }
    for (const auto& [build, fields] : extraFieldRows()) {
        const IsfFacts& facts = isf.at(builtinLayout(build)->pdbGuid);
        for (const auto& [name, offset] : fields) {
            ASSERT_TRUE(facts.fields.contains(name)) << build << " " << name;
            EXPECT_EQ(facts.fields.at(name), offset) << build << " " << name;
        }
        // A kernel of that build laid out by the generator uses exactly that row.
        const ExtraFields own = extraFields(*builtinLayout(build));
        EXPECT_FALSE(own.derived) << build;
    }
}

// A kernel whose global RVAs nobody knows (a build's row without symbols, or --guid): the
// generator places them itself, none overlapping, and the dump is read through the checked
// heuristics.
TEST(GeneratedDump, AKernelWithoutKnownGlobalsGetsThemPlaced)
{
    KernelScenario s = scenario(19041, 300);
    s.layout.globals = KernelGlobals{};
    s.layout.pdbGuid = "00112233445566778899AABBCCDDEEFF";
    const ImageGlobals g = imageGlobals(s.layout);
    EXPECT_FALSE(g.realKernel);
    auto data = g.data(extraFields(s.layout).pcrSize);
    std::sort(data.begin(), data.end());
    for (std::size_t i = 0; i + 1 < data.size(); ++i) {
        EXPECT_GT(data[i].first, 0u);
        EXPECT_LE(data[i].first + data[i].second, data[i + 1].first) << std::hex << data[i].first;
    }
    const GeneratedKernel kernel = generateKernel(s);
    const auto dump = open(kernel, DumpBuilder::Format::Bitmap);
    const Snapshot snapshot = walk(dump->file);
    EXPECT_EQ(snapshot.processes.size(), kernel.planted.processes);
    EXPECT_EQ(snapshot.handles.size(), kernel.planted.handles);
    EXPECT_EQ(dump->file.header().kdDebuggerDataBlock, kernel.planted.kernelBase + g.kdDebuggerDataBlock);

    // Another kernel's globals where 19041 keeps its debugger data: the rest moves past them.
    KernelLayout foreign = s.layout;
    foreign.globals.psActiveProcessHead = g.kdDebuggerDataBlock + 0x40;
    const ImageGlobals moved = imageGlobals(foreign);
    auto spans = moved.data(0);
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 0; i + 1 < spans.size(); ++i)
        EXPECT_LE(spans[i].first + spans[i].second, spans[i + 1].first) << std::hex << spans[i].first;
}

// The fields of a kernel the rows do not know come from the row that shares its layout, or
// are moved with its _EPROCESS.
TEST(GeneratedDump, AnUnknownKernelTakesTheRowItsLayoutShares)
{
    KernelLayout between = *builtinLayout(19041);
    between.build = 18363; // 1909's number on 2004's layout
    between.pdbGuid = "00112233445566778899AABBCCDDEEFF";
    const ExtraFields shared = extraFields(between);
    EXPECT_EQ(shared.build, 19041u);
    EXPECT_EQ(shared.processExitTime, 0x840u);
    EXPECT_EQ(shared.processActiveThreads, 0x5f0u);
    EXPECT_TRUE(shared.derived);

    KernelLayout moved = *builtinLayout(22000);
    moved.build = 26100;
    moved.pdbGuid = "00112233445566778899AABBCCDDEEFF";
    moved.processUniqueId = 0x1d0; // 24H2: the _EPROCESS fields 0x270 lower
    const ExtraFields shifted = extraFields(moved);
    EXPECT_EQ(shifted.build, 22000u);
    EXPECT_EQ(shifted.processCreateTime, 0x468u - 0x270u);
    EXPECT_EQ(shifted.processHeaderSize * 4, 0x1c8u); // the _KPROCESS size of 26100
    EXPECT_EQ(shifted.processDirectoryTableBase, 0x28u);
}
