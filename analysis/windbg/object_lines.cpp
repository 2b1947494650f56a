#include "object_lines.h"

#include "analysis/parse_util.h"
#include "analysis/windbg/unnamed_process.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace poolscope::windbg {

namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// The first whitespace-delimited word of `s` (which starts at a non-space).
std::string_view firstWord(std::string_view s)
{
    std::size_t end = 0;
    while (end < s.size() && !isSpace(s[end]))
        ++end;
    return s.substr(0, end);
}

// Where `key` starts as a word of its own: "Cid:" must not be found inside "ParentCid:".
std::size_t findKey(std::string_view text, std::string_view key)
{
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t at = text.find(key, from);
        if (at == std::string_view::npos)
            return at;
        if (at == 0 || !isLetter(text[at - 1]))
            return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

struct Field {
    bool present = false;
    std::string_view value; // the word after the key; empty when the line ends there
};

Field field(std::string_view text, std::string_view key)
{
    const std::size_t at = findKey(text, key);
    if (at == std::string_view::npos)
        return {};
    return {true, firstWord(text::trimLeft(text.substr(at + key.size())))};
}

// Everything after the key: names ("Image: Memory Compression") may hold spaces.
std::string_view fieldRest(std::string_view text, std::string_view key)
{
    const std::size_t at = findKey(text, key);
    return at == std::string_view::npos ? std::string_view{} : text::trim(text.substr(at + key.size()));
}

// "391189." as !process prints TableSize and HandleCount.
std::optional<std::uint64_t> parseCount(std::string_view s)
{
    if (!s.empty() && s.back() == '.')
        s.remove_suffix(1);
    return text::parseDecimal(s);
}

bool isHexWord(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!text::isHexDigit(c))
            return false;
    return true;
}

bool isDecimalWord(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!text::isDigit(c) && c != ',')
            return false;
    return text::isDigit(s.front());
}

bool isDots(std::string_view s)
{
    return s.size() >= 3 && s.find_first_not_of('.') == std::string_view::npos;
}

// A start address as !thread prints it: "nt!ExpWorkerThread (0x80417a9a)" or "0x7c57b740".
std::optional<Address> startAddressValue(std::string_view rest)
{
    const std::size_t open = rest.rfind("(0x");
    if (open != std::string_view::npos) {
        const std::size_t close = rest.find(')', open);
        if (close != std::string_view::npos)
            return text::parseHex(rest.substr(open + 1, close - open - 1));
    }
    const text::Tokens tokens(rest);
    const std::string_view last = tokens[tokens.size() == 0 ? 0 : tokens.size() - 1];
    if (text::startsWith(last, "0x") || text::looksLikeAddress(last))
        return text::parseHex(last);
    return std::nullopt;
}

// Words that open a line WinDbg prints inside a process or thread block and that hold
// nothing PoolScope keeps (times, priorities, stack bounds, quota figures).
constexpr std::string_view kBlockWords[] = {
    "Not impersonating", "Impersonation token", "DeviceMap", "Attached Process", "Wait Start TickCount",
    "Context Switch Count", "UserTime", "KernelTime", "Stack Init", "Base ", "Priority ", "ChildEBP",
    "Child-SP", "Kernel stack not resident", "Waiting for reply to", "Current LPC port", "WaitTime",
    "Initial Sp", "*** Stack trace for last set context", "Stack base", "LPC Server thread", "Ticks:",
    "VadRoot", "Token", "ElapsedTime", "QuotaPoolUsage", "Working Set Sizes", "PeakWorkingSetSize",
    "VirtualSize", "PeakVirtualSize", "PageFaultCount", "MemoryPriority", "BasePriority", "CommitCharge",
    "DebugPort", "Job ", "No active threads", "Stack unwind information not available",
    "WARNING: Frame IP not in any known module", "Searching for Process with Cid",
};

bool isBlockWordLine(std::string_view t)
{
    for (std::string_view word : kBlockWords)
        if (text::startsWith(t, word))
            return true;
    return false;
}

// "NameInfo(ffffe0083b85d010)" under "Optional Headers:".
bool isOptionalHeader(std::string_view t)
{
    const std::size_t paren = t.find("Info(");
    if (paren == std::string_view::npos || paren == 0)
        return false;
    for (std::size_t i = 0; i < paren; ++i)
        if (!isLetter(t[i]))
            return false;
    return true;
}

// A type name in the handle count by type table: "Thread", "IoCompletion", "ALPC Port".
bool isTypeName(std::string_view name)
{
    if (name.empty() || !isLetter(name.front()))
        return false;
    const text::Tokens words(name);
    if (words.size() > 3)
        return false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (text::looksLikeAddress(words[i]))
            return false;
        for (char c : words[i])
            if (!isLetter(c) && !text::isDigit(c) && c != '_' && c != '-' && c != '.')
                return false;
    }
    return true;
}

