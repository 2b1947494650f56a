# The Windows build's fmt and nlohmann-json. Debian packages no mingw build of either, so the
# cross build uses the headers of Debian's libfmt-dev (fmt's compiled part built here from
# them, resources/mingw_fmt.cpp) and nlohmann-json3-dev (header-only). Only their own folders
# are exposed, through links in the build folder: /usr/include itself on a mingw include path
# brings in glibc's headers.
find_path(POOLSCOPE_FMT_HEADERS fmt/format-inl.h PATHS /usr/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
          DOC "folder holding fmt/ (Debian's libfmt-dev)")
find_path(POOLSCOPE_JSON_HEADERS nlohmann/json.hpp PATHS /usr/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
          DOC "folder holding nlohmann/ (Debian's nlohmann-json3-dev)")
if(NOT POOLSCOPE_FMT_HEADERS OR NOT POOLSCOPE_JSON_HEADERS)
  message(FATAL_ERROR "The Windows build uses the headers of libfmt-dev and nlohmann-json3-dev: install them")
endif()

set(_headers ${CMAKE_BINARY_DIR}/mingw-headers)
file(MAKE_DIRECTORY ${_headers})
file(CREATE_LINK ${POOLSCOPE_FMT_HEADERS}/fmt ${_headers}/fmt SYMBOLIC)
file(CREATE_LINK ${POOLSCOPE_JSON_HEADERS}/nlohmann ${_headers}/nlohmann SYMBOLIC)

add_library(poolscope_fmt STATIC ${CMAKE_CURRENT_LIST_DIR}/mingw_fmt.cpp)
target_include_directories(poolscope_fmt SYSTEM PUBLIC ${_headers})
add_library(fmt::fmt ALIAS poolscope_fmt)

add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED GLOBAL)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${_headers})
