#include "completion_port_model.h"

#include "views/record_columns.h"

namespace poolscope::views {

namespace {

// What an engineer concludes from the figures, in the words of the IOCP leak walk: entries
// pile up when nobody waits on the port.
const char* verdict(const PortRow& r)
{
    const CompletionPort& port = r.port();
    if (r.ranking.depth == 0)
        return QT_TRANSLATE_NOOP("Cell", "empty");
    if (port.waitingThreads && *port.waitingThreads == 0)
        return QT_TRANSLATE_NOOP("Cell", "entries queued, no thread waiting");
    if (port.waitingThreads)
        return QT_TRANSLATE_NOOP("Cell", "entries queued, threads waiting");
    return QT_TRANSLATE_NOOP("Cell", "entries queued");
}

std::string holderNames(const PortRow& r)
{
    std::string names;
    for (const PortHolder& holder : r.port().holders) {
        if (!names.empty())
            names += ", ";
        names += holder.imageName.empty() ? format::address(holder.process, r.pointerSize) : holder.imageName;
    }
    return names;
}

} // namespace

std::vector<PortRow> portRows(const Snapshot& snapshot)
{
    std::vector<PortRow> rows;
    std::uint32_t rank = 0;
    for (const PortRanking& ranking : rankPorts(snapshot))
        rows.push_back({ranking, ++rank, snapshot.pointerSize});
    return rows;
}

std::unique_ptr<CompletionPortModel> makeCompletionPortModel(QObject* parent)
{
    using R = PortRow;
    CompletionPortModel::Columns c;
    // The rank is the position in the !icpleak order, kept when the user sorts by another column.
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "#")), [](const R& r) { return std::optional<std::uint32_t>(r.rank); }));
    c.push_back(columns::address<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Port")), [](const R& r) { return std::optional<Address>(r.port().address); }));
    auto queued = columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Queued entries")),
                                    [](const R& r) { return std::optional<std::uint64_t>(r.ranking.depth); }, true);
    queued.toolTip = QObject::tr("_KQUEUE.Header.SignalState, or the IRPs seen on the port when the source did not say");
    c.push_back(queued);
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "IRPs seen")), [](const R& r) { return std::optional<std::uint64_t>(r.ranking.irpsSeen); }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Max concurrency")), [](const R& r) { return r.port().maxConcurrency; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Active threads")), [](const R& r) { return r.port().activeThreads; }));
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Waiting threads")), [](const R& r) { return r.port().waitingThreads; }));
    auto packets = columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Packets")), [](const R& r) { return r.port().queuedPackets; });
    packets.toolTip = QObject::tr("Queued completion packets that are not IRPs (PostQueuedCompletionStatus); known "
                                  "when the queue was walked in a dump");
    c.push_back(packets);
    c.push_back(columns::count<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Holders")),
                                  [](const R& r) { return std::optional<std::uint64_t>(r.port().holders.size()); }));
    c.push_back(columns::text<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Held by")), [](const R& r) { return holderNames(r); }));
    c.push_back(columns::word<R>(columns::heading(QT_TRANSLATE_NOOP("Column", "Verdict")), [](const R& r) { return verdict(r); }));
    return std::make_unique<CompletionPortModel>(std::move(c), [](const R& r) { return addressKey(r.port().address); },
                                                 parent);
}

QString addressKey(Address address)
{
    return QStringLiteral("0x") + QString::number(address, 16);
}

std::optional<Address> parseAddressKey(const QString& key)
{
    bool ok = false;
    const Address value = key.startsWith(QLatin1String("0x")) ? key.mid(2).toULongLong(&ok, 16) : 0;
    return ok ? std::optional<Address>(value) : std::nullopt;
}

} // namespace poolscope::views