// "(Protected)" and "(Inherit)" after the granted access, in one pass over the line.
void readAttributes(std::string_view after, Handle& handle)
{
    for (std::size_t open = after.find('('); open != std::string_view::npos; open = after.find('(', open + 1)) {
        const std::string_view rest = after.substr(open);
        if (rest.starts_with("(Protected)"))
            handle.isProtected = true;
        else if (rest.starts_with("(Inherit)"))
            handle.inherit = true;
    }
}

} // namespace

std::string_view plainText(std::string_view text, std::string& scratch)
{
    std::size_t at = text.find(kNbsp);
    if (at == std::string_view::npos)
        return text;
    scratch.assign(text.data(), text.size());
    while (at != std::string_view::npos) {
        scratch[at] = ' ';
        scratch[at + 1] = ' ';
        at = text.find(kNbsp, at + 2);
    }
    return scratch;
}

std::string_view plainPrefix(std::string_view text, std::array<char, 192>& buffer)
{
    const std::size_t n = std::min(text.size(), buffer.size());
    std::memcpy(buffer.data(), text.data(), n);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (buffer[i] == kNbsp[0] && buffer[i + 1] == kNbsp[1]) {
            buffer[i] = ' ';
            buffer[i + 1] = ' ';
        }
    }
    return {buffer.data(), n};
}

std::optional<LeadingAddress> leadingAddress(std::string_view token)
{
    if (token.size() >= 2 && token[0] == '0' && (token[1] == 'x' || token[1] == 'X'))
        token.remove_prefix(2);
    // Mostly the word is a pointer and nothing else, read in one pass.
    if (token.size() == 8 || token.size() == 16 || token.size() == 17)
        if (const auto value = text::parsePointer(token))
            return LeadingAddress{*value, token, {}};
    std::size_t length = 0;
    if (token.size() >= 17 && token[8] == '`' && isHexWord(token.substr(0, 8)) && isHexWord(token.substr(9, 8))) {
        length = 17;
    } else {
        std::size_t hex = 0;
        while (hex < token.size() && text::isHexDigit(token[hex]))
            ++hex;
        if (hex == token.size()) {
            // Nothing glued: the whole word must be a pointer.
            if (hex != 8 && hex != 16)
                return std::nullopt;
            length = hex;
        } else if (hex >= 16) {
            length = 16;
        } else if (hex >= 8) {
            length = 8; // "81098620Cid": the C is glued text, not a ninth digit
        } else {
            return std::nullopt;
        }
    }
    const auto value = text::parseHex(token.substr(0, length));
    if (!value)
        return std::nullopt;
    return LeadingAddress{*value, token.substr(0, length), token.substr(length)};
}

bool isProcessDumpBanner(std::string_view text)
{
    return text::trim(text) == "**** NT ACTIVE PROCESS DUMP ****";
}

bool isHandleDumpBanner(std::string_view text)
{
    const std::string_view t = text::trim(text);
    return t == "**** NT ACTIVE PROCESS HANDLE DUMP ****" || text::startsWith(t, "Searching for handles of type ");
}

bool isProcessHeader(std::string_view text)
{
    const std::string_view t = text::trimLeft(text);
    if (!text::startsWith(t, "PROCESS ") && !text::startsWith(t, "PROCESS\t"))
        return false;
    const auto address = leadingAddress(firstWord(text::trimLeft(t.substr(8))));
    return address && (address->rest.empty() || isLetter(address->rest.front()));
}

bool isThreadHeader(std::string_view text)
{
    const std::string_view t = text::trimLeft(text);
    if (!text::startsWith(t, "THREAD ") && !text::startsWith(t, "THREAD\t"))
        return false;
    const std::string_view rest = text::trimLeft(t.substr(7));
    const auto address = leadingAddress(firstWord(rest));
    if (!address)
        return false;
    if (!address->rest.empty())
        return address->rest == "Cid";
    return firstWord(text::trimLeft(rest.substr(address->digits.size()))) == "Cid";
}

bool isObjectHeader(std::string_view text)
{
    const std::string_view t = text::trimLeft(text);
    if (!text::startsWith(t, "Object:"))
        return false;
    const text::Tokens tokens(t);
    return text::looksLikeAddress(tokens[1]) && tokens[2] == "Type:";
}

bool isHandleEntry(std::string_view text)
{
    const text::Tokens tokens(text);
    const std::string_view value = tokens[0];
    if (value.size() < 2 || value.size() > 17 || value.back() != ':' || !isHexWord(value.substr(0, value.size() - 1)))
        return false;
    return tokens[1] == "Object:" && text::looksLikeAddress(tokens[2]) && tokens[3] == "GrantedAccess:";
}

