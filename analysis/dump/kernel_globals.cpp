#include "kernel_globals.h"

#include "analysis/dump/kernel_strings.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <array>

namespace poolscope {

namespace {

constexpr std::uint32_t kScnMemWrite = 0x80000000;
constexpr std::uint32_t kKdbgTag = 0x4742444b; // "KDBG"
constexpr std::uint64_t kKdbgPoolTrackTable = 0x1b8;

using Range = KernelDataRange;
std::vector<Range> dataRanges(const KernelIdentity& kernel)
{
    return kernelDataRanges(kernel);
}

bool isPowerOfTwo(std::uint64_t v) { return v && (v & (v - 1)) == 0; }

class Resolver {
public:
    Resolver(const DumpFile& dump, const AddressSpace& memory, const KernelIdentity& kernel,
             const std::vector<std::uint64_t>& processes, KernelGlobalsFound& out)
        : m_dump(dump), m_memory(memory), m_kernel(kernel), L(kernel.layout), m_processes(processes), m_out(out)
    {
    }

    void types();
    void tracker();
    void processorTables();
    void bigPages();

private:
    std::optional<std::uint64_t> symbol(const std::optional<std::uint64_t>& rva) const
    {
        if (!m_kernel.globalsExact || !rva)
            return std::nullopt;
        return m_kernel.base + *rva;
    }
    std::string how() const
    {
        const std::string& source = m_kernel.layout.source;
        if (source.starts_with("PDB "))
            return text::phrase("Dump", "the kernel's PDB");
        return source.starts_with("symbols") ? text::phrase("Dump", "the symbols")
                                             : text::phrase("Dump", "the built-in table (this kernel)");
    }
    void note(std::string text) { m_out.notes.push_back(std::move(text)); }
    void problem(std::string text) { m_out.problems.push_back(std::move(text)); }

    // Calls visit(address, value) for every aligned u64 of the kernel's data sections.
    template <typename Visit>
    void scanData(Visit visit) const
    {
        std::array<std::uint64_t, kPageSize / 8> page{};
        for (const Range& r : dataRanges(m_kernel)) {
            for (std::uint64_t at = r.begin & ~(kPageSize - 1); at < r.end; at += kPageSize) {
                if (!m_memory.read(at, std::as_writable_bytes(std::span(page))))
                    continue;
                for (std::size_t i = 0; i < page.size(); ++i)
                    if (visit(at + i * 8, page[i]))
                        return;
            }
        }
    }

    struct TableFound {
        std::uint64_t variable = 0; // where the pointer is kept
        std::uint64_t table = 0;
        std::uint64_t entries = 0;
    };
    // A global pointer to a page-aligned table with its entry count close by (a power of
    // two, or one more), accepted only when `looksRight(table, entries)` says the table is
    // one: how PoolTrackTable and PoolBigPageTable sit in the kernel's data.
    template <typename Check>
    std::optional<TableFound> scanForTable(std::uint64_t maxEntries, std::uint64_t excluded, Check looksRight) const
    {
        std::optional<TableFound> found;
        std::vector<std::pair<std::uint64_t, std::uint64_t>> recent; // address, value
        scanData([&](std::uint64_t at, std::uint64_t value) {
            recent.emplace_back(at, value);
            if (recent.size() > 16)
                recent.erase(recent.begin());
            // The pointer 8 slots back, with its neighbours on both sides read.
            if (recent.size() < 16)
                return false;
            const auto [where, pointer] = recent[8];
            if (!isKernelPointer(pointer) || (pointer & 0xfff) != 0 || pointer == excluded)
                return false;
            for (const auto& [neighbourAt, count] : recent) {
                if (neighbourAt == where || count < 0x100 || count > maxEntries + 1
                    || !(isPowerOfTwo(count) || isPowerOfTwo(count - 1)))
                    continue;
                if (looksRight(pointer, count)) {
                    found = TableFound{where, pointer, count};
                    return true;
                }
            }
            return false;
        });
        return found;
    }

