# The layers of jxlint and what each may include; run by the build (see
# CMakeLists.txt: every library waits for this check) and so a dependency that
# runs back up — the engine reaching for the app layer, a check reading XML —
# fails the build, not a review.
#
#   cmake -DROOT=<source dir> -DSTAMP=<file to touch> -P cmake/layers.cmake
#
# Data flows one way: package → XML part → grid (read) → table model (model)
# → rules and the run's order (engine: lint/ and config/, the configuration
# as text) → checks → findings → reporters (report) → files, threads, caches,
# baselines and configuration discovery (app) → the command line (cli). The
# browser page (web) stands beside app: it uses the engine and the reporters,
# and nothing of app.

cmake_minimum_required(VERSION 3.25)

# Folder under src/ (or checks) → layer.
set(layer_of_util util)
set(layer_of_xml read)
set(layer_of_package read)
set(layer_of_grid read)
set(layer_of_docx read)
set(layer_of_xlsx read)
set(layer_of_model model)
set(layer_of_lint engine)
set(layer_of_config engine)
set(layer_of_checks checks)
set(layer_of_report report)
set(layer_of_app app)
set(layer_of_cli cli)
set(layer_of_web web)

# Layer → the layers its files may include. checks and report do not see
# read: a check never parses XML, a reporter never opens a package.
set(may_util util)
set(may_read read util)
set(may_model model read util)
set(may_engine engine model read util)
set(may_checks engine model util)
set(may_report report engine model util)
set(may_app app report engine model read util)
set(may_cli cli app report engine model read util)
set(may_web web report engine model util)

# What only app and cli may use: threads, the file system, and the parsers'
# own headers outside read. Each exception names why.
set(banned_everywhere thread future condition_variable fstream filesystem)
set(banned_outside_read "libxml/" "zip.h")
set(exceptions
  # lexical path operations only (folder of a name, a name relative to a folder)
  "src/util/path_text.cpp:filesystem"
  # the read layer's one door to the disk: InputFile::from_path, used by app/lint_file
  "src/package/input_file.cpp:filesystem"
  "src/package/input_file.cpp:fstream")

file(GLOB_RECURSE sources RELATIVE "${ROOT}"
  "${ROOT}/src/*.h" "${ROOT}/src/*.cpp" "${ROOT}/checks/*.h" "${ROOT}/checks/*.cpp")
set(problems "")
foreach(source IN LISTS sources)
  if(source MATCHES "^checks/")
    set(folder checks)
  else()
    string(REGEX REPLACE "^src/([^/]+)/.*" "\\1" folder "${source}")
  endif()
  set(layer "${layer_of_${folder}}")
  if(layer STREQUAL "")
    string(APPEND problems "  ${source}: src/${folder}/ belongs to no layer (add it to cmake/layers.cmake)\n")
    continue()
  endif()
  file(STRINGS "${ROOT}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(line IN LISTS includes)
    if(line MATCHES "#[ \t]*include[ \t]*\"([a-z_0-9]+)/[^\"]*\"")
      set(target_layer "${layer_of_${CMAKE_MATCH_1}}")
      if(NOT target_layer STREQUAL "" AND NOT target_layer IN_LIST may_${layer})
        string(STRIP "${line}" line)
        string(APPEND problems "  ${source} (${layer}): ${line} reaches ${target_layer}\n")
      endif()
    elseif(line MATCHES "#[ \t]*include[ \t]*<([^>]+)>")
      set(header "${CMAKE_MATCH_1}")
      if(layer STREQUAL "app" OR layer STREQUAL "cli")
        continue()
      endif()
      if(header IN_LIST banned_everywhere AND NOT "${source}:${header}" IN_LIST exceptions)
        string(APPEND problems "  ${source} (${layer}): <${header}> is for the app layer only\n")
      endif()
      if(NOT layer STREQUAL "read")
        foreach(prefix IN LISTS banned_outside_read)
          string(FIND "${header}" "${prefix}" at)
          if(at EQUAL 0)
            string(APPEND problems "  ${source} (${layer}): <${header}> is for the read layer only\n")
          endif()
        endforeach()
      endif()
    endif()
  endforeach()
endforeach()

if(NOT problems STREQUAL "")
  message(FATAL_ERROR "jxlint's layers are crossed (cmake/layers.cmake):\n${problems}")
endif()
if(DEFINED STAMP)
  file(TOUCH "${STAMP}")
endif()
