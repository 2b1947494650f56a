#include "io_walks.h"

#include "analysis/address_set.h"
#include "analysis/dump/byte_fields.h"
#include "analysis/dump/kernel_strings.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <vector>

namespace poolscope {

namespace {

constexpr std::uint16_t kIoTypeIrp = 6;
constexpr std::uint32_t kIrpPacket = 0;
constexpr std::uint32_t kMiniPacket = 1;
constexpr std::uint32_t kQuotaPacket = 2;

} // namespace

std::string threadStateName(std::uint8_t state)
{
    // KTHREAD_STATE, with "TERMINATED" and "WAIT" spelled as !thread prints them.
    switch (state) {
    case 0: return "Initialized";
    case 1: return "READY";
    case 2: return "RUNNING";
    case 3: return "STANDBY";
    case 4: return "TERMINATED";
    case 5: return "WAIT";
    case 6: return "TRANSITION";
    case 7: return "DEFERREDREADY";
    case 8: return "GATEWAITOBSOLETE";
    case 9: return "WAITINGFORPROCESSINSWAP";
    default: return fmt::format("state {}", state);
    }
}


ListFieldOffsets listFieldOffsets(const KernelLayout& layout)
{
    ListFieldOffsets offsets;
    offsets.queueEntryListHead = layout.queueEntryListHead;
    offsets.irpListEntry = layout.irpListEntry;
    offsets.irpThreadListEntry = layout.irpThreadListEntry;
    offsets.threadIrpList = layout.threadIrpList;
    offsets.processActiveLinks = layout.processActiveLinks;
    offsets.threadIrpListsRecorded = true; // IoWalker::thread keeps every non-empty IrpList
    offsets.source = layout.source;
    return offsets;
}

std::uint32_t IoWalker::countList(Address head, std::uint64_t cap, const char* what, Address owner)
{
    std::unordered_set<Address> seen{head};
    std::uint32_t count = 0;
    auto link = m_memory.readValue<std::uint64_t>(head);
    while (link && *link != head) {
        if (!seen.insert(*link).second) {
            warn(owner,
                 text::say(text::phrase("Dump", "{} of {:#x}: {:#x} comes round again; counted {} before it"), what,
                           owner, *link, count));
            return count;
        }
        if (++count >= cap) {
            warn(owner,
                 text::say(text::phrase("Dump", "{} of {:#x}: more than {} entries; the rest is not counted"), what,
                           owner, cap));
            return count;
        }
        link = m_memory.readValue<std::uint64_t>(*link);
    }
    if (!link)
        warn(owner,
             text::say(text::phrase("Dump", "{} of {:#x}: a link is not readable after {} entries"), what, owner,
                       count));
    return count;
}

void IoWalker::port(Address queue)
{
    if (!m_portsRead.tryEmplace({queue, 0}, 0).second)
        return;
    const Provenance where{0, 0, queue};
    CompletionPort& port = m_builder.port(queue, where);
    std::vector<std::byte> raw(0x40);
    if (!m_memory.read(queue, raw)) {
        warn(queue, text::say(text::phrase("Dump", "completion port {:#x}: its KQUEUE is not readable"), queue));
        return;
    }
    const auto signal = fieldAt<std::int32_t>(raw, m_layout.queueSignalState);
    port.queuedEntries = static_cast<std::uint64_t>(std::max(signal, 0));
    port.activeThreads = fieldAt<std::uint32_t>(raw, m_layout.queueCurrentCount);
    port.maxConcurrency = fieldAt<std::uint32_t>(raw, m_layout.queueMaximumCount);
    const Address head = queue + m_layout.queueEntryListHead;
    port.entryListFlink = fieldAt<std::uint64_t>(raw, m_layout.queueEntryListHead);
    port.entryListBlink = fieldAt<std::uint64_t>(raw, m_layout.queueEntryListHead + 8);
    port.waitingThreads = countList(queue + m_layout.queueThreadListHead, m_limits.maxWaitingThreads,
                                    "the waiting-thread list", queue);

    // The queue: every entry is the list entry of an IRP or of a completion packet. Each is
    // kept with its links, so the window can step through the walk as !list does.
    KernelList walked{ListKind::PortQueue, queue, head, {}, ListEnd::BackAtHead, 0, {}, where};
    AddressSet seen; // a busy port queues 100,000 entries
    seen.insert(head);
    // The signal state counts the entries: the walk's list is reserved from it (bounded, as
    // a corrupt count may say anything), not copied as it grows.
    if (port.queuedEntries)
        walked.entries.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(*port.queuedEntries, m_limits.maxQueueEntries)));
    std::uint64_t entries = 0, packets = 0;
    Address link = *port.entryListFlink;
    bool complete = true;
    const auto stop = [&](ListEnd end) {
        walked.end = end;
        walked.endAddress = link;
        complete = false;
    };
    while (link != head) {
        if (!seen.insert(link)) {
            warn(queue,
                 text::say(text::phrase("Dump",
                                        "completion port {:#x}: the queue comes round to {:#x} again without reaching "
                                        "its head (a corrupt list); {} entries read before it"),
                           queue, link, entries));
            stop(ListEnd::Cycle);
            break;
        }
        if (entries >= m_limits.maxQueueEntries) {
            warn(queue,
                 text::say(
                     text::phrase("Dump", "completion port {:#x}: more than {} queued entries; the rest is not read"),
                     queue, m_limits.maxQueueEntries));
            stop(ListEnd::Cap);
            break;
        }
        const auto packetType = m_memory.readValue<std::uint32_t>(link + m_layout.miniPacketType);
        std::array<std::uint64_t, 2> links{};
        if (!packetType || !m_memory.read(link, std::as_writable_bytes(std::span(links)))) {
            warn(queue,
                 text::say(
                     text::phrase("Dump",
                                  "completion port {:#x}: queued entry {:#x} is not readable; the queue is read up "
                                  "to it ({} entries)"),
                     queue, link, entries));
            stop(ListEnd::Unreadable);
            break;
        }
        ++entries;
        KernelListEntry seenEntry{link, links[0], links[1], true, ListEntryKind::Other, 0};
        if (*packetType == kIrpPacket) {
            const Address irpAddress = link - m_layout.irpListEntry;
            const auto type = m_memory.readValue<std::uint16_t>(irpAddress + m_layout.irpType);
            if (type && *type == kIoTypeIrp) {
                seenEntry.kind = ListEntryKind::Irp;
                irp(irpAddress, queue);
            } else {
                warn(
                    link,
                    text::say(text::phrase("Dump",
                                           "completion port {:#x}: entry {:#x} says it is an IRP, but {:#x} is not one "
                                           "(Type {})"),
                              queue, link, irpAddress, type ? *type : 0));
            }
        } else if (*packetType == kMiniPacket || *packetType == kQuotaPacket) {
            seenEntry.kind = ListEntryKind::CompletionPacket;
            ++packets;
        } else {
            warn(link,
                 text::say(text::phrase("Dump",
                                        "completion port {:#x}: entry {:#x} has packet type {}, neither an IRP nor a "
                                        "completion packet"),
                           queue, link, *packetType));
        }
        walked.entries.push_back(seenEntry);
        link = links[0];
    }
    m_builder.lists().push_back(std::move(walked));
    port.queuedPackets = packets;
    m_packets += packets;
    if (complete) {
        ++m_queuesWalked;
        if (entries == *port.queuedEntries)
            ++m_queuesMatching;
    }
    if (complete && entries != *port.queuedEntries)
        warn(queue,
             text::say(
                 text::phrase("Dump", "completion port {:#x}: Header.SignalState says {} queued, the queue holds {}"),
                 queue, *port.queuedEntries, entries));
}

