#include "isf_facts.h"

#include <lzma.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <vector>

namespace poolscope::testdata {

namespace {

std::optional<std::string> decompress(const std::string& raw)
{
    if (raw.size() < 6 || raw.compare(0, 6, "\xfd" "7zXZ\0", 6) != 0)
        return raw;
    lzma_stream stream = LZMA_STREAM_INIT;
    if (lzma_stream_decoder(&stream, 1ull << 30, LZMA_CONCATENATED) != LZMA_OK)
        return std::nullopt;
    std::string out;
    std::vector<std::uint8_t> chunk(1 << 20);
    stream.next_in = reinterpret_cast<const std::uint8_t*>(raw.data());
    stream.avail_in = raw.size();
    lzma_ret status = LZMA_OK;
    while (status == LZMA_OK) {
        stream.next_out = chunk.data();
        stream.avail_out = chunk.size();
        status = lzma_code(&stream, stream.avail_in ? LZMA_RUN : LZMA_FINISH);
        out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size() - stream.avail_out);
    }
    lzma_end(&stream);
    if (status != LZMA_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<IsfFacts> readIsfFacts(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    const std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto text = decompress(raw);
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
