#pragma once
#include "address.h"
#include "provenance.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// How many handles of one object type a process holds ("323155  Thread").
struct HandleTypeCount {
    std::string type;
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
    Provenance where;
};

struct Thread {
    Address address = 0; // ETHREAD
    std::optional<std::uint32_t> pid;
    std::optional<std::uint32_t> tid;
    std::optional<Address> process; // owning EPROCESS
    std::optional<Address> teb;
    std::optional<Address> startAddress;
    // "Win32 Start Address": the user-mode thread function, which names the code that made
    // the thread when the kernel start address is the same for every user thread.
    std::optional<Address> win32StartAddress;
    std::string state; // "TERMINATED", "WAIT: (WrQueue) UserMode Alertable", ...
    Provenance where;

    bool terminated() const { return state.rfind("TERMINATED", 0) == 0; }
};

// One entry of a process handle table.
struct Handle {
    Address process = 0; // the owner's EPROCESS
    std::optional<std::uint32_t> pid;
    std::uint64_t value = 0; // the handle value, 0x4, 0x8, ...
    Address object = 0;      // the object body
    std::string type;        // object type name when known ("Thread", "IoCompletion")
    std::optional<std::uint32_t> grantedAccess;
    bool isProtected = false;
    bool inherit = false;
    Provenance where;
};

} // namespace poolscope
