#pragma once
#include "analysis/dump/mapped_file.h"
#include "analysis/input_error.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

// The container of a PDB: an MSF 7.00 file is a sequence of fixed-size blocks; a superblock
// names the blocks of the stream directory, which gives each stream's size and blocks.
// Streams are numbered: 1 is the PDB information, 2 the types (TPI), 3 the debug
// information (DBI); the DBI names the others.
namespace poolscope::pdb {

// The fixed streams.
constexpr std::uint32_t kInfoStream = 1;
constexpr std::uint32_t kTypeStream = 2;
constexpr std::uint32_t kDebugInfoStream = 3;
// A stream index that names no stream (DBI fields, optional debug header entries).
constexpr std::uint16_t kNoStream = 0xffff;

class MsfFile {
public:
    // Maps the file and reads its superblock and stream directory.
    static Result<MsfFile> open(const std::string& path);
    static Result<MsfFile> fromBytes(std::vector<std::byte> bytes, std::string name);

    const std::string& name() const { return m_name; }
    std::uint64_t fileSize() const { return bytes().size(); }
    std::uint32_t streamCount() const { return static_cast<std::uint32_t>(m_streams.size()); }
    // Zero for a stream that is absent or empty.
    std::uint32_t streamSize(std::uint32_t stream) const;

    // A stream's bytes gathered from its blocks. `what` names the stream in errors
    // ("the type stream"); a block outside the file is an error naming the stream and the
    // offset in it.
    Result<std::vector<std::byte>> stream(std::uint32_t stream, std::string_view what) const;

    // An error about a stream's contents: names the stream and the offset in it, and
    // carries the file offset of that byte.
    InputError error(std::uint32_t stream, std::string_view what, std::uint64_t offset, std::string_view message) const;

private:
    struct Stream {
        std::uint32_t size = 0;
        std::vector<std::uint32_t> blocks;
    };

    static Result<MsfFile> parse(MsfFile msf);
    std::span<const std::byte> bytes() const;
    std::uint64_t fileOffset(std::uint32_t stream, std::uint64_t offset) const;

    std::string m_name;
    std::shared_ptr<MappedFile> m_mapped;
    std::shared_ptr<std::vector<std::byte>> m_owned;
    std::uint32_t m_blockSize = 0;
    std::vector<Stream> m_streams;
};

} // namespace poolscope::pdb