bool isHandleTableHeading(std::string_view text)
{
    const std::string_view t = text::trim(text);
    if (text::startsWith(t, "processor number "))
        return true;
    // "New version of handle table at e1002000 with 380 Entries in use",
    // "Kernel New version of ...", "Handle table at fffff8a00066f700 with 39 entries in use".
    const std::size_t at = text::iFind(t, "handle table at ");
    return at != std::string_view::npos && at <= 32 && text::iFind(t, " in use") != std::string_view::npos;
}

LineShape ObjectLines::take(const TextLine& line, std::string_view text, LogState& state)
{
    const std::string_view t = text::trim(text);
    if (t.empty()) {
        // Output cut by a filter (!mex.grep -A N): what follows a blank line may be the
        // matching line of another object whose own lines were left out.
        if (state.filtered) {
            state.currentObject.reset();
            m_lastHandle = nullptr;
        }
        return LineShape::Consumed;
    }

    if (m_threadStatePending) {
        m_threadStatePending = false;
        if (const LineShape shape = threadStateContinuation(t, state); shape != LineShape::None)
            return shape;
    }
    if (m_inIrpList) {
        if (const LineShape shape = irpListEntry(line, t, state); shape != LineShape::None)
            return shape;
        m_inIrpList = false;
    }
    if (m_inDirectory) {
        if (const LineShape shape = directoryEntry(line, text, state); shape != LineShape::None)
            return shape;
        m_inDirectory = false;
    }
    const bool header = text::startsWith(t, "PROCESS") || text::startsWith(t, "THREAD");
    if (m_inPeb) {
        // The PEB dump and the environment block are indented under the process; the
        // next THREAD or PROCESS header ends them.
        if (isSpace(text.front()) && !header)
            return LineShape::Consumed;
        m_inPeb = false;
    }

    // Handle entries first: a handle table is by far the longest output here.
    if (text::isHexDigit(t.front())) {
        const std::size_t colon = t.find(':');
        if (colon != std::string_view::npos && colon > 0 && colon <= 16 && isHexWord(t.substr(0, colon))) {
            const std::string_view after = text::trimLeft(t.substr(colon + 1));
            if (text::startsWith(after, "Object:"))
                return handleEntry(line, t, state);
            if (text::startsWith(after, "free handle"))
                return LineShape::Consumed; // a free slot: no object behind it
        }
    }
    if (header) {
        if (text::startsWith(t, "PROCESS ") || text::startsWith(t, "PROCESS\t"))
            return processHeader(line, t, state);
        if (text::startsWith(t, "THREAD ") || text::startsWith(t, "THREAD\t"))
            return threadHeader(line, t, state);
    }
    if (text::startsWith(t, "Object:"))
        return objectHeader(line, t, state);
    if (text::startsWith(t, "SessionId:") || text::startsWith(t, "Cid:") || text::startsWith(t, "DirBase:")
        || text::startsWith(t, "ObjectTable:") || text::startsWith(t, "Image:"))
        return processField(line, t, state);
    if (text::startsWith(t, "ObjectHeader:") || text::startsWith(t, "HandleCount:")
        || text::startsWith(t, "PointerCount:") || text::startsWith(t, "Directory Object:"))
        return objectField(line, t, state);
    if (text::startsWith(t, "Target String is") || text::startsWith(t, "Optional Headers:") || isOptionalHeader(t))
        return LineShape::Consumed;
    if (isProcessDumpBanner(t) || isHandleTableHeading(t) || isDots(t))
        return LineShape::Consumed;
    if (isHandleDumpBanner(t)) {
        // "Searching for handles of type Process": every handle listed is of that type.
        if (text::startsWith(t, "Searching for handles of type ") && m_handleType.empty())
            m_handleType = text::trim(t.substr(30));
        return LineShape::Consumed;
    }
    if (text::startsWith(t, "QuotaPoolUsage[") || text::startsWith(t, "No active threads"))
        return processBlockLine(line, t, state);
    if (text::startsWith(t, "Owning Process") || text::startsWith(t, "Start Address")
        || text::startsWith(t, "Win32 Start Address"))
        return threadField(line, t, state);
    if (text::startsWith(t, "IRP List:")) {
        m_inIrpList = true;
        return LineShape::Consumed;
    }
    if (text::startsWith(t, "PEB at ") || text::startsWith(t, "PEB NULL")) {
        m_inPeb = true;
        return LineShape::Consumed;
    }
    if (text::startsWith(t, "Hash"))
        if (const LineShape shape = directoryHeading(text, t); shape != LineShape::None)
            return shape;
    if (isBlockWordLine(t))
        return LineShape::Consumed;

    const text::Tokens tokens(t);
    if (m_inThread && text::looksLikeAddress(tokens[0]))
        return LineShape::Consumed; // a stack frame, or an object the thread waits on
    if (state.currentProcess && text::looksLikeAddress(tokens[0]) && tokens[1] == "MutantState")
        return LineShape::Consumed;
    return typeCountRow(line, t, state);
}

