#include "windbg_log_reader.h"

#include "analysis/list_walk.h"
#include "analysis/parse_util.h"
#include "analysis/snapshot_links.h"
#include "analysis/windbg/command_handler.h"
#include "analysis/windbg/unnamed_process.h"

#include "analysis/text/phrase.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <cctype>
#include <string>

namespace poolscope {

namespace windbg {

void LogState::judgeAddressWidth(std::string_view token)
{
    std::size_t digits = 0;
    for (char c : token)
        digits += text::isHexDigit(c);
    if (token.starts_with("0x") || token.starts_with("0X"))
        --digits;
    if (digits > 8 || token.find('`') != std::string_view::npos)
        wideAddresses = true;
    else if (digits == 8)
        narrowAddresses = true;
}

const CommandSpec* findCommand(std::string_view name)
{
    for (const auto& specs : {poolCommandSpecs(), objectCommandSpecs(), ioCommandSpecs()})
        for (const auto& spec : specs)
            if (text::iEquals(spec.name, name))
                return &spec;
    return nullptr;
}

std::unique_ptr<CommandHandler> makeHandler(std::string_view name)
{
    const CommandSpec* spec = findCommand(name);
    return spec ? spec->make() : nullptr;
}

namespace {

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!text::isDigit(c))
            return false;
    return true;
}

// The "kd" part of a prompt, with an optional ":x86" style suffix.
bool isKdWord(std::string_view s)
{
    const auto colon = s.find(':');
    const std::string_view word = s.substr(0, colon);
    return text::iEquals(word, "kd") || text::iEquals(word, "lkd");
}

// A prompt starts with a processor number ("0: kd>", "0:000>"), "kd" or "lkd".
bool canStartPrompt(char c)
{
    return text::isDigit(c) || text::toLower(c) == 'k' || text::toLower(c) == 'l';
}

const CommandSpec* specStartingOutput(std::string_view line)
{
    for (const auto& specs : {poolCommandSpecs(), objectCommandSpecs(), ioCommandSpecs()})
        for (const auto& spec : specs)
            if (spec.startsOutput && spec.startsOutput(line))
                return &spec;
    return nullptr;
}

} // namespace

std::optional<Prompt> unwrapFilter(const Prompt& prompt)
{
    // !mex.grep [-A N] [-B N] [-i] PATTERN COMMAND...: the lines of COMMAND's output that
    // match, with N lines after (or before) each.
    if (!text::iEquals(prompt.command, "!mex.grep") && !text::iEquals(prompt.command, "!grep"))
        return std::nullopt;
    std::string_view rest = text::trim(prompt.arguments);
    const auto word = [&]() {
        rest = text::trimLeft(rest);
        std::size_t end = 0;
        if (!rest.empty() && rest.front() == '"') {
            end = rest.find('"', 1);
            end = end == std::string_view::npos ? rest.size() : end + 1;
        } else {
            while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t')
                ++end;
        }
        const std::string_view w = rest.substr(0, end);
        rest.remove_prefix(end);
        return w;
    };
    std::string_view pattern = word();
    while (pattern.size() > 1 && pattern.front() == '-') {
        if (pattern == "-A" || pattern == "-B" || pattern == "-C")
            word(); // the line count
        pattern = word();
    }
    Prompt inner;
    inner.command = word();
    inner.arguments = text::trim(rest);
    if (pattern.empty() || inner.command.empty() || !findCommand(inner.command))
        return std::nullopt;
    return inner;
}

