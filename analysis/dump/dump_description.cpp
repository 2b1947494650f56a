#include "dump_description.h"

#include "model/format.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace poolscope {

namespace {

// Windows fills the header page with "PAGE" before writing it: such a field was not set.
constexpr std::uint64_t kUnset64 = 0x4547415045474150ull;
constexpr std::uint32_t kUnset32 = 0x45474150u;

} // namespace

std::string dumpTypeName(const DumpHeader& header)
{
    switch (header.type) {
    case DumpType::Full: return text::phrase("Dump", "complete memory dump");
    case DumpType::Kernel: return text::phrase("Dump", "kernel memory dump (summary)");
    case DumpType::Bitmap:
        return header.completeBitmap ? text::phrase("Dump", "complete memory dump (bitmap)")
                                     : text::phrase("Dump", "kernel memory dump (bitmap)");
    case DumpType::LiveKernelBitmap: return text::phrase("Dump", "live kernel memory dump");
    case DumpType::RdmpKernel: return text::phrase("Dump", "kernel memory dump written by .dump /k");
    case DumpType::RdmpKernelAndUser: return text::phrase("Dump", "kernel and user memory dump written by .dump /ka");
    case DumpType::RdmpComplete: return text::phrase("Dump", "complete memory dump written by .dump /f");
    }
    return text::say(text::phrase("Dump", "dump of type {}"), static_cast<std::uint32_t>(header.type));
}

std::string bugCheckName(std::uint32_t code)
{
    // The high bit pattern 0x10000000 marks the same check with a different parameter set.
    static constexpr std::array<std::pair<std::uint32_t, const char*>, 30> kNames{{
        {0x0a, "IRQL_NOT_LESS_OR_EQUAL"},
        {0x19, "BAD_POOL_HEADER"},
        {0x1a, "MEMORY_MANAGEMENT"},
        {0x1e, "KMODE_EXCEPTION_NOT_HANDLED"},
        {0x3b, "SYSTEM_SERVICE_EXCEPTION"},
        {0x3f, "NO_MORE_SYSTEM_PTES"},
        {0x41, "MUST_SUCCEED_POOL_EMPTY"},
        {0x44, "MULTIPLE_IRP_COMPLETE_REQUESTS"},
        {0x4e, "PFN_LIST_CORRUPT"},
        {0x50, "PAGE_FAULT_IN_NONPAGED_AREA"},
        {0x7e, "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED"},
        {0x7f, "UNEXPECTED_KERNEL_MODE_TRAP"},
        {0x9f, "DRIVER_POWER_STATE_FAILURE"},
        {0xa0, "INTERNAL_POWER_ERROR"},
        {0xc2, "BAD_POOL_CALLER"},
        {0xc4, "DRIVER_VERIFIER_DETECTED_VIOLATION"},
        {0xc5, "DRIVER_CORRUPTED_EXPOOL"},
        {0xcd, "PAGE_FAULT_BEYOND_END_OF_ALLOCATION"},
        {0xd1, "DRIVER_IRQL_NOT_LESS_OR_EQUAL"},
        {0xd5, "DRIVER_PAGE_FAULT_IN_FREED_SPECIAL_POOL"},
        {0xe2, "MANUALLY_INITIATED_CRASH"},
        {0xef, "CRITICAL_PROCESS_DIED"},
        {0xf4, "CRITICAL_OBJECT_TERMINATION"},
        {0x101, "CLOCK_WATCHDOG_TIMEOUT"},
        {0x124, "WHEA_UNCORRECTABLE_ERROR"},
        {0x133, "DPC_WATCHDOG_VIOLATION"},
        {0x139, "KERNEL_SECURITY_CHECK_FAILURE"},
        {0x13a, "KERNEL_MODE_HEAP_CORRUPTION"},
        {0x15f, "CONNECTED_STANDBY_WATCHDOG_TIMEOUT_LIVEDUMP"},
        {0x161, "LIVE_SYSTEM_DUMP"},
    }};
    const std::uint32_t plain = code & ~0x10000000u;
    for (const auto& [value, name] : kNames)
        if (value == plain)
            return name;
    return {};
}

std::string fileTimeText(std::uint64_t fileTime)
{
    constexpr std::uint64_t kTicksPerSecond = 10'000'000;
    constexpr std::uint64_t kUnixEpochSeconds = 11'644'473'600; // 1601-01-01 to 1970-01-01
    if (fileTime == 0 || fileTime == kUnset64 || fileTime / kTicksPerSecond < kUnixEpochSeconds)
        return {};
    const std::uint64_t seconds = fileTime / kTicksPerSecond - kUnixEpochSeconds;
    // Days to a civil date (Howard Hinnant's algorithm), without the C library's time zone.
    const auto days = static_cast<std::int64_t>(seconds / 86400);
    const std::uint64_t inDay = seconds % 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = z / 146097;
    const auto doe = static_cast<std::uint64_t>(z - era * 146097);
    const std::uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::uint64_t mp = (5 * doy + 2) / 153;
    const std::uint64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::uint64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
    if (year > 9999)
        return {};
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC", year, month, day, inDay / 3600, inDay / 60 % 60,
                       inDay % 60);
}

std::string describeDump(const DumpHeader& header)
{
    std::string out = text::say(text::phrase("Dump", "{} of Windows build {}"), dumpTypeName(header), header.build);
    if (header.processors != 0 && header.processors != kUnset32)
        out += header.processors == 1 ? text::say(text::phrase("Dump", ", {} processor"), header.processors)
                                      : text::say(text::phrase("Dump", ", {} processors"), header.processors);
    if (header.bugCheckCode != 0 && header.bugCheckCode != kUnset32) {
        const std::string name = bugCheckName(header.bugCheckCode);
        out += text::say(text::phrase("Dump", ", bug check 0x{:X}"), header.bugCheckCode);
        if (!name.empty())
            out += fmt::format(" ({})", name);
    }
    if (const std::string written = fileTimeText(header.systemTime); !written.empty())
        out += text::say(text::phrase("Dump", ", written {}"), written);
    return out;
}

std::string describeFileSize(const DumpHeader& header, std::uint64_t fileSize)
{
    const std::uint64_t required = header.requiredDumpSpace;
    if (required == 0 || required == kUnset64)
        return text::say(text::phrase("Dump", "the file holds {} (the header announces no size)"),
                         format::bytes(fileSize));
    if (fileSize < required)
        return text::say(text::phrase("Dump", "truncated: {} of the {} its header announces (RequiredDumpSpace)"),
                         format::bytes(fileSize), format::bytes(required));
    return text::say(text::phrase("Dump", "the file is the {} its header announces"), format::bytes(required));
}

std::string describeTruncation(const DumpFile& dump)
{
    std::string out = describeFileSize(dump.header(), dump.fileSize());
    if (dump.missingPages() > 0)
        out += text::say(text::phrase("Dump", ", {} of {} pages missing"), format::count(dump.missingPages()),
                         format::count(dump.indexedPages()));
    return out;
}

} // namespace poolscope
