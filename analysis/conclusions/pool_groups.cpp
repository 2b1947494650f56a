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
std::string headlineOf(PoolTag tag, std::uint64_t total, const BlockGroupRow& top, const BlockContents& c)
{
    const std::string n = format::count(top.blocks), all = format::count(total), t = tag.display();
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

std::vector<PoolBlockGroup> storedGroups(const BlockGrouping& grouping, const BlockGrouper& grouper)
{
    std::vector<PoolBlockGroup> out;
    for (std::size_t r = 0; r < grouping.rows.size() && out.size() < kStoredGroups; ++r) {
        const BlockGroupRow& row = grouping.rows[r];
        PoolBlockGroup g;
        std::vector<std::string> parts;
        for (const std::string& v : row.values)
            if (v != "-")
                parts.push_back(v);
        g.label = fmt::format("{}", fmt::join(parts, ", "));
        g.blocks = row.blocks;
        g.bytes = row.bytes;
        g.sample = grouper.sampleBlocks()[r].block;
        if (const auto& object = grouper.sampleContents()[r].object)
            g.sampleObject = object->body;
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

BlockGrouper::BlockGrouper(std::vector<BlockKey> keys, PointerNamer namePointer)
    : m_keys(std::move(keys)), m_namePointer(std::move(namePointer))
{
    m_out.keys = m_keys;
    m_bySize = std::find(m_keys.begin(), m_keys.end(), BlockKey::Size) != m_keys.end();
}

// Everything blockKeyValue reads, for any key.
bool BlockGrouper::sameAsLast(const PoolAllocation& block, const BlockContents& contents) const
{
    const LastBlock& l = m_last;
    if (!l.valid || l.free != (block.state == BlockState::Free) || (m_bySize && l.bytes != block.bytes)
        || l.object != contents.object.has_value())
        return false;
    if (!contents.object) // an object's block is never named by its first pointer
        return l.firstPointer == contents.firstPointer;
    const ObjectInBlock& o = *contents.object;
    return l.noHandles == (o.handleCount == 0) && l.process == o.process && l.pid == o.pid && l.type == o.type
        && l.state == o.state && l.processImage == o.processImage && l.name == o.name;
}

void BlockGrouper::rememberLast(const PoolAllocation& block, const BlockContents& contents, std::uint32_t row)
{
    LastBlock& l = m_last;
    l.valid = true;
    l.row = row;
    l.free = block.state == BlockState::Free;
    l.bytes = block.bytes;
    l.object = contents.object.has_value();
    l.firstPointer = contents.firstPointer;
    if (const auto& o = contents.object) {
        l.noHandles = o->handleCount == 0;
        l.process = o->process;
        l.pid = o->pid;
        l.type = o->type;
        l.state = o->state;
        l.processImage = o->processImage;
        l.name = o->name;
    }
}

std::uint32_t BlockGrouper::add(std::size_t index, const PoolAllocation& block, const BlockContents& contents)
{
    if (sameAsLast(block, contents))
        return counted(m_last.row, block);
    m_values.clear();
    for (const BlockKey key : m_keys) {
        // Naming a pointer may read the dump: each distinct pointer is named once.
        if (key == BlockKey::Pointer && !contents.object && contents.firstPointer) {
            auto [it, fresh] = m_named.try_emplace(*contents.firstPointer);
            if (fresh)
                it->second = blockKeyValue(key, block, contents, m_namePointer);
            m_values.push_back(it->second);
        } else {
            m_values.push_back(blockKeyValue(key, block, contents, m_namePointer));
        }
    }
    auto it = m_rowOf.find(std::string_view(keyOf(m_values)));
    if (it == m_rowOf.end()) {
        it = m_rowOf.emplace(m_key, static_cast<std::uint32_t>(m_out.rows.size())).first;
        m_out.rows.push_back({m_values, 0, 0, index});
        m_sampleBlocks.push_back(block);
        m_sampleContents.push_back(contents);
    }
    rememberLast(block, contents, it->second);
    return counted(it->second, block);
}

std::uint32_t BlockGrouper::counted(std::uint32_t row, const PoolAllocation& block)
{
    ++m_out.rows[row].blocks;
    m_out.rows[row].bytes += block.bytes;
    ++m_out.blocks;
    m_out.bytes += block.bytes;
    return row;
}

// A row's values joined by a separator no value holds: one key for the row's lookup.
const std::string& BlockGrouper::keyOf(const std::vector<std::string>& values)
{
    m_key.clear();
    for (const std::string& value : values) {
        m_key += value;
        m_key += '\x1f';
    }
    return m_key;
}

void BlockGrouper::merge(BlockGrouper&& later)
{
    for (std::size_t r = 0; r < later.m_out.rows.size(); ++r) {
        BlockGroupRow& theirs = later.m_out.rows[r];
        if (const auto it = m_rowOf.find(std::string_view(keyOf(theirs.values))); it != m_rowOf.end()) {
            BlockGroupRow& ours = m_out.rows[it->second];
            ours.blocks += theirs.blocks;
            ours.bytes += theirs.bytes;
            continue;
        }
        m_rowOf.emplace(m_key, static_cast<std::uint32_t>(m_out.rows.size()));
        m_out.rows.push_back(std::move(theirs));
        m_sampleBlocks.push_back(later.m_sampleBlocks[r]);
        m_sampleContents.push_back(std::move(later.m_sampleContents[r]));
    }
    m_out.blocks += later.m_out.blocks;
    m_out.bytes += later.m_out.bytes;
}

BlockGrouping BlockGrouper::finish(std::vector<std::uint32_t>* rank)
{
    std::vector<std::uint32_t> order(m_out.rows.size());
    for (std::uint32_t r = 0; r < order.size(); ++r)
        order[r] = r;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const BlockGroupRow& x = m_out.rows[a];
        const BlockGroupRow& y = m_out.rows[b];
        return x.blocks != y.blocks ? x.blocks > y.blocks : x.values < y.values;
    });
    BlockGrouping out;
    out.keys = m_out.keys;
    out.blocks = m_out.blocks;
    out.bytes = m_out.bytes;
    out.rows.reserve(order.size());
    std::vector<PoolAllocation> sampleBlocks;
    std::vector<BlockContents> sampleContents;
    if (rank)
        rank->assign(order.size(), 0);
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        if (rank)
            (*rank)[order[r]] = r;
        out.rows.push_back(std::move(m_out.rows[order[r]]));
        sampleBlocks.push_back(m_sampleBlocks[order[r]]);
        sampleContents.push_back(std::move(m_sampleContents[order[r]]));
    }
    m_sampleBlocks = std::move(sampleBlocks);
    m_sampleContents = std::move(sampleContents);
    m_out = {};
    m_rowOf.clear();
    m_last = {};
    return out;
}

