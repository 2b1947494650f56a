#pragma once
#include "analysis/capture/system_reading.h"
#include "analysis/conclusions/growth.h"
#include "model/snapshot.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

// `poolscope-cli capture`'s loop: every interval, read the system's tables, write them as
// one poolmon screen, read that screen back with the poolmon reader and rank the tags by
// growth over the screens so far. Plain code: the source and the sink are interfaces, so
// that the tests run it on Linux with a fake system.
namespace poolscope::capture {

// Where screens go, one whole screen at a time.
class ScreenSink {
public:
    virtual ~ScreenSink() = default;
    // False, with the reason in `why`, when the screen could not be stored.
    virtual bool write(std::string_view screen, std::string& why) = 0;
};

// A file that is flushed after each screen: a capture stopped at any moment (Ctrl+C, a
// closed console, a crash) holds every screen it announced, whole.
class FileSink final : public ScreenSink {
public:
    // Creates the file; refuses one that exists and is not empty (a capture is not
    // overwritten). Nothing, with the reason in `why`, when it cannot be created.
    static std::optional<FileSink> create(const std::string& path, std::string& why);
    FileSink(FileSink&& other) noexcept;
    FileSink& operator=(FileSink&&) = delete;
    FileSink(const FileSink&) = delete;
    ~FileSink() override;
    bool write(std::string_view screen, std::string& why) override;

private:
    FileSink(std::FILE* file, std::string path) : m_file(file), m_path(std::move(path)) {}
    std::FILE* m_file = nullptr;
    std::string m_path;
};

struct CaptureOptions {
    std::chrono::milliseconds interval{5000};
    std::optional<std::size_t> screens; // stop after this many; none: until stopped
    std::string label = "capture";      // names the screens read back ("capture screen 3")
    // The ranking looks at this many screens at most, spread over the whole capture (every
    // other one is dropped when there are more): memory stays bounded however long it runs,
    // and the file keeps them all.
    std::size_t rankedScreens = 500;
};

struct ScreenWritten {
    std::size_t number = 0; // 1-based
    double elapsedSeconds = 0;
    const Snapshot& screen; // as the poolmon reader read it back
    const std::vector<TagGrowth>& growth; // every tag, leaking ones first (analyzeGrowth)
};

struct CaptureEvents {
    std::function<void(const ScreenWritten&)> screenWritten;
    // Said once each: a table the system does not give, and why.
    std::function<void(const std::string&)> problem;
};

struct CaptureResult {
    std::size_t screens = 0;
    bool stopped = false; // the stop token ended it (Ctrl+C)
    std::string error;    // what ended it early: no table at all, or the sink failed
};

CaptureResult runCapture(SystemTableSource& source, ScreenSink& sink, const CaptureOptions& options,
                         std::stop_token stop, const CaptureEvents& events);

} // namespace poolscope::capture