void IoWalker::irp(Address address, std::optional<Address> portAddress)
{
    const Provenance where{0, 0, address};
    Irp& irp = m_builder.irp(address, where);
    std::vector<std::byte> raw(m_layout.irpSize);
    if (!m_memory.read(address, raw)) {
        warn(address, text::say(text::phrase("Dump", "IRP {:#x} is not readable"), address));
        return;
    }
    ++m_irps;
    if (portAddress)
        irp.port = *portAddress;
    irp.flags = fieldAt<std::uint32_t>(raw, m_layout.irpFlags);
    irp.status = fieldAt<std::uint32_t>(raw, m_layout.irpIoStatus);
    irp.pendingReturned = fieldAt<std::uint8_t>(raw, m_layout.irpPendingReturned) != 0;
    irp.stackCount = fieldAt<std::uint8_t>(raw, m_layout.irpStackCount);
    irp.currentLocation = fieldAt<std::uint8_t>(raw, m_layout.irpCurrentLocation);
    irp.completed = *irp.currentLocation > *irp.stackCount;
    irp.listEntryFlink = fieldAt<std::uint64_t>(raw, m_layout.irpListEntry);
    irp.listEntryBlink = fieldAt<std::uint64_t>(raw, m_layout.irpListEntry + 8);
    if (const auto event = fieldAt<std::uint64_t>(raw, m_layout.irpUserEvent))
        irp.userEvent = event;
    if (const auto buffer = fieldAt<std::uint64_t>(raw, m_layout.irpUserBuffer))
        irp.userBuffer = buffer;
    if (const auto t = fieldAt<std::uint64_t>(raw, m_layout.irpThread); isKernelPointer(t)) {
        irp.thread = t;
        thread(t);
    }
    if (const auto f = fieldAt<std::uint64_t>(raw, m_layout.irpOriginalFileObject); isKernelPointer(f)) {
        irp.fileObject = f;
        file(f);
    }
    // A completed IRP is in no driver: its stack locations are spent, and on a completion
    // port Tail.Overlay.CurrentStackLocation holds the packet type instead (seed 002).
    if (!*irp.completed)
        currentDriver(irp, raw);
}