bool parsePrompt(std::string_view line, Prompt& prompt)
{
    // Prompts never start deep in a line; "   kd>" from a quoted blog post still counts.
    std::string_view s = text::trimLeft(line);
    // Every line of the log is asked: most are turned away by their first character, the
    // rest are looked at no further than a prompt can reach.
    if (s.empty() || !canStartPrompt(s.front()))
        return false;
    const auto gt = s.substr(0, 25).find('>');
    if (gt == std::string_view::npos || gt == 0)
        return false;
    std::string_view head = text::trim(s.substr(0, gt));
    // "0: kd", "kd", "lkd", "1: kd:x86" or user-mode "0:000", "0:000:x86"
    const auto space = head.find(' ');
    if (space != std::string_view::npos) {
        const std::string_view cpu = head.substr(0, space);
        if (cpu.size() < 2 || cpu.back() != ':' || !isDigits(cpu.substr(0, cpu.size() - 1)))
            return false;
        head = text::trimLeft(head.substr(space + 1));
        if (!isKdWord(head))
            return false;
    } else if (!isKdWord(head)) {
        const auto colon = head.find(':');
        if (colon == std::string_view::npos || !isDigits(head.substr(0, colon)))
            return false;
        const std::string_view rest = head.substr(colon + 1);
        if (!isDigits(rest.substr(0, rest.find(':'))))
            return false;
    }
    const std::string_view commandLine = text::trim(s.substr(gt + 1));
    std::size_t end = 0;
    // A log pasted from a web page has no-break spaces (C2 A0) where the debugger printed
    // spaces: "!thread\xC2\xA0 8904a180".
    const auto isNbsp = [&](std::size_t at) {
        return at + 1 < commandLine.size() && commandLine[at] == '\xC2' && commandLine[at + 1] == '\xA0';
    };
    while (end < commandLine.size() && commandLine[end] != ' ' && commandLine[end] != '\t' && !isNbsp(end))
        ++end;
    prompt.command = commandLine.substr(0, end);
    std::string_view arguments = commandLine.substr(end);
    for (;;) {
        arguments = text::trimLeft(arguments);
        if (!arguments.starts_with("\xC2\xA0"))
            break;
        arguments.remove_prefix(2);
    }
    for (;;) {
        arguments = text::trim(arguments);
        if (!arguments.ends_with("\xC2\xA0"))
            break;
        arguments.remove_suffix(2);
    }
    prompt.arguments = arguments;
    return true;
}

} // namespace windbg

namespace {

using namespace windbg;

// "!handle 0 3" prints the object's block under each entry, "!handle 0 1" does not.
bool objectBlockFollows(std::string_view text, std::size_t entryAt)
{
    const std::size_t lineEnd = text.find('\n', entryAt);
    return lineEnd != std::string_view::npos && text::trimLeft(text.substr(lineEnd + 1, 64)).starts_with("Object:");
}

// A log's biggest output is a handle table: "!handle 0 3" over a leaking process prints a
// million entries, each followed by its object's block. Counted before reading, those
// records are stored once where they stay; grown to, they would be moved at the end and
// their index placed again at every doubling.
RecordCounts expectedRecords(std::string_view text)
{
    constexpr std::string_view kEntryMark = "GrantedAccess:";
    std::size_t entries = 0;
    std::size_t objectBlocks = 0;
    for (std::size_t at = text.find(kEntryMark); at != std::string_view::npos;
         at = text.find(kEntryMark, at + kEntryMark.size())) {
        ++entries;
        objectBlocks += objectBlockFollows(text, at);
    }
    RecordCounts counts;
    counts.handles = entries;
    // Room for the few objects other commands print (!object, a directory's listing): one
    // object past the room reserved would move them all.
    counts.objects = objectBlocks + objectBlocks / 64 + 64;
    return counts;
}

class LogReader {
public:
    explicit LogReader(const TextDocument& document) : m_builder(document.path), m_state(m_builder)
    {
        if (document.removedNulBytes > 0)
            m_builder.warn({},
                           text::say(text::phrase("Log", "{} NUL bytes removed: the log mixes UTF-16 and 8-bit text"),
                                     document.removedNulBytes));
        if (document.replacedSequences > 0)
            m_builder.warn(
                {}, text::say(text::phrase("Log", "{} invalid UTF-16 sequences replaced"), document.replacedSequences));
    }

    bool run(std::string_view text, ReadControl& control)
    {
        m_builder.reserve(expectedRecords(text));
        m_state.noBreakSpaces = text.find("\xC2\xA0") != std::string_view::npos;
        LineScanner scanner(text);
        TextLine line;
        std::uint32_t sinceCheck = 0;
        while (scanner.next(line)) {
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                if (control.cancelled())
                    return false;
                control.report(scanner.position(), scanner.size());
            }
            feed(line);
        }
        closeCommand();
        control.report(scanner.size(), scanner.size());
        return true;
    }

    Snapshot finish()
    {
        if (m_unrecognisedOutside > 0)
            m_builder.info({},
                           text::say(text::phrase("Log", "{} lines outside any recognised command were passed over"),
                                     m_unrecognisedOutside));
        m_builder.setPointerSize(!m_state.wideAddresses && m_state.narrowAddresses ? 4 : 8);
        m_builder.listOffsets() = standardListOffsets(m_builder.pointerSize());
        addPoolfindTags();
        Snapshot snapshot = m_builder.finish();
        snapshot.skipCounts.unrecognised = m_unrecognisedOutside;
        addOwnerlessHandles(snapshot);
        for (auto& file : snapshot.fileObjects) {
            if (!file.completionContext)
                continue;
            const auto it = m_state.completionContexts.find(*file.completionContext);
            if (it == m_state.completionContexts.end())
                continue;
            if (!file.completionPort)
                file.completionPort = it->second.port;
            if (!file.completionKey)
                file.completionKey = it->second.key;
        }
        linkSnapshot(snapshot);
        return snapshot;
    }

