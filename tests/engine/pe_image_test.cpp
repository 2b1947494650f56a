// The kernel image's headers as a dump holds them: the RSDS record names the PDB whose
// symbols match, sections bound the search for globals, and a damaged header is an error
// that says which structure, never a crash.
#include "analysis/dump/pe_image.h"
#include "tests/support/dump_builder.h"
#include "tests/support/kernel_image.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace poolscope;
using namespace poolscope::testdata;

namespace {

constexpr std::uint64_t kBase = 0xfffff80412400000ull;

Result<PeImage> readImage(const std::vector<std::byte>& headers, bool mapped = true)
{
    DumpBuilder builder;
    builder.setProcessListHead(kBase + 0x300000);
    builder.write64(kBase + 0x300000, kBase + 0x300000);
    if (mapped)
        builder.write(kBase, headers.data(), headers.size());
    auto dump = DumpFile::fromBytes(builder.dump(DumpBuilder::Format::Full), "image.dmp");
    EXPECT_TRUE(dump.ok());
    static std::optional<DumpFile> keep; // the address space refers to it
    keep.emplace(std::move(dump.value()));
    static std::optional<AddressSpace> memory;
    memory.emplace(*keep);
    return readPeImage(*memory, kBase);
}

template <typename T>
void patch(std::vector<std::byte>& bytes, std::size_t at, T value)
{
    std::memcpy(bytes.data() + at, &value, sizeof(T));
}

} // namespace

TEST(PeImage, TheRsdsRecordNamesThePdb)
{
    KernelImageSpec spec;
    spec.sizeOfImage = 0x1046000;
    spec.guid = "0CE4A95C0CD782A7596B034D8648E585";
    spec.age = 3;
    auto image = readImage(makeKernelImageHeaders(spec));
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->sizeOfImage, 0x1046000u);
    ASSERT_TRUE(image->codeView.has_value());
    EXPECT_EQ(image->codeView->guid, "0CE4A95C0CD782A7596B034D8648E585");
    EXPECT_EQ(image->codeView->age, 3u);
    EXPECT_EQ(image->codeView->pdbName, "ntkrnlmp.pdb");
    ASSERT_EQ(image->sections.size(), 2u);
    EXPECT_EQ(image->sections[1].name, ".data");
    EXPECT_EQ(image->sections[1].virtualAddress, kDataStart);
    EXPECT_EQ(image->sections[1].virtualSize, 0x1046000u - kDataStart);
    EXPECT_NE(image->sections[1].characteristics & 0x80000000u, 0u); // writable
}

TEST(PeImage, DamagedHeadersAreErrorsNamingTheStructure)
{
    const auto headers = makeKernelImageHeaders(KernelImageSpec{});
    const auto failure = [](std::vector<std::byte> bytes) {
        auto image = readImage(bytes);
        EXPECT_FALSE(image.ok());
        return image.ok() ? std::string() : image.error().message;
    };
    auto noMz = headers;
    patch<std::uint16_t>(noMz, 0, 0);
    EXPECT_NE(failure(noMz).find("no MZ signature"), std::string::npos);
    auto farAway = headers;
    patch<std::uint32_t>(farAway, 0x3c, 0x7fffffff);
    EXPECT_NE(failure(farAway).find("e_lfanew"), std::string::npos);
    auto notPe = headers;
    patch<std::uint32_t>(notPe, 0x100, 0x12345678);
    EXPECT_NE(failure(notPe).find("no PE signature"), std::string::npos);
    auto arm = headers;
    patch<std::uint16_t>(arm, 0x104, 0xaa64);
    EXPECT_NE(failure(arm).find("not x64"), std::string::npos);
    auto sections = headers;
    patch<std::uint16_t>(sections, 0x106, 5000);
    EXPECT_NE(failure(sections).find("5000 sections"), std::string::npos);
    auto debugOutside = headers;
    patch<std::uint32_t>(debugOutside, 0x118 + 0x70 + 6 * 8, 0x7ffffff0);
    EXPECT_NE(failure(debugOutside).find("debug directory"), std::string::npos);
    auto unmapped = readImage(headers, false);
    ASSERT_FALSE(unmapped.ok());
    EXPECT_NE(unmapped.error().message.find("not in the dump"), std::string::npos);
}

TEST(PeImage, AnImageWithoutCodeViewIsReadWithoutIt)
{
    auto headers = makeKernelImageHeaders(KernelImageSpec{});
    auto noDebug = headers;
    patch<std::uint32_t>(noDebug, 0x118 + 0x70 + 6 * 8, 0);
    auto image = readImage(noDebug);
    ASSERT_TRUE(image.ok());
    EXPECT_FALSE(image->codeView.has_value());
    auto notRsds = headers;
    std::memcpy(notRsds.data() + 0x430, "NB10", 4);
    image = readImage(notRsds);
    ASSERT_TRUE(image.ok());
    EXPECT_FALSE(image->codeView.has_value());
}
