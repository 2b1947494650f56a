#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>

namespace poolscope::pdb {

// Little-endian reads from a stream's bytes that never go past its end: a read past it
// returns zero and marks the reader failed, so a parser checks once per record instead of
// once per field.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::byte> bytes, std::size_t at = 0) : m_bytes(bytes), m_at(at)
    {
        if (at > bytes.size())
            fail();
    }

    std::size_t offset() const { return m_at; }
    std::size_t remaining() const { return m_failed ? 0 : m_bytes.size() - m_at; }
    bool failed() const { return m_failed; }
    bool atEnd() const { return remaining() == 0; }

    void skip(std::size_t n)
    {
        if (n > remaining())
            fail();
        else
            m_at += n;
    }

    template <typename T>
    T read()
    {
        T value{};
        if (sizeof(T) > remaining()) {
            fail();
            return value;
        }
        std::memcpy(&value, m_bytes.data() + m_at, sizeof(T));
        m_at += sizeof(T);
        return value;
    }
    std::uint8_t u8() { return read<std::uint8_t>(); }
    std::uint16_t u16() { return read<std::uint16_t>(); }
    std::uint32_t u32() { return read<std::uint32_t>(); }

    std::uint8_t peekU8() const { return remaining() ? static_cast<std::uint8_t>(m_bytes[m_at]) : 0; }

    // A zero-terminated name; without its zero the reader fails.
    std::string_view cstring()
    {
        const std::size_t left = remaining();
        const auto* begin = reinterpret_cast<const char*>(m_bytes.data() + m_at);
        const void* zero = left ? std::memchr(begin, 0, left) : nullptr;
        if (!zero) {
            fail();
            return {};
        }
        const auto length = static_cast<std::size_t>(static_cast<const char*>(zero) - begin);
        m_at += length + 1;
        return {begin, length};
    }

    // A CodeView numeric leaf: a value below 0x8000 stands for itself; above, a leaf kind
    // says what follows. Integers come back (negative ones as their two's complement);
    // other kinds (reals, strings) are skipped and give nothing; an unknown kind fails.
    std::optional<std::uint64_t> numeric()
    {
        const std::uint16_t leaf = u16();
        if (m_failed)
            return std::nullopt;
        if (leaf < 0x8000)
            return leaf;
        switch (leaf) {
        case 0x8000: return static_cast<std::uint64_t>(static_cast<std::int64_t>(read<std::int8_t>()));  // LF_CHAR
        case 0x8001: return static_cast<std::uint64_t>(static_cast<std::int64_t>(read<std::int16_t>())); // LF_SHORT
        case 0x8002: return u16();                                                                       // LF_USHORT
        case 0x8003: return static_cast<std::uint64_t>(static_cast<std::int64_t>(read<std::int32_t>())); // LF_LONG
        case 0x8004: return u32();                                                                       // LF_ULONG
        case 0x8009: return read<std::uint64_t>();                                                       // LF_QUADWORD
        case 0x800a: return read<std::uint64_t>();                                                       // LF_UQUADWORD
        case 0x8005: skip(4); return std::nullopt;  // LF_REAL32
        case 0x8006: skip(8); return std::nullopt;  // LF_REAL64
        case 0x8007: skip(10); return std::nullopt; // LF_REAL80
        case 0x8008: skip(16); return std::nullopt; // LF_REAL128
        case 0x800b: skip(6); return std::nullopt;  // LF_REAL48
        case 0x800c: skip(8); return std::nullopt;  // LF_COMPLEX32
        case 0x800d: skip(16); return std::nullopt; // LF_COMPLEX64
        case 0x800e: skip(20); return std::nullopt; // LF_COMPLEX80
        case 0x800f: skip(32); return std::nullopt; // LF_COMPLEX128
        case 0x8010: skip(u16()); return std::nullopt; // LF_VARSTRING
        case 0x8017: skip(16); return std::nullopt; // LF_OCTWORD
        case 0x8018: skip(16); return std::nullopt; // LF_UOCTWORD
        case 0x8019: skip(16); return std::nullopt; // LF_DECIMAL
        case 0x801a: skip(8); return std::nullopt;  // LF_DATE
        case 0x801b: cstring(); return std::nullopt; // LF_UTF8STRING
        case 0x801c: skip(2); return std::nullopt;  // LF_REAL16
        default: fail(); return std::nullopt;
        }
    }

private:
    void fail()
    {
        m_failed = true;
        m_at = m_bytes.size();
    }

    std::span<const std::byte> m_bytes;
    std::size_t m_at = 0;
    bool m_failed = false;
};

} // namespace poolscope::pdb
