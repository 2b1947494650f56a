#include "isf_symbols.h"

#include <fmt/format.h>
#include <lzma.h>
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

// The whole file, xz-decoded when it is xz. Bounded: a bomb stops at kMaxDecompressed.
Result<std::string> readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot open the symbol file"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string raw = std::move(buffer).str();
    if (raw.size() < 6 || raw.compare(0, 6, "\xfd" "7zXZ\0", 6) != 0)
        return raw;
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
}

class IsfTypes {
public:
    IsfTypes(const json& userTypes, const json& baseTypes) : m_user(userTypes), m_base(baseTypes) {}

    // The offset of a member path ("Tail.Overlay.ListEntry") in a struct, looking through
    // anonymous members as the compiler does.
    std::optional<std::uint32_t> offset(std::string_view type, std::string_view path) const
    {
        std::uint32_t total = 0;
        std::string current(type);
        while (!path.empty()) {
            const auto dot = path.find('.');
            const std::string name(path.substr(0, dot));
            const json* fieldType = nullptr;
            const auto found = member(current, name, total, fieldType, 0);
            if (!found)
                return std::nullopt;
            if (dot == std::string_view::npos)
                return total;
            path.remove_prefix(dot + 1);
            const json* t = fieldType;
            while (t && t->value("kind", "") == "array")
                t = t->contains("subtype") ? &(*t)["subtype"] : nullptr;
            if (!t || !t->contains("name") || !(*t)["name"].is_string())
                return std::nullopt;
            current = (*t)["name"].get<std::string>();
        }
        return total;
    }

    std::optional<std::uint32_t> size(std::string_view type) const
    {
        const auto it = m_user.find(std::string(type));
        if (it == m_user.end() || !it->is_object() || !it->contains("size") || !(*it)["size"].is_number_unsigned())
            return std::nullopt;
        return (*it)["size"].get<std::uint32_t>();
    }

    // The size in bytes of a member's base type (a count's width).
    std::optional<std::uint32_t> baseSize(std::string_view type, const std::string& name) const
    {
        std::uint32_t unused = 0;
        const json* fieldType = nullptr;
        if (!member(std::string(type), name, unused, fieldType, 0) || !fieldType)
            return std::nullopt;
        const json* t = fieldType;
        if (t->value("kind", "") == "bitfield" && t->contains("type"))
            t = &(*t)["type"];
        if (t->value("kind", "") != "base" || !t->contains("name"))
            return std::nullopt;
        const auto it = m_base.find((*t)["name"].get<std::string>());
        if (it == m_base.end() || !it->contains("size"))
            return std::nullopt;
        return (*it)["size"].get<std::uint32_t>();
    }

private:
    bool member(const std::string& type, const std::string& name, std::uint32_t& total, const json*& fieldType,
                int depth) const
    {
        if (depth > 8)
            return false;
        const auto it = m_user.find(type);
        if (it == m_user.end() || !it->is_object() || !it->contains("fields") || !(*it)["fields"].is_object())
            return false;
        const json& fields = (*it)["fields"];
        if (const auto f = fields.find(name); f != fields.end() && f->is_object() && f->contains("offset")) {
            total += (*f)["offset"].get<std::uint32_t>();
            fieldType = f->contains("type") ? &(*f)["type"] : nullptr;
            return true;
        }
        for (const auto& [fieldName, f] : fields.items()) {
            if (!f.is_object() || !f.value("anonymous", false) || !f.contains("type") || !f.contains("offset"))
                continue;
            const json& t = f["type"];
            if (!t.contains("name") || !t["name"].is_string())
                continue;
            std::uint32_t inner = total + f["offset"].get<std::uint32_t>();
            if (member(t["name"].get<std::string>(), name, inner, fieldType, depth + 1)) {
                total = inner;
                return true;
            }
        }
        return false;
    }

    const json& m_user;
    const json& m_base;
};

} // namespace

