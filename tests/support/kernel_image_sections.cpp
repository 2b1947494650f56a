#include "kernel_image_sections.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace poolscope::testdata {

namespace {

constexpr std::uint64_t kPage = 0x1000;
std::uint64_t pageDown(std::uint64_t v) { return v & ~(kPage - 1); }
std::uint64_t pageUp(std::uint64_t v) { return (v + kPage - 1) & ~(kPage - 1); }

struct Span {
    std::uint64_t begin, end;
    bool data;
};

std::vector<std::byte> bytes(std::initializer_list<unsigned> values)
{
    std::vector<std::byte> out;
    for (const unsigned v : values)
        out.push_back(static_cast<std::byte>(v));
    return out;
}

} // namespace

ImagePlan planKernelImage(const ImageGlobals& globals, std::uint64_t pcrSize)
{
    std::vector<Span> spans;
    for (const auto& [rva, size] : globals.data(pcrSize))
        spans.push_back({rva, rva + size, true});
    for (const std::uint64_t rva : globals.code())
        spans.push_back({rva, rva + 0x40, false});
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    // Neighbours of one kind make one group.
    std::vector<Span> groups;
    for (const Span& s : spans) {
        if (!groups.empty() && groups.back().data == s.data)
            groups.back().end = std::max(groups.back().end, s.end);
        else
            groups.push_back(s);
    }

    ImagePlan plan;
    constexpr std::array codeNames{".text", "PAGE", "PAGELK", "INIT"};
    constexpr std::array dataNames{".data", "PAGEDATA", "ALMOSTRO", "CACHEALI"};
    std::size_t codeSections = 0, dataSections = 0;
    const auto add = [&](std::uint64_t begin, std::uint64_t end, bool data) {
        std::size_t& count = data ? dataSections : codeSections;
        const std::string name = data ? dataNames.at(std::min(count, dataNames.size() - 1))
                                      : codeNames.at(std::min(count, codeNames.size() - 1));
        ++count;
        plan.sections.push_back({name, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin),
                                 data ? kDataSection : kCodeSection});
    };

    const std::uint64_t rdataEnd = std::min<std::uint64_t>(0x80000, pageDown(groups.front().begin));
    plan.sections.push_back({".rdata", 0x1000, static_cast<std::uint32_t>(rdataEnd - 0x1000), kReadOnlySection});
    plan.debugRva = 0x12c0;
    std::uint64_t cursor = rdataEnd;
    for (const Span& g : groups) {
        if (!g.data)
            continue; // code sections fill the space up to the next data
        const std::uint64_t begin = pageDown(g.begin);
        if (begin < cursor)
            throw std::logic_error("the kernel's code and data overlap in one page");
        if (begin > cursor)
            add(cursor, begin, false);
        cursor = pageUp(g.end);
        add(begin, cursor, true);
    }
    if (!groups.back().data) {
        const std::uint64_t end = pageUp(groups.back().end);
        add(cursor, end, false);
        cursor = end;
    }
    plan.sections.push_back({".rsrc", static_cast<std::uint32_t>(cursor), 0x10000, kReadOnlySection});
    plan.sizeOfImage = static_cast<std::uint32_t>(cursor + 0x10000);
    return plan;
}

std::vector<std::byte> handleEntryDecodeCode()
{
    return bytes({0x48, 0x89, 0x5c, 0x24, 0x08,  // mov [rsp+8], rbx
                  0x48, 0x8b, 0x01,              // mov rax, [rcx]        ; _HANDLE_TABLE_ENTRY.LowValue
                  0x48, 0xc1, 0xf8, 0x10,        // sar rax, 10h          ; ObjectPointerBits, sign-extended
                  0x48, 0x83, 0xe0, 0xf0,        // and rax, 0FFFFFFFFFFFFFFF0h
                  0x48, 0x8b, 0x5c, 0x24, 0x08,  // mov rbx, [rsp+8]
                  0xc3});                        // ret
}

std::vector<std::byte> keBugCheckExCode()
{
    return bytes({0x48, 0x89, 0x4c, 0x24, 0x08,  // mov [rsp+8], rcx
                  0x48, 0x89, 0x54, 0x24, 0x10,  // mov [rsp+10h], rdx
                  0x4c, 0x89, 0x44, 0x24, 0x18,  // mov [rsp+18h], r8
                  0x4c, 0x89, 0x4c, 0x24, 0x20,  // mov [rsp+20h], r9
                  0x9c,                          // pushfq
                  0x48, 0x83, 0xec, 0x30,        // sub rsp, 30h
                  0xfa});                        // cli
}

} // namespace poolscope::testdata
