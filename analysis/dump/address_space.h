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
    // Where the dump file holds the page of `va`, when it translates and the file has it;
    // null otherwise (the slow path then says why).
    const std::byte* hostPage(std::uint64_t va) const;
    void remember(std::uint64_t page, std::uint64_t frame) const;

    const DumpFile& m_dump;
    std::uint64_t m_root;
    // The last translations by virtual page: walks read neighbouring fields of one page
    // over and over, so a small direct-mapped cache saves most page-table reads. It keeps
    // where the file holds the page too, so a read is one copy.
    struct CacheEntry {
        std::uint64_t page = ~0ull;
        std::uint64_t frame = 0;
        const std::byte* host = nullptr; // the page in the dump file; null when the file lacks it
    };
    mutable std::array<CacheEntry, 1024> m_cache{};
    // The page tables met, by 2 MB of virtual address: a page the cache above has not seen
    // is then one read of its PTE instead of a walk of four levels (a million objects lie on
    // hundreds of thousands of pages, and their page tables on a few hundred).
    struct TableEntry {
        std::uint64_t region = ~0ull;    // va >> 21
        const std::byte* ptes = nullptr; // the page table, in the dump file
        std::uint64_t largeFrame = ~0ull; // or the 2 MB page's first frame
    };
    mutable std::array<TableEntry, 512> m_tables{};
};

} // namespace poolscope
