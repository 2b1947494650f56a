#include "text_source.h"

#include "analysis/file_path.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace poolscope {

namespace {

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    }
}

} // namespace

std::string utf16ToUtf8(std::string_view bytes, bool littleEndian, std::uint64_t& replaced)
{
    std::string out;
    out.reserve(bytes.size() / 2);
    const auto unit = [&](std::size_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return littleEndian ? (a | (b << 8)) : ((a << 8) | b);
    };
    std::size_t i = 0;
    const std::size_t end = bytes.size() & ~std::size_t{1};
    while (i < end) {
        const std::uint32_t u = unit(i);
        i += 2;
        if (u < 0x80) { // the common case in debugger output
            out.push_back(static_cast<char>(u));
            continue;
        }
        if (u >= 0xd800 && u < 0xdc00 && i < end) {
            const std::uint32_t low = unit(i);
            if (low >= 0xdc00 && low < 0xe000) {
                i += 2;
                appendUtf8(out, 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
                continue;
            }
        }
        if (u >= 0xd800 && u < 0xe000) {
            ++replaced;
            appendUtf8(out, 0xfffd);
            continue;
        }
        appendUtf8(out, u);
    }
    if (bytes.size() & 1)
        ++replaced; // a truncated last code unit
    return out;
}

namespace {

// UTF-16 without a BOM shows as NULs in every other byte of ASCII-range text.
TextEncoding sniffUtf16(std::string_view bytes)
{
    const std::size_t n = std::min<std::size_t>(bytes.size(), 64 * 1024) & ~std::size_t{1};
    if (n < 8)
        return TextEncoding::Ascii;
    std::size_t evenNul = 0;
    std::size_t oddNul = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenNul += bytes[i] == '\0';
        oddNul += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (oddNul * 10 > pairs * 7 && evenNul * 10 < pairs)
        return TextEncoding::Utf16LE;
    if (evenNul * 10 > pairs * 7 && oddNul * 10 < pairs)
        return TextEncoding::Utf16BE;
    return TextEncoding::Ascii;
}

// Asked of every byte of a file of hundreds of MB: blocks of 64 bytes are folded into one
// word, which the compiler does in vector registers, and tested once.
bool hasHighBytes(std::string_view text)
{
    constexpr std::size_t kBlock = 64;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
    const char* p = text.data();
    const char* const blocksEnd = p + text.size() / kBlock * kBlock;
    for (; p != blocksEnd; p += kBlock) {
        std::uint64_t folded = 0;
        for (std::size_t i = 0; i < kBlock; i += sizeof folded) {
            std::uint64_t word;
            std::memcpy(&word, p + i, sizeof word);
            folded |= word;
        }
        if (folded & kHighBits)
            return true;
    }
    for (const char* const end = text.data() + text.size(); p != end; ++p)
        if (static_cast<unsigned char>(*p) >= 0x80)
            return true;
    return false;
}

} // namespace

TextDocument decodeText(std::string bytes, std::string path)
{
    TextDocument doc;
    doc.path = std::move(path);
    std::string_view view(bytes);
    if (view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF") {
        doc.encoding = TextEncoding::Utf8;
        bytes.erase(0, 3);
        doc.text = std::move(bytes);
    } else if (view.size() >= 2 && (view.substr(0, 2) == "\xFF\xFE" || view.substr(0, 2) == "\xFE\xFF")) {
        const bool le = view[0] == '\xFF';
        doc.encoding = le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        doc.text = utf16ToUtf8(view.substr(2), le, doc.replacedSequences);
    } else if (const auto sniffed = sniffUtf16(view); sniffed != TextEncoding::Ascii) {
        doc.encoding = sniffed;
        doc.text = utf16ToUtf8(view, sniffed == TextEncoding::Utf16LE, doc.replacedSequences);
    } else {
        doc.text = std::move(bytes);
        doc.encoding = hasHighBytes(doc.text) ? TextEncoding::Utf8 : TextEncoding::Ascii;
    }
    // A log appended to by both `.logopen` and `.logopen /u` holds UTF-16 passages in an
    // 8-bit file: dropping the NULs turns their ASCII-range text back into ASCII.
    if (std::memchr(doc.text.data(), '\0', doc.text.size()) != nullptr) {
        std::size_t w = 0;
        for (std::size_t r = 0; r < doc.text.size(); ++r) {
            if (doc.text[r] == '\0')
                ++doc.removedNulBytes;
            else
                doc.text[w++] = doc.text[r];
        }
        doc.text.resize(w);
    }
    return doc;
}

Result<std::string> readFileBytes(const std::string& path)
{
    struct Closer {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, Closer> file(openFile(path, "rb"));
    if (!file)
        return InputError{path, 0, 0, std::string("cannot open: ") + std::strerror(errno)};
    std::string bytes;
    if (std::fseek(file.get(), 0, SEEK_END) == 0) {
        const long size = std::ftell(file.get());
        if (size > 0)
            bytes.reserve(static_cast<std::size_t>(size));
        std::fseek(file.get(), 0, SEEK_SET);
    }
    char buffer[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
        bytes.append(buffer, n);
        if (n < sizeof buffer) {
            if (std::ferror(file.get()))
                return InputError{path, 0, bytes.size(), std::string("read failed: ") + std::strerror(errno)};
            break;
        }
    }
    return bytes;
}

Result<TextDocument> loadTextFile(const std::string& path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    return decodeText(std::move(bytes.value()), path);
}

std::string_view encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Ascii: return "ASCII";
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf16LE: return "UTF-16LE";
    case TextEncoding::Utf16BE: return "UTF-16BE";
    }
    return "unknown";
}

bool LineScanner::next(TextLine& line)
{
    if (m_pos >= m_text.size())
        return false;
    const char* begin = m_text.data() + m_pos;
    const std::size_t remaining = m_text.size() - m_pos;
    const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', remaining));
    std::size_t length = nl ? static_cast<std::size_t>(nl - begin) : remaining;
    line.offset = m_pos;
    line.number = ++m_number;
    m_pos += nl ? length + 1 : length;
    if (length > 0 && begin[length - 1] == '\r')
        --length;
    line.text = std::string_view(begin, length);
    return true;
}

} // namespace poolscope