LineShape ObjectLines::processHeader(const TextLine& line, std::string_view t, LogState& state)
{
    const std::string_view rest = text::trimLeft(t.substr(8));
    const auto address = leadingAddress(firstWord(rest));
    if (!address) {
        state.builder.skipLine(state.at(line), "PROCESS header: expected the EPROCESS address after PROCESS");
        return LineShape::Skipped;
    }
    state.sawAddress(address->digits);
    Process& process = state.builder.process(address->value, state.at(line));
    state.currentProcess = address->value;
    m_inThread = false;
    m_inIrpList = false;
    m_lastHandle = nullptr;
    applyProcessFields(process, rest.substr(address->digits.size()), line, state);
    return LineShape::ProcessHeader;
}

LineShape ObjectLines::processField(const TextLine& line, std::string_view t, LogState& state)
{
    if (!state.currentProcess) {
        state.builder.skipLine(state.at(line), "PROCESS continuation line with no PROCESS header before it");
        return LineShape::Skipped;
    }
    Process& process = state.builder.process(*state.currentProcess, state.at(line));
    applyProcessFields(process, t, line, state);
    return LineShape::ProcessField;
}

LineShape ObjectLines::processBlockLine(const TextLine& line, std::string_view t, LogState& state)
{
    if (!state.currentProcess)
        return LineShape::Consumed; // nothing to attach it to, and nothing lost
    Process& process = state.builder.process(*state.currentProcess, state.at(line));
    if (text::startsWith(t, "No active threads")) {
        // "No active threads" and then, at most, TERMINATED threads still referenced: the
        // process has exited (its EPROCESS is kept by whatever references it).
        process.threadCount = 0;
        process.exited = true;
        return LineShape::ProcessField;
    }
    // "QuotaPoolUsage[PagedPool]         24560": bytes charged to the process.
    const bool paged = text::startsWith(t, "QuotaPoolUsage[PagedPool]");
    const bool nonPaged = text::startsWith(t, "QuotaPoolUsage[NonPagedPool]");
    const text::Tokens words(t);
    const auto value = text::parseDecimal(words[1]);
    if ((!paged && !nonPaged) || !value) {
        state.builder.skipLine(state.at(line), "QuotaPoolUsage: expected '[PagedPool]' or '[NonPagedPool]' and a number");
        return LineShape::Skipped;
    }
    (paged ? process.pagedQuota : process.nonPagedQuota) = *value;
    return LineShape::ProcessField;
}

void ObjectLines::applyProcessFields(Process& process, std::string_view text, const TextLine& line, LogState& state)
{
    std::string unreadable;
    const auto note = [&](std::string_view key, std::string_view value) {
        unreadable += fmt::format("{}{} '{}'", unreadable.empty() ? "" : ", ", key, value);
    };
    const auto hexField = [&](std::string_view key, auto& target, bool isAddress) {
        const Field f = field(text, key);
        if (!f.present)
            return;
        const auto value = text::parseHex(f.value);
        if (!value) {
            note(key, f.value);
            return;
        }
        if (isAddress)
            state.sawAddress(f.value);
        using Target = typename std::remove_reference_t<decltype(target)>::value_type;
        if (!target)
            target = static_cast<Target>(*value);
    };

    if (const Field session = field(text, "SessionId:"); session.present && session.value != "none") {
        if (const auto id = text::parseDecimal(session.value)) {
            if (!process.sessionId)
                process.sessionId = static_cast<std::uint32_t>(*id);
        } else {
            note("SessionId:", session.value);
        }
    }
    hexField("Cid:", process.pid, false);
    hexField("ParentCid:", process.parentPid, false);
    hexField("Peb:", process.peb, false);
    hexField("DirBase:", process.directoryTableBase, false);
    hexField("ObjectTable:", process.objectTable, true);
    for (std::string_view key : {std::string_view("TableSize:"), std::string_view("HandleCount:")}) {
        const Field f = field(text, key);
        // "HandleCount: <Data Not Accessible>": the debugger could not read it, so absent.
        if (!f.present || f.value.empty() || f.value.front() == '<')
            continue;
        if (const auto count = parseCount(f.value)) {
            if (!process.handleCount)
                process.handleCount = *count;
        } else {
            note(key, f.value);
        }
    }
    if (const std::string_view image = fieldRest(text, "Image:"); !image.empty() && process.imageName.empty())
        process.imageName = std::string(image);
    // "ObjectTable: 00000000  HandleCount:   0.": the handle table is gone, the process has
    // exited and is kept by a reference (a running process always holds some handles).
    if (field(text, "ObjectTable:").present && process.objectTable == 0u && process.handleCount == 0u && !process.exited)
        process.exited = true;
    if (!unreadable.empty())
        state.builder.warn(state.at(line), fmt::format("PROCESS {:x}: unreadable {}", process.address, unreadable));
}

