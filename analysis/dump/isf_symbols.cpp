#include "isf_symbols.h"

#include "analysis/dump/kernel_types.h"

#include "analysis/file_path.h"

#include <fmt/format.h>
#ifndef POOLSCOPE_WITHOUT_LZMA
#include <lzma.h>
#endif
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace poolscope {

namespace {

using nlohmann::json;

constexpr std::uint64_t kMaxDecompressed = 512ull << 20;

} // namespace

Result<std::string> readIsfText(const std::string& path)
{
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot open the symbol file"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string raw = std::move(buffer).str();
    if (raw.size() < 6 || raw.compare(0, 6, "\xfd" "7zXZ\0", 6) != 0)
        return raw;
#ifdef POOLSCOPE_WITHOUT_LZMA
    return InputError{path, 0, 0,
                      "this build reads no xz-compressed symbol files (the Windows build has no liblzma): expand "
                      "it first (xz -d, or 7-Zip) and give the .json beside it, or give the kernel's PDB"};
#else
    lzma_stream stream = LZMA_STREAM_INIT;
    if (lzma_stream_decoder(&stream, kMaxDecompressed, LZMA_CONCATENATED) != LZMA_OK)
        return InputError{path, 0, 0, "cannot start the xz decoder"};
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
        if (out.size() > kMaxDecompressed) {
            status = LZMA_MEMLIMIT_ERROR;
            break;
        }
    }
    const std::uint64_t consumed = stream.total_in;
    lzma_end(&stream);
    if (status != LZMA_STREAM_END)
        return InputError{path, 0, consumed,
                          status == LZMA_BUF_ERROR || status == LZMA_OK
                              ? "the xz stream ends early (a truncated file)"
                              : fmt::format("the xz data is corrupt (liblzma error {})", static_cast<int>(status))};
    return out;
#endif
}

namespace {

class IsfTypes final : public KernelTypeSource {
public:
    IsfTypes(const json& userTypes, const json& baseTypes, const json& symbols)
        : m_user(userTypes), m_base(baseTypes), m_symbols(symbols)
    {
    }

    std::optional<std::uint32_t> offset(std::string_view type, std::string_view path) const override
    {
        const auto found = walk(type, path);
        return found ? std::optional(found->offset) : std::nullopt;
    }

    std::optional<std::uint32_t> size(std::string_view type) const override
    {
        const auto it = m_user.find(std::string(type));
        if (it == m_user.end() || !it->is_object() || !it->contains("size") || !(*it)["size"].is_number_unsigned())
            return std::nullopt;
        return (*it)["size"].get<std::uint32_t>();
    }

    std::optional<std::uint32_t> baseSize(std::string_view type, std::string_view name) const override
    {
        const auto found = walk(type, name);
        if (!found || !found->type)
            return std::nullopt;
        const json* t = found->type;
        if (kind(*t) == "bitfield" && t->contains("type"))
            t = &(*t)["type"];
        if (kind(*t) != "base" || !t->contains("name") || !(*t)["name"].is_string())
            return std::nullopt;
        const auto it = m_base.find((*t)["name"].get<std::string>());
        if (it == m_base.end() || !it->is_object() || !it->contains("size") || !(*it)["size"].is_number_unsigned())
            return std::nullopt;
        return (*it)["size"].get<std::uint32_t>();
    }

    std::optional<KernelBitfield> bitfield(std::string_view type, std::string_view path) const override
    {
        const auto found = walk(type, path);
        if (!found || !found->type || kind(*found->type) != "bitfield")
            return std::nullopt;
        const json& t = *found->type;
        if (!t.contains("bit_position") || !t["bit_position"].is_number_unsigned() || !t.contains("bit_length")
            || !t["bit_length"].is_number_unsigned())
            return std::nullopt;
        return KernelBitfield{found->offset, t["bit_position"].get<std::uint32_t>(), t["bit_length"].get<std::uint32_t>()};
    }