BlockGrouping groupBlocks(const std::vector<PoolAllocation>& blocks, const std::vector<BlockContents>& contents,
                          const std::vector<BlockKey>& keys, const PointerNamer& namePointer, bool withFree,
                          std::vector<std::uint32_t>* rowOfBlock)
{
    BlockGrouper grouper(keys, namePointer);
    std::vector<std::uint32_t> unsortedRow(blocks.size(), kNoRow);
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (withFree || blocks[i].state != BlockState::Free)
            unsortedRow[i] = grouper.add(i, blocks[i], contents[i]);
    std::vector<std::uint32_t> rank;
    BlockGrouping out = grouper.finish(&rank);
    if (rowOfBlock) {
        rowOfBlock->assign(blocks.size(), kNoRow);
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (unsortedRow[i] != kNoRow)
                (*rowOfBlock)[i] = rank[unsortedRow[i]];
    }
    return out;
}

TagContentsTally::TagContentsTally(PoolTag tag, PoolType type, const PointerNamer& namePointer)
    : m_held({BlockKey::Type, BlockKey::State, BlockKey::Owner}, namePointer),
      m_pointing({BlockKey::Pointer}, namePointer), m_unhandled({BlockKey::Owner}, namePointer)
{
    m_out.tag = tag;
    m_out.type = type;
}

