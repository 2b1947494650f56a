#include "layout_check.h"

#include "analysis/dump/handle_table_walk.h"
#include "analysis/dump/kernel_strings.h"
#include "model/format.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <array>
#include <set>

namespace poolscope {

namespace {

// Enough structures to tell a fitting layout from a shifted one without costing time on a
// dump of a million handles.
constexpr std::size_t kProcessesForThreads = 64;
constexpr std::size_t kThreadsPerProcess = 4;
constexpr std::size_t kProcessesForHandles = 16;
constexpr std::size_t kHandlesPerProcess = 32;
constexpr std::uint64_t kMaxListSteps = 100000;

// A real kernel keeps nearly all of these right; a few may lie on pages a kernel dump
// left out. A wrong offset gets nearly all of them wrong.
bool mostly(std::uint64_t good, std::uint64_t all)
{
    return all == 0 || good * 10 >= all * 9;
}

bool printableImageName(const std::array<char, 15>& name)
{
    if (name[0] <= 0x20 || name[0] >= 0x7f)
        return false;
    for (const char c : name) {
        if (c == 0)
            return true;
        if (c < 0x20 || c >= 0x7f)
            return false;
    }
    return true; // all 15 used, as a long image name is cut
}

bool listComesBack(const AddressSpace& memory, std::uint64_t head, bool& lost)
{
    std::uint64_t current = head;
    for (std::uint64_t step = 0; step < kMaxListSteps; ++step) {
        const auto next = memory.readValue<std::uint64_t>(current);
        if (!next || !isKernelPointer(*next)) {
            lost = !next && memory.lostByDump(current);
            return false;
        }
        const auto back = memory.readValue<std::uint64_t>(*next + 8);
        if (!back || *back != current) {
            lost = !back && memory.lostByDump(*next + 8);
            return false;
        }
        if (*next == head)
            return true;
        current = *next;
    }
    return false;
}

// The first page of entries of a handle table: level 0 directly, else through the first
// pointer of each level.
// `lost` is set when the walk stopped at a page the dump left out, which says nothing
// about the layout.
std::optional<std::uint64_t> firstEntryPage(const AddressSpace& memory, const KernelLayout& layout,
                                            std::uint64_t table, bool& lost)
{
    const auto readPointer = [&](std::uint64_t at) -> std::optional<std::uint64_t> {
        const auto value = memory.readValue<std::uint64_t>(at);
        if (!value)
            lost = memory.lostByDump(at);
        return value;
    };
    const auto code = readPointer(table + layout.handleTableTableCode);
    if (!code || !isKernelPointer(*code))
        return std::nullopt;
    std::uint64_t page = *code & ~3ull;
    for (std::uint64_t level = *code & 3; level > 0; --level) {
        if (level > 2)
            return std::nullopt;
        const auto next = readPointer(page);
        if (!next || !isKernelPointer(*next))
            return std::nullopt;
        page = *next;
    }
    if (memory.lostByDump(page))
        lost = true;
    return page;
}

} // namespace

std::string LayoutCheck::evidence() const
{
    std::string out = text::say(text::phrase("Dump", "{} processes {} with printable names and unique pids"),
                                format::count(processes),
                                listClosed ? text::phrase("Dump", "round-trip")
                                           : text::phrase("Dump", "on the list (it does not come back to its head)"));
    if (printableNames != processes || uniquePids != processes)
        out = text::say(text::phrase("Dump", "{} processes {}, {} with printable names, {} with unique pids"),
                        format::count(processes),
                        listClosed ? text::phrase("Dump", "round-trip") : text::phrase("Dump", "on the list"),
                        format::count(printableNames), format::count(uniquePids));
    out += text::say(text::phrase("Dump", ", {} of {} threads point back to their process"),
                     format::count(threadsPointingBack), format::count(threadsChecked));
    if (typesFound)
        out += text::say(
            text::phrase("Dump", ", {} of {} handle entries decode to objects whose type index names a type"),
            format::count(handlesTyped), format::count(handlesChecked));
    else
        out += text::phrase("Dump", ", the object type table could not be found");
    return out;
}

LayoutCheck checkLayout(const AddressSpace& memory, const KernelLayout& layout, std::uint64_t processListHead,
                        const std::vector<std::uint64_t>& processes, const ObjectTypeTable* types)
{
    LayoutCheck check;
    check.processes = processes.size();
    check.listClosed = listComesBack(memory, processListHead, check.listLost);
    check.typesFound = types != nullptr;

    std::set<std::uint64_t> pids;
    std::vector<std::uint64_t> pidOf(processes.size(), 0);
    for (std::size_t i = 0; i < processes.size(); ++i) {
        std::array<char, 15> name{};
        if (memory.read(processes[i] + layout.processImageFileName, std::as_writable_bytes(std::span(name)))
            && printableImageName(name))
            ++check.printableNames;
        const auto pid = memory.readValue<std::uint64_t>(processes[i] + layout.processUniqueId);
        if (pid && *pid != 0 && *pid % 4 == 0 && *pid < (1ull << 32) && pids.insert(*pid).second) {
            ++check.uniquePids;
            pidOf[i] = *pid;
        }
    }

    for (std::size_t i = 0; i < processes.size() && i < kProcessesForThreads; ++i) {
        const std::uint64_t head = processes[i] + layout.processThreadListHead;
        if (memory.lostByDump(head)) {
            ++check.threadListsLost;
            continue;
        }
        auto entry = memory.readValue<std::uint64_t>(head);
        for (std::size_t n = 0; n < kThreadsPerProcess && entry && *entry != head; ++n) {
            ++check.threadsChecked;
            if (!isKernelPointer(*entry))
                break;
            const std::uint64_t thread = *entry - layout.threadListEntry;
            if (memory.lostByDump(thread + layout.threadProcess) || memory.lostByDump(thread + layout.threadCid)) {
                --check.threadsChecked;
                break;
            }
            const auto owner = memory.readValue<std::uint64_t>(thread + layout.threadProcess);
            const auto cidProcess = memory.readValue<std::uint64_t>(thread + layout.threadCid);
            if (owner && *owner == processes[i] && cidProcess && *cidProcess == pidOf[i])
                ++check.threadsPointingBack;
            entry = memory.readValue<std::uint64_t>(*entry);
        }
    }

    std::uint64_t tables = 0, readableTables = 0;
    for (std::size_t i = 0; i < processes.size() && tables < kProcessesForHandles; ++i) {
        const auto table = memory.readValue<std::uint64_t>(processes[i] + layout.processObjectTable);
        if (!table || *table == 0)
            continue; // a process that has exited keeps no handle table
        // A table on pages the dump left out says nothing about the layout.
        bool lost = false;
        const auto page = isKernelPointer(*table) ? firstEntryPage(memory, layout, *table, lost) : std::nullopt;
        if (lost)
            continue;
        ++tables;
        std::array<std::uint64_t, 512> entries{};
        if (!page || !memory.read(*page, std::as_writable_bytes(std::span(entries))))
            continue;
        ++readableTables;
        std::size_t seen = 0;
        for (std::size_t e = 1; e < 256 && seen < kHandlesPerProcess; ++e) {
            if (entries[e * 2] == 0)
                continue;
            ++seen;
            ++check.handlesChecked;
            const auto header =
                objectHeaderFromEntry(entries[e * 2], layout.handleEntryPointerBit, layout.handleEntryPointerWidth);
            if (header && memory.lostByDump(*header + layout.headerTypeIndex)) {
                --check.handlesChecked;
                continue;
            }
            const auto stored = header ? memory.readValue<std::uint8_t>(*header + layout.headerTypeIndex) : std::nullopt;
            if (stored && types && types->name(types->realIndex(*stored, *header)))
                ++check.handlesTyped;
        }
    }

    const auto share = [](std::uint64_t part, std::uint64_t all) {
        return text::say(text::phrase("Dump", "{} of {}"), format::count(part), format::count(all));
    };
    if (processes.size() < 2 && !memory.lostByDump(processListHead) && !check.listLost)
        check.failures.push_back(
            processes.size() == 1
                ? text::say(text::phrase("Dump", "the process list holds {} process"), processes.size())
                : text::say(text::phrase("Dump", "the process list holds {} processes"), processes.size()));
    if (!mostly(check.printableNames, check.processes))
        check.failures.push_back(
            text::say(text::phrase("Dump", "only {} process names (ImageFileName at +{:#x}) are printable"),
                      share(check.printableNames, check.processes), layout.processImageFileName));
    if (!mostly(check.uniquePids, check.processes))
        check.failures.push_back(
            text::say(text::phrase("Dump", "only {} pids (UniqueProcessId at +{:#x}) are plausible and unique"),
                      share(check.uniquePids, check.processes), layout.processUniqueId));
    if (check.threadsChecked == 0 && !processes.empty() && check.threadListsLost == 0)
        check.failures.push_back(
            text::say(text::phrase("Dump", "no process has a thread on its ThreadListHead (+{:#x})"),
                      layout.processThreadListHead));
    else if (!mostly(check.threadsPointingBack, check.threadsChecked))
        check.failures.push_back(
            text::say(text::phrase("Dump", "only {} threads (ThreadListEntry at +{:#x}) point back to their process"),
                      share(check.threadsPointingBack, check.threadsChecked), layout.threadListEntry));
    std::uint64_t headersLost = 0;
    for (const std::uint64_t process : processes)
        headersLost += memory.lostByDump(process - layout.objectHeaderSize + layout.headerTypeIndex) ? 1 : 0;
    if (!types && headersLost * 2 < processes.size())
        check.failures.push_back(
            text::phrase("Dump", "no object type table decodes the processes' own headers to Process"));
    else if (tables > 0 && readableTables * 4 < tables * 3)
        check.failures.push_back(
            text::say(text::phrase("Dump", "only {} handle tables (ObjectTable at +{:#x}) are readable"),
                      share(readableTables, tables), layout.processObjectTable));
    else if (!mostly(check.handlesTyped, check.handlesChecked))
        check.failures.push_back(
            text::say(text::phrase("Dump", "only {} handle entries decode to an object whose type index names a type"),
                      share(check.handlesTyped, check.handlesChecked)));
    return check;
}

} // namespace poolscope