// As !irp marks the current stack location with '>': the IO_STACK_LOCATION that
// Tail.Overlay.CurrentStackLocation points at, its DeviceObject, that device's DriverObject
// and its DriverName. Each step is checked; one that fails is said on the IRP, so that an
// IRP without a driver in a grouping has its reason.
void IoWalker::currentDriver(Irp& irp, std::span<const std::byte> raw)
{
    const Address at = irp.address;
    const unsigned location = *irp.currentLocation, count = *irp.stackCount;
    if (location == 0) {
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: CurrentLocation is 0 (StackCount {}), so no stack location "
                                                "is current and its driver is not known"),
                           at, count));
        return;
    }
    // IoInitializeIrp and IoCallDriver keep the pointer and the number in step.
    const Address expected = at + m_layout.irpSize + std::uint64_t{location - 1} * m_layout.stackLocationSize;
    const auto stack = fieldAt<std::uint64_t>(raw, m_layout.irpPacketType);
    if (stack != expected) {
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: Tail.Overlay.CurrentStackLocation is {:#x}, not its stack "
                                                "location {} of {} at {:#x}; its driver is not read"),
                           at, stack, location, count, expected));
        return;
    }
    const auto device = m_memory.readValue<std::uint64_t>(stack + m_layout.stackDeviceObject);
    if (!device) {
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: its current stack location {:#x} is not readable, so its "
                                                "driver is not known"),
                           at, stack));
        return;
    }
    if (!isKernelPointer(*device)) {
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: its current stack location {} names no device object "
                                                "(DeviceObject {:#x}), so its driver is not known"),
                           at, location, *device));
        return;
    }
    const DriverOfDevice& driver = driverOf(*device);
    using Problem = DriverOfDevice::Problem;
    switch (driver.problem) {
    case Problem::None:
        irp.currentDriver = driver.name;
        return;
    case Problem::DeviceUnreadable:
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: its device object {:#x} is not readable, so its driver is "
                                                "not known"),
                           at, *device));
        return;
    case Problem::NotADevice:
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: {:#x}, named as its device, is not a device object (Type "
                                                "{}, not 3), so its driver is not known"),
                           at, *device, driver.type));
        return;
    case Problem::DriverUnreadable:
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: its device {:#x} names {:#x} as its driver object, which "
                                                "is not readable"),
                           at, *device, driver.driver));
        return;
    case Problem::NotADriver:
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: its device {:#x} names {:#x} as its driver object, which "
                                                "is not one (Type {}, not 4)"),
                           at, *device, driver.driver, driver.type));
        return;
    case Problem::NameUnreadable:
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: the DriverName of driver object {:#x} (of device {:#x}) "
                                                "is not readable"),
                           at, driver.driver, *device));
        return;
    case Problem::NameEmpty:
        warn(at, text::say(text::phrase("Dump", "IRP {:#x}: the DriverName of driver object {:#x} (of device {:#x}) "
                                                "is empty"),
                           at, driver.driver, *device));
        return;
    }
}

