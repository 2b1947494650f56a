#pragma once
#include "input_error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace poolscope {

enum class TextEncoding : std::uint8_t { Ascii, Utf8, Utf16LE, Utf16BE };

// A text source decoded to UTF-8 once, so every parser sees one encoding. Logs written
// by `.logopen /u` are UTF-16LE; logs appended to from several sessions can mix both.
struct TextDocument {
    std::string path;
    std::string text;
    TextEncoding encoding = TextEncoding::Ascii;
    std::uint64_t removedNulBytes = 0;   // stray NULs (UTF-16 text inside an 8-bit file)
    std::uint64_t replacedSequences = 0; // invalid UTF-16 replaced by U+FFFD
};

// Decodes bytes as they came from a file: BOMs, UTF-16 without BOM, mixed NULs.
TextDocument decodeText(std::string bytes, std::string path);
Result<TextDocument> loadTextFile(const std::string& path);

// Reads a whole file; the error names the file and the reason.
Result<std::string> readFileBytes(const std::string& path);

std::string_view encodingName(TextEncoding encoding);

// UTF-16 code units to UTF-8; what is not valid UTF-16 becomes U+FFFD, counted in `replaced`.
std::string utf16ToUtf8(std::string_view bytes, bool littleEndian, std::uint64_t& replaced);

struct TextLine {
    std::string_view text;    // without the line break (CR and LF removed)
    std::uint32_t number = 0; // 1-based
    std::uint64_t offset = 0; // byte offset of the line in the decoded text
};

// Splits text into lines without copying. Handles LF, CRLF and a last line without
// a break.
class LineScanner {
public:
    explicit LineScanner(std::string_view text) : m_text(text) {}
    bool next(TextLine& line);
    std::uint64_t position() const { return m_pos; }
    std::uint64_t size() const { return m_text.size(); }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::uint32_t m_number = 0;
};

} // namespace poolscope