void TagContentsTally::add(std::size_t index, const PoolAllocation& block, const BlockContents& contents)
{
    if (block.state == BlockState::Free)
        return;
    ++m_counted;
    // Big allocations whose pages the dump lacks hold nothing that can be read.
    if (block.flags & PoolAllocation::kPagesMissing)
        ++m_unreadable;
    ++m_out.blocks;
    if (const auto& o = contents.object) {
        ++m_out.objects;
        ++m_types[o->type];
        Offset& offset = m_offsets[{o->type, o->optionalHeaders}];
        if (offset.blocks++ == 0)
            offset.bodyOffset = static_cast<std::uint32_t>(o->body - block.block);
        if (o->handleCount == 0 && o->pointerCount > 0) {
            ++m_out.withoutHandles;
            m_unhandled.add(index, block, contents);
        }
    }
    m_held.add(index, block, contents);
    m_pointing.add(index, block, contents);
}

void TagContentsTally::merge(TagContentsTally&& later)
{
    m_out.blocks += later.m_out.blocks;
    m_out.objects += later.m_out.objects;
    m_out.withoutHandles += later.m_out.withoutHandles;
    m_counted += later.m_counted;
    m_unreadable += later.m_unreadable;
    for (const auto& [type, blocks] : later.m_types)
        m_types[type] += blocks;
    // The first block of each kind is this tally's when it has one.
    for (const auto& [kind, offset] : later.m_offsets)
        if (const auto [it, fresh] = m_offsets.try_emplace(kind, offset); !fresh)
            it->second.blocks += offset.blocks;
    m_held.merge(std::move(later.m_held));
    m_pointing.merge(std::move(later.m_pointing));
    m_unhandled.merge(std::move(later.m_unhandled));
}

PoolTagContents TagContentsTally::finish()
{
    PoolTagContents out = std::move(m_out);
    if (m_unreadable && m_unreadable * 2 >= m_counted) {
        PoolTagContents unreadable;
        unreadable.tag = out.tag;
        unreadable.type = out.type;
        unreadable.blocks = m_counted;
        unreadable.headline = say(phrase("Pool", "{} of {} {} blocks are big pool allocations whose pages the dump "
                                                 "does not hold (paged out): what they hold cannot be read"),
                                  format::count(m_unreadable), format::count(m_counted), out.tag.display());
        return unreadable;
    }
    if (out.blocks == 0) {
        out.objects = out.withoutHandles = 0;
        return out;
    }
    if (!m_types.empty()) {
        out.objectType = std::max_element(m_types.begin(), m_types.end(), [](const auto& a, const auto& b) {
                             return a.second < b.second;
                         })->first;
        std::uint64_t most = 0;
        for (const auto& [key, offset] : m_offsets)
            if (key.first == out.objectType && offset.blocks > most) {
                most = offset.blocks;
                out.optionalHeaders = key.second;
                out.bodyOffset = offset.bodyOffset;
            }
    }
    const BlockGrouping held = m_held.finish();
    out.groups = storedGroups(held, m_held);
    if (!held.rows.empty())
        out.headline = headlineOf(out.tag, held.blocks, held.rows.front(), m_held.sampleContents().front());
    if (out.objects < out.blocks) {
        const BlockGrouping pointing = m_pointing.finish();
        out.pointers = storedGroups(pointing, m_pointing);
        // A driver's blocks: what they point at says more than "no kernel object".
        if (out.objects == 0 && !pointing.rows.empty() && pointing.rows.front().values.front() != "-")
            out.headline = say(phrase("Pool", "{} {} blocks hold no kernel object; {} of them point at {}"),
                               format::count(out.blocks), out.tag.display(), format::count(pointing.rows.front().blocks),
                               pointing.rows.front().values.front());
    }
    if (out.withoutHandles)
        out.unhandled = storedGroups(m_unhandled.finish(), m_unhandled);
    return out;
}

PoolTagContents describeTagContents(PoolTag tag, PoolType type, const std::vector<PoolAllocation>& blocks,
                                    const std::vector<BlockContents>& contents, const PointerNamer& namePointer)
{
    TagContentsTally tally(tag, type, namePointer);
    for (std::size_t i = 0; i < blocks.size(); ++i)
        tally.add(i, blocks[i], contents[i]);
    return tally.finish();
}

} // namespace poolscope