LineShape ObjectLines::threadHeader(const TextLine& line, std::string_view t, LogState& state)
{
    const std::string_view rest = text::trimLeft(t.substr(7));
    const auto address = leadingAddress(firstWord(rest));
    if (!address) {
        state.builder.skipLine(state.at(line), "THREAD header: expected the ETHREAD address after THREAD");
        return LineShape::Skipped;
    }
    state.sawAddress(address->digits);
    Thread& thread = state.builder.thread(address->value, state.at(line));
    state.currentThread = address->value;
    m_inThread = true;
    m_inIrpList = false;
    const std::string_view after = rest.substr(address->digits.size());

    if (const Field cid = field(after, "Cid"); cid.present) {
        // "Cid 8e8.a391c": process id and thread id, both hex.
        const std::size_t dot = cid.value.find('.');
        const auto pid = text::parseHex(cid.value.substr(0, dot));
        const auto tid = dot == std::string_view::npos ? std::nullopt : text::parseHex(cid.value.substr(dot + 1));
        if (pid && !thread.pid)
            thread.pid = static_cast<std::uint32_t>(*pid);
        if (tid && !thread.tid)
            thread.tid = static_cast<std::uint32_t>(*tid);
        if (!pid || !tid)
            state.builder.warn(state.at(line), fmt::format("THREAD {}: unreadable Cid '{}' (expected pid.tid in hex)",
                                                           address->digits, cid.value));
    }
    const Field teb = field(after, "Teb:");
    if (teb.present) {
        if (const auto value = text::parseHex(teb.value); value && !thread.teb)
            thread.teb = *value;
    }
    // The state is what follows the Win32Thread value ("WAIT: (WrQueue) UserMode Alertable",
    // "TERMINATED", "RUNNING on processor 0").
    std::string_view status;
    bool wrapped = false;
    if (const std::size_t w = findKey(after, "Win32Thread:"); w != std::string_view::npos) {
        const std::string_view afterKey = text::trimLeft(after.substr(w + 12));
        const std::string_view value = firstWord(afterKey);
        wrapped = value.empty();
        status = text::trim(afterKey.substr(value.size()));
    } else if (teb.present) {
        const std::string_view afterKey = text::trimLeft(after.substr(findKey(after, "Teb:") + 4));
        status = text::trim(afterKey.substr(firstWord(afterKey).size()));
    } else if (const std::size_t c = findKey(after, "Cid"); c != std::string_view::npos) {
        // "THREAD fffffa800a358b50  Cid 1490.2704  TERMINATED" (a thread of an exited process).
        const std::string_view afterCid = text::trimLeft(after.substr(c + 3));
        const std::string_view afterValue = text::trim(afterCid.substr(firstWord(afterCid).size()));
        if (!afterValue.empty() && afterValue.front() >= 'A' && afterValue.front() <= 'Z')
            status = afterValue;
    }
    if (!status.empty() && thread.state.empty())
        thread.state = std::string(status);
    // Blog posts wrap the header after "WAIT:" or "Win32Thread:"; the next line completes it.
    m_threadStatePending = wrapped || (status.size() >= 5 && status.substr(status.size() - 5) == "WAIT:");
    if (m_threadsUnderProcess && state.currentProcess && !thread.process)
        thread.process = state.currentProcess;
    return LineShape::ThreadHeader;
}

LineShape ObjectLines::threadStateContinuation(std::string_view t, LogState& state)
{
    if (!state.currentThread)
        return LineShape::None;
    Thread& thread = state.builder.thread(*state.currentThread, {});
    if (t.front() == '(' && thread.state.ends_with("WAIT:")) {
        thread.state = thread.state + " " + std::string(t);
        return LineShape::ThreadField;
    }
    // "fffff900c07182e0 WAIT: (UserRequest) UserMode Alertable": the Win32Thread value.
    const std::string_view first = firstWord(t);
    if (!text::looksLikeAddress(first))
        return LineShape::None;
    const std::string_view status = text::trimLeft(t.substr(first.size()));
    if (status.empty() || !(status.front() >= 'A' && status.front() <= 'Z'))
        return LineShape::None;
    if (thread.state.empty())
        thread.state = std::string(status);
    m_threadStatePending = status.ends_with("WAIT:");
    return LineShape::ThreadField;
}

