#include "shared_data.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace poolscope::testdata {

std::filesystem::path sharedDir()
{
    if (const char* env = std::getenv("POOLSCOPE_SHARED_DIR"); env && *env && std::filesystem::is_directory(env))
        return env;
#ifdef POOLSCOPE_SHARED_DIR
    if (std::filesystem::is_directory(POOLSCOPE_SHARED_DIR))
        return POOLSCOPE_SHARED_DIR;
#endif
    return {};
}

std::filesystem::path sharedFile(const std::string& relative)
{
    const auto dir = sharedDir();
    if (dir.empty())
        return {};
    auto path = dir / relative;
    return std::filesystem::exists(path) ? path : std::filesystem::path{};
}

std::string fileText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace poolscope::testdata
