// `symbols FILE [--dump DUMP]`: what a PDB or volatility3 symbol file is, what the walks
// would take from it and what it lacks, before a dump is read with it.
#include "commands.h"

#include "analysis/dump/dump_file.h"
#include "analysis/dump/kernel_identity.h"
#include "analysis/dump/symbol_file_summary.h"
#include "model/format.h"

#include <fmt/format.h>

namespace poolscope::cli {

namespace {

std::string identityText(const std::string& guid, const std::optional<std::uint32_t>& age)
{
    return fmt::format("{}-{}", guid.empty() ? "?" : guid, age ? fmt::format("{}", *age) : "?");
}

std::string kindText(KernelSymbolsKind kind)
{
    switch (kind) {
    case KernelSymbolsKind::Readable: return "yes, an x64 kernel of Windows 10 or later";
    case KernelSymbolsKind::BeforeWin10: return "yes, an x64 kernel from before Windows 10";
    case KernelSymbolsKind::X86: return "yes, a 32-bit (x86) kernel";
    case KernelSymbolsKind::OtherCpu: return "yes, a kernel for another processor";
    case KernelSymbolsKind::NotAKernel: break;
    }
    return "no";
}

// "_EPROCESS.UniqueProcessId", "sizeof(_EPROCESS)", "ObHeaderCookie".
std::string fieldName(const TypeAnswer& a)
{
    switch (a.kind) {
    case TypeAnswer::Kind::Size: return fmt::format("sizeof({})", a.type);
    case TypeAnswer::Kind::Width: return fmt::format("sizeof({}.{})", a.type, a.member);
    case TypeAnswer::Kind::Global: return a.member;
    case TypeAnswer::Kind::Offset:
    case TypeAnswer::Kind::Bitfield: break;
    }
    return fmt::format("{}.{}", a.type, a.member);
}

const char* kindName(TypeAnswer::Kind kind)
{
    switch (kind) {
    case TypeAnswer::Kind::Offset: return "offset";
    case TypeAnswer::Kind::Size: return "size";
    case TypeAnswer::Kind::Width: return "width";
    case TypeAnswer::Kind::Bitfield: return "bitfield";
    case TypeAnswer::Kind::Global: return "RVA";
    }
    return "";
}

const char* needName(TypeAnswer::Need need)
{
    switch (need) {
    case TypeAnswer::Need::Required: return "required";
    case TypeAnswer::Need::Optional: return "optional";
    case TypeAnswer::Need::Whole: return "segment heap";
    }
    return "";
}

Cell valueCell(const TypeAnswer& a)
{
    if (!a.value)
        return Cell::absent();
    if (a.bits)
        return Cell::number(*a.value, fmt::format("{:#x} bits {}..{}", *a.value, a.bits->position,
                                                  a.bits->position + a.bits->width - 1));
    return Cell::number(*a.value, fmt::format("{:#x}", *a.value));
}

Table fieldTable(const SymbolFileSummary& s)
{
    Table t;
    t.id = "fields";
    t.title = "What the walks take from it";
    t.columns = {{"Field", "field", false, 0},
                 {"Kind", "kind", false, 0},
                 {"Value", "value", true, 0},
                 {"Need", "need", false, 0}};
    for (const TypeAnswer& a : s.answers)
        t.rows.push_back({Cell::text(fieldName(a)), Cell::text(kindName(a.kind)), valueCell(a),
                          Cell::text(needName(a.need))});
    return t;
}

// What is missing, by how much it matters: a required member stops the read, an optional
// one has a built-in value stand in, the segment heap is taken whole or not at all.
void lackNotes(const SymbolFileSummary& s, Report& report)
{
    std::vector<std::string> required, optional, heap;
    for (const TypeAnswer& a : s.answers) {
        if (a.value)
            continue;
        (a.need == TypeAnswer::Need::Required ? required
         : a.need == TypeAnswer::Need::Whole  ? heap
                                              : optional)
            .push_back(fieldName(a));
    }
    const std::size_t lacking = required.size() + optional.size() + heap.size();
    if (lacking == 0) {
        report.notes.push_back(fmt::format("It answers all {} questions the walks ask.", s.answers.size()));
        return;
    }
    report.notes.push_back(fmt::format("It lacks {} of the {} things the walks ask for:", lacking, s.answers.size()));
    if (!required.empty())
        report.notes.push_back(fmt::format("  needed, without which no dump is read: {}", fmt::join(required, ", ")));
    if (!optional.empty())
        report.notes.push_back(fmt::format("  optional, the built-in value stands in: {}", fmt::join(optional, ", ")));
    if (!heap.empty())
        report.notes.push_back(fmt::format("  the pool's segment heap, taken only whole (the built-in row of the dump's "
                                           "build stands in): {}",
                                           fmt::join(heap, ", ")));
}

// Whether the dump's kernel was built with this PDB, as WinDbg matches them.
std::string matchText(const SymbolFileSummary& s, const CodeViewInfo& kernel, bool& matches)
{
    const std::string mine = identityText(s.guid, s.age);
    const std::string theirs = fmt::format("{}-{}", kernel.guid, kernel.age);
    matches = false;
    if (s.guid.empty())
        return "cannot tell: the symbol file names no PDB GUID";
    if (s.guid != kernel.guid)
        return fmt::format("no: the dump's kernel names {} {}, this file is {}",
                           kernel.pdbName.empty() ? "its PDB" : kernel.pdbName, theirs, mine);
    if (s.age != kernel.age)
        return fmt::format("no: the GUID is the kernel's but the age is not (the kernel names {}, this file is {}); "
                           "refused, as WinDbg refuses a PDB of another age",
                           theirs, mine);
    matches = true;
    return fmt::format("yes: the dump's kernel names {} {}", kernel.pdbName.empty() ? "the PDB" : kernel.pdbName,
                       theirs);
}

} // namespace

Report runSymbols(const Options& options)
{
    const std::string& path = options.files.back();
    auto summary = summarizeSymbolFile(path);
    if (!summary)
        throw SourceRefused(summary.error().describe());
    const SymbolFileSummary& s = summary.value();

    Report report;
    report.command = "symbols";
    Table file;
    file.id = "symbol_file";
    file.title = path;
    file.columns = {{"", "figure", false, 0}, {"", "value", false, 0}};
    const auto row = [&](const char* what, Cell value) { file.rows.push_back({Cell::text(what), std::move(value)}); };
    row("Format", Cell::text(s.format == SymbolFileSummary::Format::Pdb
                                 ? std::string("PDB (MSF 7.00)")
                                 : fmt::format("volatility3 ISF{}",
                                               s.database.empty() ? "" : fmt::format(", made from {}", s.database))));
    row("PDB GUID", s.guid.empty() ? Cell::absent() : Cell::text(s.guid));
    row("PDB age", s.age ? Cell::number(std::uint64_t{*s.age}, fmt::format("{}", *s.age)) : Cell::absent());
    row("Machine", s.machine ? Cell::number(std::uint64_t{*s.machine}, machineName(*s.machine)) : Cell::absent());
    row("Kernel", Cell::text(kindText(s.kind)));
    if (s.build)
        row("Windows build", Cell::number(std::uint64_t{*s.build}, fmt::format("{}", *s.build)));
    row(s.format == SymbolFileSummary::Format::Pdb ? "Type records" : "Types", Cell::count(std::uint64_t{s.typeRecords}));
    if (s.format == SymbolFileSummary::Format::Pdb)
        row("Named types", Cell::count(std::uint64_t{s.namedTypes}));
    row("Globals", Cell::count(std::uint64_t{s.globals}));
    row("Reads a dump", Cell::text(s.refusal.empty() ? std::string("yes") : "no: " + s.refusal));
    report.tables.push_back(std::move(file));

    if (!options.dumpFile.empty()) {
        auto dump = DumpFile::open(options.dumpFile);
        if (!dump)
            throw SourceRefused(dump.error().describe());
        auto kernel = kernelCodeView(dump.value());
        if (!kernel)
            throw SourceRefused(kernel.error().describe());
        Table match;
        match.id = "dump";
        match.title = fmt::format("The dump {}", options.dumpFile);
        match.columns = {{"", "figure", false, 0}, {"", "value", false, 0}};
        bool matches = false;
        const std::string text = matchText(s, kernel.value(), matches);
        match.rows.push_back({Cell::text("Kernel PDB"), Cell::text(fmt::format("{} {}-{}", kernel->pdbName,
                                                                               kernel->guid, kernel->age))});
        match.rows.push_back({Cell::text("Its symbol file"), Cell{Cell::Kind::Text, text, matches ? "true" : "false"}});
        report.tables.push_back(std::move(match));
    }

    // Another processor's or another era's kernel, or no kernel at all: its offsets would
    // not be the walks' even where the names agree.
    if (s.kind == KernelSymbolsKind::Readable || s.kind == KernelSymbolsKind::BeforeWin10) {
        report.tables.push_back(fieldTable(s));
        lackNotes(s, report);
    } else {
        report.notes.push_back(kernelSymbolsRefusal(s.kind, s.format == SymbolFileSummary::Format::Pdb
                                                                ? "PDB"
                                                                : "symbol file",
                                                    s.machine) +
                               "; nothing is taken from it.");
    }
    return report;
}

} // namespace poolscope::cli
