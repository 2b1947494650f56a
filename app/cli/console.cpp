#include "console.h"

#include <cstdio>
#include <cstdlib>

#ifdef _WIN32
#include "analysis/file_path.h"
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
// After windows.h, whose types it uses.
#include <fcntl.h>
#include <io.h>
#include <shellapi.h>
#else
#include <unistd.h>
#endif

namespace poolscope::cli {

Utf8Arguments::Utf8Arguments(int argc, char** argv)
{
#ifdef _WIN32
    int count = 0;
    if (wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i)
            m_args.push_back(utf8FromUtf16(wide[i]));
        LocalFree(wide);
    }
#endif
    if (m_args.empty())
        m_args.assign(argv, argv + argc);
    for (std::string& arg : m_args)
        m_pointers.push_back(arg.data());
    m_pointers.push_back(nullptr);
}

#ifdef _WIN32
namespace {
UINT g_consoleCodePage = 0;
void restoreConsoleCodePage()
{
    SetConsoleOutputCP(g_consoleCodePage);
}
} // namespace
#endif

void prepareConsole()
{
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    g_consoleCodePage = GetConsoleOutputCP();
    if (g_consoleCodePage != 0 && g_consoleCodePage != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreConsoleCodePage);
#endif
}

bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace poolscope::cli