const IoWalker::DriverOfDevice& IoWalker::driverOf(Address device)
{
    if (const auto it = m_drivers.find(device); it != m_drivers.end())
        return it->second;
    using Problem = DriverOfDevice::Problem;
    DriverOfDevice& out = m_drivers[device];
    constexpr std::uint16_t kIoTypeDevice = 3, kIoTypeDriver = 4;
    const auto deviceType = m_memory.readValue<std::uint16_t>(device + m_layout.deviceType);
    const auto driver = m_memory.readValue<std::uint64_t>(device + m_layout.deviceDriverObject);
    if (!deviceType || !driver) {
        out.problem = Problem::DeviceUnreadable;
        return out;
    }
    if (*deviceType != kIoTypeDevice) {
        out.problem = Problem::NotADevice;
        out.type = *deviceType;
        return out;
    }
    out.driver = *driver;
    const auto driverType
        = isKernelPointer(*driver) ? m_memory.readValue<std::uint16_t>(*driver + m_layout.driverType) : std::nullopt;
    if (!driverType) {
        out.problem = Problem::DriverUnreadable;
        return out;
    }
    if (*driverType != kIoTypeDriver) {
        out.problem = Problem::NotADriver;
        out.type = *driverType;
        return out;
    }
    auto name = readUnicodeString(m_memory, *driver + m_layout.driverName, 512);
    if (!name || name->empty()) {
        out.problem = name ? Problem::NameEmpty : Problem::NameUnreadable;
        return out;
    }
    out.name = std::move(*name);
    return out;
}

