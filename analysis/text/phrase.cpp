#include "phrase.h"

#include <algorithm>
#include <atomic>
#include <vector>

namespace poolscope::text {

namespace {

// Growth analysis writes its sentences on worker threads while the window may be starting.
std::atomic<Translator> g_translator{nullptr};

} // namespace

void setTranslator(Translator translator)
{
    g_translator.store(translator);
}

Phrase phrase(const char* context, const char* source)
{
    const Translator translate = g_translator.load();
    if (!translate)
        return Phrase(source, source);
    std::string translated = translate(context, source);
    // An empty translation is a missing one, never a sentence to show.
    return Phrase(translated.empty() ? std::string(source) : std::move(translated), source);
}

bool usesEachArgument(std::string_view format, std::size_t count)
{
    std::vector<bool> used(count, false);
    std::size_t next = 0; // the index an empty {} takes
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] == '}') {
            if (i + 1 < format.size() && format[i + 1] == '}')
                ++i;
            continue;
        }
        if (format[i] != '{')
            continue;
        if (i + 1 < format.size() && format[i + 1] == '{') {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        std::size_t index = 0;
        bool explicitIndex = false;
        while (j < format.size() && format[j] >= '0' && format[j] <= '9') {
            index = index * 10 + static_cast<std::size_t>(format[j] - '0');
            explicitIndex = true;
            ++j;
        }
        if (!explicitIndex)
            index = next++;
        if (index >= count)
            return false;
        used[index] = true;
        const std::size_t close = format.find('}', j);
        if (close == std::string_view::npos)
            return false;
        i = close;
    }
    return std::find(used.begin(), used.end(), false) == used.end();
}

} // namespace poolscope::text
