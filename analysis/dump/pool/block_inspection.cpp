#include "block_inspection.h"

#include "analysis/text/phrase.h"
#include "model/format.h"

#include <fmt/format.h>

#include <cstring>

namespace poolscope {

namespace {

using text::phrase;
using text::say;

constexpr std::uint32_t kPoolHeader = 0x10;

std::string backendName(PoolBackend backend)
{
    switch (backend) {
    case PoolBackend::Lfh: return phrase("Pool", "LFH subsegment");
    case PoolBackend::Vs: return phrase("Pool", "VS subsegment");
    case PoolBackend::Big: return phrase("Pool", "big pool (a page or more, no POOL_HEADER)");
    case PoolBackend::Classic: return phrase("Pool", "pool page");
    case PoolBackend::HeaderScan: return phrase("Pool", "found by a header scan");
    }
    return {};
}

std::string stateName(BlockState state)
{
    switch (state) {
    case BlockState::Allocated: return phrase("Pool", "Allocated");
    case BlockState::Free: return phrase("Pool", "Free");
    case BlockState::Undetermined: return phrase("Pool", "Allocated or free (not known)");
    }
    return {};
}

InspectedField field(std::string name, std::string value)
{
    return {std::move(name), std::move(value), {}, {}, {}};
}

InspectedField link(std::string name, std::string value, RecordKind kind, Address address)
{
    InspectedField f = field(std::move(name), std::move(value));
    f.link = RecordRef{kind, address, 0, {}, PoolType::Unknown};
    return f;
}

std::string tagText(std::uint32_t key)
{
    return PoolTag::fromKey(key).display();
}

} // namespace

std::string poolRegionName(const PoolAllocation& block)
{
    return isPaged(block.type) ? std::string("Paged pool") : std::string("Nonpaged pool");
}

std::string poolfindLine(const PoolAllocation& block)
{
    std::string tag(PoolTag::fromKey(block.tag).chars());
    return fmt::format("{:016x} : tag {}, size {:#9x}, {}", block.block, tag, block.bytes, poolRegionName(block));
}

std::vector<std::string> poolfindHeading(const DumpPool& pool, PoolTag tag)
{
    const PoolScanPlan& plan = pool.plan();
    std::vector<std::string> out;
    if (plan.bigTable)
        out.push_back(fmt::format("Scanning large pool allocation table for tag {:#010x} ({}) ({} : {})", tag.key(),
                                  tag.display(), format::address(*plan.bigTable),
                                  format::address(*plan.bigTable + plan.bigEntries * plan.bigEntrySize)));
    out.push_back(say(phrase("Pool", "Scanning the pool for tag {:#010x} ({}): {}"), tag.key(), tag.display(),
                      plan.howFound));
    return out;
}

std::vector<std::string> poolPageLines(const DumpPool& pool, const PoolPageView& view,
                                       const PoolTagDatabase* descriptions)
{
    std::vector<std::string> out;
    if (!view.holder) {
        out.push_back(fmt::format("{} {}", format::address(view.address), view.problem));
        return out;
    }
    const PoolAllocation& holder = *view.holder;
    if (holder.backend == PoolBackend::Big) {
        out.push_back(fmt::format("*{:016x} : large page allocation, tag is {}, size is {:#x} bytes", holder.block,
                                  tagText(holder.tag), holder.bytes));
    } else {
        out.push_back(fmt::format("Pool page {:016x} region is {}", view.address, poolRegionName(holder)));
        for (const PoolAllocation& block : view.blocks) {
            // PreviousSize is what the POOL_HEADER says (0 under the segment heap).
            const std::vector<std::byte> head = pool.bytes(block, 1);
            const unsigned previous = head.empty() ? 0u : static_cast<unsigned>(head[0]) * 16;
            const bool star = block.block == holder.block;
            const std::string state = block.state == BlockState::Allocated ? "(Allocated)"
                                    : block.state == BlockState::Free      ? "(Free)     "
                                                                           : "(?)        ";
            out.push_back(fmt::format("{}{:016x} size: {:4x} previous size: {:4x}  {} {}{}", star ? '*' : ' ',
                                      block.block, block.bytes, previous, state, star ? "*" : " ", tagText(block.tag)));
        }
    }
    if (descriptions)
        if (const PoolTagDescription* d = descriptions->best(PoolTag::fromKey(holder.tag)))
            out.push_back(fmt::format("\t\tPooltag {} : {}, Binary : {}", tagText(holder.tag), d->description,
                                      d->binary.empty() ? "<unknown>" : d->binary));
    return out;
}

std::string bodyArithmetic(const PoolAllocation& block, const ObjectInBlock& object)
{
    const std::uint64_t headerSize = object.body - object.header;
    const std::uint64_t total = object.body - block.block;
    if (block.backend == PoolBackend::Big)
        return say(phrase("Pool", "{} = block {} + {:#x} (optional headers) + {:#x} (OBJECT_HEADER), block + {:#x}"),
                   format::address(object.body), format::address(block.block), object.optionalHeaders, headerSize,
                   total);
    return say(phrase("Pool", "{} = block {} + {:#x} (POOL_HEADER) + {:#x} (optional headers) + {:#x} (OBJECT_HEADER), "
                              "block + {:#x}"),
               format::address(object.body), format::address(block.block), kPoolHeader, object.optionalHeaders,
               headerSize, total);
}

Inspection inspectPoolBlock(const DumpPool& pool, const SnapshotIndex* index, const PoolAllocation& block,
                            const BlockContents& contents)
{
    Inspection out;
    out.found = true;
    const std::string tag = tagText(block.tag);
    out.title = say(phrase("Pool", "Pool block {} ({}, {})"), format::address(block.block), tag, poolRegionName(block));
    out.provenance = say(phrase("Pool", "the dump at {} ({})"), format::address(block.block), backendName(block.backend));
    out.fields.push_back(field(phrase("Pool", "State"), stateName(block.state)));
    out.fields.push_back(field(phrase("Pool", "Found in"), backendName(block.backend)));
    out.fields.push_back(field(phrase("Pool", "Size"), fmt::format("{:#x} ({})", block.bytes, format::bytes(block.bytes))));
    if (block.backend != PoolBackend::Big) {
        InspectedField header = field("_POOL_HEADER", format::address(block.block));
        const std::vector<std::byte> raw = pool.bytes(block, kPoolHeader);
        if (raw.size() == kPoolHeader) {
            const auto byte = [&](std::size_t i) { return static_cast<unsigned>(raw[i]); };
            std::uint64_t billed = 0;
            std::memcpy(&billed, raw.data() + 8, 8);
            header.children.push_back(field("PreviousSize", fmt::format("{:#x}", byte(0))));
            header.children.push_back(field("PoolIndex", fmt::format("{:#x}", byte(1))));
            header.children.push_back(field("BlockSize", fmt::format("{:#x} ({:#x} bytes)", byte(2), byte(2) * 16)));
            header.children.push_back(field("PoolType", fmt::format("{:#x}", byte(3))));
            header.children.push_back(field("PoolTag", fmt::format("'{}'", PoolTag::fromKey(block.tag).chars())));
            header.children.push_back(field("ProcessBilled", fmt::format("{:#x}", billed)));
        }
        out.fields.push_back(std::move(header));
    }
    if (block.flags & PoolAllocation::kHeaderMoved)
        out.fields.push_back(field(phrase("Pool", "Note"), phrase("Pool", "the POOL_HEADER starts the page after the "
                                                                          "VS chunk header (a block never crosses a "
                                                                          "page)")));
    if (block.flags & PoolAllocation::kPagesMissing)
        out.fields.push_back(field(phrase("Pool", "Note"), phrase("Pool", "the allocation's pages are not in the dump")));
    if (const auto& o = contents.object) {
        InspectedField object = field(phrase("Pool", "Object"), say(phrase("Pool", "{} ({})"), format::address(o->body), o->type));
        object.children.push_back(field("_OBJECT_HEADER", format::address(o->header)));
        object.children.push_back(field(phrase("Pool", "Body"), bodyArithmetic(block, *o)));
        object.children.push_back(field("InfoMask", fmt::format("{:#x}", o->infoMask)));
        object.children.push_back(field("TypeIndex", fmt::format("{:#x} ({})", o->typeIndex, o->type)));
        object.children.push_back(field("HandleCount", format::count(static_cast<std::uint64_t>(o->handleCount))));
        object.children.push_back(field("PointerCount", format::count(static_cast<std::uint64_t>(o->pointerCount))));
        if (!o->name.empty())
            object.children.push_back(field(phrase("Pool", "Name"), o->name));
        if (!o->state.empty())
            object.children.push_back(field(phrase("Pool", "State"), o->state));
        const auto known = [&](RecordKind kind, Address a) {
            if (!index)
                return false;
            switch (kind) {
            case RecordKind::Thread: return index->thread(a) != nullptr;
            case RecordKind::Process: return index->process(a) != nullptr;
            case RecordKind::FileObject: return index->file(a) != nullptr;
            default: return index->object(a) != nullptr;
            }
        };
        const RecordKind selfKind = o->type == "Thread"  ? RecordKind::Thread
                                  : o->type == "Process" ? RecordKind::Process
                                  : o->type == "File"    ? RecordKind::FileObject
                                                         : RecordKind::Object;
        if (known(selfKind, o->body))
            object.link = RecordRef{selfKind, o->body, 0, {}, PoolType::Unknown};
        if (o->process && o->type == "Thread") {
            const std::string owner = fmt::format("{} {}{}", format::address(*o->process), o->processImage,
                                                  o->pid ? fmt::format(" (pid {:#x})", *o->pid) : std::string());
            object.children.push_back(known(RecordKind::Process, *o->process)
                                          ? link(phrase("Pool", "Owning process"), owner, RecordKind::Process, *o->process)
                                          : field(phrase("Pool", "Owning process"), owner));
        }
        if (o->tid)
            object.children.push_back(field("Cid", fmt::format("{:x}.{:x}", o->pid.value_or(0), *o->tid)));
        out.fields.push_back(std::move(object));
    } else {
        out.fields.push_back(field(phrase("Pool", "Object"), pool.decodesObjects()
                                                                 ? phrase("Pool", "none (no object header fits the block)")
                                                                 : phrase("Pool", "not decoded (the object types are not known)")));
    }
    if (contents.firstPointer)
        out.fields.push_back(field(phrase("Pool", "First pointer"),
                                   say(phrase("Pool", "{} at data + {:#x}"), format::address(*contents.firstPointer),
                                       contents.firstPointerOffset)));
    // The neighbours as !pool shows them.
    const PoolPageView page = pool.page(block.block + (block.backend == PoolBackend::Big ? 0 : kPoolHeader));
    InspectedField neighbours = field(phrase("Pool", "Pool page"), fmt::format("!pool {}", format::address(block.block)));
    for (const std::string& line : poolPageLines(pool, page, nullptr))
        neighbours.children.push_back(field("", line));
    out.fields.push_back(std::move(neighbours));

    const std::string a = format::address(block.block);
    out.commands.push_back({phrase("Pool", "the block and its neighbours"), fmt::format("!pool {}", a)});
    out.commands.push_back({phrase("Pool", "every block of the tag"),
                            fmt::format("!poolfind {} {}", PoolTag::fromKey(block.tag).display(), isPaged(block.type) ? 1 : 0)});
    if (block.backend != PoolBackend::Big)
        out.commands.push_back({phrase("Pool", "the POOL_HEADER"), fmt::format("dt nt!_POOL_HEADER {}", a)});
    if (const auto& o = contents.object) {
        out.commands.push_back({phrase("Pool", "the object"), fmt::format("!object {}", format::address(o->body))});
        if (o->type == "Thread")
            out.commands.push_back({phrase("Pool", "the thread"), fmt::format("!thread {}", format::address(o->body))});
        else if (o->type == "Process")
            out.commands.push_back({phrase("Pool", "the process"), fmt::format("!process {} 0", format::address(o->body))});
        else if (o->type == "File")
            out.commands.push_back({phrase("Pool", "the file object"), fmt::format("dt nt!_FILE_OBJECT {}", format::address(o->body))});
    } else {
        out.commands.push_back({phrase("Pool", "the block's bytes"), fmt::format("dq {} L{:#x}", a, std::min<std::uint32_t>(block.bytes / 8, 0x40))});
    }
    return out;
}

} // namespace poolscope