Result<KernelLayout> loadIsfLayout(const std::string& path)
{
    auto text = readText(path);
    if (!text)
        return text.error();
    json isf = json::parse(text.value(), nullptr, /*allow_exceptions=*/false);
    text.value().clear();
    if (isf.is_discarded())
        return InputError{path, 0, 0, "not a JSON file"};
    if (!isf.is_object() || !isf.contains("user_types") || !isf["user_types"].is_object() || !isf.contains("symbols")
        || !isf["symbols"].is_object() || !isf.contains("base_types") || !isf["base_types"].is_object())
        return InputError{path, 0, 0, "not a volatility3 symbol file (ISF): no user_types, base_types and symbols"};

    const IsfTypes types(isf["user_types"], isf["base_types"]);
    KernelLayout l;
    l.source = fmt::format("symbols {}", path);
    try {
        const json& pdb = isf.at("metadata").at("windows").at("pdb");
        l.pdbGuid = pdb.at("GUID").get<std::string>();
        std::transform(l.pdbGuid.begin(), l.pdbGuid.end(), l.pdbGuid.begin(), [](unsigned char c) { return std::toupper(c); });
        l.pdbAge = pdb.at("age").get<std::uint32_t>();
        const json& windows = isf.at("metadata").at("windows");
        if (windows.contains("pe") && windows["pe"].is_object() && windows["pe"].contains("build"))
            l.build = windows["pe"]["build"].get<std::uint32_t>();
    } catch (const json::exception&) {
        return InputError{path, 0, 0, "the symbol file's metadata names no PDB GUID and age"};
    }

    std::string missing;
    const auto required = [&](std::uint32_t& out, std::string_view type, std::string_view member) {
        if (const auto o = types.offset(type, member))
            out = *o;
        else if (missing.empty())
            missing = fmt::format("{}.{}", type, member);
    };
    const auto optional = [&](std::uint32_t& out, std::string_view type, std::string_view member) {
        if (const auto o = types.offset(type, member))
            out = *o;
    };
    const auto sized = [&](std::uint32_t& out, std::string_view type) {
        if (const auto s = types.size(type))
            out = *s;
    };
    required(l.processUniqueId, "_EPROCESS", "UniqueProcessId");
    required(l.processActiveLinks, "_EPROCESS", "ActiveProcessLinks");
    required(l.processObjectTable, "_EPROCESS", "ObjectTable");
    required(l.processImageFileName, "_EPROCESS", "ImageFileName");
    optional(l.processThreadListHead, "_EPROCESS", "ThreadListHead");
    optional(l.processParentId, "_EPROCESS", "InheritedFromUniqueProcessId");
    sized(l.processSize, "_EPROCESS");
    optional(l.processQuotaUsage, "_EPROCESS", "ProcessQuotaUsage");
    optional(l.processQuotaPeak, "_EPROCESS", "ProcessQuotaPeak");
    required(l.threadCid, "_ETHREAD", "Cid");
    optional(l.threadIrpList, "_ETHREAD", "IrpList");
    optional(l.threadListEntry, "_ETHREAD", "ThreadListEntry");
    optional(l.threadState, "_ETHREAD", "Tcb.State");
    optional(l.threadProcess, "_ETHREAD", "Tcb.Process");
    optional(l.threadStartAddress, "_ETHREAD", "StartAddress");
    optional(l.threadWin32StartAddress, "_ETHREAD", "Win32StartAddress");
    sized(l.threadSize, "_ETHREAD");
    optional(l.objectHeaderSize, "_OBJECT_HEADER", "Body");
    optional(l.headerPointerCount, "_OBJECT_HEADER", "PointerCount");
    optional(l.headerHandleCount, "_OBJECT_HEADER", "HandleCount");
    required(l.headerTypeIndex, "_OBJECT_HEADER", "TypeIndex");
    optional(l.headerInfoMask, "_OBJECT_HEADER", "InfoMask");
    optional(l.typeList, "_OBJECT_TYPE", "TypeList");
    required(l.typeName, "_OBJECT_TYPE", "Name");
    optional(l.typeIndex, "_OBJECT_TYPE", "Index");
    optional(l.typeTotalObjects, "_OBJECT_TYPE", "TotalNumberOfObjects");
    optional(l.typeTotalHandles, "_OBJECT_TYPE", "TotalNumberOfHandles");
    optional(l.typeKey, "_OBJECT_TYPE", "Key");
    optional(l.handleTableTableCode, "_HANDLE_TABLE", "TableCode");
    optional(l.queueSignalState, "_KQUEUE", "Header.SignalState");
    required(l.queueEntryListHead, "_KQUEUE", "EntryListHead");
    optional(l.queueCurrentCount, "_KQUEUE", "CurrentCount");
    optional(l.queueMaximumCount, "_KQUEUE", "MaximumCount");
    optional(l.queueThreadListHead, "_KQUEUE", "ThreadListHead");
    optional(l.irpType, "_IRP", "Type");
    optional(l.irpFlags, "_IRP", "Flags");
    optional(l.irpThreadListEntry, "_IRP", "ThreadListEntry");
    optional(l.irpIoStatus, "_IRP", "IoStatus");
    optional(l.irpPendingReturned, "_IRP", "PendingReturned");
    optional(l.irpStackCount, "_IRP", "StackCount");
    optional(l.irpCurrentLocation, "_IRP", "CurrentLocation");
    optional(l.irpUserEvent, "_IRP", "UserEvent");
    optional(l.irpUserBuffer, "_IRP", "UserBuffer");
    optional(l.irpThread, "_IRP", "Tail.Overlay.Thread");
    required(l.irpListEntry, "_IRP", "Tail.Overlay.ListEntry");
    optional(l.irpPacketType, "_IRP", "Tail.Overlay.CurrentStackLocation");
    optional(l.irpOriginalFileObject, "_IRP", "Tail.Overlay.OriginalFileObject");
    sized(l.irpSize, "_IRP");
    optional(l.fileType, "_FILE_OBJECT", "Type");
    optional(l.fileDeviceObject, "_FILE_OBJECT", "DeviceObject");
    optional(l.fileFlags, "_FILE_OBJECT", "Flags");
    optional(l.fileName, "_FILE_OBJECT", "FileName");
    optional(l.fileCompletionContext, "_FILE_OBJECT", "CompletionContext");
    sized(l.fileSize, "_FILE_OBJECT");
    optional(l.completionPort, "_IO_COMPLETION_CONTEXT", "Port");
    optional(l.completionKey, "_IO_COMPLETION_CONTEXT", "Key");
    optional(l.moduleDllBase, "_KLDR_DATA_TABLE_ENTRY", "DllBase");
    optional(l.moduleSizeOfImage, "_KLDR_DATA_TABLE_ENTRY", "SizeOfImage");
    optional(l.moduleBaseDllName, "_KLDR_DATA_TABLE_ENTRY", "BaseDllName");
    sized(l.trackerSize, "_POOL_TRACKER_TABLE");
    optional(l.trackerKey, "_POOL_TRACKER_TABLE", "Key");
    optional(l.trackerNonPagedAllocs, "_POOL_TRACKER_TABLE", "NonPagedAllocs");
    optional(l.trackerNonPagedFrees, "_POOL_TRACKER_TABLE", "NonPagedFrees");
    optional(l.trackerNonPagedBytes, "_POOL_TRACKER_TABLE", "NonPagedBytes");
    optional(l.trackerPagedAllocs, "_POOL_TRACKER_TABLE", "PagedAllocs");
    optional(l.trackerPagedFrees, "_POOL_TRACKER_TABLE", "PagedFrees");
    optional(l.trackerPagedBytes, "_POOL_TRACKER_TABLE", "PagedBytes");
    if (const auto width = types.baseSize("_POOL_TRACKER_TABLE", "NonPagedAllocs"))
        l.trackerCountSize = *width;
    sized(l.bigPageSize, "_POOL_TRACKER_BIG_PAGES");
    optional(l.bigPageVa, "_POOL_TRACKER_BIG_PAGES", "Va");
    optional(l.bigPageKey, "_POOL_TRACKER_BIG_PAGES", "Key");
    optional(l.bigPagePoolType, "_POOL_TRACKER_BIG_PAGES", "PoolType");
    optional(l.bigPageNumberOfBytes, "_POOL_TRACKER_BIG_PAGES", "NumberOfBytes");
    if (!missing.empty())
        return InputError{path, 0, 0, fmt::format("the symbol file has no {}, which the walks need", missing)};

    const json& symbols = isf["symbols"];
    const auto global = [&](std::optional<std::uint64_t>& out, const char* name) {
        const auto it = symbols.find(name);
        if (it != symbols.end() && it->is_object() && it->contains("address") && (*it)["address"].is_number_unsigned())
            out = (*it)["address"].get<std::uint64_t>();
    };
    KernelGlobals& g = l.globals;
    global(g.obHeaderCookie, "ObHeaderCookie");
    global(g.obTypeIndexTable, "ObTypeIndexTable");
    global(g.poolTrackTable, "PoolTrackTable");
    global(g.poolTrackTableSize, "PoolTrackTableSize");
    global(g.poolBigPageTable, "PoolBigPageTable");
    global(g.poolBigPageTableSize, "PoolBigPageTableSize");
    global(g.exPoolTagTables, "ExPoolTagTables");
    global(g.psActiveProcessHead, "PsActiveProcessHead");
    global(g.psLoadedModuleList, "PsLoadedModuleList");
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
            const fs::path folder = fs::path(dir) / sub;
            if (!fs::is_directory(folder, error))
                continue;
            for (const auto& entry : fs::directory_iterator(folder, error)) {
                std::string name = entry.path().filename().string();
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
                if (name == wanted + ".JSON.XZ" || name == wanted + ".JSON")
                    return entry.path().string();
            }
        }
    }
    return std::nullopt;
}

} // namespace poolscope
