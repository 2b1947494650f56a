#pragma once
#include "analysis/snapshot_builder.h"
#include "analysis/text_source.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <string_view>

namespace poolscope::windbg {

// What one command's output tells the commands after it: WinDbg prints a PROCESS header
// and then that process's handles, an Object: line and then its counts, and so on.
struct LogState {
    explicit LogState(SnapshotBuilder& b) : builder(b) {}

    SnapshotBuilder& builder;
    std::optional<Address> currentProcess; // the last PROCESS header seen
    std::optional<Address> currentObject;  // the last "Object: <addr> Type:" line
    std::optional<Address> currentThread;  // the last THREAD header
    // dt nt!_IO_COMPLETION_CONTEXT: context address -> {Port, Key}. A file object may name
    // its context before or after the context is dumped, so these are applied at the end.
    struct CompletionContext {
        Address port = 0;
        Address key = 0;
    };
    std::unordered_map<Address, CompletionContext> completionContexts;
    // dt nt!_KQUEUE: EntryListHead.Flink -> the port, so that a later !list that starts at
    // CONTAINING_RECORD(that flink, ...) knows whose queue it walks.
    std::unordered_map<Address, Address> portByEntryFlink;
    // Inside !list -x "<command> @$extret": the element being printed, when known. A
    // handler that can tell the address from the output (!irp's "(= 0x...)") sets it.
    std::optional<Address> listElement;
    // The output went through a filter (!mex.grep): lines, PROCESS headers included, may be
    // missing, so a line is not taken to belong to the block above it across a gap.
    bool filtered = false;
    std::uint64_t handlesWithoutOwner = 0; // handle entries whose PROCESS header was filtered out
    // Handle values start over where the filter hid the next process's PROCESS header: how
    // many times they did, so that the hidden processes are counted at least.
    std::uint64_t ownerRestarts = 0;
    std::optional<std::uint64_t> lastOwnerlessValue;
    // Those handles, kept apart from the builder's: without their process they have no key
    // (two hidden processes may both hold a handle 0x4), and a deque keeps each one in place
    // while the object lines after it fill in its type.
    std::deque<Handle> ownerlessHandles;
    // What each !poolfind found, per tag and pool, for the tags the log gives no tracker row.
    struct PoolfindTally {
        std::uint64_t blocks = 0;     // allocated, or not said (the Windows 10 shape)
        std::uint64_t bytes = 0;      // their sizes as printed (the block with its header)
        std::uint64_t freeBlocks = 0; // "(Free)": listed, not counted
        Provenance first;             // the first block counted
    };
    std::map<std::pair<PoolTag, PoolType>, PoolfindTally> poolfindTallies;
    std::unordered_set<Address> poolfindBlocks; // the blocks tallied, each once
    bool wideAddresses = false;            // saw a 64-bit pointer
    bool narrowAddresses = false;          // saw a 32-bit pointer
    // The log holds no-break spaces somewhere (text pasted from a web page): only then must
    // each line be looked through for them.
    bool noBreakSpaces = true;

    Provenance at(const TextLine& line) const { return builder.at(line.number, line.offset); }
    // Call with every address token read: decides how wide the log's pointers are. One
    // 64-bit pointer settles it, so the tokens after it need no look.
    void sawAddress(std::string_view token)
    {
        if (!wideAddresses)
            judgeAddressWidth(token);
    }
    bool addressWidthSettled() const { return wideAddresses; }

    // The object and the process the lines are about, found among a million records once
    // per block instead of once per line: a handle entry and its object block are five lines
    // about the same two records. Records never move while the builder collects them.
    KernelObject& object(Address address, const TextLine& line)
    {
        if (!m_lastObject || m_lastObjectAddress != address) {
            m_lastObject = &builder.object(address, at(line));
            m_lastObjectAddress = address;
        }
        return *m_lastObject;
    }
    // The process record when one exists (a handle entry adds no process of its own).
    const Process* knownProcess(Address address, const TextLine& line)
    {
        if (m_lastProcess && m_lastProcessAddress == address)
            return m_lastProcess;
        if (!builder.hasProcess(address))
            return nullptr;
        m_lastProcess = &builder.process(address, at(line));
        m_lastProcessAddress = address;
        return m_lastProcess;
    }

private:
    void judgeAddressWidth(std::string_view token);

    KernelObject* m_lastObject = nullptr;
    Address m_lastObjectAddress = 0;
    const Process* m_lastProcess = nullptr;
    Address m_lastProcessAddress = 0;
};

// Parses the output of one command. Lines arrive one at a time, in order, until the next
// prompt. line() returns false for a line it does not recognise; the reader then offers
// it to the other commands' shapes, and counts it as skipped when none takes it.
class CommandHandler {
public:
    virtual ~CommandHandler() = default;
    // `arguments` is the command line after the command name (empty when the output was
    // recognised by its shape, without a prompt).
    virtual void begin(std::string_view arguments, const TextLine& where, LogState& state)
    {
        (void)arguments, (void)where, (void)state;
    }
    virtual bool line(const TextLine& line, LogState& state) = 0;
    virtual void end(LogState& state) { (void)state; }
};

struct CommandSpec {
    std::string_view name; // lower case, as typed: "!poolused", "dt", "!list"
    std::unique_ptr<CommandHandler> (*make)();
    // Optional: true for a line that can only start this command's output, so that
    // output pasted without its prompt is still recognised. Keep these strict.
    bool (*startsOutput)(std::string_view line) = nullptr;
};

// Each area of commands registers its handlers in its own file.
std::span<const CommandSpec> poolCommandSpecs();    // !vm !poolused !poolfind !pool
std::span<const CommandSpec> objectCommandSpecs();  // !process !handle !object !thread !icpleak
std::span<const CommandSpec> ioCommandSpecs();      // !irp !irpfind dt !list

// Finds the handler for a command name (case-insensitive); null when unknown.
const CommandSpec* findCommand(std::string_view name);
std::unique_ptr<CommandHandler> makeHandler(std::string_view name);

} // namespace poolscope::windbg
