#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The few pieces of HTML a one-file report needs, so that every text from the input is
// escaped in one place and every element opened is closed.
namespace poolscope::html {

// Text for an element or a quoted attribute: & < > " ' escaped, and the control characters
// HTML does not allow (a process name read from a damaged dump may hold them) replaced.
std::string escape(std::string_view text);

// RFC 4648 base64, for data: URIs.
std::string base64(std::string_view bytes);

using Attribute = std::pair<std::string_view, std::string_view>;

// Writes elements in order; close() ends the innermost open one, finish() the rest.
class Writer {
public:
    Writer& open(std::string_view name, std::initializer_list<Attribute> attributes = {});
    Writer& close();
    // An element with escaped text in it.
    Writer& element(std::string_view name, std::string_view text, std::initializer_list<Attribute> attributes = {});
    // An element without content (<img>, <meta>, <br>).
    Writer& empty(std::string_view name, std::initializer_list<Attribute> attributes = {});
    // Escaped text; an arrow "->" in it never breaks across lines.
    Writer& text(std::string_view text);
    // Markup this program wrote itself (the style sheet, the sorting script): never input.
    Writer& trusted(std::string_view markup);

    std::size_t depth() const { return m_open.size(); }
    std::string finish();

private:
    void startTag(std::string_view name, std::initializer_list<Attribute> attributes);

    std::string m_out;
    std::vector<std::string> m_open;
};

} // namespace poolscope::html
