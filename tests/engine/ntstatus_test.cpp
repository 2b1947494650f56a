// NTSTATUS names as !error and ntstatus.h spell them, for the IRPs' IoStatus.Status: the
// common ones by name with their value, any other value in hex as before.
#include "analysis/ntstatus.h"

#include <gtest/gtest.h>

using namespace poolscope;

TEST(NtStatus, TheStatusesOfQueuedAndPendingIrpsHaveTheirNames)
{
    EXPECT_EQ(ntstatusText(0x00000000), "STATUS_SUCCESS (0x00000000)");
    EXPECT_EQ(ntstatusText(0x00000103), "STATUS_PENDING (0x00000103)");
    EXPECT_EQ(ntstatusText(0xC0000120), "STATUS_CANCELLED (0xc0000120)");
    EXPECT_EQ(ntstatusName(0xC000014B), "STATUS_PIPE_BROKEN");
    EXPECT_EQ(ntstatusName(0xC000009A), "STATUS_INSUFFICIENT_RESOURCES");
    EXPECT_EQ(ntstatusName(0x80000005), "STATUS_BUFFER_OVERFLOW");
    EXPECT_EQ(ntstatusName(0xC0000241), "STATUS_CONNECTION_ABORTED"); // the last of the table
}

TEST(NtStatus, AValueWithoutANameKeepsItsHexForm)
{
    EXPECT_FALSE(ntstatusName(0xC0001234).has_value());
    EXPECT_EQ(ntstatusText(0xC0001234), "0xc0001234");
    EXPECT_FALSE(ntstatusName(0x00000102 + 0x10000).has_value());
    EXPECT_EQ(ntstatusText(0xFFFFFFFF), "0xffffffff");
    // Between two named values (STATUS_MORE_ENTRIES and STATUS_NOTIFY_CLEANUP): no neighbour's name.
    EXPECT_FALSE(ntstatusName(0x00000106).has_value());
}
