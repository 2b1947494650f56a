#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The two lines `poolscope-cli capture` adds to the poolmon screens it writes, written and
// read here so that the writer and the poolmon reader cannot disagree:
//
//   " Captured: 2024-03-14 10:21:07 UTC  Elapsed: 20.003 s"
//       first line of a screen: when it was taken, and seconds since the capture's first
//       screen (the series then has real time, and growth is per second);
//   " Handles: 6700 IOCPLeak.exe: 323155 Thread, 40 Event, 5 ALPC Port"
//       one process of that screen: pid (decimal), image, then its handles by object type,
//       largest first (the type is the rest of its item: "ALPC Port" has a blank).
//
// poolmon writes neither; other readers of poolmon text see two kinds of line they do not
// know. An image name holds no ':' (Windows forbids it in file names), which is why the
// first ':' after the pid ends it.
namespace poolscope {

std::string formatCapturedLine(std::chrono::system_clock::time_point when, double elapsedSeconds);
bool isCapturedLine(std::string_view stripped);
// The elapsed seconds, or nothing with the reason in `why`.
std::optional<double> readCapturedLine(std::string_view stripped, std::string& why);

struct HandlesLine {
    std::uint32_t pid = 0;
    std::string image; // may be empty: a process that could not be named
    std::vector<std::pair<std::string, std::uint64_t>> counts; // type, handles
};

std::string formatHandlesLine(const HandlesLine& line);
bool isHandlesLine(std::string_view stripped);
std::optional<HandlesLine> readHandlesLine(std::string_view stripped, std::string& why);

} // namespace poolscope