LineShape ObjectLines::threadField(const TextLine& line, std::string_view t, LogState& state)
{
    if (!state.currentThread) {
        state.builder.skipLine(state.at(line), fmt::format("'{}' line with no THREAD header before it",
                                                            t.substr(0, t.find_first_of("0123456789("))));
        return LineShape::Skipped;
    }
    Thread& thread = state.builder.thread(*state.currentThread, state.at(line));
    if (text::startsWith(t, "Owning Process")) {
        const std::string_view rest = text::trimLeft(t.substr(14));
        const std::string_view word = firstWord(rest);
        const auto owner = text::parsePointer(word);
        if (!owner) {
            state.builder.skipLine(state.at(line), "Owning Process: expected the EPROCESS address");
            return LineShape::Skipped;
        }
        state.sawAddress(word);
        if (!thread.process)
            thread.process = *owner;
        // Windows 10 adds "Image: MsMpEng.exe": the process is known by name from here.
        const std::string_view image = fieldRest(rest, "Image:");
        if (!image.empty() && image != "N/A") {
            Process& process = state.builder.process(*owner, state.at(line));
            if (process.imageName.empty())
                process.imageName = std::string(image);
        }
        return LineShape::ThreadField;
    }
    const bool win32 = text::startsWith(t, "Win32 Start Address");
    const std::string_view rest = t.substr(win32 ? 19 : 13);
    if (const auto address = startAddressValue(rest)) {
        auto& target = win32 ? thread.win32StartAddress : thread.startAddress;
        if (!target)
            target = *address;
    }
    // A symbol without an address ("Start Address nt!Foo") names nothing we can keep.
    return LineShape::ThreadField;
}

LineShape ObjectLines::irpListEntry(const TextLine& line, std::string_view t, LogState& state)
{
    // "fffffa800150b010: (0006,0358) Flags: 00060000  Mdl: 00000000"
    const std::size_t colon = t.find(':');
    if (colon == std::string_view::npos || !text::looksLikeAddress(t.substr(0, colon)))
        return LineShape::None;
    const std::string_view after = text::trimLeft(t.substr(colon + 1));
    if (after.empty() || after.front() != '(')
        return LineShape::None;
    if (!state.currentThread)
        return LineShape::None;
    const auto address = text::parseHex(t.substr(0, colon));
    if (!address)
        return LineShape::None;
    state.sawAddress(t.substr(0, colon));
    Irp& irp = state.builder.irp(*address, state.at(line));
    if (!irp.thread)
        irp.thread = state.currentThread;
    if (!irp.process) {
        const Thread& thread = state.builder.thread(*state.currentThread, state.at(line));
        irp.process = thread.process;
    }
    if (const Field flags = field(after, "Flags:"); flags.present && !irp.flags) {
        if (const auto value = text::parseHex(flags.value))
            irp.flags = static_cast<std::uint32_t>(*value);
    }
    return LineShape::IrpListEntry;
}

LineShape ObjectLines::handleEntry(const TextLine& line, std::string_view t, LogState& state)
{
    // "0168: Object: ffb6c748  GrantedAccess: 00000003 (Protected)"
    // "0040: Object: fffff8a000633f00  GrantedAccess: 00000006 (Inherit) Entry: fffff8a000670100"
    const std::size_t colon = t.find(':');
    const auto value = text::parseHex(t.substr(0, colon));
    const std::string_view after = text::trimLeft(t.substr(colon + 1));
    const std::string_view objectWord = firstWord(text::trimLeft(after.substr(7)));
    const auto objectAddress = text::parsePointer(objectWord);
    if (!value || !objectAddress) {
        state.builder.skipLine(state.at(line), "handle entry: expected 'Object: <address>' after the handle value");
        return LineShape::Skipped;
    }
    const Address object = *objectAddress;
    if (!state.currentProcess) {
        if (state.filtered)
            return ownerlessEntry(line, after, *value, object, objectWord, state);
        state.builder.skipLine(state.at(line), "handle entry before any PROCESS header: the owning process is unknown");
        return LineShape::Skipped;
    }
    state.sawAddress(objectWord);
    const Address owner = *state.currentProcess;
    Handle& handle = state.builder.handle(owner, *value, state.at(line));
    if (handle.object == 0)
        handle.object = object;
    readEntryFields(after, handle, state);
    if (!handle.pid)
        if (const Process* process = state.knownProcess(owner, line))
            handle.pid = process->pid;
    if (!m_handleType.empty())
        setHandleType(handle, m_handleType, line, state);
    m_lastHandle = &handle;
    return LineShape::HandleEntry;
}

void ObjectLines::readEntryFields(std::string_view after, Handle& handle, LogState& state)
{
    if (const Field access = field(after, "GrantedAccess:"); access.present && !handle.grantedAccess) {
        if (const auto mask = text::parseHex(access.value))
            handle.grantedAccess = static_cast<std::uint32_t>(*mask);
    }
    readAttributes(after, handle);
    // The table entry's own address tells nothing but the pointer width.
    if (!state.addressWidthSettled())
        if (const Field entry = field(after, "Entry:"); entry.present && text::looksLikeAddress(entry.value))
            state.sawAddress(entry.value);
}

