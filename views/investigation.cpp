#include "investigation.h"

#include "views/completion_port_model.h"
#include "views/pool_tag_model.h"

namespace poolscope::views {

Investigation::Investigation(PoolTagDatabase descriptions, QObject* parent)
    : QObject(parent), m_descriptions(std::move(descriptions))
{
}

void Investigation::setSource(std::shared_ptr<const OpenedSource> source, const QString& label, bool demo)
{
    // The views hold pointers into the old snapshot until they have reloaded: keep it alive
    // until every signal below has been handled.
    const std::shared_ptr<const OpenedSource> previous = std::move(m_source);
    m_source = std::move(source);
    ++m_generation;
    m_label = label;
    m_demo = demo;
    m_index = m_source && !m_source->series.empty() ? static_cast<int>(m_source->series.size()) - 1 : -1;
    m_baselineIndex.reset();
    m_baselineSource.reset();
    m_baselineLabel.clear();
    clearSelections();
    emit sourceChanged();
    emit snapshotChanged();
    emit baselineChanged();
}

int Investigation::snapshotCount() const
{
    return m_source ? static_cast<int>(m_source->series.size()) : 0;
}

void Investigation::setCurrentIndex(int index)
{
    if (index < 0 || index >= snapshotCount() || index == m_index)
        return;
    m_index = index;
    ++m_generation;
    // Addresses and tags stay meaningful across screens of one series: keep the selections.
    emit snapshotChanged();
}

const Snapshot* Investigation::current() const
{
    if (!m_source || m_index < 0 || m_index >= snapshotCount())
        return nullptr;
    return &m_source->series.snapshots[static_cast<std::size_t>(m_index)];
}

const SnapshotSeries* Investigation::series() const
{
    return m_source ? &m_source->series : nullptr;
}

const Snapshot* Investigation::baseline() const
{
    if (m_baselineSource && !m_baselineSource->series.empty())
        return &m_baselineSource->series.snapshots.back();
    if (m_baselineIndex && m_source && *m_baselineIndex < snapshotCount())
        return &m_source->series.snapshots[static_cast<std::size_t>(*m_baselineIndex)];
    return nullptr;
}

void Investigation::compareWithIndex(int index)
{
    if (index < 0 || index >= snapshotCount())
        return;
    m_baselineSource.reset();
    m_baselineIndex = index;
    const Snapshot& s = m_source->series.snapshots[static_cast<std::size_t>(index)];
    m_baselineLabel = s.label.empty() ? tr("snapshot %1").arg(index + 1) : QString::fromStdString(s.label);
    emit baselineChanged();
}

void Investigation::compareWithSource(std::shared_ptr<const OpenedSource> other, const QString& label)
{
    if (!other || other->series.empty())
        return;
    m_baselineIndex.reset();
    m_baselineSource = std::move(other);
    m_baselineLabel = label;
    emit baselineChanged();
}

void Investigation::stopComparing()
{
    if (!m_baselineIndex && !m_baselineSource)
        return;
    m_baselineIndex.reset();
    m_baselineSource.reset();
    m_baselineLabel.clear();
    emit baselineChanged();
}

void Investigation::selectPort(std::optional<Address> port)
{
    if (port == m_port)
        return;
    m_port = port;
    emit portSelected(port);
    // A port's holders are the holders of its object.
    selectObject(port);
}

void Investigation::selectObject(std::optional<Address> object)
{
    if (object == m_object)
        return;
    m_object = object;
    emit objectSelected(object);
}

void Investigation::selectTag(const QString& key)
{
    if (key == m_tag)
        return;
    m_tag = key;
    emit tagSelected(key);
}

void Investigation::selectProcess(std::optional<Address> process)
{
    if (process == m_process)
        return;
    m_process = process;
    emit processSelected(process);
}

void Investigation::selectList(std::optional<ListRef> list)
{
    if (list == m_list)
        return;
    m_list = list;
    emit listSelected(list);
}

QString Investigation::viewOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::PoolTag:
        return QStringLiteral("tags");
    case RecordKind::PoolBlock:
        return QStringLiteral("allocations");
    case RecordKind::Port:
        return QStringLiteral("ports");
    case RecordKind::Irp:
    case RecordKind::FileObject:
        return QStringLiteral("irps");
    case RecordKind::Process:
    case RecordKind::Thread:
    case RecordKind::Object:
    case RecordKind::Handle:
        return QStringLiteral("handles");
    }
    return QStringLiteral("overview");
}

void Investigation::openRecord(const RecordRef& record)
{
    switch (record.kind) {
    case RecordKind::PoolTag:
    case RecordKind::PoolBlock:
        selectTag(poolTagKey(record.tag, record.pool));
        break;
    case RecordKind::Port:
        selectPort(record.address);
        break;
    case RecordKind::Process:
    case RecordKind::Handle:
        selectProcess(record.address);
        break;
    case RecordKind::Thread:
    case RecordKind::Object:
        selectObject(record.address); // the Handles view lists who holds it
        break;
    case RecordKind::Irp:
    case RecordKind::FileObject:
        break; // the IRPs view picks them up from recordOpened
    }
    emit recordOpened(record);
    emit showViewRequested(viewOf(record.kind));
    emit recordInspectRequested(record);
}

void Investigation::clearSelections()
{
    m_list.reset();
    m_port.reset();
    m_object.reset();
    m_tag.clear();
    m_process.reset();
}

} // namespace poolscope::views
