#include "port_chart.h"

#include "analysis/conclusions/leak_queries.h"
#include "model/format.h"
#include "views/completion_port_model.h"

#include <QObject>

namespace poolscope::views {

ChartData deepestPortsChart(const Snapshot& snapshot, std::size_t top)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Bars;
    chart.valueAxis = QObject::tr("queued entries");
    ChartSeries depth;
    depth.name = QObject::tr("Queued entries");
    std::size_t shown = 0;
    for (const PortRanking& r : rankPorts(snapshot)) {
        if (shown == top)
            break;
        ++shown;
        const CompletionPort& port = *r.port;
        const QString address = QString::fromStdString(format::address(port.address, snapshot.pointerSize));
        chart.categories << address;
        chart.keys << addressKey(port.address);
        chart.valueLabels << QString::fromStdString(format::count(r.depth));
        QStringList holders;
        for (const PortHolder& h : port.holders)
            holders << (h.imageName.empty() ? QString::fromStdString(format::address(h.process, snapshot.pointerSize))
                                            : QString::fromStdString(h.imageName));
        const QString depthText = QString::fromStdString(format::count(r.depth));
        QString tip = port.waitingThreads
            ? QObject::tr("Port %1: %2 queued entries, %3 threads waiting").arg(address, depthText).arg(*port.waitingThreads)
            : QObject::tr("Port %1: %2 queued entries").arg(address, depthText);
        tip += QLatin1Char('\n') + (holders.isEmpty() ? QObject::tr("No holder known")
                                                       : QObject::tr("Held by %1").arg(holders.join(QStringLiteral(", "))));
        chart.toolTips << tip;
        depth.values.push_back(static_cast<double>(r.depth));
    }
    chart.title = QObject::tr("Deepest completion ports");
    chart.series.push_back(std::move(depth));
    return chart;
}

} // namespace poolscope::views
