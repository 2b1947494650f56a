#include "snapshot_builder.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

namespace poolscope {

namespace {
// Enough to see every kind of problem in a broken log without holding millions of copies
// of the same message; the rest are counted in a closing diagnostic.
constexpr std::size_t kMaxDiagnostics = 5000;

template <typename Record>
Record& findOrAdd(std::deque<Record>& records, RecordIndex& index, Address address, const Provenance& where)
{
    const auto [at, inserted] = index.tryEmplace({address, 0}, static_cast<std::uint32_t>(records.size()));
    if (inserted) {
        Record& record = records.emplace_back();
        record.address = address;
        record.where = where;
        return record;
    }
    return records[at];
}

template <typename Record>
std::vector<Record> toVector(std::deque<Record>& records)
{
    std::vector<Record> out;
    out.reserve(records.size());
    for (auto& record : records)
        out.push_back(std::move(record));
    records.clear();
    return out;
}
} // namespace

SnapshotBuilder::SnapshotBuilder(std::string sourcePath)
{
    m_snapshot.label = sourcePath;
    m_snapshot.sources.push_back(std::move(sourcePath));
}

Process& SnapshotBuilder::process(Address address, const Provenance& where)
{
    return findOrAdd(m_processes, m_processIndex, address, where);
}

Thread& SnapshotBuilder::thread(Address address, const Provenance& where)
{
    return findOrAdd(m_threads, m_threadIndex, address, where);
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
    const auto [at, inserted] = m_handleIndex.tryEmplace({process, value}, static_cast<std::uint32_t>(m_handles.size()));
    if (inserted) {
        Handle& h = m_handles.emplace_back();
        h.process = process;
        h.value = value;
        h.where = where;
        return h;
    }
    return m_handles[at];
}

PoolTagStat& SnapshotBuilder::poolTag(PoolTag tag, PoolType type, const Provenance& where)
{
    const auto [at, inserted] =
        m_tagIndex.tryEmplace({tag.key(), static_cast<std::uint64_t>(type)}, static_cast<std::uint32_t>(m_poolTags.size()));
    if (inserted) {
        PoolTagStat& stat = m_poolTags.emplace_back();
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

Snapshot SnapshotBuilder::finish()
{
    if (m_droppedDiagnostics > 0)
        m_snapshot.diagnostics.push_back(
            {Severity::Warning,
             {},
             text::say(text::phrase("Loader", "{} more diagnostics of the same kinds were counted but not listed"),
                       m_droppedDiagnostics)});
    m_droppedDiagnostics = 0;
    m_snapshot.processes = toVector(m_processes);
    m_snapshot.threads = toVector(m_threads);
    m_snapshot.objects = toVector(m_objects);
    m_snapshot.ports = toVector(m_ports);
    m_snapshot.irps = toVector(m_irps);
    m_snapshot.fileObjects = toVector(m_fileObjects);
    m_snapshot.poolBlocks = toVector(m_poolBlocks);
    m_snapshot.handles = toVector(m_handles);
    m_snapshot.poolTags = toVector(m_poolTags);
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
