# The Windows build's release artefact, poolscope-cli-VERSION-windows-x64.zip (target
# poolscope_windows_zip, written by windows_zip.cmake). Included by app/CMakeLists.txt in the
# mingw cross build. Its man page is written by the program itself under wine.
if(NOT POOLSCOPE_ZIP)
  set(POOLSCOPE_ZIP ${PROJECT_BINARY_DIR}/poolscope-cli-${PROJECT_VERSION}-windows-x64.zip)
endif()
if(NOT POOLSCOPE_WINE_PREFIX)
  set(POOLSCOPE_WINE_PREFIX ${PROJECT_BINARY_DIR}/wine-prefix)
endif()
find_program(POOLSCOPE_WINE NAMES wine DOC "wine, to write the man page from poolscope-cli.exe --help")
if(NOT POOLSCOPE_WINE)
  message(STATUS "no ${POOLSCOPE_ZIP}: writing its man page runs poolscope-cli.exe --help under wine")
  return()
endif()
add_custom_command(OUTPUT ${POOLSCOPE_ZIP}
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:poolscope-cli> -DSTRIP=${CMAKE_STRIP} -DWINE=${POOLSCOPE_WINE}
          -DWINEPREFIX=${POOLSCOPE_WINE_PREFIX} -DREADME=${PROJECT_SOURCE_DIR}/README.md
          "-DSUMMARY=${POOLSCOPE_MAN_SUMMARY_poolscope-cli}" -DVERSION=${PROJECT_VERSION}
          -DWORK=${PROJECT_BINARY_DIR}/zip -DOUT=${POOLSCOPE_ZIP}
          -P ${PROJECT_SOURCE_DIR}/resources/windows_zip.cmake
  DEPENDS poolscope-cli ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/resources/windows_zip.cmake
          ${PROJECT_SOURCE_DIR}/resources/manpage.cmake
  COMMENT "Writing ${POOLSCOPE_ZIP}"
  VERBATIM)
add_custom_target(poolscope_windows_zip DEPENDS ${POOLSCOPE_ZIP})
