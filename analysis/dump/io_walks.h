#pragma once
#include "analysis/dump/address_space.h"
#include "analysis/dump/kernel_layout.h"
#include "analysis/record_index.h"
#include "analysis/snapshot_builder.h"

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// The I/O side of a kernel: completion ports and what is queued on them, the IRPs with
// their threads and file objects. Every list walk is bounded and cycle-checked; a broken
// link is a warning on the record it belongs to.
namespace poolscope {

// KTHREAD_STATE as !thread prints it ("TERMINATED", "WAIT", "RUNNING").
std::string threadStateName(std::uint8_t state);

// The list-field offsets of this layout, recorded in the snapshot for the list walks.
ListFieldOffsets listFieldOffsets(const KernelLayout& layout);

struct IoWalkLimits {
    std::uint64_t maxQueueEntries = 10'000'000; // far beyond any real queue
    std::uint64_t maxWaitingThreads = 100'000;
    std::uint64_t maxThreadIrps = 1'000'000;
};

class IoWalker {
public:
    IoWalker(const AddressSpace& memory, const KernelLayout& layout, SnapshotBuilder& builder, IoWalkLimits limits = {})
        : m_memory(memory), m_layout(layout), m_builder(builder), m_limits(limits)
    {
    }

    // An IoCompletion object body (a KQUEUE): its counts and every queued entry, each an
    // IRP (CONTAINING_RECORD on Tail.Overlay.ListEntry) or a completion packet.
    void port(Address queue);
    // A thread, and the IRPs it has pending (its IrpList), as !thread lists them.
    void thread(Address ethread);
    void file(Address fileObject);
    void irp(Address irp, std::optional<Address> port);

    std::uint64_t irpsFound() const { return m_irps; }
    std::uint64_t packetsFound() const { return m_packets; }
    // Queues walked to their head, and those whose Header.SignalState equals the entries
    // the walk met: a check that the layout's KQUEUE offsets fit.
    std::uint64_t queuesWalked() const { return m_queuesWalked; }
    std::uint64_t queuesMatching() const { return m_queuesMatching; }
    // Ports the files read so far complete to (CompletionContext->Port).
    const std::vector<Address>& portsNamedByFiles() const { return m_portsOfFiles; }

private:
    // The driver whose stack location is current: "\\Driver\\AFD", or why it cannot be told.
    struct DriverOfDevice {
        enum class Problem : std::uint8_t { None, DeviceUnreadable, NotADevice, DriverUnreadable, NotADriver, NameUnreadable, NameEmpty };
        std::string name;
        Problem problem = Problem::None;
        Address driver = 0;
        std::uint16_t type = 0; // what the device or the driver said it was
    };
    void currentDriver(Irp& irp, std::span<const std::byte> raw);
    const DriverOfDevice& driverOf(Address device);
    void warn(Address at, std::string message) { m_builder.warn(Provenance{0, 0, at}, std::move(message)); }
    std::uint32_t countList(Address head, std::uint64_t cap, const char* what, Address owner);

    const AddressSpace& m_memory;
    const KernelLayout& m_layout;
    SnapshotBuilder& m_builder;
    IoWalkLimits m_limits;
    RecordIndex m_filesRead, m_portsRead;
    std::vector<Address> m_portsOfFiles;
    std::unordered_map<Address, DriverOfDevice> m_drivers; // by DEVICE_OBJECT: a thousand IRPs, a few devices
    std::uint64_t m_irps = 0, m_packets = 0;
    std::uint64_t m_queuesWalked = 0, m_queuesMatching = 0;
};

} // namespace poolscope
