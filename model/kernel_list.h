#pragma once
#include "address.h"
#include "provenance.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace poolscope {

// The kernel's doubly linked lists that the leak walks follow: where the head lives and which
// structure every entry is embedded in (CONTAINING_RECORD's type and field).
enum class ListKind : std::uint8_t {
    PortQueue,       // _KQUEUE.EntryListHead -> _IRP.Tail.Overlay.ListEntry, or a completion packet
    ThreadIrps,      // _ETHREAD.IrpList -> _IRP.ThreadListEntry
    ActiveProcesses, // PsActiveProcessHead -> _EPROCESS.ActiveProcessLinks
};

// What an entry turned out to be. A port's queue mixes IRPs (PacketType 0) with the small
// completion packets PostQueuedCompletionStatus queues (their list entry is at offset 0).
enum class ListEntryKind : std::uint8_t { Unknown, Irp, CompletionPacket, Process, Other };

// One entry as the source showed it, in list order.
struct KernelListEntry {
    Address entry = 0; // the _LIST_ENTRY's own address; 0 when the source did not print it
    Address flink = 0;
    Address blink = 0;
    bool linksKnown = false; // flink and blink were read (a dump) or printed (dt)
    ListEntryKind kind = ListEntryKind::Unknown;
    std::uint32_t line = 0; // a log: the line where this element's output starts
};

// How a walk of the list ended in the source.
enum class ListEnd : std::uint8_t {
    BackAtHead, // the last Flink is the head: the whole list was seen
    Unreadable, // endAddress (a link or an entry) could not be read
    Cycle,      // endAddress came round again without the walk reaching the head
    Cap,        // the walk stopped at its limit
    SourceEnds, // a log: the output stops without showing the way back to the head
};

// What one source saw of one list: a dump's walk entry by entry, or a log's `!list` output.
struct KernelList {
    ListKind kind = ListKind::PortQueue;
    Address owner = 0;          // the port or thread; 0 for the process list or an unknown owner
    std::optional<Address> head; // the list head's address, when known
    std::vector<KernelListEntry> entries;
    ListEnd end = ListEnd::SourceEnds;
    Address endAddress = 0;
    std::string command; // a log: the `!list` command as typed
    Provenance where;
};

// Where the list fields sit in the layout the source was read with, so that a walk shows the
// debugger's own arithmetic (entry - 0xa8 on x64, entry - 0x58 on x86).
struct ListFieldOffsets {
    std::uint32_t queueEntryListHead = 0x18; // _KQUEUE.EntryListHead
    std::uint32_t irpListEntry = 0xa8;       // _IRP.Tail.Overlay.ListEntry
    std::uint32_t irpThreadListEntry = 0x20; // _IRP.ThreadListEntry
    std::optional<std::uint32_t> threadIrpList;      // _ETHREAD.IrpList (moves between builds)
    std::optional<std::uint32_t> processActiveLinks; // _EPROCESS.ActiveProcessLinks (likewise)
    // True when every thread read has its non-empty IrpList among Snapshot::lists, so that a
    // thread without one has an empty list rather than an unknown one.
    bool threadIrpListsRecorded = false;
    std::string source; // "built-in table for build 19041", "the x64 _IRP and _KQUEUE (every build)"
};

} // namespace poolscope
