// Feeds arbitrary bytes through the same path a user's file takes: decoding (BOMs,
// UTF-16, stray NULs), then the WinDbg log reader with every command handler.
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string bytes(reinterpret_cast<const char*>(data), size);
    const auto document = poolscope::decodeText(std::move(bytes), "fuzz.log");
    const auto snapshot = poolscope::readWindbgLog(document);
    if (snapshot.ok()) {
        // Touch what was built so that a corrupt record is read, not just constructed.
        std::size_t n = 0;
        for (const auto& irp : snapshot->irps)
            n += irp.currentDriver.size();
        for (const auto& p : snapshot->processes)
            n += p.imageName.size() + p.handleCountsByType.size();
        (void)n;
    }
    return 0;
}