    bool recognisedAnything() const { return m_recognised > 0 || m_sawPrompt; }

private:
    // Blocks !poolfind listed of a tag that no tracker table (!poolused) of the log counts:
    // counted per tag and pool into a row of their own, so that they are seen in the tag
    // table, and said to be a count of listed blocks, not the tracker's figures.
    void addPoolfindTags()
    {
        const std::vector<PoolTagStat> tracked = m_builder.poolTagsSoFar();
        for (const auto& [key, tally] : m_state.poolfindTallies) {
            const auto& [tag, type] = key;
            const bool inTracker = std::any_of(tracked.begin(), tracked.end(), [&](const PoolTagStat& t) {
                return t.tag == tag && (type == PoolType::Unknown || isPaged(t.type) == isPaged(type));
            });
            if (inTracker || tally.blocks == 0)
                continue;
            PoolTagStat& row = m_builder.poolTag(tag, type, tally.first);
            row.outstanding = static_cast<std::int64_t>(tally.blocks);
            row.bytes = tally.bytes;
            row.bytesPerAlloc = tally.bytes / tally.blocks;
            row.description = tally.freeBlocks == 0
                ? text::say(text::phrase("Log", "{} blocks listed by !poolfind, not the tracker's count"), tally.blocks)
                : text::say(text::phrase("Log", "{} blocks listed by !poolfind ({} free left out), not the tracker's "
                                                "count"),
                            tally.blocks, tally.freeBlocks);
        }
    }

    // The handles whose PROCESS header a filter hid, after the others. One that an
    // unfiltered !handle listed again with its process (same value, same object) is that
    // process's: its copy under the unnamed process goes, and is counted.
    void addOwnerlessHandles(Snapshot& snapshot)
    {
        if (m_state.ownerlessHandles.empty())
            return;
        std::set<std::pair<std::uint64_t, Address>> owned;
        for (const Handle& h : snapshot.handles)
            owned.emplace(h.value, h.object);
        std::uint64_t named = 0;
        snapshot.handles.reserve(snapshot.handles.size() + m_state.ownerlessHandles.size());
        for (Handle& h : m_state.ownerlessHandles) {
            if (owned.contains({h.value, h.object})) {
                ++named;
                continue;
            }
            snapshot.handles.push_back(std::move(h));
        }
        m_state.ownerlessHandles.clear();
        if (named > 0)
            snapshot.diagnostics.push_back(
                {Severity::Info,
                 {},
                 text::say(text::phrase("Log", "{} of the handle entries without a PROCESS header are listed again "
                                               "with their process: counted once, under it"),
                           named)});
        const bool anyLeft = std::any_of(snapshot.handles.begin(), snapshot.handles.end(),
                                         [](const Handle& h) { return h.process == kUnnamedProcess; });
        if (!anyLeft)
            std::erase_if(snapshot.processes, [](const Process& p) { return p.address == kUnnamedProcess; });
    }

    void feed(const TextLine& line)
    {
        Prompt prompt;
        if (parsePrompt(line.text, prompt)) {
            closeCommand();
            openCommand(prompt, line);
            return;
        }
        if (m_handler) {
            if (m_handler->line(line, m_state)) {
                ++m_recognised;
                return;
            }
            if (tryShape(line))
                return;
            if (!text::trim(line.text).empty())
                m_builder.skipLine(
                    m_state.at(line),
                    text::say(text::phrase("Log", "{}: line not understood: {}"), m_commandName, clip(line.text)));
            return;
        }
        if (m_unknown) {
            ++m_unknownLines;
            return;
        }
        if (tryShape(line))
            return;
        if (!text::trim(line.text).empty())
            ++m_unrecognisedOutside;
    }

    bool tryShape(const TextLine& line)
    {
        const CommandSpec* spec = specStartingOutput(line.text);
        if (!spec)
            return false;
        closeCommand();
        m_commandStart = m_state.at(line);
        m_handler = spec->make();
        m_commandName = std::string(spec->name);
        m_handler->begin({}, line, m_state);
        if (m_handler->line(line, m_state)) {
            ++m_recognised;
            return true;
        }
        return false;
    }

