#include "msf_file.h"

#include "analysis/dump/pdb/byte_reader.h"

#include <fmt/format.h>

#include <algorithm>

namespace poolscope::pdb {

namespace {

constexpr char kMagic[] = "Microsoft C/C++ MSF 7.00\r\n\x1a" "DS\0\0";
constexpr std::size_t kMagicSize = 32;
constexpr char kOldMagic[] = "Microsoft C/C++ program database 2.00";
constexpr std::size_t kSuperBlockSize = 0x38;
// More streams than any linker writes (a kernel PDB has a few thousand): a directory
// claiming more is damaged, and would otherwise cost memory for nothing.
constexpr std::uint32_t kMaxStreams = 1u << 20;

std::uint64_t blocksFor(std::uint64_t bytes, std::uint32_t blockSize) { return (bytes + blockSize - 1) / blockSize; }

} // namespace

Result<MsfFile> MsfFile::open(const std::string& path)
{
    auto mapped = MappedFile::open(path);
    if (!mapped)
        return mapped.error();
    MsfFile msf;
    msf.m_name = path;
    msf.m_mapped = std::make_shared<MappedFile>(std::move(mapped.value()));
    return parse(std::move(msf));
}

Result<MsfFile> MsfFile::fromBytes(std::vector<std::byte> bytes, std::string name)
{
    MsfFile msf;
    msf.m_name = std::move(name);
    msf.m_owned = std::make_shared<std::vector<std::byte>>(std::move(bytes));
    return parse(std::move(msf));
}

std::span<const std::byte> MsfFile::bytes() const
{
    if (m_mapped)
        return m_mapped->bytes();
    if (m_owned)
        return *m_owned;
    return {};
}

Result<MsfFile> MsfFile::parse(MsfFile msf)
{
    const auto file = msf.bytes();
    const auto fail = [&](std::uint64_t offset, std::string message) {
        return InputError{msf.m_name, 0, offset, std::move(message)};
    };
    const auto head = std::string_view(reinterpret_cast<const char*>(file.data()), std::min<std::size_t>(file.size(), 64));
    if (head.starts_with(kOldMagic))
        return fail(0, "an old PDB (format 2.00, before Visual C++ 7); PoolScope reads MSF 7.00 PDBs");
    if (file.size() < kSuperBlockSize || head.substr(0, kMagicSize) != std::string_view(kMagic, kMagicSize))
        return fail(0, "not a PDB file: no \"Microsoft C/C++ MSF 7.00\" signature");

    ByteReader super(file, kMagicSize);
    const std::uint32_t blockSize = super.u32();
    super.u32(); // the free block map's block
    const std::uint32_t blockCount = super.u32();
    const std::uint32_t directoryBytes = super.u32();
    super.u32();
    const std::uint32_t blockMapBlock = super.u32();
    if (blockSize < 512 || blockSize > 65536 || (blockSize & (blockSize - 1)) != 0)
        return fail(0x20, fmt::format("the superblock's block size {} is not a power of two from 512 to 65536",
                                      blockSize));
    if (static_cast<std::uint64_t>(blockCount) * blockSize > file.size())
        return fail(file.size(), fmt::format("the file holds {} bytes but its superblock counts {} blocks of {} "
                                             "bytes: a truncated copy?",
                                             file.size(), blockCount, blockSize));
    msf.m_blockSize = blockSize;
    const auto blockAt = [&](std::uint32_t block) { return file.subspan(std::size_t{block} * blockSize, blockSize); };

    // The block map: one block listing the directory's blocks.
    const std::uint64_t directoryBlocks = blocksFor(directoryBytes, blockSize);
    if (directoryBytes < 4 || directoryBlocks * 4 > blockSize || directoryBlocks > blockCount
        || blockMapBlock >= blockCount)
        return fail(0x2c, fmt::format("the superblock's stream directory ({} bytes, listed in block {}) cannot be "
                                      "read from {} blocks of {} bytes",
                                      directoryBytes, blockMapBlock, blockCount, blockSize));
    std::vector<std::byte> directory;
    directory.reserve(directoryBlocks * blockSize);
    ByteReader map(blockAt(blockMapBlock));
    for (std::uint64_t i = 0; i < directoryBlocks; ++i) {
        const std::uint32_t block = map.u32();
        if (block >= blockCount)
            return fail(std::uint64_t{blockMapBlock} * blockSize + i * 4,
                        fmt::format("the stream directory's block {} is {}, past the file's {} blocks", i, block,
                                    blockCount));
        const auto bytes = blockAt(block);
        directory.insert(directory.end(), bytes.begin(), bytes.end());
    }
    directory.resize(directoryBytes);

    // The directory: the stream count, every stream's size, then every stream's blocks.
    const auto damaged = [&](std::uint64_t offset, std::string message) {
        return fail(0, fmt::format("the stream directory is damaged at its offset {:#x}: {}", offset, message));
    };
    ByteReader dir(directory);
    const std::uint32_t streams = dir.u32();
    if (streams > kMaxStreams || std::uint64_t{streams} * 4 > dir.remaining())
        return damaged(0, fmt::format("it counts {} streams in {} bytes", streams, directoryBytes));
    msf.m_streams.resize(streams);
    for (Stream& s : msf.m_streams) {
        s.size = dir.u32();
        if (s.size == 0xffffffff) // a deleted or never written stream
            s.size = 0;
    }
    // Streams never share blocks, so all of them fit in the file's blocks: a directory that
    // says otherwise would have us copy gigabytes out of a small file.
    std::uint64_t used = 0;
    for (std::uint32_t i = 0; i < streams; ++i) {
        Stream& s = msf.m_streams[i];
        const std::uint64_t count = blocksFor(s.size, blockSize);
        used += count;
        if (used > blockCount)
            return damaged(dir.offset(), fmt::format("its streams need more than the file's {} blocks", blockCount));
        if (count * 4 > dir.remaining())
            return damaged(dir.offset(), fmt::format("stream {} ({} bytes) needs {} blocks, more than the directory "
                                                     "lists",
                                                     i, s.size, count));
        s.blocks.resize(count);
        for (std::uint32_t& block : s.blocks) {
            const std::size_t at = dir.offset();
            block = dir.u32();
            if (block >= blockCount)
                return damaged(at, fmt::format("block {} of stream {} is past the file's {} blocks", block, i,
                                               blockCount));
        }
    }
    return msf;
}

std::uint32_t MsfFile::streamSize(std::uint32_t stream) const
{
    return stream < m_streams.size() ? m_streams[stream].size : 0;
}

Result<std::vector<std::byte>> MsfFile::stream(std::uint32_t stream, std::string_view what) const
{
    if (stream >= m_streams.size())
        return InputError{m_name, 0, 0,
                          fmt::format("{} is stream {}, but the file has {} streams", what, stream, m_streams.size())};
    const Stream& s = m_streams[stream];
    const auto file = bytes();
    std::vector<std::byte> out;
    out.reserve(s.size);
    for (const std::uint32_t block : s.blocks) {
        // Checked against the file when the directory was read.
        const std::size_t take = std::min<std::size_t>(m_blockSize, s.size - out.size());
        const auto from = file.subspan(std::size_t{block} * m_blockSize, take);
        out.insert(out.end(), from.begin(), from.end());
    }
    return out;
}

std::uint64_t MsfFile::fileOffset(std::uint32_t stream, std::uint64_t offset) const
{
    if (stream >= m_streams.size() || offset / m_blockSize >= m_streams[stream].blocks.size())
        return 0;
    return std::uint64_t{m_streams[stream].blocks[offset / m_blockSize]} * m_blockSize + offset % m_blockSize;
}

InputError MsfFile::error(std::uint32_t stream, std::string_view what, std::uint64_t offset,
                          std::string_view message) const
{
    return InputError{m_name, 0, fileOffset(stream, offset),
                      fmt::format("{} (stream {}) is damaged at its offset {:#x}: {}", what, stream, offset, message)};
}

} // namespace poolscope::pdb
