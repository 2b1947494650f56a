# Writes the Windows release zip: poolscope-cli.exe (stripped), its man page as text and the
# README's Windows section, in a folder of the archive's own name, text in Windows line ends.
#   cmake -DEXE=poolscope-cli.exe -DSTRIP=x86_64-w64-mingw32-strip -DWINE=wine -DWINEPREFIX=dir
#         -DREADME=README.md -DSUMMARY="..." -DVERSION=0.1.0 -DWORK=dir -DOUT=x.zip -P windows_zip.cmake
foreach(var EXE STRIP WINE WINEPREFIX README SUMMARY VERSION WORK OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "windows_zip.cmake: ${var} is not set")
  endif()
endforeach()

# The folder is the archive's name without .zip (NAME_WE would stop at the version's dot).
get_filename_component(file_name "${OUT}" NAME)
string(REGEX REPLACE "\\.zip$" "" name "${file_name}")
set(stage "${WORK}/${name}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${stage}")

file(COPY_FILE "${EXE}" "${stage}/poolscope-cli.exe")
execute_process(COMMAND "${STRIP}" --strip-all "${stage}/poolscope-cli.exe" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "windows_zip.cmake: ${STRIP} failed (${status})")
endif()

# The man page from the program's own --help, run under wine; a first run creates the prefix.
set(ENV{WINEPREFIX} "${WINEPREFIX}")
set(ENV{WINEDEBUG} "-all")
set(ENV{WINEDLLOVERRIDES} "mscoree,mshtml=")
set(PROGRAM "${stage}/poolscope-cli.exe")
set(EMULATOR "${WINE}")
set(NAME poolscope-cli)
set(OUT_ZIP "${OUT}")
set(OUT "${WORK}/poolscope-cli.1.gz")
set(TEXT_OUT "${WORK}/poolscope-cli.txt")
include("${CMAKE_CURRENT_LIST_DIR}/manpage.cmake")
set(OUT "${OUT_ZIP}")

# The README's section between <!-- windows-begin --> and <!-- windows-end -->.
file(READ "${README}" readme)
string(FIND "${readme}" "<!-- windows-begin -->" begin)
string(FIND "${readme}" "<!-- windows-end -->" end)
if(begin EQUAL -1 OR end LESS begin)
  message(FATAL_ERROR "windows_zip.cmake: ${README} has no <!-- windows-begin --> ... <!-- windows-end --> section")
endif()
math(EXPR begin "${begin} + 22")
math(EXPR length "${end} - ${begin}")
string(SUBSTRING "${readme}" ${begin} ${length} section)
string(STRIP "${section}" section)
set(section "PoolScope ${VERSION}: poolscope-cli.exe for Windows x64\n\n${section}\n\nThe rest of the manual is README.md in PoolScope's sources; poolscope-cli.txt is the man page.\n")

# Notepad and the console read both, but Windows tools expect CRLF.
file(READ "${TEXT_OUT}" manual)
foreach(pair "manual;poolscope-cli.txt" "section;README.txt")
  list(GET pair 0 var)
  list(GET pair 1 file)
  string(REPLACE "\r\n" "\n" content "${${var}}")
  string(REPLACE "\n" "\r\n" content "${content}")
  file(WRITE "${stage}/${file}" "${content}")
endforeach()

file(REMOVE "${OUT}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar cf "${OUT}" --format=zip "${name}"
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "windows_zip.cmake: writing ${OUT} failed (${status})")
endif()
