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
    std::vector<const ProcessHandleTypes*> top;
    for (const ProcessHandleTypes& p : counts)
        top.push_back(&p);
    std::sort(top.begin(), top.end(), [](const ProcessHandleTypes* a, const ProcessHandleTypes* b) {
        return a->total != b->total ? a->total > b->total : a->processAddress < b->processAddress;
    });
    if (top.size() > processes)
        top.resize(processes);
    // The types that matter across these processes; the rest is "Other".
    std::map<std::string, std::uint64_t> typeTotals;
    for (const ProcessHandleTypes* p : top)
        for (const HandleTypeCount& c : p->counts)
            typeTotals[c.type] += c.count;
    std::vector<std::pair<std::string, std::uint64_t>> types(typeTotals.begin(), typeTotals.end());
    std::sort(types.begin(), types.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const bool other = types.size() > typeCount;
    if (other)
        types.resize(typeCount);
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
    for (const auto& [type, total] : types) {
        ChartSeries series;
        series.name = QString::fromStdString(type);
        for (const ProcessHandleTypes* p : top) {
            const auto it = std::find_if(p->counts.begin(), p->counts.end(), [&](const HandleTypeCount& c) { return c.type == type; });
            series.values.push_back(it == p->counts.end() ? 0.0 : static_cast<double>(it->count));
        }
        chart.series.push_back(std::move(series));
    }
    if (other) {
        ChartSeries rest;
        rest.name = QObject::tr("Other");
        for (const ProcessHandleTypes* p : top) {
            std::uint64_t sum = 0;
            for (const HandleTypeCount& c : p->counts)
                if (std::none_of(types.begin(), types.end(), [&](const auto& t) { return t.first == c.type; }))
                    sum += c.count;
            rest.values.push_back(static_cast<double>(sum));
        }
        chart.series.push_back(std::move(rest));
    }
    return chart;
}

} // namespace poolscope::views
