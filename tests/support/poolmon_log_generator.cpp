#include "poolmon_log_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>

namespace poolscope::testdata {

namespace {

// Deterministic, so a failing test shows the same log every time.
class Random {
public:
    explicit Random(std::uint32_t seed) : m_state(0x853c49e6748fea9bull ^ (std::uint64_t{seed} << 17)) {}
    std::uint64_t next()
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return m_state >> 29;
    }
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
    std::uint64_t between(std::uint64_t low, std::uint64_t high) { return low + below(high - low + 1); }

private:
    std::uint64_t m_state;
};

struct TagState {
    std::string tag; // four characters, as poolmon prints them
    bool paged = false;
    std::uint64_t allocs = 0;
    std::uint64_t frees = 0;
    std::uint64_t perAlloc = 0;
    std::uint64_t growthPerScreen = 0; // outstanding allocations added per screen; 0 = steady
    std::int64_t follows = -1;         // index of the tag whose steps this one repeats
    std::uint64_t lastStep = 0;        // allocations kept on the last refresh
    std::string driver;
    std::uint64_t shownAllocs = 0, shownFrees = 0, shownBytes = 0; // on the previous screen

    std::uint64_t outstanding() const { return allocs - frees; }
    std::uint64_t bytes() const { return outstanding() * perAlloc; }
};

// Real kernel tags first (with the spacing quirks a reader must survive: "Io  ", "Dh 1"),
// then made-up ones.
struct KnownTag {
    const char* tag;
    bool paged;
    const char* driver;
};
constexpr KnownTag kKnownTags[] = {
    {"Thre", false, "[nt!ps - Thread objects]"},
    {"Irp ", false, "[Io, IRP packets]"},
    {"Toke", true, "[nt!se - Token objects]"},
    {"File", false, "[File objects]"},
    {"Even", false, "[Event objects]"},
    {"MmSt", true, "[nt!mm - Mm section object prototype ptes]"},
    {"CM31", true, "[nt!cm - Internal Configuration manager allocations]"},
    {"Ntfx", false, "[ntfs.sys - General Allocation]"},
    {"FMfn", true, "[fltmgr.sys - NAME_CACHE_NODE structure]"},
    {"Io  ", false, "[nt!io - general IO allocations]"},
    {"CM  ", true, "[nt!cm - Configuration Manager (registry)]"},
    {"Fat ", true, "[fastfat.sys - Fat File System allocations]"},
    {"Dh 1", true, "Unknown Driver"},
    {"Key ", true, "[Key objects]"},
    {"ObSt", false, "[nt!ob - Object Manager temporary storage]"},
    {"Wait", false, "[nt!io - WaitCompletion Packets]"},
    {"SeSd", true, "[nt!se - Security Descriptor]"},
    {"Proc", false, "[nt!ps - Process objects]"},
    {"Vad ", false, "[nt!mm - Mm virtual address descriptors]"},
    {"MmCa", false, "[nt!mm - Mm control areas for mapped files]"},
    {"AfdE", false, "[afd.sys - Afd endpoint structure]"},
    {"Icp ", false, "[I/O completion packets queue on a completion ports]"},
    {"IoCo", false, "Unknown Driver"},
    {"Sema", false, "[Semaphore objects]"},
    {"ALPC", false, "[nt!alpc - ALPC port objects]"},
    {"Obtb", true, "[nt!ob - object tables via EX handle.c]"},
};

constexpr char kTagChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

std::vector<TagState> makeTags(const PoolmonLogOptions& options, Random& random)
{
    std::vector<TagState> tags;
    std::set<std::string> used;
    const std::size_t known = std::size(kKnownTags);
    for (std::size_t i = 0; i < options.tagsPerScreen; ++i) {
        TagState t;
        if (i < known) {
            t.tag = kKnownTags[i].tag;
            t.paged = kKnownTags[i].paged;
            t.driver = kKnownTags[i].driver;
        } else {
            do {
                t.tag.clear();
                t.tag.push_back(kTagChars[random.below(26)]);
                for (int c = 0; c < 3; ++c)
                    t.tag.push_back(kTagChars[random.below(sizeof kTagChars - 1)]);
            } while (used.count(t.tag) != 0);
            t.paged = random.below(2) == 0;
            t.driver = random.below(3) == 0 ? std::string("Unknown Driver")
                                            : fmt::format("[drv{}.sys - made-up allocations]", random.below(90) + 10);
        }
        used.insert(t.tag);
        t.allocs = random.between(1000, 5'000'000);
        const std::uint64_t outstanding = std::min<std::uint64_t>(t.allocs, random.between(0, 3000));
        t.frees = t.allocs - outstanding;
        t.perAlloc = random.between(1, 256) * 16;
        tags.push_back(std::move(t));
    }
    for (std::size_t g = 0; g < std::min(options.growingTags, tags.size()); ++g)
        tags[g].growthPerScreen = 40 + 25 * g + random.below(20);
    if (options.irregularGrowth) {
        const auto find = [&](const char* name) {
            const auto it = std::find_if(tags.begin(), tags.end(), [&](const TagState& t) { return t.tag == name; });
            return it == tags.end() ? -1 : static_cast<std::int64_t>(it - tags.begin());
        };
        const std::int64_t irp = find("Irp "), ioco = find("IoCo");
        if (irp >= 0 && ioco >= 0 && tags[static_cast<std::size_t>(irp)].growthPerScreen > 0) {
            TagState& partner = tags[static_cast<std::size_t>(ioco)];
            partner.follows = irp;
            partner.growthPerScreen = tags[static_cast<std::size_t>(irp)].growthPerScreen;
        }
    }
    return tags;
}

// One refresh: every tag allocates and frees; growing tags keep some of what they allocate
// (the same number each time, or a random number under uneven load).
void advance(std::vector<TagState>& tags, Random& random, bool irregular)
{
    for (auto& t : tags) {
        const std::uint64_t churn = random.below(4) == 0 ? 0 : random.below(2000);
        // Steady tags wander a little around their level, never below zero outstanding.
        const std::uint64_t down = std::min<std::uint64_t>(t.outstanding(), random.below(21));
        const std::uint64_t up = std::min<std::uint64_t>(churn + down, random.below(21));
        std::uint64_t kept = t.growthPerScreen;
        if (irregular && kept > 0)
            kept = t.follows >= 0 ? tags[static_cast<std::size_t>(t.follows)].lastStep : random.between(0, 2 * kept);
        t.lastStep = kept;
        t.allocs += churn + kept;
        t.frees += t.growthPerScreen > 0 ? churn : churn + down - up;
    }
}

std::string_view typeField(const TagState& t)
{
    return t.paged ? "Paged" : "Nonp ";
}

void writeHeader(std::string& out, const PoolmonLogOptions& options, const std::vector<TagState>& tags,
                 Random& random, PoolmonLogFacts* facts)
{
    std::uint64_t nonPaged = 0;
    std::uint64_t paged = 0;
    for (const auto& t : tags)
        (t.paged ? paged : nonPaged) += t.bytes();
    const std::uint64_t poolN = nonPaged / 1024 + 61'440;
    const std::uint64_t poolP = paged / 1024 + 184'320;
    if (facts) {
        facts->lastNonPagedPoolBytes = poolN * 1024;
        facts->lastPagedPoolBytes = poolP * 1024;
    }
    auto it = std::back_inserter(out);
    fmt::format_to(it, " Memory:{:>8}K Avail:{:>8}K  PageFlts:{:>6}   InRam Krnl:{:>5}K P:{:>5}K\n", 8'388'084,
                   random.between(2'000'000, 5'000'000), random.below(4000), random.between(9000, 12000),
                   random.between(150'000, 400'000));
    fmt::format_to(it, " Commit:{:>7}K Limit:{:>7}K Peak:{:>7}K            Pool N:{:>5}K P:{:>5}K\n",
                   random.between(3'000'000, 6'000'000), 9'699'328, 6'291'456, poolN, poolP);
    if (options.deltas)
        out += options.sessionPool ? " Session 1 pool information\n" : " System pool information\n";
}

void writeColumns(std::string& out, const PoolmonLogOptions& options)
{
    if (options.deltas) {
        if (options.wideNumbers)
            out += options.mappedDriver ? " Tag  Type     Allocs            Frees            Diff       Bytes           "
                                          "      Per Alloc Mapped_Driver\n"
                                        : " Tag  Type     Allocs            Frees            Diff       Bytes           "
                                          "       Per Alloc\n";
        else
            out += options.mappedDriver
                ? " Tag  Type     Allocs            Frees            Diff   Bytes      Per Alloc  Mapped_Driver\n"
                : " Tag  Type     Allocs            Frees            Diff   Bytes       Per Alloc\n";
    } else {
        out += options.wideNumbers ? " Tag  Type     Allocs            Frees               Diff            Bytes     "
                                     "            Per Alloc"
                                   : " Tag  Type     Allocs         Frees    Diff   Bytes    Per Alloc";
        out += options.mappedDriver ? (options.wideNumbers ? "       Mapped_Driver\n" : "    Mapped_Driver\n") : "\n";
    }
    out += "\n";
}

void writeRow(std::string& out, const PoolmonLogOptions& options, const TagState& t)
{
    const std::string_view driver = options.mappedDriver ? std::string_view(t.driver) : std::string_view();
    const std::uint64_t outstanding = t.outstanding();
    const std::uint64_t bytes = t.bytes();
    const std::uint64_t each = bytes / (outstanding ? outstanding : 1);
    auto it = std::back_inserter(out);
    if (options.deltas) {
        const auto allocsDelta = static_cast<std::int64_t>(t.allocs - t.shownAllocs);
        const auto freesDelta = static_cast<std::int64_t>(t.frees - t.shownFrees);
        const auto bytesDelta = static_cast<std::int64_t>(bytes) - static_cast<std::int64_t>(t.shownBytes);
        if (options.wideNumbers)
            fmt::format_to(it, " {} {} {:>9} ({:>4}) {:>9} ({:>4}) {:>8} {:>11} ({:>11}) {:>11} {}\n", t.tag,
                           typeField(t), t.allocs, allocsDelta, t.frees, freesDelta, outstanding, bytes, bytesDelta,
                           each, driver);
        else
            fmt::format_to(it, " {} {} {:>9} ({:>4}) {:>9} ({:>4}) {:>8} {:>7} ({:>6}) {:>6} {}\n", t.tag,
                           typeField(t), t.allocs, allocsDelta, t.frees, freesDelta, outstanding, bytes, bytesDelta,
                           each, driver);
    } else if (options.wideNumbers) {
        fmt::format_to(it, " {} {} {:>18} {:>18}  {:>16} {:>14}     {:>12}        {}\n", t.tag, typeField(t), t.allocs,
                       t.frees, outstanding, bytes, each, driver);
    } else {
        fmt::format_to(it, " {} {} {:>9} {:>9}  {:>8} {:>7}     {:>6}        {}\n", t.tag, typeField(t), t.allocs,
                       t.frees, outstanding, bytes, each, driver);
    }
}

} // namespace

