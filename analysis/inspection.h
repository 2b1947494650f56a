#pragma once
#include "analysis/records_by_address.h"
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

// The drill-down: one record of a snapshot as a field tree like `dt -r` prints it, every
// pointer to another record a link, and the WinDbg commands that show the same thing so
// the user can check it in the debugger.
namespace poolscope {

// PoolBlock: a block of a dump's pool (address: its POOL_HEADER, or 0 for all the blocks of
// its tag and pool: the Allocations of the tag).
enum class RecordKind : std::uint8_t { Port, Irp, FileObject, Process, Thread, Handle, Object, PoolTag, PoolBlock };

// Which record: an address for most kinds; a handle is (process, value); a tag is (tag, pool).
struct RecordRef {
    RecordKind kind = RecordKind::Port;
    Address address = 0;      // the record, or for a handle its process
    std::uint64_t value = 0;  // the handle value
    PoolTag tag;
    PoolType pool = PoolType::Unknown;

    friend bool operator==(const RecordRef&, const RecordRef&) = default;
};

// Which kernel list: its kind and the record that holds its head (0 for the process list).
struct ListRef {
    ListKind kind = ListKind::PortQueue;
    Address owner = 0;

    friend bool operator==(const ListRef&, const ListRef&) = default;
};

// A Flink or Blink of a _LIST_ENTRY field: following it applies CONTAINING_RECORD with the
// structure the list holds, the way !list steps from one entry to the next.
struct ListLink {
    ListRef list;
    Address target = 0; // the Flink (or Blink) value: another entry, or the list head

    friend bool operator==(const ListLink&, const ListLink&) = default;
};

struct InspectedField {
    std::string name;  // the kernel's field name where there is one: "Tail.Overlay.Thread"
    std::string value; // as the debugger would show it; "(not in this source)" when absent
    std::optional<RecordRef> link;
    std::vector<InspectedField> children;
    std::optional<ListLink> listLink;
};

struct DebuggerCommand {
    std::string what;    // "the port's queue"
    std::string command; // "dt nt!_KQUEUE ffffe000`05248840"
};

struct Inspection {
    bool found = false;
    std::string title;      // "_KQUEUE ffffe000`05248840 (IoCompletion)"
    std::string provenance; // "demo_kd.log line 1234"
    std::vector<InspectedField> fields;
    std::vector<DebuggerCommand> commands;
};

// Lookups by address, built once per snapshot in linear time.
class SnapshotIndex {
public:
    explicit SnapshotIndex(const Snapshot& snapshot);

    const Snapshot& snapshot() const { return m_snapshot; }
    const CompletionPort* port(Address a) const { return m_ports.find(a); }
    const Irp* irp(Address a) const { return m_irps.find(a); }
    const FileObject* file(Address a) const { return m_files.find(a); }
    const Process* process(Address a) const { return m_processes.find(a); }
    const Thread* thread(Address a) const { return m_threads.find(a); }
    const KernelObject* object(Address a) const { return m_objects.find(a); }
    const Handle* handle(Address process, std::uint64_t value) const;
    std::size_t irpsOnPort(Address port) const;
    const std::vector<const Handle*>& handlesOf(Address process) const;

private:
    const Snapshot& m_snapshot;
    RecordsByAddress<CompletionPort> m_ports;
    RecordsByAddress<Irp> m_irps;
    RecordsByAddress<FileObject> m_files;
    RecordsByAddress<Process> m_processes;
    RecordsByAddress<Thread> m_threads;
    RecordsByAddress<KernelObject> m_objects;
    std::unordered_map<Address, std::size_t> m_irpsOnPort;
    std::unordered_map<Address, std::vector<const Handle*>> m_handlesByProcess;
};

Inspection inspect(const SnapshotIndex& index, const RecordRef& ref);

// The debugger commands alone (the inspector shows them; the CLI could print them).
std::vector<DebuggerCommand> debuggerCommands(const SnapshotIndex& index, const RecordRef& ref);

} // namespace poolscope
