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

// A process that holds a handle to a completion port (!icpleak 1, !handle).
struct PortHolder {
    Address process = 0;
    std::optional<std::uint32_t> pid;
    std::string imageName;
    std::optional<std::uint64_t> handle;
};

// An I/O completion port: an IoCompletion object whose body is a _KQUEUE.
struct CompletionPort {
    Address address = 0;
    std::optional<std::uint64_t> queuedEntries; // Header.SignalState
    // Entries that are small completion packets (PostQueuedCompletionStatus), not IRPs;
    // known only when the queue itself was walked (a dump).
    std::optional<std::uint64_t> queuedPackets;
    std::optional<std::uint32_t> maxConcurrency; // MaximumCount
    std::optional<std::uint32_t> activeThreads;  // CurrentCount
    std::optional<std::uint32_t> waitingThreads; // entries on ThreadListHead
    std::optional<Address> entryListFlink;       // EntryListHead.Flink, start of !list
    std::optional<Address> entryListBlink;
    std::vector<PortHolder> holders;
    Provenance where;
};

struct Irp {
    Address address = 0;
    OptionalAddress thread;  // Tail.Overlay.Thread
    SharedAddress process;   // the thread's process, when known
    SharedAddress port;      // the completion port it is queued on
    OptionalAddress fileObject; // Tail.Overlay.OriginalFileObject
    std::optional<std::uint32_t> status; // IoStatus.Status (NTSTATUS)
    std::optional<bool> completed;       // CurrentLocation > StackCount
    std::optional<bool> pendingReturned;
    std::optional<std::uint8_t> stackCount;
    std::optional<std::uint8_t> currentLocation;
    std::optional<std::uint32_t> flags;
    OptionalAddress listEntryFlink; // Tail.Overlay.ListEntry
    OptionalAddress listEntryBlink;
    OptionalAddress userEvent;
    OptionalAddress userBuffer;
    Interned currentDriver; // "\Driver\symc810", the current stack location's owner
    CompactProvenance where;
};

struct FileObject {
    Address address = 0;
    std::string name;
    std::optional<Address> device;
    std::optional<Address> completionContext;
    std::optional<Address> completionPort; // CompletionContext->Port
    std::optional<Address> completionKey;  // CompletionContext->Key
    std::optional<std::uint32_t> flags;
    Provenance where;
};

} // namespace poolscope
