#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace poolscope {

// A string kept once for the whole program and shared by every record that holds it: a
// million thread handles share one "Thread", 323,155 threads one "TERMINATED". A record
// holds the string's number (4 bytes) instead of a std::string (32 bytes and often a heap
// block) or a pointer (8): beside a 4-byte id or access mask it packs without padding.
//
// It reads like a const std::string: compare, format, convert. What is interned stays until
// the program ends; the strings records carry (type names, states, image and file names)
// are few beside the records, and a second dump of the same system adds almost none.
// Interning is thread-safe (the dump walks run on several threads).
class Interned {
public:
    Interned() = default;
    Interned(std::string_view text) : m_id(intern(text)) {}
    Interned(const std::string& text) : m_id(intern(text)) {}
    Interned(const char* text) : m_id(intern(text)) {}

    const std::string& str() const { return m_id ? textOf(m_id) : emptyString(); }
    operator const std::string&() const { return str(); }
    operator std::string_view() const { return str(); }

    bool empty() const { return m_id == 0; }
    std::size_t size() const { return str().size(); }
    std::size_t length() const { return str().size(); }
    const char* data() const { return str().data(); }
    const char* c_str() const { return str().c_str(); }
    std::string::const_iterator begin() const { return str().begin(); }
    std::string::const_iterator end() const { return str().end(); }
    char operator[](std::size_t i) const { return str()[i]; }
    char front() const { return str().front(); }
    char back() const { return str().back(); }
    std::size_t find(std::string_view what, std::size_t from = 0) const { return str().find(what, from); }
    std::size_t find(char what, std::size_t from = 0) const { return str().find(what, from); }
    std::size_t rfind(std::string_view what, std::size_t from = std::string::npos) const
    {
        return str().rfind(what, from);
    }
    std::size_t rfind(char what, std::size_t from = std::string::npos) const { return str().rfind(what, from); }
    std::string substr(std::size_t from, std::size_t count = std::string::npos) const { return str().substr(from, count); }
    bool starts_with(std::string_view prefix) const { return std::string_view(str()).starts_with(prefix); }
    bool ends_with(std::string_view suffix) const { return std::string_view(str()).ends_with(suffix); }
    int compare(std::string_view other) const { return std::string_view(str()).compare(other); }
    void clear() { m_id = 0; }

    // Equal strings are the same number: comparing two interned strings is one compare.
    friend bool operator==(const Interned& a, const Interned& b) { return a.m_id == b.m_id; }
    friend bool operator==(const Interned& a, std::string_view b) { return std::string_view(a.str()) == b; }
    friend bool operator==(const Interned& a, const std::string& b) { return a.str() == b; }
    friend bool operator==(const Interned& a, const char* b) { return std::string_view(a.str()) == b; }
    friend std::strong_ordering operator<=>(const Interned& a, const Interned& b)
    {
        return a.m_id == b.m_id ? std::strong_ordering::equal : a.str() <=> b.str();
    }
    friend std::strong_ordering operator<=>(const Interned& a, std::string_view b) { return std::string_view(a.str()) <=> b; }
    friend std::strong_ordering operator<=>(const Interned& a, const std::string& b) { return a.str() <=> b; }
    friend std::strong_ordering operator<=>(const Interned& a, const char* b) { return std::string_view(a.str()) <=> b; }

    friend std::string operator+(const Interned& a, std::string_view b) { return a.str() + std::string(b); }
    friend std::string operator+(std::string_view a, const Interned& b) { return std::string(a) + b.str(); }
    friend std::string operator+(const Interned& a, const char* b) { return a.str() + b; }
    friend std::string operator+(const char* a, const Interned& b) { return a + b.str(); }
    friend std::string operator+(const Interned& a, const std::string& b) { return a.str() + b; }
    friend std::string operator+(const std::string& a, const Interned& b) { return a + b.str(); }

    friend std::ostream& operator<<(std::ostream& out, const Interned& s) { return out << s.str(); }

    // How many distinct strings are interned, and their bytes (for the benchmarks).
    static std::size_t internedCount();
    static std::size_t internedBytes();

private:
    static std::uint32_t intern(std::string_view text);
    static const std::string& textOf(std::uint32_t id);
    static const std::string& emptyString();

    std::uint32_t m_id = 0; // 0: the empty string
};

static_assert(sizeof(Interned) == 4);

} // namespace poolscope

template <>
struct std::hash<poolscope::Interned> {
    std::size_t operator()(const poolscope::Interned& s) const noexcept { return std::hash<std::string_view>{}(s); }
};

template <>
struct fmt::formatter<poolscope::Interned> : fmt::formatter<std::string_view> {
    template <typename Context>
    auto format(const poolscope::Interned& s, Context& ctx) const
    {
        return fmt::formatter<std::string_view>::format(std::string_view(s), ctx);
    }
};
