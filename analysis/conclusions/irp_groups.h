#pragma once
#include "analysis/inspection.h"
#include "model/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The first thing to read when 100,000 IRPs are listed: how many per process, thread,
// file, current driver, status, completed or not, and port.
namespace poolscope {

enum class IrpKey : std::uint8_t { Process, Thread, File, Driver, Status, Completed, Port };

std::optional<IrpKey> irpKeyNamed(std::string_view name); // "process", "file", ...
std::string_view irpKeyName(IrpKey key);

struct IrpGroupValue {
    std::string text;                // "IOCPLeak.exe (pid 0x1a2c)", "\\...\\File.txt", "0x00000000", "yes"
    std::string raw;                 // for scripts: the address in hex, the status number, "true"
    std::optional<RecordRef> record; // the process, thread, file or port, for a view to open
};

struct IrpGroup {
    std::vector<IrpGroupValue> values; // one per key, in the keys' order
    std::uint64_t irps = 0;
    std::uint64_t completed = 0;
};

// Groups largest first; IRPs whose key is not known form a group of their own, "(unknown)".
std::vector<IrpGroup> groupIrps(const Snapshot& snapshot, const std::vector<IrpKey>& keys);

} // namespace poolscope
