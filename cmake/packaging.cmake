# Installation beyond the binary, and the Debian package.
#
#   cmake --install build         /usr/local: bin/jxlint, the man page, the docs
#   cd build && cpack -G DEB      build/jxlint_<version>_<arch>.deb (scripts/deb does both)
#
# The man page is generated from the built binary's help by help2man (cmake/manpage.sh,
# with the hand-written parts in docs/jxlint.h2m); without help2man there is no man page
# and cpack refuses to make a package. cmake/manpage-test.sh (ctest: manpage) checks that
# the page still matches the binary, docs/output.md and the sources.

# ---- The man page ----
find_program(JXLINT_HELP2MAN help2man)
find_program(JXLINT_GZIP gzip)
set(JXLINT_MAN_DIR ${CMAKE_CURRENT_BINARY_DIR}/man)
if(JXLINT_HELP2MAN AND JXLINT_GZIP AND NOT CMAKE_CROSSCOMPILING)
  add_custom_command(
    OUTPUT ${JXLINT_MAN_DIR}/jxlint.1 ${JXLINT_MAN_DIR}/jxlint.1.gz
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cmake/manpage.sh $<TARGET_FILE:jxlint>
            ${CMAKE_CURRENT_SOURCE_DIR} ${JXLINT_MAN_DIR}
    DEPENDS jxlint ${CMAKE_CURRENT_SOURCE_DIR}/cmake/manpage.sh
            ${CMAKE_CURRENT_SOURCE_DIR}/docs/jxlint.h2m
    COMMENT "Generating the man page jxlint.1 from jxlint --help"
    VERBATIM)
  add_custom_target(jxlint_man ALL DEPENDS ${JXLINT_MAN_DIR}/jxlint.1.gz)
  install(FILES ${JXLINT_MAN_DIR}/jxlint.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  if(JXLINT_TESTS)
    add_test(NAME manpage
             COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cmake/manpage-test.sh $<TARGET_FILE:jxlint>
                     ${CMAKE_CURRENT_SOURCE_DIR} ${JXLINT_MAN_DIR}/jxlint.1.gz)
  endif()
  set(JXLINT_HAVE_MAN_PAGE ON)
else()
  message(STATUS "help2man not found: no man page (scripts/deb installs help2man)")
  set(JXLINT_HAVE_MAN_PAGE OFF)
endif()

# ---- A stripped install (cmake --install --strip, and cpack) drops .comment and .note too,
# as dh_strip does ----
if(CMAKE_STRIP)
  install(CODE "
    if(CMAKE_INSTALL_DO_STRIP)
      execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                              \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/jxlint\"
                      COMMAND_ERROR_IS_FATAL ANY)
    endif()")
endif()

# ---- Documentation: /usr/share/doc/jxlint ----
# docs/debian/changelog is Debian's changelog for the package: its first entry must be the
# project's version (cpack refuses otherwise), so add an entry when the version changes.
install(FILES README.md docs/output.md docs/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
if(JXLINT_GZIP)
  add_custom_command(
    OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/docs/debian/changelog
            ${CMAKE_CURRENT_BINARY_DIR}/changelog
    COMMAND ${JXLINT_GZIP} -9nf ${CMAKE_CURRENT_BINARY_DIR}/changelog
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/debian/changelog
    VERBATIM)
  add_custom_target(jxlint_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()
file(STRINGS docs/debian/changelog JXLINT_CHANGELOG_TOP LIMIT_COUNT 1)
string(REGEX REPLACE "^jxlint \\(([^)]*)\\).*" "\\1" JXLINT_CHANGELOG_VERSION "${JXLINT_CHANGELOG_TOP}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS docs/debian/changelog)

# ---- The Debian package: cpack -G DEB ----
set(JXLINT_DEB_MAINTAINER "jxlint maintainers <maintainers@users.noreply.b-seed-f9b94e61.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME jxlint)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${JXLINT_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${JXLINT_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "linter for Chinese budget performance target tables (.docx, .xlsx)")
# Lines of the extended description (CPack indents them; an empty line becomes " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "jxlint checks the performance target tables (绩效目标表) in budget
submissions made with Word, WPS, Excel or LibreOffice, and reports each
defect a finance bureau would send back with its file, table, project,
row, indicator and column, and a severity: an empty basis for a target
value, a spending plan short of 100% by December, template text left in
a goal, a value without a unit, a budget that is not the sum of its funds.

Reports as text, JSON, JSON Lines, CSV, SARIF, GitHub annotations or one
self-contained HTML page; configurable with a jxlint.toml.

绩效目标表检查工具：逐条指出会被财政部门退回的问题，并写明文件、表、项目、行、指标和栏目。")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends: computed by dpkg-shlibdeps from the libraries the binary links (all Debian's).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Stripped, and without .comment and .note (see above).
set(CPACK_STRIP_FILES ON)
# No package without its man page, nor with a changelog for another version.
set(JXLINT_CPACK_PROBLEMS "")
if(NOT JXLINT_HAVE_MAN_PAGE)
  string(APPEND JXLINT_CPACK_PROBLEMS "help2man was not found when this build was configured, so the "
         "package would have no man page: install help2man and configure again (scripts/deb does both). ")
endif()
if(NOT JXLINT_GZIP)
  string(APPEND JXLINT_CPACK_PROBLEMS "gzip was not found: no man page, no changelog. ")
endif()
if(NOT JXLINT_CHANGELOG_VERSION STREQUAL PROJECT_VERSION)
  string(APPEND JXLINT_CPACK_PROBLEMS "docs/debian/changelog's first entry is for version "
         "${JXLINT_CHANGELOG_VERSION}, not ${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION}. ")
endif()
set(JXLINT_CPACK_CHECK ${CMAKE_CURRENT_BINARY_DIR}/jxlint-cpack-check.cmake)
if(JXLINT_CPACK_PROBLEMS STREQUAL "")
  file(WRITE ${JXLINT_CPACK_CHECK} "# Nothing stops the package.\n")
else()
  message(STATUS "No Debian package from this build: ${JXLINT_CPACK_PROBLEMS}")
  file(WRITE ${JXLINT_CPACK_CHECK} "message(FATAL_ERROR [==[jxlint: ${JXLINT_CPACK_PROBLEMS}]==])\n")
endif()
set(CPACK_PRE_BUILD_SCRIPTS ${JXLINT_CPACK_CHECK})
include(CPack)