std::string generatePoolmonLog(const PoolmonLogOptions& options, PoolmonLogFacts* facts)
{
    Random random(options.seed);
    std::vector<TagState> tags = makeTags(options, random);
    for (auto& t : tags) { // the first refresh shows no change
        t.shownAllocs = t.allocs;
        t.shownFrees = t.frees;
        t.shownBytes = t.bytes();
    }
    if (facts) {
        *facts = {};
        facts->screens = options.screens;
        facts->rowsPerScreen = tags.size();
        for (const auto& t : tags) {
            if (t.growthPerScreen == 0)
                continue;
            PlantedPoolmonGrowth g;
            g.tag = PoolTag(t.tag);
            g.type = options.sessionPool ? (t.paged ? PoolType::SessionPaged : PoolType::SessionNonPaged)
                                         : (t.paged ? PoolType::Paged : PoolType::NonPaged);
            g.bytesPerAlloc = t.perAlloc;
            facts->growing.push_back(g);
            if (t.follows >= 0) {
                facts->partner = PoolTag(t.tag);
                facts->partnerOf = PoolTag(tags[static_cast<std::size_t>(t.follows)].tag);
            }
        }
    }

    std::string out;
    out.reserve(options.screens * (tags.size() * (options.wideNumbers ? 110 : 90) + 400));
    std::vector<const TagState*> order(tags.size());
    for (std::size_t s = 0; s < options.screens; ++s) {
        if (s > 0)
            advance(tags, random, options.irregularGrowth);
        if (s > 0 || !options.deltas)
            out += "\n"; // appended runs are separated by a blank line; `/n` starts each with one
        writeHeader(out, options, tags, random, facts);
        if (!options.deltas)
            out += "\n";
        writeColumns(out, options);
        for (std::size_t i = 0; i < tags.size(); ++i)
            order[i] = &tags[i];
        // `poolmon /b`: largest bytes first.
        std::sort(order.begin(), order.end(), [](const TagState* a, const TagState* b) {
            if (a->bytes() != b->bytes())
                return a->bytes() > b->bytes();
            return a->tag != b->tag ? a->tag < b->tag : a->paged < b->paged;
        });
        for (const TagState* t : order)
            writeRow(out, options, *t);
        for (auto& t : tags) {
            t.shownAllocs = t.allocs;
            t.shownFrees = t.frees;
            t.shownBytes = t.bytes();
        }
        if (facts) {
            std::size_t g = 0;
            for (const auto& t : tags) {
                if (t.growthPerScreen == 0)
                    continue;
                PlantedPoolmonGrowth& planted = facts->growing[g++];
                if (s == 0) {
                    planted.firstBytes = t.bytes();
                    planted.firstOutstanding = static_cast<std::int64_t>(t.outstanding());
                }
                planted.lastBytes = t.bytes();
                planted.lastOutstanding = static_cast<std::int64_t>(t.outstanding());
            }
        }
    }
    return out;
}

std::string generatePoolmonLogOfSize(std::size_t bytes, std::uint32_t seed)
{
    PoolmonLogOptions options;
    options.tagsPerScreen = 400;
    options.seed = seed;
    options.screens = 1;
    const std::size_t perScreen = generatePoolmonLog(options).size();
    options.screens = std::max<std::size_t>(1, (bytes + perScreen - 1) / perScreen);
    return generatePoolmonLog(options);
}

} // namespace poolscope::testdata
