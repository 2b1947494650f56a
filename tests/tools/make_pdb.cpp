// Writes a kernel's PDB made by a real compiler and linker from a structure layout, for the
// tests, the fuzzer's corpus and anyone who wants a dump and its PDB as a true pair:
//   poolscope-make-pdb --build 19041 --shifted -o symbols/
//   poolscope-make-dump --scenario both --pdb symbols/ntkrnlmp.pdb --build 26999 --format full -o both.dmp
#include "tests/support/kernel_pdb.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

constexpr const char* kUsage =
    "usage: poolscope-make-pdb --build N [--shifted] [--c++] [--without-types] -o DIR\n\n"
    "Writes DIR/ntkrnlmp.pdb and DIR/ntkrnlmp.exe: the structures of build N's built-in layout\n"
    "as C declarations, compiled by clang (x86_64-pc-windows-msvc, CodeView) and linked by\n"
    "lld-link, with the kernel globals the walks start from.\n\n"
    "  --shifted        _EPROCESS fields moved by +0x40, _ETHREAD fields by +0x20: a layout\n"
    "                   no built-in row has\n"
    "  --c++            compile as C++ (unique type names, mangled public symbols)\n"
    "  --without-types  line tables only: no type records, as a stripped public PDB\n";

int run(int argc, char** argv)
{
    if (argc >= 2 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
        std::printf("%s", kUsage);
        return 0;
    }
    std::uint32_t build = 0;
    bool shifted = false;
    std::string output;
    KernelPdbSpec spec;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::invalid_argument(option + " needs a value");
            return argv[++i];
        };
        if (option == "--build") {
            const std::string text = value();
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), build);
            if (error != std::errc() || end != text.data() + text.size())
                throw std::invalid_argument("--build expects a number, got '" + text + "'");
        } else if (option == "--shifted") {
            shifted = true;
        } else if (option == "--c++") {
            spec.cplusplus = true;
        } else if (option == "--without-types") {
            spec.withoutTypes = true;
        } else if (option == "-o" || option == "--output") {
            output = value();
        } else {
            throw std::invalid_argument("unknown option '" + option + "'");
        }
    }
    if (build == 0 || output.empty())
        throw std::invalid_argument("--build and -o are required");
    if (shifted) {
        spec.layout = shiftedLayout(build);
    } else {
        const auto layout = builtinLayout(build);
        if (!layout)
            throw std::invalid_argument(fmt::format("build {} is not in the built-in table ({})", build,
                                                    builtinBuilds()));
        spec.layout = *layout;
    }
    const KernelPdb made = buildKernelPdb(spec, output);
    std::printf("%s: %s layout of build %u%s%s\n", made.pdb.string().c_str(), shifted ? "shifted" : "built-in", build,
                spec.cplusplus ? ", as C++" : "", spec.withoutTypes ? ", without type records" : "");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "poolscope-make-pdb: %s\nRun 'poolscope-make-pdb --help' for usage.\n", e.what());
        return 2;
    }
}
