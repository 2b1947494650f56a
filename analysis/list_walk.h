#pragma once
#include "analysis/inspection.h"
#include "model/kernel_list.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The !list walk, mirrored step by step: from a list head (a port's EntryListHead, a thread's
// IrpList, PsActiveProcessHead) Flink after Flink, each entry turned into the record that holds
// it with CONTAINING_RECORD and the field offset of the layout in use, until the walk is back at
// the head, a link breaks, a link comes round again, or the source stops showing the way.
// Every step names what the source does not show there, and the walk gives the WinDbg commands
// that repeat it in the debugger.
namespace poolscope {

// How the walk ended.
enum class WalkEnd : std::uint8_t {
    BackAtHead, // the last entry's Flink is the head: every entry was visited
    Broken,     // an entry or a link is not readable (endAddress)
    Cycle,      // a Flink leads to an entry visited before (cycleOnto) without reaching the head
    Cap,        // stopped at the walk's limit
    Gap,        // the source does not show the Flink of the last step
    Unknown,    // the source shows nothing of this list
};

struct WalkStep {
    std::size_t number = 0;           // 1-based, in Flink order from the head
    OptionalAddress entry;            // the _LIST_ENTRY: the previous step's Flink
    OptionalAddress flink;
    OptionalAddress blink;
    OptionalAddress record;           // CONTAINING_RECORD(entry, type, field)
    ListEntryKind kind = ListEntryKind::Unknown;
    bool inSource = false;            // the record is one of the snapshot's records
    OptionalAddress thread;
    OptionalAddress process;
    Interned processName;             // "IOCPLeak.exe (0x1a2c)"
    OptionalAddress file;
    Interned fileName;
    std::optional<std::uint32_t> status;
    std::string note;                 // what the source does not show at this step
    std::uint32_t line = 0;           // a log: where this element's output starts
};

struct ListWalk {
    ListRef list;
    std::uint8_t pointerSize = 8;
    std::string title;                // "EntryListHead of port ffffe000`05248840"
    std::string owner;                // "port ffffe000`05248840"
    std::optional<Address> head;
    std::optional<Address> headFlink;
    std::optional<Address> headBlink;
    std::string recordType;           // "nt!_IRP"
    std::string field;                // "Tail.Overlay.ListEntry"
    std::uint32_t fieldOffset = 0;
    bool fieldOffsetKnown = false;
    std::string offsetsSource;        // which layout the offsets come from
    std::vector<WalkStep> steps;
    WalkEnd end = WalkEnd::Unknown;
    Address endAddress = 0;           // Broken: what is not readable; Cycle: the entry seen again
    std::size_t cycleOnto = 0;        // Cycle: the step the last Flink leads back to
    std::optional<std::uint64_t> expected; // Header.SignalState of a queue
    // Records the source places on this list that the walk did not reach (a log's gap).
    std::vector<WalkStep> unreached;
    std::string ending;               // "back at the head after 156 entries"
    std::vector<std::string> notes;   // what else the user should know to repeat it
    std::vector<DebuggerCommand> commands;

    // Entries on the list as far as is known: every step when the walk came back to the head,
    // else the queue's own count when it has one.
    std::optional<std::uint64_t> total() const;
};

constexpr std::size_t kMaxWalkSteps = 10'000'000; // far beyond any real list

ListWalk walkList(const SnapshotIndex& index, const ListRef& list, std::size_t cap = kMaxWalkSteps);
// The list without its steps: its names, head, the head's links, offsets and commands. Cheap
// enough for every inspection of a record (a port's queue is not followed).
ListWalk listShape(const SnapshotIndex& index, const ListRef& list);

// The list an inspected record is an entry of, for Next / Previous: an IRP's port queue, or
// its thread's IrpList while it is pending; a process's ActiveProcessLinks.
std::optional<ListRef> listOfRecord(const SnapshotIndex& index, const RecordRef& record);

// The step whose entry is `entry`, as an index into steps; absent when the walk does not visit it.
std::optional<std::size_t> stepOfEntry(const ListWalk& walk, Address entry);

// "CONTAINING_RECORD(ffffe000`07e366b8, nt!_IRP, Tail.Overlay.ListEntry) = ffffe000`07e36610 (entry - 0xa8)"
std::string containingRecordText(const ListWalk& walk, const WalkStep& step);
// "entry 37 of 156 on port ffffe000`05248840"
std::string stepPosition(const ListWalk& walk, const WalkStep& step);
// The walk's own command, in the form of seed 002:
// !list -t nt!_IRP.Tail.Overlay.ListEntry.Flink -x "!irp @$extret" @@(#CONTAINING_RECORD(0x..., nt!_IRP, Tail.Overlay.ListEntry))
std::string listCommand(const ListWalk& walk);

// "IRP", "completion packet", ... in the reader's language (the command line's stay English).
std::string entryKindName(ListEntryKind kind);

// What the inspector shows for a step: the record's own inspection when the source holds it,
// else what the walk knows of the entry (a completion packet, an IRP the log never printed),
// with its Flink and Blink as list links.
Inspection inspectStep(const SnapshotIndex& index, const ListWalk& walk, std::size_t stepIndex);
// The head: the port or thread that holds it, or PsActiveProcessHead itself.
Inspection inspectHead(const SnapshotIndex& index, const ListWalk& walk);
std::optional<RecordRef> recordOfStep(const WalkStep& step);

// Where the list fields sit on x64 (8) or x86 (4) targets: _IRP and _KQUEUE are laid out
// alike on every build of an architecture (drivers are compiled against them).
ListFieldOffsets standardListOffsets(std::uint8_t pointerSize);

} // namespace poolscope
