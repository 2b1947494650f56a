#pragma once
#include "analysis/dump/kernel_types.h"
#include "analysis/dump/pdb/msf_file.h"
#include "analysis/input_error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

// The type stream (TPI) of a PDB read as CodeView records: where each record starts (one
// linear pass; the hash streams are not needed), structures, classes and unions by name,
// forward references resolved to their definitions, and member paths followed through
// field lists the way a compiler resolves them.
namespace poolscope::pdb {

class TypeTable {
public:
    static Result<TypeTable> read(const MsfFile& msf);
    // Names point into the stream's bytes: moved, never copied.
    TypeTable(TypeTable&&) = default;
    TypeTable& operator=(TypeTable&&) = default;
    TypeTable(const TypeTable&) = delete;
    TypeTable& operator=(const TypeTable&) = delete;

    std::size_t recordCount() const { return m_records.size(); }
    std::size_t definedTypes() const { return m_byName.size(); }

    std::optional<std::uint32_t> offset(std::string_view type, std::string_view path) const;
    std::optional<std::uint32_t> size(std::string_view type) const;
    std::optional<std::uint32_t> baseSize(std::string_view type, std::string_view member) const;
    std::optional<KernelBitfield> bitfield(std::string_view type, std::string_view path) const;

    // The first damaged record a question met: the answer was nothing, and this says why
    // (the stream and the offset of the record).
    const std::optional<InputError>& damage() const { return m_damage; }

private:
    explicit TypeTable(MsfFile msf) : m_msf(std::move(msf)) {}

    struct ClassRecord {
        std::uint32_t property = 0;
        std::uint32_t fieldList = 0;
        std::uint64_t size = 0;
        std::string_view name;
        std::string_view uniqueName;
    };
    struct Member {
        std::uint64_t offset = 0;
        std::uint32_t type = 0;
    };
    struct Record {
        std::uint16_t kind = 0;
        std::span<const std::byte> data; // after the kind
        std::size_t offset = 0;          // of the record in the stream
    };

    std::optional<Record> record(std::uint32_t type) const;
    std::optional<ClassRecord> classRecord(const Record& r) const;
    std::uint32_t stripModifiers(std::uint32_t type) const;
    std::optional<std::uint32_t> definition(std::uint32_t type) const;
    std::optional<std::uint32_t> named(std::string_view name) const;
    std::optional<Member> member(std::uint32_t owner, std::string_view name, int depth, int& budget) const;
    std::optional<Member> walk(std::string_view type, std::string_view path) const;
    std::optional<std::uint64_t> typeSize(std::uint32_t type) const;
    template <typename Visit>
    bool forEachField(std::uint32_t fieldList, Visit&& visit) const;
    void damaged(std::size_t offset, std::string_view message) const;

    MsfFile m_msf; // for the file offsets of damaged records
    std::vector<std::byte> m_bytes;
    std::uint32_t m_first = 0x1000;
    std::vector<std::uint32_t> m_records; // stream offset of each record, by type index - m_first
    std::unordered_map<std::string_view, std::uint32_t> m_byName;
    std::unordered_map<std::string_view, std::uint32_t> m_byUniqueName;
    mutable std::optional<InputError> m_damage;
};

} // namespace poolscope::pdb
