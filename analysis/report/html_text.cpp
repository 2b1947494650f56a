#include "html_text.h"

namespace poolscope::html {

std::string escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\t':
        case '\n':
        case '\r': out.push_back(c); break;
        default:
            // C0 controls and DEL are parse errors in HTML text: shown as U+FFFD, as a
            // browser would show a byte it cannot read.
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                out += "\xEF\xBF\xBD";
            else
                out.push_back(c);
        }
    }
    return out;
}

std::string base64(std::string_view bytes)
{
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    const auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])); };
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
        out.push_back(kDigits[v >> 18 & 63]);
        out.push_back(kDigits[v >> 12 & 63]);
        out.push_back(kDigits[v >> 6 & 63]);
        out.push_back(kDigits[v & 63]);
    }
    if (const std::size_t rest = bytes.size() - i; rest > 0) {
        const std::uint32_t v = at(i) << 16 | (rest == 2 ? at(i + 1) << 8 : 0u);
        out.push_back(kDigits[v >> 18 & 63]);
        out.push_back(kDigits[v >> 12 & 63]);
        out.push_back(rest == 2 ? kDigits[v >> 6 & 63] : '=');
        out.push_back('=');
    }
    return out;
}

void Writer::startTag(std::string_view name, std::initializer_list<Attribute> attributes)
{
    m_out += '<';
    m_out += name;
    for (const auto& [key, value] : attributes) {
        m_out += ' ';
        m_out += key;
        m_out += "=\"";
        m_out += escape(value);
        m_out += '"';
    }
    m_out += '>';
}

Writer& Writer::open(std::string_view name, std::initializer_list<Attribute> attributes)
{
    startTag(name, attributes);
    m_open.emplace_back(name);
    return *this;
}

Writer& Writer::close()
{
    if (m_open.empty())
        return *this;
    m_out += "</" + m_open.back() + ">";
    // Block elements end their line, so the file reads well in a text editor and diffs.
    if (m_open.back() != "a" && m_open.back() != "code" && m_open.back() != "span" && m_open.back() != "b")
        m_out += '\n';
    m_open.pop_back();
    return *this;
}

Writer& Writer::element(std::string_view name, std::string_view content, std::initializer_list<Attribute> attributes)
{
    open(name, attributes);
    text(content);
    return close();
}

Writer& Writer::empty(std::string_view name, std::initializer_list<Attribute> attributes)
{
    startTag(name, attributes);
    return *this;
}

Writer& Writer::text(std::string_view content)
{
    // A browser may break a line after a hyphen, which splits an arrow ("A -" / "> B"): each
    // "->" goes in an element that does not wrap. <title> takes no elements, only text.
    const bool markupAllowed = m_open.empty() || m_open.back() != "title";
    constexpr std::string_view kArrow = "->";
    std::size_t at = 0;
    for (std::size_t arrow = content.find(kArrow); markupAllowed && arrow != std::string_view::npos;
         arrow = content.find(kArrow, at)) {
        m_out += escape(content.substr(at, arrow - at));
        m_out += "<span class=\"arrow\">-&gt;</span>";
        at = arrow + kArrow.size();
    }
    m_out += escape(content.substr(at));
    return *this;
}

Writer& Writer::trusted(std::string_view markup)
{
    m_out += markup;
    return *this;
}

std::string Writer::finish()
{
    while (!m_open.empty())
        close();
    return std::move(m_out);
}

} // namespace poolscope::html
