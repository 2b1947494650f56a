#include "background_pool.h"

#include <array>
#include <stdexcept>
#include <string>

namespace poolscope::testdata {

namespace {

struct Figures {
    const char* tag;
    bool paged;
    std::uint64_t outstanding, bytes;
};

// The tracker's figures of the tags, as the generated kernel has always shown them.
constexpr std::array kFigures{
    Figures{"MmCm", false, 647, 2830624},    Figures{"Npfs", false, 1681, 1276672},
    Figures{"CM31", true, 30412, 124567552}, Figures{"Ntff", true, 5120, 5242880},
    Figures{"FMfn", true, 9001, 4608512},    Figures{"Vi54", false, 12, 49152},
    Figures{"NDnd", false, 380, 1946624},    Figures{"EtwB", false, 122, 8052736},
};

// Their requests: contiguous memory runs of one and two pages, pipe buffers, the registry's
// hive bins (paged out, as a hive's cold cells are), file control blocks, file name
// buffers, verifier pages, NDIS data, ETW buffers of 64 KB.
constexpr std::array kRequests{
    BackgroundRequests{"MmCm", false, 451, 0x1000, false}, BackgroundRequests{"MmCm", false, 96, 0x2000, false},
    BackgroundRequests{"MmCm", false, 99, 1968, false},    BackgroundRequests{"MmCm", false, 1, 464, false},
    BackgroundRequests{"Npfs", false, 785, 752, false},    BackgroundRequests{"Npfs", false, 896, 736, false},
    BackgroundRequests{"CM31", true, 30412, 0x1000, true}, BackgroundRequests{"Ntff", true, 5120, 1008, false},
    BackgroundRequests{"FMfn", true, 9001, 496, false},    BackgroundRequests{"Vi54", false, 12, 0x1000, false},
    BackgroundRequests{"NDnd", false, 277, 0x1000, false}, BackgroundRequests{"NDnd", false, 99, 0x2000, false},
    BackgroundRequests{"NDnd", false, 4, 240, false},      BackgroundRequests{"EtwB", false, 120, 0x10000, false},
    BackgroundRequests{"EtwB", false, 2, 0x17000, false},
};

// What the tracker counts for one request.
std::uint64_t trackedBytes(std::uint64_t size)
{
    const std::uint64_t block = (size + 0x10 + 15) & ~15ull;
    return block > 0xff0 ? (size + 0xfff) & ~0xfffull : block;
}

} // namespace

std::vector<BackgroundRequests> backgroundRequests()
{
    for (const Figures& f : kFigures) {
        std::uint64_t count = 0, bytes = 0;
        for (const BackgroundRequests& r : kRequests)
            if (std::string(r.tag) == f.tag && r.paged == f.paged) {
                count += r.count;
                bytes += r.count * trackedBytes(r.size);
            }
        if (count != f.outstanding || bytes != f.bytes)
            throw std::logic_error(std::string("the background requests of ") + f.tag + " miss its figures");
    }
    return {kRequests.begin(), kRequests.end()};
}

} // namespace poolscope::testdata
