#pragma once
#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>

// The sentences the analysis layer writes, in the reader's language. The analysis knows no
// Qt: the window installs a translator (QCoreApplication::translate) and every sentence
// goes through phrase(); the command line installs none and stays English. lupdate collects
// the sources from the calls spelled phrase("Context", "source") (it runs with
// -tr-function-alias translate+=phrase), so a translatable literal is always written as the
// first two arguments of such a call, never built up or passed through a variable.
namespace poolscope::text {

using Translator = std::string (*)(const char* context, const char* source);

// nullptr, the default, leaves every sentence in English.
void setTranslator(Translator translator);

// A translated sentence that keeps its English source: a template whose translation does
// not fit its arguments falls back to the English one instead of failing.
class Phrase : public std::string {
public:
    Phrase(std::string translated, const char* source) : std::string(std::move(translated)), m_source(source) {}
    const char* source() const { return m_source; }

private:
    const char* m_source;
};

// The translation of a fixed English sentence or template ({} placeholders, which a
// translation may reorder as {0} {1}).
Phrase phrase(const char* context, const char* source);

// Whether a template names each of `count` arguments, and no other: a translation that
// drops one would silently lose a figure (fmt ignores unused arguments).
bool usesEachArgument(std::string_view format, std::size_t count);

// Formats a translated template; the English one when the translation's placeholders do
// not fit the arguments, so a bad translation shows English rather than throwing or
// dropping a figure.
template <class... A>
std::string say(const Phrase& format, const A&... args)
{
    if (usesEachArgument(format, sizeof...(A))) {
        try {
            return fmt::format(fmt::runtime(std::string_view(format)), args...);
        } catch (const fmt::format_error&) {
        }
    }
    return fmt::format(fmt::runtime(format.source()), args...);
}

} // namespace poolscope::text

// A phrase is formatted as the text it holds.
template <>
struct fmt::formatter<poolscope::text::Phrase> : fmt::formatter<std::string_view> {
    template <class Context>
    auto format(const poolscope::text::Phrase& p, Context& ctx) const
    {
        return fmt::formatter<std::string_view>::format(std::string_view(p), ctx);
    }
};