void IoWalker::thread(Address ethread)
{
    // Only this walk makes thread records: one already there was read.
    Thread* made = m_builder.newThread(ethread, Provenance{0, 0, ethread});
    if (!made)
        return;
    Thread& t = *made;
    const auto pid = m_memory.readValue<std::uint64_t>(ethread + m_layout.threadCid);
    const auto tid = m_memory.readValue<std::uint64_t>(ethread + m_layout.threadCid + 8);
    const auto state = m_memory.readValue<std::uint8_t>(ethread + m_layout.threadState);
    const auto process = m_memory.readValue<std::uint64_t>(ethread + m_layout.threadProcess);
    if (!pid || !tid || !state) {
        warn(ethread, text::say(text::phrase("Dump", "thread {:#x}: its ETHREAD is not readable"), ethread));
        return;
    }
    t.pid = static_cast<std::uint32_t>(*pid);
    t.tid = static_cast<std::uint32_t>(*tid);
    t.state = threadStateName(*state);
    if (process && isKernelPointer(*process))
        t.process = *process;
    if (const auto start = m_memory.readValue<std::uint64_t>(ethread + m_layout.threadStartAddress); start && *start)
        t.startAddress = *start;
    if (const auto start = m_memory.readValue<std::uint64_t>(ethread + m_layout.threadWin32StartAddress); start && *start)
        t.win32StartAddress = *start;

    // Pending IRPs hang on the thread's IrpList by their ThreadListEntry; a completed IRP on
    // a completion port has left it. Most threads have none: one read tells.
    const Address head = ethread + m_layout.threadIrpList;
    auto link = m_memory.readValue<std::uint64_t>(head);
    if (!link || *link == head || *link == 0)
        return;
    std::unordered_set<Address> seen{head};
    std::uint64_t count = 0;
    KernelList walked{ListKind::ThreadIrps, ethread, head, {}, ListEnd::BackAtHead, 0, {}, Provenance{0, 0, ethread}};
    const auto keep = [&](ListEnd end, Address at) {
        walked.end = end;
        walked.endAddress = at;
        m_builder.lists().push_back(std::move(walked));
    };
    while (link && *link != head) {
        const bool again = !seen.insert(*link).second;
        if (again || ++count > m_limits.maxThreadIrps) {
            warn(ethread,
                 text::say(
                     text::phrase("Dump", "thread {:#x}: its IRP list does not come back to its head; {} IRPs read"),
                     ethread, again ? count : count - 1));
            keep(again ? ListEnd::Cycle : ListEnd::Cap, *link);
            return;
        }
        const Address irpAddress = *link - m_layout.irpThreadListEntry;
        const auto type = m_memory.readValue<std::uint16_t>(irpAddress + m_layout.irpType);
        const auto back = m_memory.readValue<std::uint64_t>(*link + 8);
        if (!type || *type != kIoTypeIrp) {
            warn(ethread,
                 text::say(text::phrase("Dump", "thread {:#x}: {:#x} on its IRP list is not an IRP"), ethread,
                           irpAddress));
            keep(ListEnd::Unreadable, *link);
            return;
        }
        irp(irpAddress, std::nullopt);
        const Address entry = *link;
        link = m_memory.readValue<std::uint64_t>(entry);
        walked.entries.push_back({entry, link.value_or(0), back.value_or(0), link && back, ListEntryKind::Irp, 0});
        if (!link)
            keep(ListEnd::Unreadable, entry);
    }
    if (!link)
        warn(ethread, text::say(text::phrase("Dump", "thread {:#x}: a link of its IRP list is not readable"), ethread));
    else
        keep(ListEnd::BackAtHead, 0);
}

void IoWalker::file(Address fileObject)
{
    if (!m_filesRead.tryEmplace({fileObject, 0}, 0).second)
        return;
    FileObject& f = m_builder.fileObject(fileObject, Provenance{0, 0, fileObject});
    std::vector<std::byte> raw(m_layout.fileSize);
    if (!m_memory.read(fileObject, raw)) {
        warn(fileObject, text::say(text::phrase("Dump", "file object {:#x} is not readable"), fileObject));
        return;
    }
    if (const auto device = fieldAt<std::uint64_t>(raw, m_layout.fileDeviceObject); isKernelPointer(device))
        f.device = device;
    f.flags = fieldAt<std::uint32_t>(raw, m_layout.fileFlags);
    if (auto name = readUnicodeString(m_memory, fileObject + m_layout.fileName, 32767))
        f.name = std::move(*name);
    else
        warn(fileObject,
             text::say(text::phrase("Dump", "file object {:#x}: its FileName is not readable"), fileObject));
    const auto context = fieldAt<std::uint64_t>(raw, m_layout.fileCompletionContext);
    if (!context)
        return;
    f.completionContext = context;
    const auto port = m_memory.readValue<std::uint64_t>(context + m_layout.completionPort);
    const auto key = m_memory.readValue<std::uint64_t>(context + m_layout.completionKey);
    if (!port || !key) {
        warn(fileObject,
             text::say(text::phrase("Dump", "file object {:#x}: its completion context {:#x} is not readable"),
                       fileObject, context));
        return;
    }
    f.completionPort = *port;
    f.completionKey = *key;
    if (isKernelPointer(*port))
        m_portsOfFiles.push_back(*port);
}

} // namespace poolscope
