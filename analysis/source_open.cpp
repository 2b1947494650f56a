#include "source_open.h"

#include "analysis/dump/kernel_dump_reader.h"
#include "analysis/dump/symbol_path.h"
#include "analysis/environment.h"
#include "analysis/file_path.h"
#include "analysis/poolmon_reader.h"
#include "analysis/text/phrase.h"
#include "analysis/text_source.h"
#include "analysis/windbg_log_reader.h"

#include <algorithm>
#include <fstream>

namespace poolscope {

std::string sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Poolmon: return text::phrase("Source", "poolmon capture");
    case SourceKind::WindbgLog: return text::phrase("Source", "WinDbg/KD log");
    case SourceKind::KernelDump: return text::phrase("Source", "kernel memory dump");
    case SourceKind::UserMinidump: return text::phrase("Source", "user-mode minidump");
    case SourceKind::Unknown: break;
    }
    return text::phrase("Source", "unknown");
}

SourceKind detectSource(std::string_view firstBytes, std::string_view decodedText)
{
    if (firstBytes.substr(0, 8) == "PAGEDU64" || firstBytes.substr(0, 8) == "PAGEDUMP")
        return SourceKind::KernelDump;
    if (firstBytes.substr(0, 4) == "MDMP")
        return SourceKind::UserMinidump;
    // A log of debugger commands may quote a poolmon screen; the prompt decides.
    if (looksLikeWindbgLog(decodedText))
        return SourceKind::WindbgLog;
    if (looksLikePoolmon(decodedText))
        return SourceKind::Poolmon;
    return SourceKind::Unknown;
}

namespace {

// The first bytes of a file, without reading the rest (a dump is gigabytes).
std::string fileHead(const std::string& path)
{
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    std::string head(8, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
}

std::vector<std::string> symbolFolders(const SourceOptions& options)
{
    std::vector<std::string> dirs = options.symbolDirs;
    // Separated like PATH: by ':' or ';', and on Windows by ';' alone (C:\symbols).
#ifdef _WIN32
    constexpr std::string_view kSeparators = ";";
#else
    constexpr std::string_view kSeparators = ":;";
#endif
    if (const auto env = environmentVariable("POOLSCOPE_SYMBOLS")) {
        std::string_view rest = *env;
        while (!rest.empty()) {
            const auto end = rest.find_first_of(kSeparators);
            const auto dir = rest.substr(0, end);
            if (!dir.empty())
                dirs.emplace_back(dir);
            if (end == std::string_view::npos)
                break;
            rest.remove_prefix(end + 1);
        }
    }
    if (const auto env = environmentVariable("_NT_SYMBOL_PATH")) {
        const auto folders = symbolPathFolders(*env);
        dirs.insert(dirs.end(), folders.begin(), folders.end());
    }
    return dirs;
}

} // namespace

Result<OpenedSource> openSource(const std::string& path, ReadControl& control, const SourceOptions& options)
{
    if (const std::string head = fileHead(path); head == "PAGEDU64" || (head.size() == 8 && head.substr(4) == "DU64")) {
        DumpReadOptions dumpOptions;
        dumpOptions.symbolDirs = symbolFolders(options);
        dumpOptions.scanPool = options.scanPool;
        std::shared_ptr<const DumpPool> pool;
        auto snapshot = readKernelDump(path, dumpOptions, control, &pool);
        if (!snapshot)
            return snapshot.error();
        OpenedSource opened;
        opened.kind = SourceKind::KernelDump;
        opened.pool = std::move(pool);
        opened.series.snapshots.push_back(std::move(snapshot.value()));
        return opened;
    }
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    if (bytes->empty())
        return InputError{path, 0, 0, text::phrase("Open", "the file is empty")};
    const std::string head = bytes->substr(0, 8);
    if (head.substr(0, 4) == "PAGE" || head.substr(0, 4) == "MDMP") {
        if (head == "PAGEDUMP")
            return InputError{
                path, 0, 0, text::phrase("Open", "this is a 32-bit (x86) kernel dump; PoolScope reads x64 dumps only")};
        if (head.substr(0, 4) == "MDMP")
            return InputError{path, 0, 0,
                              text::phrase("Open",
                                           "this is a user-mode minidump; pool leaks need a kernel memory dump or "
                                           "a debugger log")};
    }
    TextDocument document = decodeText(std::move(bytes.value()), path);
    OpenedSource opened;
    opened.kind = detectSource(head, document.text);
    switch (opened.kind) {
    case SourceKind::WindbgLog: {
        auto snapshot = readWindbgLog(document, control);
        if (!snapshot)
            return snapshot.error();
        opened.series.snapshots.push_back(std::move(snapshot.value()));
        return opened;
    }
    case SourceKind::Poolmon: {
        auto series = readPoolmon(document, control);
        if (!series)
            return series.error();
        opened.series = std::move(series.value());
        return opened;
    }
    default:
        break;
    }
    return InputError{path, 0, 0,
                      text::phrase("Open",
                                   "not a recognised source: expected a poolmon capture (a \"Memory: ... Pool N:\" "
                                   "header and a \"Tag Type Allocs\" table) or a WinDbg/KD log (kd> prompts, or "
                                   "the output of !vm, !poolused, !process, !handle, !irpfind ...)")};
}

Result<OpenedSource> openSource(const std::string& path)
{
    ReadControl control;
    return openSource(path, control);
}

} // namespace poolscope