LineShape ObjectLines::ownerlessEntry(const TextLine& line, std::string_view after, std::uint64_t value, Address object,
                                      std::string_view objectWord, LogState& state)
{
    // The filter left out the PROCESS header: the handle and its object are real, and they
    // are listed under a record that stands for the processes the log does not name.
    state.sawAddress(objectWord);
    state.object(object, line);
    Process& unnamed = state.builder.process(kUnnamedProcess, state.at(line));
    if (unnamed.imageName.empty())
        unnamed.imageName = unnamedProcessLabel();
    // A process's handles are listed in ascending order: a value that does not rise starts
    // the next process's table.
    if (state.lastOwnerlessValue && value <= *state.lastOwnerlessValue)
        ++state.ownerRestarts;
    state.lastOwnerlessValue = value;
    ++state.handlesWithoutOwner;
    Handle& handle = state.ownerlessHandles.emplace_back();
    handle.process = kUnnamedProcess;
    handle.value = value;
    handle.object = object;
    handle.where = state.at(line);
    readEntryFields(after, handle, state);
    if (!m_handleType.empty())
        setHandleType(handle, m_handleType, line, state);
    m_lastHandle = &handle;
    return LineShape::HandleEntry;
}

void ObjectLines::setHandleType(Handle& handle, const Interned& type, const TextLine& line, LogState& state)
{
    if (handle.type.empty())
        handle.type = type;
    if (type == "IoCompletion" && handle.object != 0)
        state.builder.port(handle.object, state.at(line));
}

const Interned& ObjectLines::typeName(std::string_view type)
{
    if (m_lastTypeName != type)
        m_lastTypeName = type;
    return m_lastTypeName;
}

LineShape ObjectLines::objectHeader(const TextLine& line, std::string_view t, LogState& state)
{
    // "Object: e12751d0  Type: (80ec8db8) Key"
    const std::string_view after = text::trimLeft(t.substr(7));
    const std::string_view word = firstWord(after);
    const auto address = text::parsePointer(word);
    if (!address) {
        state.builder.skipLine(state.at(line), "Object line: expected the object address after 'Object:'");
        return LineShape::Skipped;
    }
    state.sawAddress(word);
    KernelObject& object = state.object(*address, line);
    state.currentObject = *address;
    m_inDirectory = false;

    std::string_view type;
    if (const std::size_t at = findKey(after, "Type:"); at != std::string_view::npos) {
        std::string_view rest = text::trimLeft(after.substr(at + 5));
        if (!rest.empty() && rest.front() == '(') {
            const std::size_t close = rest.find(')');
            const std::string_view typeWord = rest.substr(1, close == std::string_view::npos ? 0 : close - 1);
            if (const auto typeObject = text::parseHex(typeWord)) {
                state.sawAddress(typeWord);
                if (!object.typeObject())
                    object.setTypeObject(*typeObject);
            }
            rest = close == std::string_view::npos ? std::string_view{} : rest.substr(close + 1);
        }
        type = text::trim(rest);
    }
    if (!type.empty() && object.type.empty())
        object.type = typeName(type);
    if (type == "IoCompletion")
        state.builder.port(*address, state.at(line));
    if (m_lastHandle && m_lastHandle->object == *address && !type.empty())
        setHandleType(*m_lastHandle, typeName(type), line, state);
    return LineShape::ObjectHeader;
}

LineShape ObjectLines::objectField(const TextLine& line, std::string_view t, LogState& state)
{
    if (!state.currentObject) {
        state.builder.skipLine(state.at(line), state.filtered
                                                   ? std::string("a line printed by the filter without the object it belongs to")
                                                   : fmt::format("'{}' line with no 'Object:' line before it", firstWord(t)));
        return LineShape::Skipped;
    }
    KernelObject& object = state.object(*state.currentObject, line);
    if (text::startsWith(t, "ObjectHeader:")) {
        const std::string_view word = firstWord(text::trimLeft(t.substr(13)));
        // Some copies glue the address twice ("fffff8a005022b40fffff8a005022b40"): take the first.
        if (const auto header = leadingAddress(word)) {
            state.sawAddress(header->digits);
            if (!object.header)
                object.header = header->value;
        }
        return LineShape::ObjectField;
    }
    if (text::startsWith(t, "Directory Object:")) {
        if (const Field directory = field(t, "Directory Object:"); directory.present) {
            const auto value = text::parseHex(directory.value);
            if (value && *value != 0 && !object.directory()) {
                state.sawAddress(directory.value);
                object.setDirectory(*value);
            }
        }
        const std::string_view name = fieldRest(t, "Name:");
        if (!name.empty() && !object.name().empty() && state.filtered && object.name() != name) {
            // A second name under one object: the matching line of an object the filter left out.
            state.builder.skipLine(state.at(line), "a line printed by the filter without the object it belongs to");
            return LineShape::Skipped;
        }
        if (!name.empty() && object.name().empty())
            object.setName(name);
        return LineShape::ObjectField;
    }
    // "HandleCount: 1  PointerCount: 1"
    const Field handles = field(t, "HandleCount:");
    const Field pointers = field(t, "PointerCount:");
    const auto handleCount = handles.present ? parseCount(handles.value) : std::nullopt;
    const auto pointerCount = pointers.present ? parseCount(pointers.value) : std::nullopt;
    if (handleCount && !object.handleCount)
        object.handleCount = *handleCount;
    if (pointerCount && !object.pointerCount)
        object.pointerCount = *pointerCount;
    if ((handles.present && !handleCount) || (pointers.present && !pointerCount)) {
        state.builder.skipLine(state.at(line), "object counts: expected 'HandleCount: <n>  PointerCount: <n>'");
        return LineShape::Skipped;
    }
    return LineShape::ObjectField;
}

