#include "capture_loop.h"

#include "analysis/capture/capture_screen.h"
#include "analysis/file_path.h"
#include "analysis/poolmon_reader.h"
#include "analysis/text_source.h"

#include <fmt/format.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <utility>

namespace poolscope::capture {

std::optional<FileSink> FileSink::create(const std::string& path, std::string& why)
{
    std::error_code error;
    const auto native = pathFromUtf8(path);
    if (std::filesystem::exists(native, error) && !std::filesystem::is_empty(native, error)) {
        why = fmt::format("{}: the file exists; capture writes a new file and overwrites none", path);
        return std::nullopt;
    }
    std::FILE* file = openFile(path, "wb");
    if (!file) {
        why = fmt::format("{}: cannot create the file: {}", path, std::strerror(errno));
        return std::nullopt;
    }
    return FileSink(file, path);
}

FileSink::FileSink(FileSink&& other) noexcept
    : m_file(std::exchange(other.m_file, nullptr)), m_path(std::move(other.m_path))
{
}

FileSink::~FileSink()
{
    if (m_file)
        std::fclose(m_file);
}

bool FileSink::write(std::string_view screen, std::string& why)
{
    if (std::fwrite(screen.data(), 1, screen.size(), m_file) != screen.size() || std::fflush(m_file) != 0) {
        why = fmt::format("{}: cannot write: {}", m_path, std::strerror(errno));
        return false;
    }
    return true;
}

namespace {

// The screen as PoolScope will read it from the file.
std::optional<Snapshot> readBack(const std::string& text, const std::string& label)
{
    auto series = readPoolmon(decodeText(text, label));
    if (!series || series->snapshots.size() != 1)
        return std::nullopt;
    Snapshot snapshot = std::move(series->snapshots.front());
    snapshot.label = label;
    return snapshot;
}

void thin(SnapshotSeries& series, std::size_t most)
{
    if (series.snapshots.size() <= most)
        return;
    // Every other screen, counted back from the newest, which is always kept.
    std::vector<Snapshot> kept;
    kept.reserve(series.snapshots.size() / 2 + 1);
    for (std::size_t i = (series.snapshots.size() - 1) % 2; i < series.snapshots.size(); i += 2)
        kept.push_back(std::move(series.snapshots[i]));
    series.snapshots = std::move(kept);
}

} // namespace

CaptureResult runCapture(SystemTableSource& source, ScreenSink& sink, const CaptureOptions& options,
                         std::stop_token stop, const CaptureEvents& events)
{
    CaptureResult result;
    SnapshotSeries ranked;
    std::optional<SystemReading> previous;
    std::optional<std::chrono::system_clock::time_point> first;
    double lastElapsed = 0;
    std::set<std::string> said;
    const auto problem = [&](const std::string& text) {
        if (!text.empty() && said.insert(text).second && events.problem)
            events.problem(text);
    };
    std::mutex mutex;
    std::condition_variable_any wake; // nobody notifies it: only the stop token ends a wait early
    auto next = std::chrono::steady_clock::now();

    while (!stop.stop_requested() && (!options.screens || result.screens < *options.screens)) {
        SystemReading reading = source.read();
        problem(reading.poolTagsProblem);
        problem(reading.handlesProblem);
        for (const std::string& note : reading.notes)
            problem(note);
        if (!reading.poolTags && !reading.handles && result.screens == 0) {
            result.error = "this system gives neither the pool tag table nor the handle table, so there is nothing "
                           "to capture";
            return result;
        }
        if (!first)
            first = reading.when;
        // A clock set back during the capture must not make time run backwards in the file.
        const double elapsed =
            std::max(lastElapsed, std::chrono::duration<double>(reading.when - *first).count());
        lastElapsed = elapsed;
        const std::string text = screenText(reading, previous ? &*previous : nullptr, elapsed);
        std::string why;
        if (!sink.write(text, why)) {
            result.error = why;
            return result;
        }
        ++result.screens;
        previous = std::move(reading);

        if (auto screen = readBack(text, fmt::format("{} screen {}", options.label, result.screens))) {
            ranked.snapshots.push_back(std::move(*screen));
            thin(ranked, options.rankedScreens);
            const std::vector<TagGrowth> growth = analyzeGrowth(ranked);
            if (events.screenWritten)
                events.screenWritten({result.screens, elapsed, ranked.snapshots.back(), growth});
        }

        if (options.screens && result.screens >= *options.screens)
            break;
        // Ticks keep their rhythm; a read that took longer than the interval is followed at once.
        next = std::max(next + options.interval, std::chrono::steady_clock::now());
        std::unique_lock lock(mutex);
        wake.wait_until(lock, stop, next, [] { return false; });
    }
    result.stopped = stop.stop_requested();
    return result;
}

} // namespace poolscope::capture
