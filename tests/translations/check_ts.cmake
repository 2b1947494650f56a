# Fails when the window's translation is not complete: an entry of the .ts is unfinished,
# empty, vanished or obsolete, or a string the sources mark for translation (tr(),
# QCoreApplication::translate, QT_TRANSLATE_NOOP, phrase()) is missing from the .ts.
# The second check runs lupdate, as the poolscope_lupdate target does, on a copy.
#   cmake -DLUPDATE=... -DTS=... -DSOURCES_LIST=file -DOPTIONS=... -DWORK=dir -P check_ts.cmake
cmake_minimum_required(VERSION 3.21)

# The messages of a .ts, one list item each (";" hidden so that a message is one item).
function(ts_messages file out)
  file(READ "${file}" text)
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "<message" ";<message" text "${text}")
  list(REMOVE_AT text 0)
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(source_of message out)
  string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
  string(REPLACE "<semicolon>" ";" source "${CMAKE_MATCH_1}")
  set(${out} "${source}" PARENT_SCOPE)
endfunction()

set(problems "")
ts_messages("${TS}" committed)
list(LENGTH committed committed_count)
if(committed_count EQUAL 0)
  string(APPEND problems "\n  ${TS} has no message at all")
endif()
foreach(message IN LISTS committed)
  source_of("${message}" source)
  if(message MATCHES "type=\"(unfinished|vanished|obsolete)\"")
    string(APPEND problems "\n  ${CMAKE_MATCH_1}: \"${source}\"")
  elseif(message MATCHES "<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>")
    string(APPEND problems "\n  empty translation: \"${source}\"")
  endif()
endforeach()

# What lupdate finds in today's sources, merged into a copy of the .ts: a string the .ts
# lacks comes out unfinished, one the sources lost makes the copy shorter.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
file(COPY_FILE "${TS}" "${WORK}/${name}")
separate_arguments(options UNIX_COMMAND "${OPTIONS}")
execute_process(COMMAND "${LUPDATE}" ${options} "@${SOURCES_LIST}" -ts "${WORK}/${name}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
ts_messages("${WORK}/${name}" refreshed)
list(LENGTH refreshed refreshed_count)
foreach(message IN LISTS refreshed)
  if(message MATCHES "type=\"unfinished\"")
    source_of("${message}" source)
    string(APPEND problems "\n  in the sources, not in the .ts: \"${source}\"")
  endif()
endforeach()
if(refreshed_count LESS committed_count)
  math(EXPR gone "${committed_count} - ${refreshed_count}")
  string(APPEND problems "\n  ${gone} entries of the .ts are no longer in the sources (build poolscope_lupdate)")
endif()

if(problems)
  message(FATAL_ERROR "${TS} is not complete:${problems}")
endif()
message(STATUS "${committed_count} messages, all translated and all in the sources")
