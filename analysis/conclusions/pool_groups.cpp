#include "pool_groups.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace poolscope {

namespace {

using text::phrase;
using text::say;

constexpr std::size_t kStoredGroups = 5;

std::string processText(const ObjectInBlock& o)
{
    if (o.processImage.empty() && !o.pid)
        return o.process ? format::address(*o.process) : std::string(phrase("Pool", "(unknown process)"));
    if (!o.pid)
        return o.processImage;
    return fmt::format("{} (pid {:#x})", o.processImage.empty() ? std::string("?") : o.processImage, *o.pid);
}

// "TERMINATED" is how !thread says it; the groups read "TERMINATED Thread".
std::string stateOf(const PoolAllocation& block, const BlockContents& contents)
{
    if (block.state == BlockState::Free)
        return phrase("Pool", "free");
    if (!contents.object)
        return "-";
    const ObjectInBlock& o = *contents.object;
    if (!o.state.empty())
        return o.state == "exited" ? std::string(phrase("Pool", "exited")) : o.state == "running" ? std::string(phrase("Pool", "running")) : o.state;
    return o.handleCount == 0 ? std::string(phrase("Pool", "no handle")) : std::string(phrase("Pool", "with handles"));
}

std::string ownerOf(const BlockContents& contents)
{
    if (!contents.object)
        return "-";
    const ObjectInBlock& o = *contents.object;
    if (o.type == "Thread" || o.type == "Process")
        return processText(o);
    if (o.type == "File")
        return o.name.empty() ? "-" : folderOf(o.name);
    return o.name.empty() ? "-" : o.name;
}

// The headline of a tag's blocks from their largest group by type, state and owner.
std::string headlineOf(PoolTag tag, std::uint64_t total, const BlockGroupRow& top,
                       const std::vector<BlockContents>& contents)
{
    const std::string n = format::count(top.blocks), all = format::count(total), t = tag.display();
    const BlockContents& c = contents[top.sample];
    if (!c.object)
        return say(phrase("Pool", "{} of {} {} blocks hold no kernel object"), n, all, t);
    const ObjectInBlock& o = *c.object;
    if (o.type == "Thread")
        return say(phrase("Pool", "{} of {} {} blocks hold {} threads of {}"), n, all, t, top.values[1], top.values[2]);
    if (o.type == "Process")
        return say(phrase("Pool", "{} of {} {} blocks hold {} processes: {}"), n, all, t, top.values[1], top.values[2]);
    if (o.handleCount == 0)
        return say(phrase("Pool", "{} of {} {} blocks hold {} objects with no handle ({})"), n, all, t, o.type,
                   top.values[2]);
    return say(phrase("Pool", "{} of {} {} blocks hold {} objects ({})"), n, all, t, o.type, top.values[2]);
}

std::vector<PoolBlockGroup> storedGroups(const BlockGrouping& grouping, const std::vector<PoolAllocation>& blocks,
                                         const std::vector<BlockContents>& contents)
{
    std::vector<PoolBlockGroup> out;
    for (const BlockGroupRow& row : grouping.rows) {
        if (out.size() == kStoredGroups)
            break;
        PoolBlockGroup g;
        std::vector<std::string> parts;
        for (const std::string& v : row.values)
            if (v != "-")
                parts.push_back(v);
        g.label = fmt::format("{}", fmt::join(parts, ", "));
        g.blocks = row.blocks;
        g.bytes = row.bytes;
        g.sample = blocks[row.sample].block;
        if (contents[row.sample].object)
            g.sampleObject = contents[row.sample].object->body;
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace

std::optional<BlockKey> blockKeyNamed(std::string_view name)
{
    for (const BlockKey key : {BlockKey::Size, BlockKey::Type, BlockKey::State, BlockKey::Owner, BlockKey::Pointer})
        if (name == blockKeyName(key))
            return key;
    return std::nullopt;
}

std::string_view blockKeyName(BlockKey key)
{
    switch (key) {
    case BlockKey::Size: return "size";
    case BlockKey::Type: return "type";
    case BlockKey::State: return "state";
    case BlockKey::Owner: return "owner";
    case BlockKey::Pointer: return "pointer";
    }
    return "";
}

std::string blockKeyTitle(BlockKey key)
{
    switch (key) {
    case BlockKey::Size: return phrase("Pool", "Size");
    case BlockKey::Type: return phrase("Pool", "Type");
    case BlockKey::State: return phrase("Pool", "State");
    case BlockKey::Owner: return phrase("Pool", "Owner");
    case BlockKey::Pointer: return phrase("Pool", "First pointer");
    }
    return {};
}

std::string folderOf(std::string_view path)
{
    const std::size_t slash = path.rfind('\\');
    if (slash == std::string_view::npos || slash == 0)
        return std::string(path);
    return std::string(path.substr(0, slash));
}

std::string blockKeyValue(BlockKey key, const PoolAllocation& block, const BlockContents& contents,
                          const PointerNamer& namePointer)
{
    switch (key) {
    case BlockKey::Size: return fmt::format("{:#x}", block.bytes);
    case BlockKey::Type:
        return contents.object ? contents.object->type : std::string(phrase("Pool", "(no object)"));
    case BlockKey::State: return stateOf(block, contents);
    case BlockKey::Owner: return ownerOf(contents);
    case BlockKey::Pointer:
        if (contents.object || !contents.firstPointer)
            return "-";
        return namePointer ? namePointer(*contents.firstPointer) : format::address(*contents.firstPointer);
    }
    return {};
}

BlockGrouping groupBlocks(const std::vector<PoolAllocation>& blocks, const std::vector<BlockContents>& contents,
                          const std::vector<BlockKey>& keys, const PointerNamer& namePointer, bool withFree,
                          std::vector<std::uint32_t>* rowOfBlock)
{
    BlockGrouping out;
    out.keys = keys;
    std::map<std::vector<std::string>, std::size_t> rowOf;
    std::vector<std::uint32_t> unsortedRow(blocks.size(), kNoRow);
    // Naming a pointer may read the dump: each distinct pointer is named once.
    std::unordered_map<Address, std::string> named;
    const PointerNamer cached = [&](Address a) {
        auto [it, fresh] = named.try_emplace(a);
        if (fresh)
            it->second = namePointer ? namePointer(a) : format::address(a);
        return it->second;
    };
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!withFree && blocks[i].state == BlockState::Free)
            continue;
        std::vector<std::string> values;
        values.reserve(keys.size());
        for (const BlockKey key : keys)
            values.push_back(blockKeyValue(key, blocks[i], contents[i], cached));
        auto [it, fresh] = rowOf.try_emplace(std::move(values), out.rows.size());
        if (fresh) {
            out.rows.push_back({it->first, 0, 0, i});
        }
        BlockGroupRow& row = out.rows[it->second];
        unsortedRow[i] = static_cast<std::uint32_t>(it->second);
        ++row.blocks;
        row.bytes += blocks[i].bytes;
        ++out.blocks;
        out.bytes += blocks[i].bytes;
    }
    std::vector<std::uint32_t> order(out.rows.size());
    for (std::uint32_t r = 0; r < order.size(); ++r)
        order[r] = r;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const BlockGroupRow& x = out.rows[a];
        const BlockGroupRow& y = out.rows[b];
        return x.blocks != y.blocks ? x.blocks > y.blocks : x.values < y.values;
    });
    std::vector<BlockGroupRow> sorted;
    sorted.reserve(order.size());
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        sorted.push_back(std::move(out.rows[order[r]]));
    }
    out.rows = std::move(sorted);
    if (rowOfBlock) {
        rowOfBlock->assign(blocks.size(), kNoRow);
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (unsortedRow[i] != kNoRow)
                (*rowOfBlock)[i] = rank[unsortedRow[i]];
    }
    return out;
}

