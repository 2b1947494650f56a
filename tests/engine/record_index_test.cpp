// The flat index the readers and the links find records by: what goes in is found with the
// index it was given, a key seen again keeps its first index, growing or reserving on the
// way loses nothing, and keys that differ only in their high bits (kernel addresses) or in
// their second half (a handle value) stay apart.
#include "analysis/record_index.h"

#include <gtest/gtest.h>

#include <cstdint>

using poolscope::RecordIndex;

TEST(RecordIndex, FindsEveryKeyWithItsFirstIndexAcrossGrowthAndReserve)
{
    RecordIndex index;
    EXPECT_FALSE(index.find({0xffffe00001000000ull, 0}).has_value());
    constexpr std::uint32_t kThreads = 100000;
    for (std::uint32_t i = 0; i < kThreads; ++i) {
        // Thread objects 0x880 bytes apart, as a pool of ETHREADs lies.
        const auto [at, inserted] = index.tryEmplace({0xffffe00001000000ull + i * 0x880ull, 0}, i);
        ASSERT_TRUE(inserted);
        ASSERT_EQ(at, i);
        if (i == kThreads / 2)
            index.reserve(4 * kThreads); // reserving halfway keeps what is there
    }
    for (std::uint32_t i = 0; i < kThreads; ++i)
        ASSERT_EQ(index.find({0xffffe00001000000ull + i * 0x880ull, 0}), i);
    // A key seen again keeps its first index.
    const auto again = index.tryEmplace({0xffffe00001000000ull + 7 * 0x880ull, 0}, 123456);
    EXPECT_FALSE(again.second);
    EXPECT_EQ(again.first, 7u);
    // Other halves of the key are other records: a handle value in the same process.
    EXPECT_FALSE(index.find({0xffffe00001000000ull, 4}).has_value());
    EXPECT_TRUE(index.tryEmplace({0xffffe00001000000ull, 4}, 9).second);
    EXPECT_EQ(index.find({0xffffe00001000000ull, 4}), 9u);
    EXPECT_EQ(index.find({0xffffe00001000000ull, 0}), 0u);
    // An address between two records is none of them.
    EXPECT_FALSE(index.contains({0xffffe00001000000ull + 0x440ull, 0}));
}

TEST(RecordIndex, ReservingAnEmptyIndexThenClearingIt)
{
    RecordIndex index;
    index.reserve(1000);
    EXPECT_FALSE(index.contains({1, 1}));
    EXPECT_TRUE(index.tryEmplace({1, 1}, 0).second);
    EXPECT_TRUE(index.contains({1, 1}));
    index.clear();
    EXPECT_FALSE(index.contains({1, 1}));
    EXPECT_TRUE(index.tryEmplace({1, 1}, 5).second);
    EXPECT_EQ(index.find({1, 1}), 5u);
}