    void openCommand(const Prompt& prompt, const TextLine& line)
    {
        m_sawPrompt = true;
        m_commandStart = m_state.at(line);
        if (prompt.command.empty())
            return; // a bare prompt
        const CommandSpec* spec = findCommand(prompt.command);
        m_commandName = std::string(prompt.command);
        if (const auto inner = unwrapFilter(prompt)) {
            // The filtered command's output, with lines missing: read by its own handler.
            spec = findCommand(inner->command);
            m_commandName = std::string(inner->command);
            m_state.filtered = true;
            m_handler = spec->make();
            ++m_recognised;
            m_handler->begin(inner->arguments, line, m_state);
            return;
        }
        if (!spec) {
            m_unknown = true;
            m_unknownLine = line;
            m_unknownLines = 0;
            return;
        }
        m_handler = spec->make();
        ++m_recognised;
        m_handler->begin(prompt.arguments, line, m_state);
    }

    void closeCommand()
    {
        if (m_handler) {
            m_handler->end(m_state);
            m_handler.reset();
        }
        if (m_state.handlesWithoutOwner > 0) {
            std::string message = text::say(text::phrase("Log", "{} handle entries came without their PROCESS header "
                                                                "(left out by a filter such as !mex.grep): they are "
                                                                "listed under {}, the processes holding them are unknown"),
                                            m_state.handlesWithoutOwner, unnamedProcessLabel());
            if (m_state.ownerRestarts == 1)
                message += text::phrase("Log", " (their handle values start over once: they belong to at least 2 "
                                               "processes)");
            else if (m_state.ownerRestarts > 1)
                message += text::say(text::phrase("Log", " (their handle values start over {} times: they belong to "
                                                         "at least {} processes)"),
                                     m_state.ownerRestarts, m_state.ownerRestarts + 1);
            m_builder.info(m_commandStart, std::move(message));
        }
        m_state.filtered = false;
        m_state.handlesWithoutOwner = 0;
        m_state.ownerRestarts = 0;
        m_state.lastOwnerlessValue.reset();
        if (m_unknown) {
            std::string command = std::string(text::trim(m_unknownLine.text));
            const auto gt = command.find('>');
            if (gt != std::string::npos)
                command = std::string(text::trim(std::string_view(command).substr(gt + 1)));
            m_builder.skipCommand(std::move(command), m_state.at(m_unknownLine), m_unknownLines);
            m_unknown = false;
        }
    }

    static std::string clip(std::string_view s)
    {
        s = text::trim(s);
        return s.size() > 80 ? std::string(s.substr(0, 77)) + "..." : std::string(s);
    }

    SnapshotBuilder m_builder;
    LogState m_state;
    std::unique_ptr<CommandHandler> m_handler;
    std::string m_commandName;
    Provenance m_commandStart; // the prompt, or the first line of output pasted without one
    bool m_unknown = false;
    TextLine m_unknownLine;
    std::uint32_t m_unknownLines = 0;
    std::uint64_t m_recognised = 0;
    bool m_sawPrompt = false;
    std::uint64_t m_unrecognisedOutside = 0;
};

} // namespace

Result<Snapshot> readWindbgLog(const TextDocument& document, ReadControl& control)
{
    LogReader reader(document);
    if (!reader.run(document.text, control))
        return InputError{document.path, 0, 0, "reading was cancelled"};
    if (!reader.recognisedAnything())
        return InputError{document.path, 0, 0,
                          text::phrase("Log",
                                       "no WinDbg command output recognised (expected a kd> prompt or the output "
                                       "of !vm, !poolused, !poolfind, !irpfind, !icpleak, !handle, !process, "
                                       "!object, !irp, dt or !list)")};
    return reader.finish();
}

Result<Snapshot> readWindbgLog(const TextDocument& document)
{
    ReadControl control;
    return readWindbgLog(document, control);
}

bool looksLikeWindbgLog(std::string_view text)
{
    LineScanner scanner(text.substr(0, 256 * 1024));
    TextLine line;
    int checked = 0;
    while (scanner.next(line) && checked++ < 2000) {
        Prompt prompt;
        if (parsePrompt(line.text, prompt) && !prompt.command.empty())
            return true;
        if (specStartingOutput(line.text))
            return true;
    }
    return false;
}

} // namespace poolscope
