#include "isf_facts.h"

#include "analysis/dump/isf_symbols.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace poolscope::testdata {

std::optional<IsfFacts> readIsfFacts(const std::filesystem::path& path)
{
    // The reader's own bounded xz decoding: the facts differ from its layout, not its bytes.
    const auto text = readIsfText(path.string());
    if (!text)
        return std::nullopt;
    const auto doc = nlohmann::json::parse(*text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return std::nullopt;
    IsfFacts facts;
    facts.guid = doc.at("metadata").at("windows").at("pdb").at("GUID").get<std::string>();
    std::transform(facts.guid.begin(), facts.guid.end(), facts.guid.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (const auto& [name, symbol] : doc.at("symbols").items())
        if (symbol.contains("address"))
            facts.symbols[name] = symbol.at("address").get<std::uint64_t>();
    for (const auto& [type, body] : doc.at("user_types").items()) {
        facts.fields[type + ".<size>"] = body.at("size").get<std::uint64_t>();
        for (const auto& [member, field] : body.at("fields").items())
            facts.fields[type + "." + member] = field.at("offset").get<std::uint64_t>();
    }
    return facts;
}

} // namespace poolscope::testdata
