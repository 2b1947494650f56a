#pragma once
#include "analysis/windbg/command_handler.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The line shapes that !process, !handle, !object, !thread and !icpleak share: WinDbg
// prints a PROCESS header inside !handle, THREAD blocks inside !process, an "Object:"
// block after a handle entry, and the seed pastes a handle-count-by-type table inside the
// output of !object. Every handler reads all of them through one ObjectLines so that a
// shape is understood the same way whichever command printed it.
namespace poolscope::windbg {

// The line with no-break spaces (U+00A0, what a blog post turns spaces into) made plain
// spaces. Both bytes of the UTF-8 sequence become a space, so the length and the offsets
// stay as they were; the line is copied into `scratch` only when it holds one.
std::string_view plainText(std::string_view text, std::string& scratch);
// The same for the start of a line, into a fixed buffer: for the strict shape tests,
// which must not allocate.
std::string_view plainPrefix(std::string_view text, std::array<char, 192>& buffer);

// An address at the start of a token that may have text glued to it: the seed prints
// "PROCESS 886f5020SessionId: 0" and "THREAD 81098620Cid 8e8.a391c". Pointers are 8 or 16
// hex digits (17 with the backtick), which is what tells the address from a glued "C".
struct LeadingAddress {
    Address value = 0;
    std::string_view digits; // the address as printed
    std::string_view rest;   // what was glued after it
};
std::optional<LeadingAddress> leadingAddress(std::string_view token);

// Strict shape tests, used for CommandSpec::startsOutput (the text is plain already).
bool isProcessHeader(std::string_view text);       // "PROCESS 80a02a60  Cid: 0002 ..."
bool isProcessDumpBanner(std::string_view text);   // "**** NT ACTIVE PROCESS DUMP ****"
// "**** NT ACTIVE PROCESS HANDLE DUMP ****", "Searching for handles of type Process"
bool isHandleDumpBanner(std::string_view text);
bool isThreadHeader(std::string_view text);        // "THREAD 8904a180  Cid 8.18 ..."
bool isObjectHeader(std::string_view text);        // "Object: e12751d0  Type: (80ec8db8) Key"
bool isHandleEntry(std::string_view text);         // "0004: Object: 80ed5238  GrantedAccess: ..."
bool isHandleTableHeading(std::string_view text);  // "processor number 0", "... handle table at ..."

// What ObjectLines made of a line.
enum class LineShape : std::uint8_t {
    None,          // not one of the shared shapes: the handler decides
    Consumed,      // recognised, nothing to store (headers, stack frames, separators)
    Skipped,       // recognised but unusable: already counted with builder.skipLine
    ProcessHeader, // a PROCESS header: state.currentProcess is that process
    ProcessField,  // a continuation line of the PROCESS header
    ThreadHeader,  // state.currentThread is that thread
    ThreadField,
    HandleEntry,   // lastHandle() is the handle
    ObjectHeader,  // state.currentObject is that object
    ObjectField,
    TypeCountRow,  // a row (or the total) of the handle count by type table
    DirectoryEntry,
    IrpListEntry,
};

class ObjectLines {
public:
    // !process lists the threads of each process under its header.
    void setThreadsUnderProcess(bool value) { m_threadsUnderProcess = value; }
    // !handle's TypeName filter: every handle listed is of that type.
    void setHandleType(std::string_view type) { m_handleType = type; }

    // `text` is the plain text of `line` (see plainText).
    LineShape take(const TextLine& line, std::string_view text, LogState& state);

    // The handle entry read last (valid until the builder finishes), or null.
    Handle* lastHandle() const { return m_lastHandle; }

private:
    LineShape processHeader(const TextLine& line, std::string_view text, LogState& state);
    LineShape processField(const TextLine& line, std::string_view text, LogState& state);
    LineShape processBlockLine(const TextLine& line, std::string_view text, LogState& state);
    LineShape threadHeader(const TextLine& line, std::string_view text, LogState& state);
    LineShape threadField(const TextLine& line, std::string_view text, LogState& state);
    LineShape threadStateContinuation(std::string_view text, LogState& state);
    LineShape irpListEntry(const TextLine& line, std::string_view text, LogState& state);
    LineShape handleEntry(const TextLine& line, std::string_view text, LogState& state);
    LineShape ownerlessEntry(const TextLine& line, std::string_view after, std::uint64_t value, Address object,
                             std::string_view objectWord, LogState& state);
    void readEntryFields(std::string_view after, Handle& handle, LogState& state);
    LineShape objectHeader(const TextLine& line, std::string_view text, LogState& state);
    LineShape objectField(const TextLine& line, std::string_view text, LogState& state);
    LineShape directoryHeading(std::string_view raw, std::string_view text);
    LineShape directoryEntry(const TextLine& line, std::string_view raw, LogState& state);
    LineShape typeCountRow(const TextLine& line, std::string_view text, LogState& state);
    void applyProcessFields(Process& process, std::string_view text, const TextLine& line, LogState& state);
    void setHandleType(Handle& handle, const Interned& type, const TextLine& line, LogState& state);
    const Interned& typeName(std::string_view type);

    bool m_threadsUnderProcess = false;
    Interned m_handleType;
    // The type named last: a handle table names the same type line after line, and a
    // record takes the interned name without a look-up.
    Interned m_lastTypeName;
    Handle* m_lastHandle = nullptr;
    bool m_inThread = false;        // lines of a THREAD block follow
    bool m_threadStatePending = false; // the header ended at "WAIT:" / "Win32Thread:" (wrapped)
    bool m_inIrpList = false;       // after "IRP List:"
    bool m_inPeb = false;           // after "PEB at": the PEB dump and the environment block
    bool m_inDirectory = false;     // after "Hash Address Type Name"
    std::size_t m_typeColumn = 0;   // columns of the directory listing's heading
    std::size_t m_nameColumn = 0;
    // The handle count by type table being read: which process, and the sum so far.
    std::optional<Address> m_tableProcess;
    std::uint64_t m_tableSum = 0;
    std::uint32_t m_tableRows = 0;
};

} // namespace poolscope::windbg
