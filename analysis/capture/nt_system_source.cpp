#include "nt_system_source.h"

#ifdef _WIN32

#include "analysis/capture/nt_tables.h"
#include "analysis/file_path.h"
#include "analysis/ntstatus.h"

#include <fmt/format.h>

#define WIN32_LEAN_AND_MEAN
#include <windows.h>
// After windows.h, whose types they use.
#include <psapi.h>
#include <tlhelp32.h>

#include <vector>

namespace poolscope::capture {

namespace {

using QuerySystem = LONG(WINAPI*)(ULONG, PVOID, ULONG, PULONG);
using QueryObject = LONG(WINAPI*)(HANDLE, ULONG, PVOID, ULONG, PULONG);

constexpr std::uint32_t kInfoLengthMismatch = 0xC0000004;
constexpr std::uint32_t kBufferTooSmall = 0xC0000023;
constexpr std::uint32_t kBufferOverflow = 0x80000005;
constexpr std::uint32_t kNotImplemented = 0xC0000002;
constexpr std::uint32_t kInvalidInfoClass = 0xC0000003;
constexpr std::uint32_t kNotSupported = 0xC00000BB;
constexpr std::uint32_t kAccessDenied = 0xC0000022;
// A million handles take 40 MB; past this the answer is not believed.
constexpr std::size_t kMostBytes = std::size_t{1} << 30;
constexpr int kAttempts = 8;

struct Answer {
    std::uint32_t status = 0;
    std::size_t size = 0; // bytes the call filled
};

// Calls `query` with a buffer that grows until the answer fits (the tables grow between
// two calls, so the size asked for is given some room).
template <typename Query>
Answer ask(Query query, std::vector<std::byte>& buffer)
{
    Answer answer;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        ULONG needed = 0;
        answer.status = static_cast<std::uint32_t>(query(buffer.data(), static_cast<ULONG>(buffer.size()), &needed));
        if (answer.status != kInfoLengthMismatch && answer.status != kBufferTooSmall && answer.status != kBufferOverflow) {
            answer.size = needed > 0 && needed <= buffer.size() ? needed : buffer.size();
            return answer;
        }
        const std::size_t next = std::max(buffer.size() * 2, std::size_t{needed} + needed / 4 + 4096);
        if (next > kMostBytes)
            return answer;
        buffer.assign(next, std::byte{0});
    }
    return answer;
}

std::string refusal(std::string_view call, std::uint32_t status, std::string_view without)
{
    std::string why;
    if (status == kNotImplemented || status == kInvalidInfoClass || status == kNotSupported)
        why = "this system does not implement it (Wine does not, for some classes)";
    else if (status == kAccessDenied)
        why = "run the capture as administrator";
    else if (status == kInfoLengthMismatch || status == kBufferTooSmall || status == kBufferOverflow)
        why = "the table is larger than the capture accepts (1 GB)";
    return fmt::format("{} returned {}{}{}; {}", call, ntstatusText(status), why.empty() ? "" : ": ", why, without);
}

class NtSystemSource final : public SystemTableSource {
public:
    NtSystemSource()
    {
        if (HMODULE ntdll = GetModuleHandleW(L"ntdll.dll")) {
            m_querySystem = reinterpret_cast<QuerySystem>(
                reinterpret_cast<void*>(GetProcAddress(ntdll, "NtQuerySystemInformation")));
            m_queryObject = reinterpret_cast<QueryObject>(reinterpret_cast<void*>(GetProcAddress(ntdll, "NtQueryObject")));
        }
    }

    SystemReading read() override
    {
        SystemReading reading;
        reading.when = std::chrono::system_clock::now();
        readPoolTags(reading);
        readHandles(reading);
        readMemory(reading);
        return reading;
    }

private:
    Answer querySystem(std::uint32_t infoClass, std::vector<std::byte>& buffer)
    {
        return ask([&](void* data, ULONG size, ULONG* needed) { return m_querySystem(infoClass, data, size, needed); },
                   buffer);
    }

    void readPoolTags(SystemReading& reading)
    {
        if (!m_querySystem) {
            reading.poolTagsProblem = "ntdll has no NtQuerySystemInformation: no pool tag table";
            return;
        }
        const Answer answer = querySystem(kSystemPoolTagInformation, m_poolTags);
        if (answer.status >= 0x80000000u) {
            reading.poolTagsProblem = refusal("NtQuerySystemInformation(SystemPoolTagInformation)", answer.status,
                                              "the screens have no pool tag rows");
            return;
        }
        std::string why;
        reading.poolTags = decodePoolTagInformation(std::span(m_poolTags).first(answer.size), why);
        if (!reading.poolTags)
            reading.poolTagsProblem = "SystemPoolTagInformation: " + why;
    }