    std::optional<std::uint64_t> symbolRva(std::string_view name) const override
    {
        const auto it = m_symbols.find(std::string(name));
        if (it == m_symbols.end() || !it->is_object() || !it->contains("address")
            || !(*it)["address"].is_number_unsigned())
            return std::nullopt;
        return (*it)["address"].get<std::uint64_t>();
    }

private:
    struct Found {
        std::uint32_t offset = 0;
        const json* type = nullptr;
    };

    static std::string kind(const json& t) { return t.is_object() ? t.value("kind", "") : std::string(); }

    // Follows a member path ("Tail.Overlay.ListEntry") from a struct, adding offsets.
    std::optional<Found> walk(std::string_view type, std::string_view path) const
    {
        Found found;
        std::string current(type);
        while (true) {
            const auto dot = path.find('.');
            if (!member(current, std::string(path.substr(0, dot)), found, 0))
                return std::nullopt;
            if (dot == std::string_view::npos)
                return found;
            path.remove_prefix(dot + 1);
            const json* t = found.type;
            while (t && kind(*t) == "array")
                t = t->contains("subtype") ? &(*t)["subtype"] : nullptr;
            if (!t || !t->contains("name") || !(*t)["name"].is_string())
                return std::nullopt;
            current = (*t)["name"].get<std::string>();
        }
    }

    // Looks for `name` in `type`, then through its anonymous members as the compiler does.
    bool member(const std::string& type, const std::string& name, Found& found, int depth) const
    {
        if (depth > 8)
            return false;
        const auto it = m_user.find(type);
        if (it == m_user.end() || !it->is_object() || !it->contains("fields") || !(*it)["fields"].is_object())
            return false;
        const json& fields = (*it)["fields"];
        const auto offsetOf = [](const json& f) -> std::optional<std::uint32_t> {
            if (!f.is_object() || !f.contains("offset") || !f["offset"].is_number_unsigned())
                return std::nullopt;
            return f["offset"].get<std::uint32_t>();
        };
        if (const auto f = fields.find(name); f != fields.end()) {
            const auto at = offsetOf(*f);
            if (!at)
                return false;
            found.offset += *at;
            found.type = f->contains("type") ? &(*f)["type"] : nullptr;
            return true;
        }
        for (const auto& [fieldName, f] : fields.items()) {
            const auto at = offsetOf(f);
            if (!at || !f.value("anonymous", false) || !f.contains("type"))
                continue;
            const json& t = f["type"];
            if (!t.is_object() || !t.contains("name") || !t["name"].is_string())
                continue;
            Found inner{found.offset + *at, nullptr};
            if (member(t["name"].get<std::string>(), name, inner, depth + 1)) {
                found = inner;
                return true;
            }
        }
        return false;
    }

    const json& m_user;
    const json& m_base;
    const json& m_symbols;
};

} // namespace

