#pragma once
#include <string_view>

namespace poolscope::resources {

struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

// The content of a file from resources/ compiled into the program; empty if unknown.
std::string_view embeddedFile(std::string_view name);

} // namespace poolscope::resources