    void readHandles(SystemReading& reading)
    {
        if (!m_querySystem)
            return;
        const Answer answer = querySystem(kSystemExtendedHandleInformation, m_handles);
        if (answer.status >= 0x80000000u) {
            reading.handlesProblem = refusal("NtQuerySystemInformation(SystemExtendedHandleInformation)", answer.status,
                                             "the screens have no handle counts");
            return;
        }
        const auto bytes = std::span(m_handles).first(answer.size);
        std::string why;
        const auto tally = decodeExtendedHandleInformation(bytes, why);
        if (!tally) {
            reading.handlesProblem = "SystemExtendedHandleInformation: " + why;
            return;
        }
        const auto names = typeNames(bytes, reading);
        const auto images = processImages(reading);
        std::size_t unnamed = 0;
        auto& processes = reading.handles.emplace();
        for (const auto& [pid, types] : *tally) {
            ProcessHandles& p = processes.emplace_back();
            p.pid = pid;
            if (const auto it = images.find(pid); it != images.end())
                p.image = it->second;
            for (const auto& [index, count] : types) {
                const auto name = names.find(index);
                unnamed += name == names.end();
                p.byType.emplace_back(name != names.end() ? name->second : fmt::format("type {}", index), count);
            }
        }
        if (unnamed > 0)
            reading.notes.push_back("some object types have no name from the system: they are shown as 'type N'");
    }

    std::map<std::uint16_t, std::string> typeNames(std::span<const std::byte> handles, SystemReading& reading)
    {
        std::map<std::uint16_t, std::string> names;
        if (!m_queryObject) {
            reading.notes.push_back("ntdll has no NtQueryObject: object types are shown as 'type N'");
            return names;
        }
        const Answer answer = ask(
            [&](void* data, ULONG size, ULONG* needed) { return m_queryObject(nullptr, kObjectTypesInformation, data, size, needed); },
            m_types);
        if (answer.status < 0x80000000u) {
            std::string why;
            if (auto decoded = decodeObjectTypesInformation(std::span(m_types).first(answer.size),
                                                            reinterpret_cast<std::uintptr_t>(m_types.data()), why))
                names = std::move(*decoded);
            if (!why.empty())
                reading.notes.push_back("ObjectTypesInformation: " + why);
        } else {
            reading.notes.push_back(refusal("NtQueryObject(ObjectTypesInformation)", answer.status,
                                            "type names are asked of the capture's own handles"));
        }
        // The types the table left out, named through a handle of that type this program holds.
        std::vector<std::byte> one(4096);
        for (const auto& [index, handle] : handlePerType(handles, GetCurrentProcessId())) {
            if (names.contains(index))
                continue;
            const Answer typeAnswer = ask(
                [&](void* data, ULONG size, ULONG* needed) {
                    return m_queryObject(reinterpret_cast<HANDLE>(static_cast<std::uintptr_t>(handle)),
                                         kObjectTypeInformation, data, size, needed);
                },
                one);
            if (typeAnswer.status >= 0x80000000u)
                continue;
            if (auto name = decodeObjectTypeName(std::span(one).first(typeAnswer.size),
                                                 reinterpret_cast<std::uintptr_t>(one.data())))
                names.emplace(index, std::move(*name));
        }
        return names;
    }

    static std::map<std::uint32_t, std::string> processImages(SystemReading& reading)
    {
        std::map<std::uint32_t, std::string> images;
        HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
        if (snapshot == INVALID_HANDLE_VALUE) {
            reading.notes.push_back(fmt::format("the process list is not available (error {}): processes are shown "
                                                "by pid alone",
                                                GetLastError()));
            return images;
        }
        PROCESSENTRY32W entry{};
        entry.dwSize = sizeof entry;
        for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry))
            images[entry.th32ProcessID] = utf8FromUtf16(entry.szExeFile);
        CloseHandle(snapshot);
        return images;
    }

    static void readMemory(SystemReading& reading)
    {
        PERFORMANCE_INFORMATION info{};
        info.cb = sizeof info;
        if (!GetPerformanceInfo(&info, sizeof info))
            return;
        // A running Windows has never used no pool and no commit: a zero is a figure the
        // system does not keep (Wine's), left absent rather than written as a fact.
        const auto bytes = [&](SIZE_T pages) {
            return pages > 0 ? std::optional<std::uint64_t>(std::uint64_t{pages} * info.PageSize) : std::nullopt;
        };
        SystemMemory& m = reading.memory;
        m.physical = bytes(info.PhysicalTotal);
        m.available = bytes(info.PhysicalAvailable);
        m.commit = bytes(info.CommitTotal);
        m.commitLimit = bytes(info.CommitLimit);
        m.commitPeak = bytes(info.CommitPeak);
        m.nonPagedPool = bytes(info.KernelNonpaged);
        m.pagedPool = bytes(info.KernelPaged);
    }

    QuerySystem m_querySystem = nullptr;
    QueryObject m_queryObject = nullptr;
    // Kept between ticks: the next answer is about as large.
    std::vector<std::byte> m_poolTags = std::vector<std::byte>(256 * 1024);
    std::vector<std::byte> m_handles = std::vector<std::byte>(4 * 1024 * 1024);
    std::vector<std::byte> m_types = std::vector<std::byte>(64 * 1024);
};

} // namespace

std::unique_ptr<SystemTableSource> makeNtSystemSource()
{
    return std::make_unique<NtSystemSource>();
}

} // namespace poolscope::capture

#else

namespace poolscope::capture {

std::unique_ptr<SystemTableSource> makeNtSystemSource()
{
    return nullptr;
}

} // namespace poolscope::capture

#endif
