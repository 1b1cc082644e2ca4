# Fails when a C++ file of the project is not formatted as .clang-format says.
#
#   cmake -DROOT=<source tree> -DCLANG_FORMAT=<clang-format binary> -P cmake/CheckFormat.cmake
#
# Every .h/.cpp under app/, ui/, models/, translations/, tests/ and bench/ is checked (the planted
# files of tests/style/wrongway too: they are C++ like the rest). clang-format names each place that
# differs as `path:line:col: error: code should be clang-formatted`; fix with
# `./dev.sh format` (clang-format -i on the same files).
cmake_minimum_required(VERSION 3.22)

if(NOT ROOT OR NOT CLANG_FORMAT)
  message(FATAL_ERROR "usage: cmake -DROOT=<tree> -DCLANG_FORMAT=<binary> -P CheckFormat.cmake")
endif()

file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/ui/*.cpp" "${ROOT}/models/*.h" "${ROOT}/models/*.cpp" "${ROOT}/translations/*.cpp"
     "${ROOT}/tests/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/bench/*.h" "${ROOT}/bench/*.cpp")
list(SORT files)
list(LENGTH files count)
if(count EQUAL 0)
  message(FATAL_ERROR "no C++ file found under ${ROOT}")
endif()

execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file ${files}
                WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" places "${errors}")
  list(REMOVE_DUPLICATES places)
  foreach(place IN LISTS places)
    string(REPLACE ": error: code should be clang-formatted" "" place "${place}")
    message("${place}: not formatted as .clang-format says")
  endforeach()
  list(LENGTH places n)
  if(n EQUAL 0)
    message("${errors}")
  endif()
  message(FATAL_ERROR "${n} place(s) differ from .clang-format in ${count} files (./dev.sh format fixes them)")
endif()
message("format: ${count} files as .clang-format says")
