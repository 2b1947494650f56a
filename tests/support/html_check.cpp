#include "html_check.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace poolscope::testdata {

namespace {

const std::set<std::string, std::less<>> kVoid{"area", "base", "br", "col", "embed", "hr", "img",
                                               "input", "link", "meta", "source", "track", "wbr"};

bool nameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// An '&' in text or an attribute starts an entity: a name or a number and ';'.
bool entityAt(std::string_view s, std::size_t at)
{
    std::size_t i = at + 1;
    if (i < s.size() && s[i] == '#') {
        ++i;
        const std::size_t digits = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        return i > digits && i < s.size() && s[i] == ';';
    }
    const std::size_t letters = i;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
        ++i;
    return i > letters && i < s.size() && s[i] == ';';
}

std::uint32_t crc32(std::string_view bytes)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xffffffffu;
    for (const char b : bytes)
        c = table[(c ^ static_cast<unsigned char>(b)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

std::uint32_t bigEndian(std::string_view s, std::size_t at)
{
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) << 24
        | static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 16
        | static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 2])) << 8
        | static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 3]));
}

} // namespace

const HtmlElement* HtmlDocument::byId(std::string_view id) const
{
    for (const HtmlElement& e : elements)
        if (const auto it = e.attributes.find("id"); it != e.attributes.end() && it->second == id)
            return &e;
    return nullptr;
}

std::vector<const HtmlElement*> HtmlDocument::named(std::string_view name) const
{
    std::vector<const HtmlElement*> out;
    for (const HtmlElement& e : elements)
        if (e.name == name)
            out.push_back(&e);
    return out;
}

std::vector<const HtmlElement*> HtmlDocument::within(const HtmlElement& outer, std::string_view name) const
{
    std::vector<const HtmlElement*> out;
    for (const HtmlElement& e : elements)
        if (e.name == name && e.contentBegin > outer.contentBegin && e.contentBegin <= outer.contentEnd)
            out.push_back(&e);
    return out;
}

std::string HtmlDocument::text(const HtmlElement& element) const
{
    std::string raw;
    const std::string_view content = std::string_view(source).substr(element.contentBegin, element.contentEnd - element.contentBegin);
    bool inTag = false;
    for (const char c : content) {
        if (c == '<')
            inTag = true;
        else if (c == '>' && inTag)
            inTag = false;
        else if (!inTag)
            raw.push_back(c);
    }
    std::string decoded = decodeEntities(raw);
    std::string out;
    bool space = false;
    for (const char c : decoded) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space)
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::string decodeEntities(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out.push_back(text[i]);
            continue;
        }
        const std::size_t end = text.find(';', i);
        if (end == std::string_view::npos) {
            out.push_back('&');
            continue;
        }
        const std::string_view entity = text.substr(i + 1, end - i - 1);
        if (entity == "amp")
            out.push_back('&');
        else if (entity == "lt")
            out.push_back('<');
        else if (entity == "gt")
            out.push_back('>');
        else if (entity == "quot")
            out.push_back('"');
        else if (!entity.empty() && entity[0] == '#') {
            const unsigned long code = std::stoul(std::string(entity.substr(1)));
            if (code < 0x80) {
                out.push_back(static_cast<char>(code));
            } else {
                out.push_back('?'); // the tests read ASCII
            }
        } else {
            out += "&" + std::string(entity) + ";";
        }
        i = end;
    }
    return out;
}

