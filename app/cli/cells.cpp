#include "commands.h"

#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::cli {

Cell addressCell(const Snapshot& snapshot, Address address)
{
    // Scripts get the plain hex WinDbg accepts; people get the debugger's backtick form.
    Cell c = Cell::text(format::address(address, snapshot.pointerSize));
    c.raw = fmt::format("{:#x}", address);
    return c;
}

Cell addressCell(const Snapshot& snapshot, const std::optional<Address>& address)
{
    return address ? addressCell(snapshot, *address) : Cell::absent();
}

Cell pidCell(const std::optional<std::uint32_t>& pid)
{
    // WinDbg prints Cids in hex; Task Manager in decimal. Show the debugger's, export the number.
    return pid ? Cell::number(std::uint64_t{*pid}, fmt::format("{:#x}", *pid)) : Cell::absent();
}

std::string processLabel(const std::string& image, const std::optional<std::uint32_t>& pid)
{
    const std::string name = image.empty() ? std::string("(unnamed process)") : image;
    return pid ? fmt::format("{} (pid {:#x})", name, *pid) : name;
}

} // namespace poolscope::cli
