#pragma once
#include "analysis/dump/kernel_layout.h"

#include <filesystem>
#include <string>

// A kernel's PDB made the way a real one is made: the structures a KernelLayout describes
// written as C declarations (explicit padding so every field lands at its offset, the
// unnamed unions of _IRP.Tail.Overlay and _OBJECT_HEADER, the bitfields of the handle
// entry and the big pool entry, _KTHREAD Tcb inside _ETHREAD, the pool's segment heap from
// 1809 on: kernel_pdb_heap.h) and the globals the walks start from as variables, compiled
// by clang for x86_64-pc-windows-msvc with CodeView debug information and linked by
// lld-link into ntkrnlmp.exe and ntkrnlmp.pdb.
namespace poolscope::testdata {

struct KernelPdbSpec {
    KernelLayout layout;
    // Compiled as C++: types get unique names (forward references resolve by them) and
    // the publics are mangled, so the globals are found through S_GDATA32 records.
    bool cplusplus = false;
    // Line tables only: publics and section headers but no type records, as a stripped
    // public PDB has.
    bool withoutTypes = false;
    // Extra C declarations appended to the source (the benchmark's thousands of types).
    std::string extraSource;
};

struct KernelPdb {
    std::filesystem::path pdb;   // dir/ntkrnlmp.pdb
    std::filesystem::path image; // dir/ntkrnlmp.exe
};

// True when clang and lld-link were found when the project was configured.
bool pdbToolsAvailable();

// The C (or C++) source of the kernel's types and globals.
std::string kernelSource(const KernelPdbSpec& spec);

// Compiles and links in `dir`; throws std::runtime_error with the tool's message when a
// tool fails or is missing.
KernelPdb buildKernelPdb(const KernelPdbSpec& spec, const std::filesystem::path& dir);

// Any C source made into dir/NAME.dll and dir/NAME.pdb the same way, for x64 or for 32-bit
// x86 (clang --target=i686-pc-windows-msvc, lld-link /machine:x86): a driver's PDB, a 32-bit
// kernel's, an old kernel's.
enum class PdbMachine { X64, X86 };
KernelPdb buildPdb(const std::string& source, const std::filesystem::path& dir, const std::string& name,
                   PdbMachine machine = PdbMachine::X64);

// A layout no built-in row has: build 19041's, with every _EPROCESS field the walks read
// moved by +0x40 and every _ETHREAD field outside Tcb by +0x20 (and both sizes grown).
KernelLayout shiftedLayout(std::uint32_t build);

} // namespace poolscope::testdata