HtmlDocument parseHtml(std::string html)
{
    HtmlDocument doc;
    doc.source = std::move(html);
    const std::string_view s = doc.source;
    std::vector<std::size_t> open; // indexes into elements
    const auto fail = [&](std::size_t at, const std::string& what) {
        if (doc.error.empty())
            doc.error = what + " at offset " + std::to_string(at) + ": '" + std::string(s.substr(at, 60)) + "'";
    };
    std::size_t i = 0;
    while (i < s.size() && doc.error.empty()) {
        const char c = s[i];
        if (c == '&') {
            if (!entityAt(s, i))
                fail(i, "a bare '&' in text");
            ++i;
            continue;
        }
        if (c != '<') {
            ++i;
            continue;
        }
        if (s.compare(i, 4, "<!--") == 0) {
            const std::size_t end = s.find("-->", i + 4);
            if (end == std::string_view::npos)
                fail(i, "an unclosed comment");
            i = end == std::string_view::npos ? s.size() : end + 3;
            continue;
        }
        if (s.compare(i, 2, "<!") == 0) {
            const std::size_t end = s.find('>', i);
            i = end == std::string_view::npos ? s.size() : end + 1;
            continue;
        }
        if (s.compare(i, 2, "</") == 0) {
            std::size_t j = i + 2;
            while (j < s.size() && nameChar(s[j]))
                ++j;
            const std::string name = lower(s.substr(i + 2, j - i - 2));
            if (j >= s.size() || s[j] != '>') {
                fail(i, "a broken end tag");
                break;
            }
            if (open.empty() || doc.elements[open.back()].name != name) {
                fail(i, "</" + name + "> closes " + (open.empty() ? std::string("nothing") : "<" + doc.elements[open.back()].name + ">"));
                break;
            }
            doc.elements[open.back()].contentEnd = i;
            open.pop_back();
            i = j + 1;
            continue;
        }
        std::size_t j = i + 1;
        while (j < s.size() && nameChar(s[j]))
            ++j;
        if (j == i + 1) {
            fail(i, "a bare '<' in text");
            break;
        }
        HtmlElement element;
        element.name = lower(s.substr(i + 1, j - i - 1));
        element.depth = open.size();
        // Attributes: name, name=value, name="value", name='value'.
        bool selfClosing = false;
        while (j < s.size() && doc.error.empty()) {
            while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j])))
                ++j;
            if (j < s.size() && s[j] == '>')
                break;
            if (s.compare(j, 2, "/>") == 0) {
                selfClosing = true;
                ++j;
                break;
            }
            std::size_t k = j;
            while (k < s.size() && (nameChar(s[k]) || s[k] == ':'))
                ++k;
            if (k == j) {
                fail(j, "a broken attribute");
                break;
            }
            const std::string key = lower(s.substr(j, k - j));
            std::string value;
            if (k < s.size() && s[k] == '=') {
                ++k;
                if (k < s.size() && (s[k] == '"' || s[k] == '\'')) {
                    const char quote = s[k];
                    const std::size_t end = s.find(quote, k + 1);
                    if (end == std::string_view::npos) {
                        fail(k, "an unclosed attribute value");
                        break;
                    }
                    const std::string_view raw = s.substr(k + 1, end - k - 1);
                    for (std::size_t a = 0; a < raw.size(); ++a)
                        if (raw[a] == '&' && !entityAt(raw, a))
                            fail(k + 1 + a, "a bare '&' in an attribute");
                    if (raw.find('<') != std::string_view::npos)
                        fail(k, "a '<' in an attribute");
                    value = decodeEntities(raw);
                    k = end + 1;
                } else {
                    const std::size_t start = k;
                    while (k < s.size() && !std::isspace(static_cast<unsigned char>(s[k])) && s[k] != '>')
                        ++k;
                    value = std::string(s.substr(start, k - start));
                }
            }
            if (element.attributes.count(key))
                fail(j, "attribute '" + key + "' given twice");
            element.attributes.emplace(key, std::move(value));
            j = k;
        }
        if (j >= s.size() || s[j] != '>') {
            fail(i, "an unclosed start tag");
            break;
        }
        element.contentBegin = j + 1;
        const bool isVoid = kVoid.count(element.name) != 0;
        if (selfClosing && !isVoid)
            fail(i, "<" + element.name + "/> is not a void element");
        doc.elements.push_back(std::move(element));
        i = j + 1;
        if (isVoid) {
            doc.elements.back().contentEnd = doc.elements.back().contentBegin;
            continue;
        }
        const std::string& name = doc.elements.back().name;
        if (name == "script" || name == "style") {
            // Raw text up to its own end tag.
            const std::string endTag = "</" + name;
            std::size_t end = i;
            while (end < s.size() && lower(s.substr(end, endTag.size())) != endTag)
                ++end;
            if (end >= s.size()) {
                fail(i, "an unclosed <" + name + ">");
                break;
            }
            open.push_back(doc.elements.size() - 1);
            i = end;
            continue;
        }
        open.push_back(doc.elements.size() - 1);
    }
    if (doc.error.empty() && !open.empty())
        doc.error = "<" + doc.elements[open.back()].name + "> is never closed";
    return doc;
}

std::optional<std::string> decodeBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    const auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        if (pad == 1 && text[i + 2] == '=')
            return std::nullopt;
        std::uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char ch = text[i + static_cast<std::size_t>(k)];
            const int d = k >= 4 - pad ? 0 : value(ch);
            if (d < 0)
                return std::nullopt;
            v = v << 6 | static_cast<std::uint32_t>(d);
        }
        out.push_back(static_cast<char>(v >> 16 & 0xff));
        if (pad < 2)
            out.push_back(static_cast<char>(v >> 8 & 0xff));
        if (pad < 1)
            out.push_back(static_cast<char>(v & 0xff));
    }
    return out;
}

std::optional<PngSize> checkPng(std::string_view bytes)
{
    static constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.substr(0, 8) != kSignature)
        return std::nullopt;
    std::size_t at = 8;
    bool first = true;
    PngSize size;
    while (at + 12 <= bytes.size()) {
        const std::uint32_t length = bigEndian(bytes, at);
        if (length > bytes.size() - at - 12)
            return std::nullopt;
        const std::string_view type = bytes.substr(at + 4, 4);
        if (crc32(bytes.substr(at + 4, 4 + length)) != bigEndian(bytes, at + 8 + length))
            return std::nullopt;
        if (first) {
            if (type != "IHDR" || length != 13)
                return std::nullopt;
            size.width = bigEndian(bytes, at + 8);
            size.height = bigEndian(bytes, at + 12);
            first = false;
        }
        at += 12 + length;
        if (type == "IEND")
            return at == bytes.size() ? std::optional<PngSize>(size) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace poolscope::testdata
