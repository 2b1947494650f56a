#pragma once
#include "analysis/record_lookup.h"
#include "analysis/record_store.h"
#include "model/snapshot.h"

#include <string>
#include <string_view>

namespace poolscope {

// Collects the records a reader finds into one Snapshot. The same object often shows up
// several times in a log (an IRP in !irpfind, then in dt nt!_IRP, then in !irp): records
// are keyed by address and every sighting fills in what the earlier ones left absent.
//
// References returned stay valid until finish(): records never move while they are collected.
//
// How many records of each kind a reader expects (a dump's walks know from the handle tables'
// counts and the lists' lengths): reserved, they are stored once and never copied.
struct RecordCounts {
    std::size_t processes = 0, threads = 0, objects = 0, ports = 0, irps = 0, fileObjects = 0, handles = 0;
    // The handles come through newHandle() only (a dump's tables, where each position is one
    // handle): no index is made for them, 16 MB less for a million.
    bool handlesNew = false;
};

class SnapshotBuilder {
public:
    explicit SnapshotBuilder(std::string sourcePath);

    void reserve(const RecordCounts& counts);

    Process& process(Address address, const Provenance& where);
    Thread& thread(Address address, const Provenance& where);
    // The thread's record when this call made it; nothing when it was there already.
    Thread* newThread(Address address, const Provenance& where);
    KernelObject& object(Address address, const Provenance& where);
    CompletionPort& port(Address address, const Provenance& where);
    Irp& irp(Address address, const Provenance& where);
    FileObject& fileObject(Address address, const Provenance& where);
    PoolBlock& poolBlock(Address address, const Provenance& where);
    Handle& handle(Address process, std::uint64_t value, const Provenance& where);
    // A handle the reader knows it has not met (a dump's walk reads each table entry once):
    // no lookup; the index is made again from the records if handle() is asked later.
    Handle& newHandle(Address process, std::uint64_t value, const Provenance& where);
    PoolTagStat& poolTag(PoolTag tag, PoolType type, const Provenance& where);

    bool hasProcess(Address address) const;
    bool hasPort(Address address) const;

    PoolSummary& summary() { return m_snapshot.summary; }
    // The pool tag rows read so far (the dump reader holds its pool scan against them).
    std::vector<PoolTagStat> poolTagsSoFar() const { return m_poolTags.copy(); }
    // Lists seen entry by entry, in the order they were read, and the offsets of their fields.
    std::vector<KernelList>& lists() { return m_snapshot.lists; }
    ListFieldOffsets& listOffsets() { return m_snapshot.listOffsets; }
    void setPointerSize(std::uint8_t size) { m_snapshot.pointerSize = size; }
    std::uint8_t pointerSize() const { return m_snapshot.pointerSize; }
    void setLabel(std::string label) { m_snapshot.label = std::move(label); }

    Provenance at(std::uint32_t line, std::uint64_t offset) const { return {0, line, offset}; }

    void warn(const Provenance& where, std::string message);
    void error(const Provenance& where, std::string message);
    void info(const Provenance& where, std::string message);
    // A line of recognised output that did not parse: counted, and described while few.
    void skipLine(const Provenance& where, std::string_view why);
    void skipCommand(std::string command, const Provenance& where, std::uint32_t lines);

    // Frees the tables that find records by key (a million handles' and objects'), for a
    // reader that has met every record it will; they are made again if it asks after all.
    void forgetKeys();
    // Brings in where object(address) will look (see RecordLookup::prefetch).
    void prefetchObject(Address address) const { m_objectIndex.prefetch({address, 0}); }
    void prefetchThread(Address address) const { m_threadIndex.prefetch({address, 0}); }

    // Moves the records into the snapshot, in the order first seen.
    Snapshot finish();

private:
    void addDiagnostic(Severity severity, const Provenance& where, std::string message);

    Snapshot m_snapshot;
    RecordStore<Process> m_processes;
    RecordStore<Thread> m_threads;
    RecordStore<KernelObject> m_objects;
    RecordStore<CompletionPort> m_ports;
    RecordStore<Irp> m_irps;
    RecordStore<FileObject> m_fileObjects;
    RecordStore<PoolBlock> m_poolBlocks;
    RecordStore<Handle> m_handles;
    RecordStore<PoolTagStat> m_poolTags;
    RecordLookup m_processIndex, m_threadIndex, m_objectIndex, m_portIndex, m_irpIndex, m_fileIndex, m_blockIndex,
        m_handleIndex, m_tagIndex;
    std::uint64_t m_droppedDiagnostics = 0;
};

} // namespace poolscope
