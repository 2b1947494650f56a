#pragma once
#include "analysis/inspection.h"
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The first thing to read when 100,000 IRPs are listed: how many per process, thread,
// file, current driver, status, completed or not, and port.
namespace poolscope {

enum class IrpKey : std::uint8_t { Process, Thread, File, Driver, Status, Completed, Port };

std::optional<IrpKey> irpKeyNamed(std::string_view name); // "process", "file", ...
std::string_view irpKeyName(IrpKey key);

struct IrpGroupValue {
    std::string text;                // "IOCPLeak.exe (pid 0x1a2c)", "\\...\\File.txt", "STATUS_SUCCESS (0x00000000)", "yes"
    std::string raw;                 // for scripts: the address in hex, the status number, "true"
    std::optional<RecordRef> record; // the process, thread, file or port, for a view to open
    std::string note;                // a thread's state ("TERMINATED", "WAIT: (UserRequest) ..."), when known

    // One group: the same text and raw value (the note says more about it, it does not tell groups apart).
    bool sameGroup(const IrpGroupValue& other) const { return text == other.text && raw == other.raw; }
};

struct IrpGroup {
    std::vector<IrpGroupValue> values; // one per key, in the keys' order
    std::uint64_t irps = 0;
    std::uint64_t completed = 0;
};

// What an IRP's key is in one snapshot: its process's image and pid, its file's name, its
// status by name. Built once, then asked for every IRP.
class IrpKeyReader {
public:
    explicit IrpKeyReader(const Snapshot& snapshot);
    IrpGroupValue value(const Irp& irp, IrpKey key) const;

private:
    const Snapshot& m_snapshot;
    std::unordered_map<Address, const Process*> m_processes;
    std::unordered_map<Address, const FileObject*> m_files;
    std::unordered_map<Address, const Thread*> m_threads;
};

// Groups largest first; IRPs whose key is not known form a group of their own, "(unknown)".
std::vector<IrpGroup> groupIrps(const Snapshot& snapshot, const std::vector<IrpKey>& keys);
// The same for some of the snapshot's IRPs (those queued on one port, say).
std::vector<IrpGroup> groupIrps(const Snapshot& snapshot, const std::vector<const Irp*>& irps,
                                const std::vector<IrpKey>& keys);

} // namespace poolscope
