# Writes a C++ source that defines jxlint::report_assets (src/report/report_assets.h)
# from web/report.css and web/report.js, each as a raw string literal, so that
# the files under web/ are the one copy the report and the page use.
#
#   cmake -DWEB=<web folder> -DOUT=<file.cpp> -P cmake/embed.cmake
# (run by CMakeLists.txt for the native build and by scripts/web for em++).
cmake_minimum_required(VERSION 3.25)

set(delimiter "JXLINT_ASSET")
set(text "// Written by cmake/embed.cmake from web/; do not edit.\n")
string(APPEND text "#include \"report/report_assets.h\"\n\nnamespace jxlint::report_assets {\n\n")
foreach(pair "kStyle:report.css" "kScript:report.js")
  string(REPLACE ":" ";" pair "${pair}")
  list(GET pair 0 name)
  list(GET pair 1 file)
  file(READ "${WEB}/${file}" content)
  string(FIND "${content}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "web/${file} contains )${delimiter}\", which would end its literal")
  endif()
  string(APPEND text "const char* const ${name} = R\"${delimiter}(${content})${delimiter}\";\n\n")
endforeach()
string(APPEND text "}  // namespace jxlint::report_assets\n")

# Rewritten only when it changes, so that nothing recompiles needlessly.
set(old "")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUT}" "${text}")
endif()
