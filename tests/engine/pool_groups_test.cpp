// Grouping a tag's blocks by what they hold. A block joins the row of the block before it
// without its key values being written again when nothing they are made from differs: each
// block here differs from its neighbour in one such thing only, so a shortcut that missed one
// would put it in its neighbour's row.
#include "analysis/conclusions/pool_groups.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace poolscope;

namespace {

struct Blocks {
    std::vector<PoolAllocation> blocks;
    std::vector<BlockContents> contents;

    void add(std::uint32_t bytes, std::optional<ObjectInBlock> object, std::optional<Address> firstPointer = {},
             BlockState state = BlockState::Allocated)
    {
        PoolAllocation block;
        block.block = 0xffffa00000000000ull + blocks.size() * 0x1000;
        block.bytes = bytes;
        block.tag = PoolTag("Test").key();
        block.state = state;
        blocks.push_back(block);
        BlockContents c;
        c.object = std::move(object);
        c.firstPointer = firstPointer;
        contents.push_back(std::move(c));
    }
};

ObjectInBlock thread(std::string state, std::string image, std::uint32_t pid, Address process)
{
    ObjectInBlock o;
    o.type = "Thread";
    o.pointerCount = 1;
    o.handleCount = 1;
    o.state = std::move(state);
    o.processImage = std::move(image);
    o.pid = pid;
    o.process = process;
    return o;
}

ObjectInBlock named(std::string type, std::string name, std::int64_t handles)
{
    ObjectInBlock o;
    o.type = std::move(type);
    o.pointerCount = 1;
    o.handleCount = handles;
    o.name = std::move(name);
    return o;
}

std::vector<std::string> rowsOf(const BlockGrouping& grouping)
{
    std::vector<std::string> out;
    for (const BlockGroupRow& row : grouping.rows) {
        std::string line = std::to_string(row.blocks) + ":";
        for (const std::string& v : row.values)
            line += " " + v;
        out.push_back(line);
    }
    return out;
}

} // namespace

TEST(PoolGroups, NeighboursThatDifferInOneThingAreGroupedApart)
{
    Blocks b;
    const Address p = 0xffffb00000001000ull;
    b.add(0x900, thread("TERMINATED", "a.exe", 4, p));
    b.add(0x900, thread("TERMINATED", "a.exe", 4, p));
    b.add(0x900, thread("WAIT", "a.exe", 4, p));       // its state
    b.add(0x900, thread("WAIT", "a.exe", 8, p));       // its process's pid
    b.add(0x900, thread("WAIT", "b.exe", 8, p));       // its process's image
    b.add(0x900, thread("WAIT", "b.exe", 8, p));
    b.add(0x900, named("Event", "", 1));               // its type
    b.add(0x900, named("Event", "", 0));               // a handle or none
    b.add(0x900, named("Event", "\\BaseNamedObjects\\x", 0)); // its name
    b.add(0x900, named("File", "\\a\\one.txt", 1));
    b.add(0x900, named("File", "\\a\\two.txt", 1));    // another name, the same folder
    b.add(0x900, named("File", "\\b\\one.txt", 1));    // another folder
    b.add(0x900, std::nullopt, 0xfffff80000001000ull);
    b.add(0x900, std::nullopt, 0xfffff80000002000ull); // what it points at
    b.add(0x900, std::nullopt, 0xfffff80000002000ull);
    b.add(0x900, std::nullopt, 0xfffff80000002000ull, BlockState::Free); // freed
    const PointerNamer name = [](Address a) { return "at " + std::to_string(a & 0xffff); };

    const BlockGrouping held =
        groupBlocks(b.blocks, b.contents, {BlockKey::Type, BlockKey::State, BlockKey::Owner}, name, true);
    EXPECT_EQ(rowsOf(held), (std::vector<std::string>{
                                "3: (no object) - -",
                                "2: File with handles \\a",
                                "2: Thread TERMINATED a.exe (pid 0x4)",
                                "2: Thread WAIT b.exe (pid 0x8)",
                                "1: (no object) free -",
                                "1: Event no handle -",
                                "1: Event no handle \\BaseNamedObjects\\x",
                                "1: Event with handles -",
                                "1: File with handles \\b",
                                "1: Thread WAIT a.exe (pid 0x4)",
                                "1: Thread WAIT a.exe (pid 0x8)",
                            }));

    // An object's block is never named by its first pointer; a driver's block is, and a freed
    // one says so.
    const BlockGrouping pointing = groupBlocks(b.blocks, b.contents, {BlockKey::Pointer, BlockKey::State}, name, true);
    EXPECT_EQ(rowsOf(pointing), (std::vector<std::string>{"4: - WAIT", "4: - with handles", "2: - TERMINATED",
                                                           "2: - no handle", "2: at 8192 -", "1: at 4096 -",
                                                           "1: at 8192 free"}));
}

TEST(PoolGroups, TheSameThingInAnotherSizeIsAnotherRowOnlyWhenGroupedBySize)
{
    Blocks b;
    for (const std::uint32_t bytes : {0x100u, 0x100u, 0x200u, 0x100u})
        b.add(bytes, named("Event", "", 1));
    EXPECT_EQ(rowsOf(groupBlocks(b.blocks, b.contents, {BlockKey::Type}, {})),
              (std::vector<std::string>{"4: Event"}));
    EXPECT_EQ(rowsOf(groupBlocks(b.blocks, b.contents, {BlockKey::Size, BlockKey::Type}, {})),
              (std::vector<std::string>{"3: 0x100 Event", "1: 0x200 Event"}));
}