    const DumpFile& m_dump;
    const AddressSpace& m_memory;
    const KernelIdentity& m_kernel;
    const KernelLayout& L;
    const std::vector<std::uint64_t>& m_processes;
    KernelGlobalsFound& m_out;
};

void Resolver::types()
{
    std::optional<ObjectTypeTable> table;
    if (const auto at = symbol(L.globals.obTypeIndexTable)) {
        auto read = readObjectTypes(m_memory, L, *at);
        if (read) {
            table = std::move(read.value());
            note(text::say(text::phrase("Dump", "ObTypeIndexTable {:#x} from {}: {} object types"), *at, how(),
                           table->names.size() - 2));
        } else {
            problem(read.error().message + "; looking for it in the kernel's data instead");
        }
    }
    if (!table) {
        for (const Range& r : dataRanges(m_kernel)) {
            table = findObjectTypes(m_memory, L, r.begin, r.end);
            if (table)
                break;
        }
        if (table)
            note(text::say(
                text::phrase(
                    "Dump",
                    "ObTypeIndexTable {:#x} found in the kernel's data (checked: {} types, each naming its own "
                    "index, Process and Thread among them)"),
                table->table, table->names.size() - 2));
    }
    if (!table) {
        problem(text::phrase(
            "Dump",
            "the object type table (ObTypeIndexTable) was not found: handles and objects carry no type, so ports, "
            "threads and files reached through handles are not read"));
        return;
    }
    // The cookie: the symbol's byte when it decodes every process, else solved from them.
    std::optional<std::uint8_t> cookie;
    if (const auto at = symbol(L.globals.obHeaderCookie)) {
        const auto byte = m_memory.readValue<std::uint8_t>(*at);
        if (byte && cookieDecodesProcesses(m_memory, L, *table, *byte, m_processes)) {
            cookie = byte;
            note(text::say(text::phrase("Dump", "ObHeaderCookie {:#04x} from {}, checked against {} processes"), *byte,
                           how(), m_processes.size()));
        } else {
            problem(text::say(
                text::phrase("Dump",
                             "ObHeaderCookie at {:#x} does not decode the processes' headers; solving it from them"),
                *at));
        }
    }
    if (!cookie) {
        cookie = solveHeaderCookie(m_memory, L, *table, m_processes);
        if (cookie)
            note(text::say(
                text::phrase("Dump",
                             "ObHeaderCookie {:#04x} solved from the process objects (it decodes all {} of them to "
                             "Process)"),
                *cookie, m_processes.size()));
    }
    if (!cookie) {
        problem(text::phrase("Dump",
                             "the object header cookie (ObHeaderCookie) could not be found: object types are unknown"));
        return;
    }
    table->cookie = *cookie;
    m_out.types = std::move(table);
}

void Resolver::tracker()
{
    PoolTables& pool = m_out.pool;
    if (const auto at = symbol(L.globals.poolTrackTable), size = symbol(L.globals.poolTrackTableSize); at && size) {
        const auto table = m_memory.readValue<std::uint64_t>(*at);
        const auto entries = m_memory.readValue<std::uint64_t>(*size);
        if (table && entries && looksLikeTrackerTable(m_memory, L, *table, *entries)) {
            pool.trackTable = *table;
            pool.trackEntries = *entries;
            note(text::say(text::phrase("Dump", "PoolTrackTable {:#x} ({} entries) from {}"), *table, *entries, how()));
            return;
        }
        problem(text::say(
            text::phrase("Dump",
                         "PoolTrackTable at {:#x} (from {}) does not lead to a readable tracker table (its pages may "
                         "be missing from the dump); trying the debugger data block"),
            *at, how()));
    }
    // KDDEBUGGER_DATA64 holds the address of PoolTrackTable; bugcheck dumps keep it decoded,
    // live dumps encode it: then the kernel's data is searched for the table instead.
    const std::uint64_t kdbg = m_dump.header().kdDebuggerDataBlock;
    const auto tag = m_memory.readValue<std::uint32_t>(kdbg + 0x10);
    if (!tag || *tag != kKdbgTag) {
        const auto found = scanForTable(kMaxTrackerEntries, 0, [&](std::uint64_t table, std::uint64_t entries) {
            return looksLikeTrackerTable(m_memory, L, table, entries);
        });
        if (found) {
            pool.trackTable = found->table;
            pool.trackEntries = found->entries;
            note(text::say(
                text::phrase("Dump",
                             "PoolTrackTable {:#x} ({} entries) found in the kernel's data at {:#x}, the debugger data "
                             "block being encoded (checked: readable, printable tags)"),
                found->table, found->entries, found->variable));
            return;
        }
        problem(text::phrase(
            "Dump",
            "the pool tracker table was not found (the debugger data block is encoded or missing, and no table "
            "was found in the kernel's data): no pool tag table; symbols for this very kernel (--symbols) may help"));
        return;
    }
    const auto variable = m_memory.readValue<std::uint64_t>(kdbg + kKdbgPoolTrackTable);
    const auto table = variable ? m_memory.readValue<std::uint64_t>(*variable) : std::nullopt;
    if (!table) {
        problem(text::phrase("Dump", "KDDEBUGGER_DATA64.PoolTrackTable is not readable: no pool tag table"));
        return;
    }
    // The entry count sits beside the pointer in the kernels seen so far (volatility's
    // rule); each candidate is checked against the table itself.
    for (const std::int64_t offset : {-8, 8, -16, 16}) {
        const auto entries = m_memory.readValue<std::uint64_t>(*variable + static_cast<std::uint64_t>(offset));
        if (entries && (isPowerOfTwo(*entries) || isPowerOfTwo(*entries - 1))
            && looksLikeTrackerTable(m_memory, L, *table, *entries)) {
            pool.trackTable = *table;
            pool.trackEntries = *entries;
            note(text::say(
                text::phrase("Dump",
                             "PoolTrackTable {:#x} from the debugger data block, {} entries (the count beside it, "
                             "checked: readable, printable tags)"),
                *table, *entries));
            return;
        }
    }
    problem(text::say(
        text::phrase("Dump",
                     "PoolTrackTable {:#x} was found but not its size; give the symbols for this kernel to read "
                     "pool tags"),
        *table));
}

void Resolver::processorTables()
{
    PoolTables& pool = m_out.pool;
    const std::uint32_t processors = m_dump.header().processors;
    if (!pool.trackTable || processors <= 1)
        return;
    const auto take = [&](std::uint64_t array) {
        std::vector<Address> others;
        for (std::uint32_t cpu = 1; cpu < processors; ++cpu) {
            const auto table = m_memory.readValue<std::uint64_t>(array + cpu * 8ull);
            if (!table || !isKernelPointer(*table) || !looksLikeTrackerTable(m_memory, L, *table, pool.trackEntries))
                return false;
            others.push_back(*table);
        }
        pool.otherProcessors = std::move(others);
        return true;
    };
    if (const auto at = symbol(L.globals.exPoolTagTables)) {
        const auto first = m_memory.readValue<std::uint64_t>(*at);
        if (first && *first == *pool.trackTable && take(*at)) {
            note(text::say(text::phrase("Dump", "ExPoolTagTables {:#x} from {}: {} processors' tables summed"), *at,
                           how(), processors));
            return;
        }
    }
    // ExPoolTagTables[0] is the global table; the next entries are the other processors'.
    bool found = false;
    scanData([&](std::uint64_t at, std::uint64_t value) {
        if (value != *pool.trackTable)
            return false;
        found = take(at);
        if (found)
            note(text::say(
                text::phrase("Dump", "ExPoolTagTables {:#x} found in the kernel's data: {} processors' tables summed"),
                at, processors));
        return found;
    });
    if (!found)
        problem(
            text::say(text::phrase("Dump",
                                   "the per-processor pool tracker tables were not found: tag counts are processor 0's "
                                   "only ({} processors)"),
                      processors));
}

void Resolver::bigPages()
{
    PoolTables& pool = m_out.pool;
    if (const auto at = symbol(L.globals.poolBigPageTable), size = symbol(L.globals.poolBigPageTableSize); at && size) {
        const auto table = m_memory.readValue<std::uint64_t>(*at);
        const auto entries = m_memory.readValue<std::uint64_t>(*size);
        if (table && entries && looksLikeBigPageTable(m_memory, L, *table, *entries)) {
            pool.bigPageTable = *table;
            pool.bigPageEntries = *entries;
            note(text::say(text::phrase("Dump", "PoolBigPageTable {:#x} ({} entries) from {}"), *table, *entries,
                           how()));
            return;
        }
        problem(text::say(
            text::phrase("Dump",
                         "PoolBigPageTable at {:#x} (from {}) does not lead to a readable big page table; looking "
                         "for it in the kernel's data"),
            *at, how()));
    }
    const auto looksRight = [&](std::uint64_t table, std::uint64_t entries) {
        return isPowerOfTwo(entries) && looksLikeBigPageTable(m_memory, L, table, entries);
    };
    const auto found = scanForTable(kMaxBigPageEntries, pool.trackTable.value_or(0), looksRight);
    if (found) {
        pool.bigPageTable = found->table;
        pool.bigPageEntries = found->entries;
        note(text::say(text::phrase("Dump",
                                    "PoolBigPageTable {:#x} ({} entries) found in the kernel's data at {:#x} (checked: "
                                    "page-aligned kernel addresses, printable tags, sizes)"),
                       found->table, found->entries, found->variable));
    }
    if (!pool.bigPageTable)
        problem(text::phrase(
            "Dump",
            "the big pool table (PoolBigPageTable) was not found: allocations of a page or more are not listed"));
}

} // namespace

std::vector<KernelDataRange> kernelDataRanges(const KernelIdentity& kernel)
{
    std::vector<KernelDataRange> ranges;
    if (kernel.image)
        for (const PeSection& s : kernel.image->sections)
            if (s.characteristics & kScnMemWrite)
                ranges.push_back({kernel.base + s.virtualAddress, kernel.base + s.virtualAddress + s.virtualSize});
    if (ranges.empty() && kernel.sizeOfImage)
        ranges.push_back({kernel.base, kernel.base + kernel.sizeOfImage});
    return ranges;
}

KernelGlobalsFound resolveGlobals(const DumpFile& dump, const AddressSpace& memory, const KernelIdentity& kernel,
                                  const std::vector<std::uint64_t>& processes)
{
    KernelGlobalsFound out;
    Resolver resolver(dump, memory, kernel, processes, out);
    resolver.types();
    resolver.tracker();
    resolver.processorTables();
    resolver.bigPages();
    return out;
}

} // namespace poolscope
