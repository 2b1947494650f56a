#pragma once
#include "analysis/dump/dump_file.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace poolscope {

// Kernel virtual memory of a dump: x64 4-level paging from the dump's DirectoryTableBase,
// with 2 MB and 1 GB pages and transition PTEs (the frame still holds the data). An
// address that does not translate, or whose page the dump does not hold, is an error
// value with the reason, never a crash.
class AddressSpace {
public:
    explicit AddressSpace(const DumpFile& dump) : AddressSpace(dump, dump.header().directoryTableBase) {}
    AddressSpace(const DumpFile& dump, std::uint64_t directoryTableBase);

    struct Translation {
        std::optional<std::uint64_t> physical;
        std::string failure; // why not, when physical is empty
        bool lost = false;   // a page table page the dump does not hold (not a bad address)
    };
    Translation translate(std::uint64_t virtualAddress) const;

    // True when the address cannot be read because the dump left its page out (a kernel
    // dump's omitted pages, a truncated copy), not because nothing is mapped there.
    bool lostByDump(std::uint64_t virtualAddress) const;

    // Copies virtual memory; false (and why, when asked) when any byte is unreadable.
    bool read(std::uint64_t virtualAddress, std::span<std::byte> out, std::string* why = nullptr) const;

    // The 4 KB page holding a virtual address, where the dump file holds it (no copy); an
    // empty span (and why, when asked) when the page does not translate or is not stored.
    std::span<const std::byte> page(std::uint64_t virtualAddress, std::string* why = nullptr) const;

    // Asks the processor to bring the address's cache line in ahead of a read: a walk that
    // will read many scattered objects asks for a page table's worth first, so that their
    // cache misses overlap instead of following one another. Nothing when it does not translate.
    void prefetch(std::uint64_t virtualAddress) const;

    const DumpFile& dump() const { return m_dump; }
    std::uint64_t directoryTableBase() const { return m_root; }

    template <typename T>
    std::optional<T> readValue(std::uint64_t virtualAddress) const
    {
        T value{};
        if (!read(virtualAddress, std::as_writable_bytes(std::span(&value, 1))))
            return std::nullopt;
        return value;
    }

private:
    std::optional<std::uint64_t> readEntry(std::uint64_t physical) const;

    const DumpFile& m_dump;
    std::uint64_t m_root;
    // The last translations by virtual page: walks read neighbouring fields of one page
    // over and over, so a small direct-mapped cache saves most page-table reads.
    struct CacheEntry {
        std::uint64_t page = ~0ull;
        std::uint64_t frame = 0;
    };
    mutable std::array<CacheEntry, 1024> m_cache{};
};

} // namespace poolscope
