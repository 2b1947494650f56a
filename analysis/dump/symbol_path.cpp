#include "symbol_path.h"

#include "analysis/file_path.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>

namespace poolscope {

namespace fs = std::filesystem;

namespace {

std::string upper(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    while (true) {
        const auto end = text.find(separator);
        parts.push_back(trimmed(text.substr(0, end)));
        if (end == std::string_view::npos)
            return parts;
        text.remove_prefix(end + 1);
    }
}

bool isUrl(std::string_view part) { return part.find("://") != std::string_view::npos; }

// A folder's entries; one that cannot be listed (gone, no permission) has none.
std::vector<fs::directory_entry> entries(const fs::path& dir)
{
    std::vector<fs::directory_entry> out;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
        out.push_back(*it);
    return out;
}

// `dir`'s entry called `name` in any case (a cache copied from Windows keeps its case).
std::optional<fs::path> child(const fs::path& dir, std::string_view name)
{
    std::error_code error;
    const fs::path exact = dir / pathFromUtf8(name);
    if (fs::exists(exact, error))
        return exact;
    if (!fs::is_directory(dir, error))
        return std::nullopt;
    const std::string wanted = upper(name);
    for (const auto& entry : entries(dir))
        if (upper(utf8FromPath(entry.path().filename())) == wanted)
            return entry.path();
    return std::nullopt;
}

bool isFile(const fs::path& path)
{
    std::error_code error;
    return fs::is_regular_file(path, error);
}

// A store entry that holds a pointer instead of the file: its first line is the path.
std::optional<fs::path> pointedAt(const fs::path& entry)
{
    const auto pointer = child(entry, "file.ptr");
    if (!pointer)
        return std::nullopt;
    std::ifstream in(*pointer);
    std::string line;
    std::getline(in, line);
    const std::string_view target = trimmed(line);
    if (target.empty() || target.starts_with("MSG:"))
        return std::nullopt;
    const fs::path path = pathFromUtf8(target);
    return isFile(path) ? std::optional(path) : std::nullopt;
}

} // namespace

std::vector<std::string> symbolPathFolders(std::string_view ntSymbolPath)
{
    std::vector<std::string> folders;
    for (const std::string_view element : split(ntSymbolPath, ';')) {
        if (element.empty())
            continue;
        const auto parts = split(element, '*');
        const std::string kind = upper(parts.front());
        std::size_t first = 0;
        if (parts.size() == 1)
            first = 0; // a plain folder
        else if (kind == "SRV" || kind == "CACHE")
            first = 1;
        else if (kind == "SYMSRV")
            first = 2; // symsrv*DLL*stores
        else
            continue;
        for (std::size_t i = first; i < parts.size(); ++i)
            if (!parts[i].empty() && !isUrl(parts[i]))
                folders.emplace_back(parts[i]);
    }
    return folders;
}

std::vector<std::string> kernelPdbNames(std::string_view codeViewName)
{
    const auto slash = codeViewName.find_last_of("\\/");
    if (slash != std::string_view::npos)
        codeViewName.remove_prefix(slash + 1);
    std::vector<std::string> names;
    for (const std::string_view name : {codeViewName, std::string_view("ntkrnlmp.pdb"), std::string_view("ntoskrnl.pdb")}) {
        if (name.empty())
            continue;
        if (std::none_of(names.begin(), names.end(), [&](const std::string& n) { return upper(n) == upper(name); }))
            names.emplace_back(name);
    }
    return names;
}

PdbSearch findPdbFiles(const std::vector<std::string>& folders, const std::vector<std::string>& names,
                       std::string_view guid, std::uint32_t age)
{
    const std::string key = fmt::format("{}{:X}", upper(guid), age);
    const std::string otherAges = upper(guid);
    std::vector<fs::path> exact, flat, other;
    PdbSearch search;
    for (const std::string& folder : folders) {
        const fs::path dir = pathFromUtf8(folder);
        std::error_code error;
        if (!fs::is_directory(dir, error))
            continue;
        for (const std::string& name : names) {
            std::vector<fs::path> stores;
            if (child(dir, "index2.txt")) {
                if (const auto tier = child(dir, name.substr(0, 2)))
                    stores.push_back(*tier);
            }
            stores.push_back(dir);
            for (const fs::path& store : stores) {
                const auto byName = child(store, name);
                if (!byName || !fs::is_directory(*byName, error))
                    continue;
                for (const auto& entry : entries(*byName)) {
                    const std::string id = upper(utf8FromPath(entry.path().filename()));
                    if (!entry.is_directory(error) || !id.starts_with(otherAges))
                        continue;
                    const auto file = child(entry.path(), name);
                    if (id != key) {
                        if (file && isFile(*file))
                            other.push_back(*file);
                    } else if (file && isFile(*file)) {
                        exact.push_back(*file);
                    } else if (const auto target = pointedAt(entry.path())) {
                        exact.push_back(*target);
                    } else if (const auto packed = child(entry.path(), name.substr(0, name.size() - 1) + "_")) {
                        search.notes.push_back(fmt::format("{} is compressed (a CAB, as symbol servers send it); "
                                                           "expand it beside itself as {} to use it",
                                                           utf8FromPath(*packed), name));
                    }
                }
            }
            if (const auto file = child(dir, name); file && isFile(*file))
                flat.push_back(*file);
        }
    }
    for (const auto* group : {&exact, &flat, &other})
        for (const fs::path& file : *group)
            if (std::string name = utf8FromPath(file);
                std::find(search.files.begin(), search.files.end(), name) == search.files.end())
                search.files.push_back(std::move(name));
    return search;
}

} // namespace poolscope
