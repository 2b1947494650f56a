#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A small HTML reader for the report's tests: every element opened is closed in order,
// no '<' or '&' stands in text unescaped, and the elements can be found by id and name
// with their attributes and their text.
namespace poolscope::testdata {

struct HtmlElement {
    std::string name;
    std::map<std::string, std::string> attributes; // values with their entities decoded
    std::size_t contentBegin = 0;                  // offsets of the content in the source
    std::size_t contentEnd = 0;
    std::size_t depth = 0;
};

struct HtmlDocument {
    std::string source;
    std::string error; // empty when the document is well formed; else what and where
    std::vector<HtmlElement> elements; // in document order

    const HtmlElement* byId(std::string_view id) const;
    std::vector<const HtmlElement*> named(std::string_view name) const;
    // Elements of `name` inside `outer`.
    std::vector<const HtmlElement*> within(const HtmlElement& outer, std::string_view name) const;
    // The text of an element: tags dropped, entities decoded, white space collapsed.
    std::string text(const HtmlElement& element) const;
};

HtmlDocument parseHtml(std::string html);

// The text with &amp; &lt; &gt; &quot; &#39; and numeric entities decoded.
std::string decodeEntities(std::string_view text);

// RFC 4648 base64; nothing when a character is not of the alphabet or the length is wrong.
std::optional<std::string> decodeBase64(std::string_view text);

// A PNG file: the signature, IHDR first, IEND last, every chunk within the file with its
// CRC right. Its size, or nothing.
struct PngSize {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};
std::optional<PngSize> checkPng(std::string_view bytes);

} // namespace poolscope::testdata
