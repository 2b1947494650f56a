// Feeds arbitrary bytes through the path a user's poolmon log takes: decoding (BOMs,
// UTF-16, stray NULs), the sniffer, then the poolmon reader.
#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string bytes(reinterpret_cast<const char*>(data), size);
    const auto document = poolscope::decodeText(std::move(bytes), "fuzz-poolmon.log");
    (void)poolscope::looksLikePoolmon(document.text);
    const auto series = poolscope::readPoolmon(document);
    if (series.ok()) {
        // Touch what was built so that a corrupt record is read, not just constructed.
        std::size_t n = 0;
        for (const auto& snapshot : series->snapshots) {
            n += snapshot.label.size() + snapshot.diagnostics.size();
            for (const auto& row : snapshot.poolTags)
                n += row.driver.size() + row.description.size() + row.tag.display().size()
                    + static_cast<std::size_t>(row.bytes.value_or(0) & 1);
        }
        (void)n;
    }
    return 0;
}