PoolTagContents describeTagContents(PoolTag tag, PoolType type, const std::vector<PoolAllocation>& blocks,
                                    const std::vector<BlockContents>& contents, const PointerNamer& namePointer)
{
    PoolTagContents out;
    out.tag = tag;
    out.type = type;
    // Big allocations whose pages the dump lacks hold nothing that can be read.
    std::uint64_t unreadable = 0, counted = 0;
    for (const PoolAllocation& b : blocks)
        if (b.state != BlockState::Free) {
            ++counted;
            if (b.flags & PoolAllocation::kPagesMissing)
                ++unreadable;
        }
    if (unreadable && unreadable * 2 >= counted) {
        out.blocks = counted;
        out.headline = say(phrase("Pool", "{} of {} {} blocks are big pool allocations whose pages the dump does not "
                                          "hold (paged out): what they hold cannot be read"),
                           format::count(unreadable), format::count(counted), tag.display());
        return out;
    }
    std::map<std::string, std::uint64_t> types;
    std::map<std::pair<std::string, std::uint32_t>, std::uint64_t> offsets;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].state == BlockState::Free)
            continue;
        ++out.blocks;
        if (const auto& o = contents[i].object) {
            ++out.objects;
            ++types[o->type];
            ++offsets[{o->type, o->optionalHeaders}];
            if (o->handleCount == 0 && o->pointerCount > 0)
                ++out.withoutHandles;
        }
    }
    if (out.blocks == 0)
        return out;
    if (!types.empty()) {
        out.objectType = std::max_element(types.begin(), types.end(), [](const auto& a, const auto& b) {
                             return a.second < b.second;
                         })->first;
        std::uint64_t most = 0;
        for (const auto& [key, n] : offsets)
            if (key.first == out.objectType && n > most) {
                most = n;
                out.optionalHeaders = key.second;
            }
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (contents[i].object && contents[i].object->type == out.objectType
                && contents[i].object->optionalHeaders == out.optionalHeaders) {
                out.bodyOffset = static_cast<std::uint32_t>(contents[i].object->body - blocks[i].block);
                break;
            }
    }
    const BlockGrouping held = groupBlocks(blocks, contents, {BlockKey::Type, BlockKey::State, BlockKey::Owner}, namePointer);
    out.groups = storedGroups(held, blocks, contents);
    if (!held.rows.empty())
        out.headline = headlineOf(tag, held.blocks, held.rows.front(), contents);
    if (out.objects < out.blocks) {
        const BlockGrouping pointing = groupBlocks(blocks, contents, {BlockKey::Pointer}, namePointer);
        out.pointers = storedGroups(pointing, blocks, contents);
        // A driver's blocks: what they point at says more than "no kernel object".
        if (out.objects == 0 && !pointing.rows.empty() && pointing.rows.front().values.front() != "-")
            out.headline = say(phrase("Pool", "{} {} blocks hold no kernel object; {} of them point at {}"),
                               format::count(out.blocks), tag.display(), format::count(pointing.rows.front().blocks),
                               pointing.rows.front().values.front());
    }
    if (out.withoutHandles) {
        std::vector<PoolAllocation> unhandled;
        std::vector<BlockContents> unhandledContents;
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (blocks[i].state != BlockState::Free && contents[i].object && contents[i].object->handleCount == 0
                && contents[i].object->pointerCount > 0) {
                unhandled.push_back(blocks[i]);
                unhandledContents.push_back(contents[i]);
            }
        out.unhandled = storedGroups(groupBlocks(unhandled, unhandledContents, {BlockKey::Owner}, namePointer),
                                     unhandled, unhandledContents);
    }
    return out;
}

} // namespace poolscope
