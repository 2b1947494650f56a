// capture: the live half of the Windows build. The loop, the screens and the ranking are the
// engine's (analysis/capture); this file connects them to the console: Ctrl+C, the output.
#include "commands.h"

#include "analysis/capture/capture_loop.h"
#include "analysis/capture/growth_ranking.h"
#include "analysis/capture/nt_system_source.h"
#include "analysis/file_path.h"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <stop_token>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

namespace poolscope::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInput = 1;
constexpr int kExitUsage = 2;
constexpr std::size_t kDefaultTop = 5;

#ifdef _WIN32
std::stop_source g_stop;
std::atomic<bool> g_finished{false};
// Windows ends the program 5 s after a closed console's handler is called.
constexpr int kCloseWaitSteps = 90;
constexpr DWORD kCloseWaitStepMs = 50;

// Runs on a thread of its own and asks the loop to stop; the screen being taken is finished
// and flushed. Ctrl+C and Ctrl+Break: returning TRUE keeps the program running until then. A
// closed console, a logoff or a shutdown end the program when this returns, so it waits for
// the loop first.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    g_stop.request_stop();
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        for (int i = 0; i < kCloseWaitSteps && !g_finished.load(); ++i)
            Sleep(kCloseWaitStepMs);
    return TRUE;
}
#endif

std::string fileName(const std::string& path)
{
    return utf8FromPath(pathFromUtf8(path).filename());
}

} // namespace

int runCapture(const Options& options)
{
    auto source = capture::makeNtSystemSource();
    if (!source) {
        fmt::print(stderr, "poolscope-cli: capture reads the pool and handle tables of a running Windows: run the "
                           "Windows build, poolscope-cli.exe, there. Every build reads the file it writes.\n");
        return kExitUsage;
    }
    std::string why;
    auto sink = capture::FileSink::create(options.output, why);
    if (!sink) {
        fmt::print(stderr, "poolscope-cli: {}\n", why);
        return kExitInput;
    }
#ifdef _WIN32
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    const std::stop_token stop = g_stop.get_token();
#else
    const std::stop_token stop;
#endif

    capture::CaptureOptions captureOptions;
    captureOptions.interval = std::chrono::milliseconds(std::llround(options.intervalSeconds * 1000));
    captureOptions.screens = options.count;
    captureOptions.label = fileName(options.output);
    const std::size_t top = options.tagQuery.top ? options.tagQuery.top : kDefaultTop;
    fmt::print("capturing into {} every {} s{}; Ctrl+C ends it\n", options.output, options.intervalSeconds,
               options.count ? fmt::format(", {} screen{}", *options.count, *options.count == 1 ? "" : "s") : std::string());
    std::fflush(stdout);

    capture::CaptureEvents events;
    events.screenWritten = [&](const capture::ScreenWritten& written) {
        const std::string text = capture::rankingText(written.number, written.elapsedSeconds,
                                                      written.screen.processes.size(), written.growth, top);
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    };
    events.problem = [](const std::string& text) { fmt::print(stderr, "warning: {}\n", text); };

    const capture::CaptureResult result = capture::runCapture(*source, *sink, captureOptions, stop, events);
#ifdef _WIN32
    g_finished = true;
#endif
    if (!result.error.empty()) {
        fmt::print(stderr, "poolscope-cli: {}{}\n", result.error,
                   result.screens ? fmt::format(" ({} screens were written to {} before)", result.screens, options.output)
                                  : std::string());
        return kExitInput;
    }
    fmt::print("{} screen{} in {}{}; open it with poolscope, or: poolscope-cli series {}\n", result.screens,
               result.screens == 1 ? "" : "s", options.output, result.stopped ? " (stopped with Ctrl+C)" : "",
               options.output);
    return kExitOk;
}

} // namespace poolscope::cli
