// The small forms a million records are held in: where a record came from in 8 bytes, the
// addresses many records share and the strings they repeat by number, the walks' cycle set,
// and the pool blocks kept for reading. Each gives back what was put in, whole, including
// the values its short form cannot hold (an address outside x64's canonical range, the
// 16,384th source) and from several threads at once.
#include "analysis/address_set.h"
#include "analysis/dump/pool/dump_pool.h"
#include "model/interned.h"
#include "model/kernel_object.h"
#include "model/process.h"
#include "model/shared_address.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace poolscope;

TEST(CompactProvenance, KeepsDumpAddressesBothHalvesOfTheAddressSpace)
{
    for (const std::uint64_t address :
         {0xffffe00123456780ull, 0xfffff80412400000ull, 0x00007ff612340000ull, 0x82c4a000ull, 0ull}) {
        const CompactProvenance where(Provenance{0, 0, address});
        EXPECT_FALSE(where.fromText());
        EXPECT_EQ(where.offset(), address);
        EXPECT_EQ(where.source(), 0u);
        const Provenance back = where;
        EXPECT_EQ(back.offset, address);
        EXPECT_EQ(back.line, 0u);
    }
}

TEST(CompactProvenance, KeepsATextLineAndItsSourceNotTheLineOffset)
{
    const CompactProvenance where(Provenance{3, 4'000'000'000u, 0x1234});
    EXPECT_TRUE(where.fromText());
    EXPECT_EQ(where.line(), 4'000'000'000u);
    EXPECT_EQ(where.source(), 3u);
    // The records are found again by their line; the byte offset stays with the diagnostics.
    EXPECT_EQ(where.offset(), 0u);
}

TEST(CompactProvenance, KeepsWhatDoesNotFitWhole)
{
    // Not canonical: bits 48-63 are not copies of bit 47.
    const CompactProvenance odd(Provenance{1, 0, 0x0bad'0000'0000'0001ull});
    EXPECT_EQ(odd.offset(), 0x0bad'0000'0000'0001ull);
    EXPECT_EQ(odd.source(), 1u);
    const CompactProvenance many(Provenance{70000, 12, 0});
    EXPECT_EQ(many.source(), 70000u);
    EXPECT_EQ(many.line(), 12u);
    const CompactProvenance address(Provenance{20000, 0, 0xffffe00000001000ull});
    EXPECT_EQ(address.source(), 20000u);
    EXPECT_EQ(address.offset(), 0xffffe00000001000ull);
    EXPECT_FALSE(address.fromText());
}

TEST(SharedAddress, ReadsLikeAnOptionalAddress)
{
    SharedAddress none;
    EXPECT_FALSE(none.has_value());
    EXPECT_EQ(none, std::nullopt);
    EXPECT_EQ(none.value_or(7), 7u);
    EXPECT_THROW((void)none.value(), std::bad_optional_access);

    const SharedAddress process(Address{0xffffb30a401a9080ull});
    ASSERT_TRUE(process.has_value());
    EXPECT_EQ(*process, 0xffffb30a401a9080ull);
    EXPECT_EQ(process, Address{0xffffb30a401a9080ull});
    EXPECT_EQ(process, SharedAddress(Address{0xffffb30a401a9080ull}));
    EXPECT_NE(process, SharedAddress(Address{0xffffb30a401a9000ull}));
    // Absent orders first, then by address, as std::optional does.
    EXPECT_LT(none, process);
    EXPECT_LT(SharedAddress(Address{1}), SharedAddress(Address{2}));
    // Zero is an address like any other, not "absent".
    const SharedAddress zero(Address{0});
    EXPECT_TRUE(zero.has_value());
    EXPECT_EQ(*zero, 0u);

    const std::optional<Address> copied = process;
    EXPECT_EQ(copied, 0xffffb30a401a9080ull);
    OptionalAddress assigned;
    assigned = process;
    EXPECT_EQ(assigned, 0xffffb30a401a9080ull);
    SharedAddress cleared = process;
    cleared = std::nullopt;
    EXPECT_FALSE(cleared.has_value());
}

TEST(SharedAddress, SameAddressSameNumberAcrossThreads)
{
    // Four threads intern overlapping ranges: each address reads back, and equal addresses
    // compare equal whichever thread made them.
    constexpr int kThreads = 4;
    constexpr std::uint64_t kPerThread = 20000;
    std::vector<std::vector<SharedAddress>> made(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([t, &made] {
            for (std::uint64_t i = 0; i < kPerThread; ++i)
                made[t].emplace_back(Address{0xffffc00000000000ull + (i + static_cast<std::uint64_t>(t) * kPerThread / 2) * 0x80});
        });
    for (auto& thread : threads)
        thread.join();
    for (int t = 0; t < kThreads; ++t)
        for (std::uint64_t i = 0; i < kPerThread; ++i)
            ASSERT_EQ(*made[t][i], 0xffffc00000000000ull + (i + static_cast<std::uint64_t>(t) * kPerThread / 2) * 0x80);
    // Thread 1's first half is thread 0's second half.
    for (std::uint64_t i = 0; i < kPerThread / 2; ++i)
        ASSERT_EQ(made[1][i], made[0][i + kPerThread / 2]);
}

TEST(Interned, NumbersReadBackAcrossThreads)
{
    constexpr int kThreads = 4;
    std::vector<std::vector<Interned>> made(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([t, &made] {
            for (int i = 0; i < 5000; ++i)
                made[t].emplace_back(fmt::format("\\Driver\\test{}", i + t * 1000));
        });
    for (auto& thread : threads)
        thread.join();
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < 5000; ++i)
            ASSERT_EQ(made[t][i].str(), fmt::format("\\Driver\\test{}", i + t * 1000));
    EXPECT_EQ(made[0][1000], made[1][0]);
    EXPECT_TRUE(Interned().empty());
    EXPECT_EQ(Interned(""), Interned());
}

TEST(CompactRecords, AreTheSizesTheBenchmarkCounts)
{
    // A million handles and a million objects: 96 MB together, where they took 144.
    EXPECT_EQ(sizeof(Handle), 48u);
    EXPECT_EQ(sizeof(KernelObject), 48u);
    EXPECT_EQ(sizeof(Thread), 48u);
}

TEST(KernelObject, NameTypeObjectAndDirectoryAreEachTheirOwn)
{
    KernelObject thread;
    EXPECT_TRUE(thread.name().empty());
    EXPECT_FALSE(thread.typeObject().has_value());
    EXPECT_FALSE(thread.directory().has_value());
    thread.setTypeObject(Address{0xffffb30a3c6d2e80ull});
    KernelObject key = thread;
    key.setName("\\REGISTRY\\MACHINE\\SYSTEM");
    key.setDirectory(Address{0xffffc00b074166a0ull});
    // Setting one keeps the others, on the object set and on none else.
    EXPECT_EQ(thread.typeObject(), Address{0xffffb30a3c6d2e80ull});
    EXPECT_TRUE(thread.name().empty());
    EXPECT_FALSE(thread.directory().has_value());
    EXPECT_EQ(key.typeObject(), Address{0xffffb30a3c6d2e80ull});
    EXPECT_EQ(key.name(), "\\REGISTRY\\MACHINE\\SYSTEM");
    EXPECT_EQ(key.directory(), Address{0xffffc00b074166a0ull});
    key.setDirectory(std::nullopt);
    EXPECT_FALSE(key.directory().has_value());
    EXPECT_EQ(key.name(), "\\REGISTRY\\MACHINE\\SYSTEM");
    key.setName("");
    key.setTypeObject(std::nullopt);
    EXPECT_TRUE(key.name().empty());
    EXPECT_FALSE(key.typeObject().has_value());
}

TEST(AddressSet, TellsAnAddressMetBefore)
{
    AddressSet seen;
    for (std::uint64_t i = 0; i < 100000; ++i)
        ASSERT_TRUE(seen.insert(0xffffe00010000000ull + i * 0x10));
    EXPECT_FALSE(seen.insert(0xffffe00010000000ull + 99999 * 0x10));
    EXPECT_FALSE(seen.insert(0xffffe00010000000ull));
    EXPECT_TRUE(seen.insert(0xffffe00010000008ull));
    // A null link is an address to meet like the others (a list that loops through 0).
    EXPECT_TRUE(seen.insert(0));
    EXPECT_FALSE(seen.insert(0));
}

TEST(KeptBlocks, GiveBackEachBlockInTagPoolAddressOrderAcrossParts)
{
    const auto block = [](Address at, PoolBackend backend, std::uint8_t flags, std::uint32_t bytes = 0x880) {
        PoolAllocation b;
        b.block = at;
        b.bytes = bytes;
        b.backend = backend;
        b.flags = flags;
        return b;
    };
    constexpr std::uint32_t kEven = 0x6e657645, kThre = 0x65726854; // as stored: "Even", "Thre"
    const Address low = 0xffffb30a40000000ull;
    KeptBlocks kept;
    const auto addPart = [&](std::uint32_t tag, PoolType type, const std::vector<PoolAllocation>& blocks) {
        KeptBlocks::Part& p = kept.parts.emplace_back();
        p.tag = tag;
        p.type = type;
        for (const PoolAllocation& b : blocks)
            p.keep(b);
        p.sortByAddress();
    };
    // Two workers' parts of Thre and one of Even, in the order the census leaves them.
    addPart(kEven, PoolType::NonPaged,
         {block(low + 0x2000, PoolBackend::Big, PoolAllocation::kPagesMissing, 0x3000),
          block(low + 0x3000, PoolBackend::Vs, 0)});
    addPart(kThre, PoolType::NonPaged, {block(low + 0x0800, PoolBackend::HeaderScan, 0), block(low + 0x5000, PoolBackend::Lfh, 0)});
    addPart(kThre, PoolType::NonPaged,
         {block(low + 0x1000, PoolBackend::Lfh, PoolAllocation::kTagUnread), block(0x82c4a000, PoolBackend::Classic, 0)});
    addPart(kThre, PoolType::Paged, {block(low + 0x100, PoolBackend::Vs, 0)});
    std::vector<PoolAllocation> order;
    kept.inOrder([&](const KeptBlocks::Part& part, const KeptBlocks::Block& b) {
        order.push_back(part.unpack(b));
    });
    ASSERT_EQ(order.size(), kept.size());
    ASSERT_EQ(order.size(), 7u);
    // Even's two blocks, then Thre's nonpaged ones by address across both workers (a 32-bit
    // address first), then Thre's paged one.
    EXPECT_EQ(order[0].block, low + 0x2000);
    EXPECT_EQ(order[0].tag, kEven);
    EXPECT_EQ(order[0].backend, PoolBackend::Big);
    EXPECT_EQ(order[0].flags, PoolAllocation::kPagesMissing);
    EXPECT_EQ(order[0].bytes, 0x3000u);
    EXPECT_EQ(order[1].block, low + 0x3000);
    EXPECT_EQ(order[1].backend, PoolBackend::Vs);
    EXPECT_EQ(order[2].block, 0x82c4a000u);
    EXPECT_EQ(order[2].backend, PoolBackend::Classic);
    EXPECT_EQ(order[3].block, low + 0x0800);
    EXPECT_EQ(order[3].tag, kThre);
    EXPECT_EQ(order[3].backend, PoolBackend::HeaderScan);
    EXPECT_EQ(order[4].block, low + 0x1000);
    EXPECT_EQ(order[4].flags, PoolAllocation::kTagUnread);
    EXPECT_EQ(order[4].state, BlockState::Allocated);
    EXPECT_EQ(order[5].block, low + 0x5000);
    EXPECT_EQ(order[5].type, PoolType::NonPaged);
    EXPECT_EQ(order[6].block, low + 0x100);
    EXPECT_EQ(order[6].type, PoolType::Paged);
    EXPECT_EQ(order[6].bytes, 0x880u);
}

// What 8 bytes cannot say is kept whole and given back exactly: a big allocation of 64 KB and
// more, and a block off the pool's 16-byte grid (a corrupt header's claim).
TEST(KeptBlocks, GiveBackExactlyTheBlocksThatDoNotFitEightBytes)
{
    KeptBlocks kept;
    KeptBlocks::Part& part = kept.parts.emplace_back();
    part.tag = 0x6e657645;
    part.type = PoolType::NonPaged;
    const auto block = [](Address at, std::uint32_t bytes, PoolBackend backend) {
        PoolAllocation b;
        b.block = at;
        b.bytes = bytes;
        b.backend = backend;
        b.flags = PoolAllocation::kExecutable;
        return b;
    };
    const Address base = 0xffffc00000000000ull;
    part.keep(block(base + 0x40000, 0x123456, PoolBackend::Big)); // 1.1 MB
    part.keep(block(base + 0x10, 0xffe0, PoolBackend::Vs));      // the largest size that fits
    part.keep(block(base + 0x28, 0x40, PoolBackend::Lfh));       // off the grid
    part.keep(block(base + 0x80, 0x4c, PoolBackend::Lfh));       // a size off the grid
    part.sortByAddress();
    EXPECT_EQ(sizeof(KeptBlocks::Block), 8u);
    EXPECT_EQ(part.whole.size(), 3u);
    std::vector<PoolAllocation> order;
    kept.inOrder([&](const KeptBlocks::Part& p, const KeptBlocks::Block& b) { order.push_back(p.unpack(b)); });
    ASSERT_EQ(order.size(), 4u);
    EXPECT_EQ(order[0].block, base + 0x10);
    EXPECT_EQ(order[0].bytes, 0xffe0u);
    EXPECT_EQ(order[0].backend, PoolBackend::Vs);
    EXPECT_EQ(order[0].flags, PoolAllocation::kExecutable);
    EXPECT_EQ(order[1].block, base + 0x28);
    EXPECT_EQ(order[1].bytes, 0x40u);
    EXPECT_EQ(order[2].block, base + 0x80);
    EXPECT_EQ(order[2].bytes, 0x4cu);
    EXPECT_EQ(order[3].block, base + 0x40000);
    EXPECT_EQ(order[3].bytes, 0x123456u);
    EXPECT_EQ(order[3].backend, PoolBackend::Big);
    EXPECT_EQ(order[3].tag, 0x6e657645u);
}
