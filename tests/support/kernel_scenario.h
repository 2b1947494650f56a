#pragma once
#include "analysis/dump/kernel_layout.h"
#include "tests/support/dump_builder.h"
#include "tests/support/planted_pool.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// A small Windows x64 kernel laid out in memory with a KernelLayout, the way the real one
// is: the whole kernel image (PE headers, sections, the RSDS record, globals at the RVAs
// of that kernel's symbols), the debugger data and version blocks, the processors'
// control regions, KUSER_SHARED_DATA, object types and the header cookie with
// ObpInfoMaskToOffset, processes with their times, address spaces, sessions and handle
// tables, threads, registry keys with their control blocks, completion ports with queued
// IRPs and completion packets, file objects, the pool they are allocated from (segment
// heaps from 1903 on, classic pool pages before; pool_heap.h), the per-processor tracker
// tables and the big pool table. It stages the two leak cases of ../shared/seeds (or a
// driver's reference leak) plus noise, and records what it planted so tests can check
// that every walk finds exactly that; volatility3 and kdmp-parser read the dumps it makes
// (README, "Independent parsers").
namespace poolscope::testdata {

// ReferenceLeak: no IOCP or handle leak; leakydrv.sys keeps a reference to 1,800 file
// objects whose handles were closed (HandleCount 0, in no handle table).
enum class ScenarioKind { IocpLeak, HandleLeak, Both, ReferenceLeak };

enum class DumpDamage {
    None,
    CyclicQueue,         // the leak port's queue loops back into itself
    HandleTableOutside,  // a process's handle table points at memory the dump lacks
    TypeIndexOutOfRange, // some object headers decode to a type index past the table
    // The pool (segment heap builds; what was done is in PlantedPool::damage):
    PoolChunkHeader,  // a VS chunk header among the threads overwritten with bytes that do not decode
    PoolPageMissing,  // a page inside a VS subsegment of threads not in the dump
    PoolSegmentCycle, // the NonPagedNx heap's segment list loops back to its second segment
};

struct KernelScenario {
    ScenarioKind kind = ScenarioKind::Both;
    KernelLayout layout;      // builtinLayout(build) or loadIsfLayout(...)
    std::string kernelGuid;   // the RSDS GUID written into the image; empty = layout.pdbGuid
    std::uint32_t kernelAge = 1;
    std::uint64_t leakedIrps = 156;             // seed 002
    std::uint64_t leakedThreadHandles = 323155; // seed 004
    std::uint64_t noiseHandles = 0;   // extra Event handles over the noise processes (benchmarks)
    std::uint64_t noiseIrps = 0;      // extra IRPs queued on a busy second port (benchmarks)
    std::uint64_t physicalMemory = 0; // the machine's RAM in bytes; 0 = what the kernel needs
    std::uint64_t firstFrame = 0;     // the kernel's pages from this frame up; 0 = from the lowest
    DumpDamage damage = DumpDamage::None;
    // The gflag "maintain a list of objects for each type" (otl): ports are linked into the
    // IoCompletion type's TypeList, and one port without handles is reachable only there.
    bool maintainTypeLists = false;
    // A live dump keeps KDDEBUGGER_DATA64 encoded: its "KDBG" tag is not readable as such.
    bool encodedDebuggerData = false;
};

struct PlantedTag {
    std::uint64_t nonPagedAllocs = 0, nonPagedFrees = 0, nonPagedBytes = 0;
    std::uint64_t pagedAllocs = 0, pagedFrees = 0, pagedBytes = 0;
};

struct PlantedPort {
    std::uint64_t address = 0; // the IoCompletion object body (the KQUEUE)
    std::uint64_t irps = 0;
    std::uint64_t packets = 0;
    std::uint32_t concurrency = 0;
    std::uint32_t waitingThreads = 0;
    std::vector<std::uint64_t> holders; // EPROCESS addresses
};

struct PlantedQuota {
    std::uint64_t nonPaged = 0, nonPagedPeak = 0, paged = 0, pagedPeak = 0;
};

// What the generator put in memory, for tests to compare the walks against.
struct PlantedKernel {
    std::uint64_t kernelBase = 0;
    std::uint8_t headerCookie = 0;
    std::vector<std::string> typeNames; // by type index; 0 and 1 empty
    std::uint64_t processes = 0;
    std::uint64_t handles = 0;
    std::uint64_t irps = 0;
    std::uint64_t packets = 0;
    std::vector<PlantedPort> ports;
    std::map<std::uint64_t, std::map<std::string, std::uint64_t>> handleTypes; // EPROCESS -> type -> count
    // Handles whose object header stores the type index encoded as 0 (a valid type: the
    // index, the address byte and the cookie cancel out), per EPROCESS.
    std::map<std::uint64_t, std::uint64_t> zeroTypeByteHandles;
    std::map<std::string, PlantedTag> tags;    // summed over processors
    std::uint64_t bigPagesInUse = 0;
    std::uint64_t unwalkedIrps = 0; // Irp allocations counted by the tracker and in no walked list
    std::map<std::uint64_t, PlantedQuota> quota; // EPROCESS -> its ProcessQuotaUsage/Peak
    // Module -> tag -> occurrences of the tag's bytes in the module's image
    std::map<std::string, std::map<std::string, std::uint64_t>> tagsInImages;
    std::string driverImage; // the third-party driver and its own tag (in no pooltag.txt)
    std::string driverTag;
    // Exited processes kept by handles, with their terminated threads, and who holds them
    std::vector<std::uint64_t> zombieProcesses;
    std::vector<std::uint64_t> zombieProcessThreads;
    std::uint64_t zombieHolder = 0;

    // The IOCP case (seed 002)
    std::uint64_t iocpProcess = 0;
    std::uint32_t iocpPid = 0;
    std::string iocpImage;
    std::uint64_t iocpThread = 0;
    std::uint64_t leakPort = 0;
    std::uint64_t leakFile = 0;
    std::string leakFileName;
    std::vector<std::uint64_t> leakIrps;
    std::vector<std::uint64_t> pendingIrps; // on a worker thread's IrpList, on no port
    std::string pendingIrpDriver;           // the DriverName of their current stack location's device
    // The handle case (seed 004)
    std::uint64_t handleProcess = 0;
    std::uint32_t handlePid = 0;
    std::string handleImage;
    std::uint64_t terminatedThreads = 0;
    std::uint64_t orphanPort = 0; // with maintainTypeLists
    // Damage
    std::uint64_t damagedAddress = 0; // the structure the damage was done to
    // The pool block by block: heaps, segments, each tag's blocks, stale frees
    PlantedPool pool;
};

struct GeneratedKernel {
    DumpBuilder memory;
    PlantedKernel planted;
};

GeneratedKernel generateKernel(const KernelScenario& scenario);

} // namespace poolscope::testdata
