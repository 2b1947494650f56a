#include "fake_system.h"

#include <algorithm>
#include <array>

namespace poolscope::testdata {

namespace {

struct KnownTag {
    const char* tag;
    std::uint64_t pagedPerAlloc;    // 0: not in paged pool
    std::uint64_t nonPagedPerAlloc; // 0: not in nonpaged pool
};

// Kernel tags with the sizes their blocks have on x64 (several in both pools).
constexpr std::array kKnownTags{
    KnownTag{"Thre", 0, FakeSystem::kThreadBytes}, KnownTag{"Proc", 0, 2'368}, KnownTag{"File", 0, 352},
    KnownTag{"Irp ", 0, 544},  KnownTag{"Even", 0, 128},  KnownTag{"Toke", 3'072, 0},  KnownTag{"MmSt", 5'120, 0},
    KnownTag{"CM31", 4'096, 0}, KnownTag{"Ntfx", 112, 1'296}, KnownTag{"FMfn", 576, 0}, KnownTag{"Io  ", 96, 208},
    KnownTag{"Key ", 192, 0},  KnownTag{"ObSt", 64, 96},  KnownTag{"Wait", 0, 96},    KnownTag{"SeSd", 144, 0},
    KnownTag{"Vad ", 0, 64},   KnownTag{"MmCa", 0, 128},  KnownTag{"AfdE", 0, 1'120}, KnownTag{"Icp ", 0, 96},
    KnownTag{"Sema", 0, 96},   KnownTag{"ALPC", 0, 320},  KnownTag{"Obtb", 4'096, 0}, KnownTag{"Dh 1", 8'192, 0},
    KnownTag{"EtwB", 0, 4'096}, KnownTag{"Mdl ", 0, 144},
};

// Processes of a desktop, with the object types their handles are to.
struct KnownProcess {
    std::uint32_t pid;
    const char* image;
    std::array<std::pair<const char*, std::uint64_t>, 5> handles;
};
constexpr std::array kKnownProcesses{
    KnownProcess{4, "System", {{{"Process", 310}, {"Thread", 2'100}, {"Key", 640}, {"File", 1'200}, {"Event", 900}}}},
    KnownProcess{612, "csrss.exe", {{{"Process", 160}, {"Thread", 1'450}, {"ALPC Port", 88}, {"Event", 120}, {"Section", 40}}}},
    KnownProcess{1024, "svchost.exe", {{{"Event", 450}, {"Key", 120}, {"File", 80}, {"ALPC Port", 60}, {"Thread", 30}}}},
    KnownProcess{2048, "explorer.exe", {{{"Event", 900}, {"Key", 380}, {"File", 210}, {"Section", 150}, {"Thread", 120}}}},
    KnownProcess{3120, "IOCPLeak.exe", {{{"IoCompletion", 1}, {"File", 12}, {"Event", 9}, {"Thread", 4}, {"Key", 2}}}},
    KnownProcess{FakeSystem::kLeakingPid, FakeSystem::kLeakingImage,
                 {{{"Thread", 20}, {"Event", 12}, {"File", 6}, {"Key", 3}, {"Token", 1}}}},
};

} // namespace

FakeSystem::FakeSystem(const FakeSystemOptions& options)
    : m_options(options), m_random(0x9e3779b97f4a7c15ull ^ options.seed)
{
    for (std::size_t i = 0; i < options.tags; ++i) {
        Tag t;
        if (i < kKnownTags.size()) {
            t.counters.tag = PoolTag(kKnownTags[i].tag);
            t.pagedBytesPerAlloc = kKnownTags[i].pagedPerAlloc;
            t.nonPagedBytesPerAlloc = kKnownTags[i].nonPagedPerAlloc;
        } else {
            // Driver tags beyond the known ones: "Dr00", "Dr01", ... in one pool or the other.
            const std::string name = "D" + std::string(1, static_cast<char>('a' + i % 26)) +
                                     std::to_string(i / 26 % 10) + std::string(1, static_cast<char>('A' + i % 7));
            t.counters.tag = PoolTag(name);
            (i % 3 == 0 ? t.pagedBytesPerAlloc : t.nonPagedBytesPerAlloc) = 64 + 16 * below(60);
        }
        // Since boot: many allocations, most of them freed.
        if (t.pagedBytesPerAlloc) {
            t.counters.pagedAllocs = 100'000 + below(2'000'000);
            t.counters.pagedFrees = t.counters.pagedAllocs - 500 - below(20'000);
        }
        if (t.nonPagedBytesPerAlloc) {
            t.counters.nonPagedAllocs = 100'000 + below(2'000'000);
            t.counters.nonPagedFrees = t.counters.nonPagedAllocs - 500 - below(20'000);
        }
        m_tags.push_back(t);
    }
    if (options.oddTags) {
        Tag zero;
        zero.counters.tag = PoolTag(std::string_view("\0\0\0\0", 4));
        zero.nonPagedBytesPerAlloc = 64;
        zero.counters.nonPagedAllocs = 4'000;
        zero.counters.nonPagedFrees = 3'000;
        m_tags.push_back(zero);
        Tag control;
        control.counters.tag = PoolTag(std::string_view("Ab\1\n", 4));
        control.pagedBytesPerAlloc = 32;
        control.counters.pagedAllocs = 900;
        control.counters.pagedFrees = 100;
        m_tags.push_back(control);
        Tag alike; // prints as "Ab??" too: one row with the one above
        alike.counters.tag = PoolTag(std::string_view("Ab\2\3", 4));
        alike.pagedBytesPerAlloc = 32;
        alike.counters.pagedAllocs = 100;
        alike.counters.pagedFrees = 50;
        m_tags.push_back(alike);
    }
    for (const KnownProcess& p : kKnownProcesses) {
        capture::ProcessHandles handles;
        handles.pid = p.pid;
        handles.image = p.image;
        for (const auto& [type, count] : p.handles)
            handles.byType.emplace_back(type, count);
        m_processes.push_back(std::move(handles));
    }
}

std::uint64_t FakeSystem::below(std::uint64_t n)
{
    m_random = m_random * 6364136223846793005ull + 1442695040888963407ull;
    return n ? (m_random >> 29) % n : 0;
}

capture::SystemReading FakeSystem::read()
{
    capture::SystemReading reading;
    reading.when = std::chrono::system_clock::time_point(std::chrono::seconds(1'710'411'667)) +
                   std::chrono::duration_cast<std::chrono::system_clock::duration>(
                       std::chrono::duration<double>(m_options.secondsPerTick * static_cast<double>(m_reads)));
    if (m_reads > 0) {
        // Churn: as many frees as allocations, give or take a few, on every tag.
        for (Tag& t : m_tags) {
            for (const bool paged : {true, false}) {
                if (!(paged ? t.pagedBytesPerAlloc : t.nonPagedBytesPerAlloc))
                    continue;
                auto& allocs = paged ? t.counters.pagedAllocs : t.counters.nonPagedAllocs;
                auto& frees = paged ? t.counters.pagedFrees : t.counters.nonPagedFrees;
                const std::uint64_t churn = 50 + below(3'000);
                allocs += churn;
                frees += churn - 20 + below(41);
            }
        }
        // The leak: threads that end stay referenced by the leaking process's handles.
        m_tags.front().counters.nonPagedAllocs += m_options.leakedThreadsPerTick + 40;
        m_tags.front().counters.nonPagedFrees += 40;
        for (auto& p : m_processes)
            if (p.pid == kLeakingPid)
                p.byType.front().second += m_options.leakedThreadsPerTick;
    }
    for (Tag& t : m_tags) {
        t.counters.pagedBytes = (t.counters.pagedAllocs - t.counters.pagedFrees) * t.pagedBytesPerAlloc;
        t.counters.nonPagedBytes = (t.counters.nonPagedAllocs - t.counters.nonPagedFrees) * t.nonPagedBytesPerAlloc;
    }
    if (m_options.poolTags) {
        auto& tags = reading.poolTags.emplace();
        for (const Tag& t : m_tags)
            tags.push_back(t.counters);
    } else {
        reading.poolTagsProblem = "NtQuerySystemInformation(SystemPoolTagInformation) returned "
                                  "STATUS_INVALID_INFO_CLASS (0xc0000003): this system does not implement it";
    }
    if (m_options.handles)
        reading.handles = m_processes;
    else
        reading.handlesProblem = "NtQuerySystemInformation(SystemExtendedHandleInformation) returned "
                                 "STATUS_ACCESS_DENIED (0xc0000022): run the capture as administrator";
    reading.memory.physical = 16ull << 30;
    reading.memory.available = (9ull << 30) - below(1ull << 28);
    reading.memory.pageFaults = 120'000 + 37 * m_reads;
    reading.memory.kernelInRam = 24ull << 20;
    reading.memory.pagedInRam = 310ull << 20;
    reading.memory.commit = (7ull << 30) + below(1ull << 26);
    reading.memory.commitLimit = 20ull << 30;
    reading.memory.commitPeak = 9ull << 30;
    std::uint64_t nonPaged = 0, paged = 0;
    for (const Tag& t : m_tags) {
        nonPaged += t.counters.nonPagedBytes;
        paged += t.counters.pagedBytes;
    }
    reading.memory.nonPagedPool = nonPaged;
    reading.memory.pagedPool = paged;
    ++m_reads;
    m_history.push_back(reading);
    if (m_options.stopAfterReads && m_reads == m_options.readsBeforeStop)
        m_options.stopAfterReads->request_stop();
    return reading;
}

} // namespace poolscope::testdata
