#include "suspects.h"

#include "model/format.h"

#include <fmt/format.h>

namespace poolscope {

std::vector<Suspect> topSuspects(const Snapshot& s)
{
    std::vector<Suspect> suspects;
    TagQuery query;
    query.top = 1;
    for (const PoolFilter pool : {PoolFilter::NonPaged, PoolFilter::Paged}) {
        query.pool = pool;
        const auto top = rankTags(s, query);
        if (top.empty() || !top.front()->bytes)
            continue;
        Suspect suspect;
        suspect.kind = pool == PoolFilter::NonPaged ? Suspect::Kind::NonPagedTag : Suspect::Kind::PagedTag;
        suspect.title = pool == PoolFilter::NonPaged ? "Largest nonpaged tag" : "Largest paged tag";
        suspect.record = top.front()->tag.display();
        suspect.value = *top.front()->bytes;
        suspect.figure = format::bytes(suspect.value);
        suspect.tag = top.front();
        suspects.push_back(std::move(suspect));
    }
    const auto ports = rankPorts(s);
    if (!ports.empty() && ports.front().depth > 0) {
        Suspect suspect;
        suspect.kind = Suspect::Kind::Port;
        suspect.title = "Deepest completion port";
        suspect.record = format::address(ports.front().port->address, s.pointerSize);
        suspect.value = ports.front().depth;
        suspect.figure = fmt::format("{} queued", format::count(suspect.value));
        suspect.address = ports.front().port->address;
        suspects.push_back(std::move(suspect));
    }
    const ProcessHandleTypes* worst = nullptr;
    const auto handleTypes = handleCountsByType(s);
    for (const auto& p : handleTypes)
        if (!p.counts.empty() && (!worst || p.counts.front().count > worst->counts.front().count))
            worst = &p;
    if (worst) {
        const HandleTypeCount& top = worst->counts.front();
        Suspect suspect;
        suspect.kind = Suspect::Kind::ProcessHandles;
        suspect.title = "Most handles of one type";
        const std::string image = worst->process && !worst->process->imageName.empty()
            ? worst->process->imageName
            : std::string("(unnamed process)");
        const auto pid = worst->process ? worst->process->pid : std::nullopt;
        suspect.record = pid ? fmt::format("{} (pid {:#x})", image, *pid) : image;
        suspect.value = top.count;
        suspect.figure = fmt::format("{} {}", format::count(top.count), top.type);
        suspect.address = worst->processAddress;
        suspect.handleType = top.type;
        suspects.push_back(std::move(suspect));
    }
    return suspects;
}

} // namespace poolscope
