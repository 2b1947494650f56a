#include "handle_chart.h"

#include "model/format.h"
#include "views/completion_port_model.h"

#include <fmt/format.h>

#include <QObject>

#include <algorithm>
#include <map>

namespace poolscope::views {

ChartData handleTypesChart(const std::vector<ProcessHandleTypes>& counts, std::uint8_t pointerSize, std::size_t processes,
                           std::size_t typeCount)
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.valueAxis = QObject::tr("handles");
    std::vector<const ProcessHandleTypes*> candidates;
    for (const ProcessHandleTypes& p : counts)
        candidates.push_back(&p);
    const HandleTypeStacks stacks = handleTypeStacks(std::move(candidates), processes, typeCount);
    const auto& top = stacks.processes;
    chart.title = top.empty() ? QObject::tr("Handles by type")
                              : QObject::tr("Handles of the %1 processes with the most").arg(top.size());
    // Category names must be unique (a bar axis merges equal names and the bars slide off
    // it): two svchost.exe are told apart by their pid, put first so it reads at a glance.
    std::map<std::string, int> seen;
    for (const ProcessHandleTypes* p : top)
        if (p->process)
            ++seen[p->process->imageName];
    for (const ProcessHandleTypes* p : top) {
        std::string name = p->process && !p->process->imageName.empty() ? p->process->imageName
                                                                          : format::address(p->processAddress, pointerSize);
        if (p->process && seen[p->process->imageName] > 1)
            name = (p->process->pid ? fmt::format("{:#x}", *p->process->pid) : format::address(p->processAddress, pointerSize))
                + " " + name;
        chart.categories << QString::fromStdString(name);
        chart.keys << addressKey(p->processAddress);
        chart.valueLabels << QString::fromStdString(format::count(p->total));
        QString tip = QObject::tr("%1 holds %2 handles").arg(QString::fromStdString(name), QString::fromStdString(format::count(p->total)));
        for (std::size_t i = 0; i < p->counts.size() && i < 5; ++i)
            tip += QStringLiteral("\n%1  %2").arg(QString::fromStdString(format::count(p->counts[i].count)),
                                                   QString::fromStdString(p->counts[i].type));
        chart.toolTips << tip;
    }
    for (const HandleTypeStacks::Stack& stack : stacks.types) {
        ChartSeries series;
        series.name = QString::fromStdString(stack.type);
        series.values.assign(stack.counts.begin(), stack.counts.end());
        chart.series.push_back(std::move(series));
    }
    if (!stacks.other.empty()) {
        ChartSeries rest;
        rest.name = QObject::tr("Other");
        rest.values.assign(stacks.other.begin(), stacks.other.end());
        chart.series.push_back(std::move(rest));
    }
    return chart;
}

} // namespace poolscope::views
