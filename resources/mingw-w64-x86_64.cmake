# Toolchain file for the Windows build of the engine and poolscope-cli with Debian's
# mingw-w64 (packages g++-mingw-w64-x86-64-posix and wine for its tests):
#   cmake -S . -B build-win -G Ninja -DCMAKE_TOOLCHAIN_FILE=resources/mingw-w64-x86_64.cmake \
#         -DPOOLSCOPE_GUI=OFF -DPOOLSCOPE_TESTS=OFF -DPOOLSCOPE_BENCH=OFF
#   cmake --build build-win --target poolscope-cli
# The posix flavour of the compiler, because the engine uses std::thread and std::jthread
# (the win32 flavour has no <thread> in GCC 12).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(POOLSCOPE_MINGW_PREFIX x86_64-w64-mingw32)
set(CMAKE_CXX_COMPILER ${POOLSCOPE_MINGW_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER ${POOLSCOPE_MINGW_PREFIX}-windres)

# Libraries and headers come from the mingw sysroot only: Debian's own /usr/include and
# /usr/lib hold Linux builds, whose libc headers break a Windows compile.
set(CMAKE_FIND_ROOT_PATH /usr/${POOLSCOPE_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# One self-contained .exe: the C++ runtime, winpthreads and libgcc linked in, no DLL beside it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

