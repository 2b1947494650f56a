#pragma once
#include "address.h"
#include "compact_optional.h"
#include "interned.h"
#include "provenance.h"
#include "shared_address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// How many handles of one object type a process holds ("323155  Thread").
struct HandleTypeCount {
    Interned type;
    std::uint64_t count = 0;
};

struct Process {
    Address address = 0; // EPROCESS
    std::optional<std::uint32_t> pid;
    std::optional<std::uint32_t> parentPid;
    std::optional<std::uint32_t> sessionId;
    std::string imageName;
    std::optional<Address> objectTable;
    std::optional<Address> directoryTableBase;
    std::optional<Address> peb;
    std::optional<std::uint64_t> handleCount; // TableSize / HandleCount as the source says
    std::vector<HandleTypeCount> handleCountsByType;
    // Threads still running: the entries of its thread list in a dump, "No active threads"
    // in !process (the THREAD blocks of a log are counted from Snapshot::threads instead).
    std::optional<std::uint64_t> threadCount;
    // Exited: its handle table is gone (ObjectTable 0, "HandleCount: 0." in !process) and no
    // thread runs. The EPROCESS stays while anything references it: a zombie.
    std::optional<bool> exited;
    // Pool charged to the process (_EPROCESS.ProcessQuotaUsage/Peak, !process's
    // QuotaPoolUsage lines): what Task Manager shows as NP Pool and Paged Pool. Bytes.
    std::optional<std::uint64_t> nonPagedQuota;
    std::optional<std::uint64_t> nonPagedQuotaPeak;
    std::optional<std::uint64_t> pagedQuota;
    std::optional<std::uint64_t> pagedQuotaPeak;
    Provenance where;
};

// 323,155 of them in seed 004's leak: 48 bytes; the addresses threads share (their
// process, where they started) are kept once.
struct Thread {
    Address address = 0; // ETHREAD
    OptionalAddress teb;
    CompactProvenance where;
    SharedAddress process; // owning EPROCESS
    SharedAddress startAddress;
    // "Win32 Start Address": the user-mode thread function, which names the code that made
    // the thread when the kernel start address is the same for every user thread.
    SharedAddress win32StartAddress;
    OptionalId pid;
    OptionalId tid;
    Interned state; // "TERMINATED", "WAIT: (WrQueue) UserMode Alertable", ...

    bool terminated() const { return state.rfind("TERMINATED", 0) == 0; }
};

// One entry of a process handle table; a million of them in a handle leak: 48 bytes.
struct Handle {
    Address process = 0;     // the owner's EPROCESS
    std::uint64_t value = 0; // the handle value, 0x4, 0x8, ...
    Address object = 0;      // the object body
    CompactProvenance where;
    OptionalId pid;
    Interned type; // object type name when known ("Thread", "IoCompletion")
    OptionalId grantedAccess;
    bool isProtected = false;
    bool inherit = false;
};

static_assert(sizeof(Handle) <= 48 && sizeof(Thread) <= 48);

} // namespace poolscope