namespace {

// The metadata's word, where it gives one and in the type it should have.
IsfIdentity isfIdentity(const json& isf)
{
    IsfIdentity id;
    const json* windows = nullptr;
    if (isf.contains("metadata") && isf["metadata"].is_object() && isf["metadata"].contains("windows")
        && isf["metadata"]["windows"].is_object())
        windows = &isf["metadata"]["windows"];
    if (!windows)
        return id;
    if (windows->contains("pdb") && (*windows)["pdb"].is_object()) {
        const json& pdb = (*windows)["pdb"];
        if (pdb.contains("GUID") && pdb["GUID"].is_string()) {
            id.guid = pdb["GUID"].get<std::string>();
            std::transform(id.guid.begin(), id.guid.end(), id.guid.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        }
        if (pdb.contains("age") && pdb["age"].is_number_unsigned())
            id.age = pdb["age"].get<std::uint32_t>();
        if (pdb.contains("database") && pdb["database"].is_string())
            id.database = pdb["database"].get<std::string>();
        if (pdb.contains("machine_type") && pdb["machine_type"].is_number_unsigned())
            id.machine = static_cast<std::uint16_t>(pdb["machine_type"].get<std::uint32_t>());
    }
    if (windows->contains("pe") && (*windows)["pe"].is_object() && (*windows)["pe"].contains("build")
        && (*windows)["pe"]["build"].is_number_unsigned())
        id.build = (*windows)["pe"]["build"].get<std::uint32_t>();
    return id;
}

} // namespace

struct IsfFile::Data {
    explicit Data(json whole)
        : isf(std::move(whole)), types(isf["user_types"], isf["base_types"], isf["symbols"]), identity(isfIdentity(isf))
    {
    }
    json isf;
    IsfTypes types;
    IsfIdentity identity;
};

Result<IsfFile> IsfFile::open(const std::string& path)
{
    auto text = readIsfText(path);
    if (!text)
        return text.error();
    json isf = json::parse(text.value(), nullptr, /*allow_exceptions=*/false);
    text.value().clear();
    if (isf.is_discarded())
        return InputError{path, 0, 0, "not a JSON file"};
    if (!isf.is_object() || !isf.contains("user_types") || !isf["user_types"].is_object() || !isf.contains("symbols")
        || !isf["symbols"].is_object() || !isf.contains("base_types") || !isf["base_types"].is_object())
        return InputError{path, 0, 0, "not a volatility3 symbol file (ISF): no user_types, base_types and symbols"};
    IsfFile file;
    file.m_path = path;
    file.m_data = std::make_shared<const Data>(std::move(isf));
    return file;
}

const IsfIdentity& IsfFile::identity() const { return m_data->identity; }
const KernelTypeSource& IsfFile::types() const { return m_data->types; }
std::size_t IsfFile::typeCount() const { return m_data->isf["user_types"].size(); }
std::size_t IsfFile::symbolCount() const { return m_data->isf["symbols"].size(); }

Result<KernelLayout> loadIsfLayout(const std::string& path)
{
    auto file = IsfFile::open(path);
    if (!file)
        return file.error();
    return loadIsfLayout(*file);
}

Result<KernelLayout> loadIsfLayout(const IsfFile& file)
{
    const std::string& path = file.path();
    const IsfIdentity& identity = file.identity();
    // Another kernel's symbols are named for what they are, not for the first member they lack.
    if (const auto kind = kernelSymbolsKind(file.types(), identity.machine); kind != KernelSymbolsKind::Readable)
        return InputError{path, 0, 0, fmt::format("the symbol file is {}", kernelSymbolsRefusal(kind, "symbol file", identity.machine))};
    if (identity.guid.empty() || !identity.age)
        return InputError{path, 0, 0, "the symbol file's metadata names no PDB GUID and age"};
    KernelLayout l;
    l.source = fmt::format("symbols {}", path);
    l.pdbGuid = identity.guid;
    l.pdbAge = *identity.age;
    l.build = identity.build.value_or(0);
    const std::string missing = layoutFromTypes(file.types(), l);
    if (!missing.empty())
        return InputError{path, 0, 0, fmt::format("the symbol file has no {}, which the walks need", missing)};
    return l;
}

std::optional<std::string> findIsfFile(const std::vector<std::string>& symbolDirs, std::string_view guid,
                                       std::uint32_t age)
{
    namespace fs = std::filesystem;
    std::string wanted = fmt::format("{}-{}", guid, age);
    std::transform(wanted.begin(), wanted.end(), wanted.begin(), [](unsigned char c) { return std::toupper(c); });
    for (const std::string& dir : symbolDirs) {
        for (const char* sub : {"", "ntkrnlmp.pdb", "windows/ntkrnlmp.pdb", "symbols/windows/ntkrnlmp.pdb"}) {
            std::error_code error;
            const fs::path folder = pathFromUtf8(dir) / sub;
            if (!fs::is_directory(folder, error))
                continue;
            // The plain .json first when a folder has both: the same types, and the only one a
            // build without liblzma reads.
            std::optional<std::string> compressed;
            for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
                std::string name = utf8FromPath(it->path().filename());
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
                if (name == wanted + ".JSON")
                    return utf8FromPath(it->path());
                if (name == wanted + ".JSON.XZ" && !compressed)
                    compressed = utf8FromPath(it->path());
            }
            if (compressed)
                return compressed;
        }
    }
    return std::nullopt;
}

} // namespace poolscope
