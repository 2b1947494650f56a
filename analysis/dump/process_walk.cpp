#include "process_walk.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <array>
#include <unordered_set>

namespace poolscope {

namespace {

void readQuota(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t eprocess, Process& process)
{
    if (!layout.processQuotaUsage || !layout.processQuotaPeak)
        return;
    const auto usage = memory.readValue<std::array<std::uint64_t, 2>>(eprocess + layout.processQuotaUsage);
    const auto peak = memory.readValue<std::array<std::uint64_t, 2>>(eprocess + layout.processQuotaPeak);
    if (usage) {
        process.nonPagedQuota = (*usage)[0];
        process.pagedQuota = (*usage)[1];
    }
    if (peak) {
        process.nonPagedQuotaPeak = (*peak)[0];
        process.pagedQuotaPeak = (*peak)[1];
    }
}

// The entries of the process's thread list (ETHREAD.ThreadListEntry): the threads that have
// not exited. Nothing when the list cannot be followed to its end.
std::optional<std::uint64_t> countThreads(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t eprocess,
                                          SnapshotBuilder& builder, const WalkLimits& limits)
{
    if (!layout.processThreadListHead)
        return std::nullopt;
    const std::uint64_t head = eprocess + layout.processThreadListHead;
    std::unordered_set<std::uint64_t> seen{head};
    std::uint64_t count = 0;
    auto link = memory.readValue<std::uint64_t>(head);
    while (link && *link != head) {
        if (!seen.insert(*link).second || count >= limits.maxThreadsPerProcess) {
            builder.warn(
                Provenance{0, 0, eprocess},
                text::say(text::phrase("Dump",
                                       "process {:#x}: its thread list does not come back to its head after {} "
                                       "threads; its thread count is unknown"),
                          eprocess, count));
            return std::nullopt;
        }
        ++count;
        link = memory.readValue<std::uint64_t>(*link);
    }
    if (!link) {
        builder.warn(
            Provenance{0, 0, eprocess},
            text::say(text::phrase("Dump",
                                   "process {:#x}: a link of its thread list is not readable after {} threads; its "
                                   "thread count is unknown"),
                      eprocess, count));
        return std::nullopt;
    }
    return count;
}

} // namespace

std::uint64_t walkProcesses(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t listHead,
                            SnapshotBuilder& builder, const WalkLimits& limits, std::vector<std::uint64_t>* addresses)
{
    const auto where = [](std::uint64_t address) { return Provenance{0, 0, address}; };
    std::unordered_set<std::uint64_t> seen{listHead};
    std::uint64_t found = 0;
    auto link = memory.readValue<std::uint64_t>(listHead);
    if (!link) {
        builder.warn(
            where(listHead),
            text::say(text::phrase("Dump", "PsActiveProcessHead {:#x} is not readable: no process list"), listHead));
        return 0;
    }
    // The walk itself, entry by entry, so that the window can step through it as !list does.
    KernelList walked{ListKind::ActiveProcesses, 0, listHead, {}, ListEnd::BackAtHead, 0, {}, where(listHead)};
    const auto stop = [&](ListEnd end, std::uint64_t at) {
        walked.end = end;
        walked.endAddress = at;
    };
    while (*link != listHead) {
        if (!seen.insert(*link).second) {
            builder.warn(where(*link),
                         text::say(text::phrase("Dump",
                                                "process list: {:#x} comes round again without reaching the head; "
                                                "the walk stops there"),
                                   *link));
            stop(ListEnd::Cycle, *link);
            break;
        }
        if (found >= limits.maxProcesses) {
            builder.warn(where(*link),
                         text::say(text::phrase("Dump", "process list: more than {} processes; the rest is not read"),
                                   limits.maxProcesses));
            stop(ListEnd::Cap, *link);
            break;
        }
        const std::uint64_t eprocess = *link - layout.processActiveLinks;
        const auto pid = memory.readValue<std::uint64_t>(eprocess + layout.processUniqueId);
        const auto objectTable = memory.readValue<std::uint64_t>(eprocess + layout.processObjectTable);
        std::array<char, 15> image{};
        const bool imageRead = memory.read(eprocess + layout.processImageFileName, std::as_writable_bytes(std::span(image)));
        if (!pid) {
            builder.warn(
                where(eprocess),
                text::say(text::phrase("Dump", "process at {:#x}: its fields are not readable; the walk stops there"),
                          eprocess));
            stop(ListEnd::Unreadable, *link);
            break;
        }
        Process& process = builder.process(eprocess, where(eprocess));
        process.pid = static_cast<std::uint32_t>(*pid);
        if (addresses)
            addresses->push_back(eprocess);
        if (const auto parent = memory.readValue<std::uint64_t>(eprocess + layout.processParentId);
            parent && layout.processParentId)
            process.parentPid = static_cast<std::uint32_t>(*parent);
        if (objectTable && *objectTable != 0)
            process.objectTable = *objectTable;
        if (imageRead) {
            std::size_t n = 0;
            while (n < image.size() && image[n] != '\0')
                ++n;
            process.imageName.assign(image.data(), n);
        }
        readQuota(memory, layout, eprocess, process);
        process.threadCount = countThreads(memory, layout, eprocess, builder, limits);
        // The kernel frees the handle table when the process exits (ObKillProcess) and takes
        // the EPROCESS off this list only when the object is deleted: no table and no thread
        // is a process kept alive by references, as !process shows "ObjectTable: 00000000".
        if (objectTable)
            process.exited = *objectTable == 0 && process.threadCount == 0u;
        ++found;
        const auto next = memory.readValue<std::uint64_t>(*link);
        const auto back = memory.readValue<std::uint64_t>(*link + 8);
        walked.entries.push_back({*link, next.value_or(0), back.value_or(0), next && back, ListEntryKind::Process, 0});
        if (!next) {
            builder.warn(
                where(*link),
                text::say(text::phrase("Dump", "process list: the link at {:#x} is not readable; the walk stops there"),
                          *link));
            stop(ListEnd::Unreadable, *link);
            break;
        }
        link = next;
    }
    builder.lists().push_back(std::move(walked));
    return found;
}

} // namespace poolscope
