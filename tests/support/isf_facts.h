#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace poolscope::testdata {

// The plain facts of a volatility3 ISF file (.json.xz or .json), for tests that check the
// generator's tables against the real kernels' symbol files: every symbol's RVA, every
// struct member's offset as "type.member" and every struct's size as "type.<size>".
struct IsfFacts {
    std::string guid; // upper-case, 32 hex digits
    std::map<std::string, std::uint64_t> symbols;
    std::map<std::string, std::uint64_t> fields;
};

std::optional<IsfFacts> readIsfFacts(const std::filesystem::path& path);

} // namespace poolscope::testdata
