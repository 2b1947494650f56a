#include "snapshot_builder.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

namespace poolscope {

namespace {
// Enough to see every kind of problem in a broken log without holding millions of copies
// of the same message; the rest are counted in a closing diagnostic.
constexpr std::size_t kMaxDiagnostics = 5000;

// After forgetKeys() an index is made again from its records when it is next needed.
template <typename Record, typename KeyOf>
void remakeIndex(const RecordStore<Record>& records, RecordLookup& index, const KeyOf& keyOf)
{
    if (index.size() == records.size())
        return;
    index.clear();
    index.reserve(records.size());
    for (std::uint32_t at = 0; at < records.size(); ++at)
        index.tryEmplace(keyOf(at), at, keyOf);
}

template <typename Record>
Record& findOrAdd(RecordStore<Record>& records, RecordLookup& index, Address address, const Provenance& where,
                  bool* added = nullptr)
{
    const auto keyOf = [&](std::uint32_t at) { return RecordIndex::Key{records[at].address, 0}; };
    remakeIndex(records, index, keyOf);
    const auto [at, inserted] = index.tryEmplace({address, 0}, static_cast<std::uint32_t>(records.size()), keyOf);
    if (added)
        *added = inserted;
    if (inserted) {
        Record& record = records.add();
        record.address = address;
        record.where = where;
        return record;
    }
    return records[at];
}

template <typename Record>
bool holds(const RecordStore<Record>& records, const RecordLookup& index, Address address)
{
    if (index.size() != records.size()) { // forgotten: asked rarely enough to look at each
        for (std::size_t at = 0; at < records.size(); ++at)
            if (records[at].address == address)
                return true;
        return false;
    }
    return index.find({address, 0}, [&](std::uint32_t at) { return RecordIndex::Key{records[at].address, 0}; }).has_value();
}
} // namespace

SnapshotBuilder::SnapshotBuilder(std::string sourcePath)
{
    m_snapshot.label = sourcePath;
    m_snapshot.sources.push_back(std::move(sourcePath));
}

void SnapshotBuilder::reserve(const RecordCounts& counts)
{
    m_processes.reserve(counts.processes);
    m_processIndex.reserve(counts.processes);
    m_threads.reserve(counts.threads);
    m_threadIndex.reserve(counts.threads);
    m_objects.reserve(counts.objects);
    m_objectIndex.reserve(counts.objects);
    m_ports.reserve(counts.ports);
    m_portIndex.reserve(counts.ports);
    m_irps.reserve(counts.irps);
    m_irpIndex.reserve(counts.irps);
    m_fileObjects.reserve(counts.fileObjects);
    m_fileIndex.reserve(counts.fileObjects);
    m_handles.reserve(counts.handles);
    if (!counts.handlesNew)
        m_handleIndex.reserve(counts.handles);
}

bool SnapshotBuilder::hasProcess(Address address) const
{
    return holds(m_processes, m_processIndex, address);
}

bool SnapshotBuilder::hasPort(Address address) const
{
    return holds(m_ports, m_portIndex, address);
}


Process& SnapshotBuilder::process(Address address, const Provenance& where)
{
    return findOrAdd(m_processes, m_processIndex, address, where);
}

Thread& SnapshotBuilder::thread(Address address, const Provenance& where)
{
    return findOrAdd(m_threads, m_threadIndex, address, where);
}

Thread* SnapshotBuilder::newThread(Address address, const Provenance& where)
{
    bool added = false;
    Thread& thread = findOrAdd(m_threads, m_threadIndex, address, where, &added);
    return added ? &thread : nullptr;
}

KernelObject& SnapshotBuilder::object(Address address, const Provenance& where)
{
    return findOrAdd(m_objects, m_objectIndex, address, where);
}

CompletionPort& SnapshotBuilder::port(Address address, const Provenance& where)
{
    return findOrAdd(m_ports, m_portIndex, address, where);
}

Irp& SnapshotBuilder::irp(Address address, const Provenance& where)
{
    return findOrAdd(m_irps, m_irpIndex, address, where);
}

FileObject& SnapshotBuilder::fileObject(Address address, const Provenance& where)
{
    return findOrAdd(m_fileObjects, m_fileIndex, address, where);
}

PoolBlock& SnapshotBuilder::poolBlock(Address address, const Provenance& where)
{
    return findOrAdd(m_poolBlocks, m_blockIndex, address, where);
}

Handle& SnapshotBuilder::handle(Address process, std::uint64_t value, const Provenance& where)
{
    const auto keyOf = [&](std::uint32_t at) { return RecordIndex::Key{m_handles[at].process, m_handles[at].value}; };
    remakeIndex(m_handles, m_handleIndex, keyOf);
    const auto [at, inserted] =
        m_handleIndex.tryEmplace({process, value}, static_cast<std::uint32_t>(m_handles.size()), keyOf);
    if (inserted) {
        Handle& h = m_handles.add();
        h.process = process;
        h.value = value;
        h.where = where;
        return h;
    }
    return m_handles[at];
}

Handle& SnapshotBuilder::newHandle(Address process, std::uint64_t value, const Provenance& where)
{
    Handle& h = m_handles.add();
    h.process = process;
    h.value = value;
    h.where = where;
    return h;
}

PoolTagStat& SnapshotBuilder::poolTag(PoolTag tag, PoolType type, const Provenance& where)
{
    const auto keyOf = [&](std::uint32_t at) {
        return RecordIndex::Key{m_poolTags[at].tag.key(), static_cast<std::uint64_t>(m_poolTags[at].type)};
    };
    remakeIndex(m_poolTags, m_tagIndex, keyOf);
    const auto [at, inserted] = m_tagIndex.tryEmplace({tag.key(), static_cast<std::uint64_t>(type)},
                                                      static_cast<std::uint32_t>(m_poolTags.size()), keyOf);
    if (inserted) {
        PoolTagStat& stat = m_poolTags.add();
        stat.tag = tag;
        stat.type = type;
        stat.where = where;
        return stat;
    }
    return m_poolTags[at];
}

void SnapshotBuilder::addDiagnostic(Severity severity, const Provenance& where, std::string message)
{
    if (m_snapshot.diagnostics.size() >= kMaxDiagnostics) {
        ++m_droppedDiagnostics;
        return;
    }
    m_snapshot.diagnostics.push_back({severity, where, std::move(message)});
}

void SnapshotBuilder::warn(const Provenance& where, std::string message)
{
    addDiagnostic(Severity::Warning, where, std::move(message));
}

void SnapshotBuilder::error(const Provenance& where, std::string message)
{
    addDiagnostic(Severity::Error, where, std::move(message));
}

void SnapshotBuilder::info(const Provenance& where, std::string message)
{
    addDiagnostic(Severity::Info, where, std::move(message));
}

void SnapshotBuilder::skipLine(const Provenance& where, std::string_view why)
{
    ++m_snapshot.skipCounts.lines;
    addDiagnostic(Severity::Warning, where, std::string(why));
}

void SnapshotBuilder::skipCommand(std::string command, const Provenance& where, std::uint32_t lines)
{
    ++m_snapshot.skipCounts.commands;
    m_snapshot.skipped.push_back({std::move(command), where, lines});
}

void SnapshotBuilder::forgetKeys()
{
    for (RecordLookup* index : {&m_processIndex, &m_threadIndex, &m_objectIndex, &m_portIndex, &m_irpIndex, &m_fileIndex,
                                &m_blockIndex, &m_handleIndex, &m_tagIndex})
        index->clear();
}

Snapshot SnapshotBuilder::finish()
{
    if (m_droppedDiagnostics > 0)
        m_snapshot.diagnostics.push_back(
            {Severity::Warning,
             {},
             text::say(text::phrase("Loader", "{} more diagnostics of the same kinds were counted but not listed"),
                       m_droppedDiagnostics)});
    m_droppedDiagnostics = 0;
    m_snapshot.processes = m_processes.take();
    m_snapshot.threads = m_threads.take();
    m_snapshot.objects = m_objects.take();
    m_snapshot.ports = m_ports.take();
    m_snapshot.irps = m_irps.take();
    m_snapshot.fileObjects = m_fileObjects.take();
    m_snapshot.poolBlocks = m_poolBlocks.take();
    m_snapshot.handles = m_handles.take();
    m_snapshot.poolTags = m_poolTags.take();
    m_processIndex.clear();
    m_threadIndex.clear();
    m_objectIndex.clear();
    m_portIndex.clear();
    m_irpIndex.clear();
    m_fileIndex.clear();
    m_blockIndex.clear();
    m_handleIndex.clear();
    m_tagIndex.clear();
    return std::move(m_snapshot);
}

} // namespace poolscope
