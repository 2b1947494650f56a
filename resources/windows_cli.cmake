# poolscope-cli.exe: the engine and the command line built for Windows x64 with Debian's
# mingw-w64, in a second build tree of the same sources (build/windows), and compared under
# wine with this build's poolscope-cli by the tests labelled `windows`. The Windows tree
# builds only the command line and its release zip (build/poolscope-cli-VERSION-windows-x64.zip).
# Included by the top-level CMakeLists.txt when tests are built; without the cross compiler
# or wine it says so and the Linux build is as before.
find_program(POOLSCOPE_MINGW_CXX NAMES x86_64-w64-mingw32-g++-posix
             DOC "mingw-w64 C++ compiler, posix threads (Debian package g++-mingw-w64-x86-64-posix)")
find_program(POOLSCOPE_WINE NAMES wine DOC "wine, to run poolscope-cli.exe in the tests (Debian package wine)")
find_program(POOLSCOPE_MINGW_OBJDUMP NAMES x86_64-w64-mingw32-objdump
             DOC "mingw-w64 objdump, to list the DLLs poolscope-cli.exe imports")
if(NOT POOLSCOPE_MINGW_CXX OR NOT POOLSCOPE_WINE OR NOT POOLSCOPE_MINGW_OBJDUMP)
  message(STATUS "poolscope-cli.exe is not built: it needs x86_64-w64-mingw32-g++-posix and wine "
                 "(Debian packages g++-mingw-w64-x86-64-posix, wine and wine64)")
  return()
endif()

include(ExternalProject)
set(POOLSCOPE_WINDOWS_DIR ${CMAKE_BINARY_DIR}/windows)
set(POOLSCOPE_WINDOWS_EXE ${POOLSCOPE_WINDOWS_DIR}/app/poolscope-cli.exe)
set(POOLSCOPE_WINDOWS_ZIP ${CMAKE_BINARY_DIR}/poolscope-cli-${PROJECT_VERSION}-windows-x64.zip)
# One wine prefix for everything this build runs under wine, inside the build folder.
set(POOLSCOPE_WINE_PREFIX ${POOLSCOPE_WINDOWS_DIR}/wine-prefix)

# -O1: the Windows tree compiles the whole engine again inside CI's time budget, and -O2
# costs a third more compiler time for little the tests or a user would notice (a multi-GB
# dump reads in under a second either way).
ExternalProject_Add(poolscope_windows
  SOURCE_DIR ${PROJECT_SOURCE_DIR}
  BINARY_DIR ${POOLSCOPE_WINDOWS_DIR}
  CMAKE_ARGS
    -DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/resources/mingw-w64-x86_64.cmake
    -DCMAKE_BUILD_TYPE=Release
    "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG"
    -DPOOLSCOPE_GUI=OFF -DPOOLSCOPE_TESTS=OFF -DPOOLSCOPE_BENCH=OFF
    -DPOOLSCOPE_WERROR=${POOLSCOPE_WERROR}
    -DPOOLSCOPE_WINE=${POOLSCOPE_WINE}
    -DPOOLSCOPE_WINE_PREFIX=${POOLSCOPE_WINE_PREFIX}
    -DPOOLSCOPE_ZIP=${POOLSCOPE_WINDOWS_ZIP}
  BUILD_COMMAND ${CMAKE_COMMAND} --build ${POOLSCOPE_WINDOWS_DIR} --target poolscope-cli poolscope_windows_zip
  INSTALL_COMMAND ""
  # Its sources are this project's: the inner build decides what changed.
  BUILD_ALWAYS ON
  BUILD_BYPRODUCTS ${POOLSCOPE_WINDOWS_EXE} ${POOLSCOPE_WINDOWS_ZIP}
  USES_TERMINAL_CONFIGURE ON
  USES_TERMINAL_BUILD ON)