LineShape ObjectLines::directoryHeading(std::string_view raw, std::string_view t)
{
    // "    Hash Address          Type          Name": the listing of a Directory object.
    const text::Tokens words(t);
    if (words.size() != 4 || words[1] != "Address" || words[2] != "Type" || words[3] != "Name")
        return LineShape::None;
    m_inDirectory = true;
    m_typeColumn = static_cast<std::size_t>(words[2].data() - raw.data());
    m_nameColumn = static_cast<std::size_t>(words[3].data() - raw.data());
    return LineShape::Consumed;
}

LineShape ObjectLines::directoryEntry(const TextLine& line, std::string_view raw, LogState& state)
{
    // "     00  ffffe0083e6a61f0 Device        00000044" (the hash only on a bucket's first row)
    const std::string_view t = text::trim(raw);
    if (text::startsWith(t, "----") || isDots(t))
        return LineShape::Consumed;
    const text::Tokens words(t);
    std::size_t i = 0;
    if (!text::looksLikeAddress(words[0])) {
        if (words[0].size() > 2 || !isDecimalWord(words[0]))
            return LineShape::None;
        i = 1;
    }
    const auto address = text::parsePointer(words[i]);
    if (!address || words.size() < i + 3)
        return LineShape::None;
    state.sawAddress(words[i]);
    std::string_view type;
    std::string_view name;
    const auto addressEnd = static_cast<std::size_t>(words[i].data() + words[i].size() - raw.data());
    // Columns under the heading hold type names with spaces ("ALPC Port"); when the copy lost
    // the alignment, fall back to words.
    const bool aligned = m_nameColumn > m_typeColumn && addressEnd < m_typeColumn && raw.size() > m_nameColumn
        && isSpace(raw[m_typeColumn - 1]) && isSpace(raw[m_nameColumn - 1]) && !isSpace(raw[m_typeColumn]);
    if (aligned) {
        type = text::trim(raw.substr(m_typeColumn, m_nameColumn - m_typeColumn));
        name = text::trim(raw.substr(m_nameColumn));
    } else {
        type = words[i + 1];
        name = words.rest(i + 2);
    }
    KernelObject& object = state.builder.object(*address, state.at(line));
    if (object.type.empty())
        object.type = std::string(type);
    if (object.name().empty())
        object.setName(name);
    if (state.currentObject && *state.currentObject != *address && !object.directory())
        object.setDirectory(state.currentObject);
    return LineShape::DirectoryEntry;
}

LineShape ObjectLines::typeCountRow(const TextLine& line, std::string_view t, LogState& state)
{
    // "  323155  Thread" ... "  388386  Handles in process"
    const std::string_view countWord = firstWord(t);
    if (!isDecimalWord(countWord))
        return LineShape::None;
    const std::string_view name = text::trimLeft(t.substr(countWord.size()));
    const bool total = name == "Handles in process";
    if (!total && !isTypeName(name))
        return LineShape::None;
    const auto count = text::parseDecimal(countWord);
    if (!count)
        return LineShape::None;
    if (!state.currentProcess) {
        state.builder.skipLine(state.at(line), "handle count by type: row with no PROCESS header before it");
        return LineShape::Skipped;
    }
    if (m_tableProcess != state.currentProcess) {
        m_tableProcess = state.currentProcess;
        m_tableSum = 0;
        m_tableRows = 0;
    }
    if (total) {
        if (m_tableRows > 0 && m_tableSum != *count)
            state.builder.warn(state.at(line),
                               fmt::format("handle count by type: the rows add up to {} but the total line says {}",
                                           m_tableSum, *count));
        m_tableSum = 0;
        m_tableRows = 0;
        return LineShape::TypeCountRow;
    }
    Process& process = state.builder.process(*state.currentProcess, state.at(line));
    auto& counts = process.handleCountsByType;
    const auto known = std::find_if(counts.begin(), counts.end(), [&](const HandleTypeCount& c) { return c.type == name; });
    if (known == counts.end()) {
        counts.push_back({std::string(name), *count});
    } else if (known->count != *count) {
        // A second table for the same process: the first one stays, the difference is said.
        state.builder.warn(state.at(line), fmt::format("handle count by type: {} was {} earlier, now {}; kept {}",
                                                       name, known->count, *count, known->count));
    }
    m_tableSum += *count;
    ++m_tableRows;
    return LineShape::TypeCountRow;
}

} // namespace poolscope::windbg
