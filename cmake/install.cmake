# `cmake --install build --prefix P` and `cpack -G DEB`: the binary, a man page and shell
# completions made from plancheck's own help and command table (so they cannot drift from
# it), the JSON Schemas, and the Chinese catalogue.
include(GNUInstallDirs)

option(PLANCHECK_MAN "Make the man page with help2man" ON)
set(PLANCHECK_SHARE_BUILD ${CMAKE_CURRENT_BINARY_DIR}/share)

if(PLANCHECK_MAN)
  find_program(PLANCHECK_HELP2MAN help2man REQUIRED)
  find_program(PLANCHECK_GZIP gzip REQUIRED)
  set(PLANCHECK_MAN_PAGE ${PLANCHECK_SHARE_BUILD}/man/man1/plancheck.1)
  add_custom_command(
    OUTPUT ${PLANCHECK_MAN_PAGE}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PLANCHECK_SHARE_BUILD}/man/man1
    COMMAND ${CMAKE_COMMAND} -DHELP2MAN=${PLANCHECK_HELP2MAN} -DGZIP=${PLANCHECK_GZIP}
            -DBINARY=$<TARGET_FILE:plancheck> -DINCLUDE=${PROJECT_SOURCE_DIR}/doc/plancheck.h2m
            -DNAME=${PROJECT_DESCRIPTION} -DOUT=${PLANCHECK_MAN_PAGE}
            -P ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    DEPENDS plancheck ${PROJECT_SOURCE_DIR}/doc/plancheck.h2m
            ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    COMMENT "help2man: plancheck.1"
    VERBATIM)
  add_custom_target(plancheck_man ALL DEPENDS ${PLANCHECK_MAN_PAGE}.gz)
  install(FILES ${PLANCHECK_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(PLANCHECK_BASH_COMPLETION ${PLANCHECK_SHARE_BUILD}/bash-completion/completions/plancheck)
set(PLANCHECK_ZSH_COMPLETION ${PLANCHECK_SHARE_BUILD}/zsh/site-functions/_plancheck)
add_custom_command(
  OUTPUT ${PLANCHECK_BASH_COMPLETION} ${PLANCHECK_ZSH_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PLANCHECK_SHARE_BUILD}/bash-completion/completions
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PLANCHECK_SHARE_BUILD}/zsh/site-functions
  COMMAND ${CMAKE_COMMAND} -DOUT=${PLANCHECK_BASH_COMPLETION}
          -P ${PROJECT_SOURCE_DIR}/cmake/run_to_file.cmake -- $<TARGET_FILE:plancheck> completion bash
  COMMAND ${CMAKE_COMMAND} -DOUT=${PLANCHECK_ZSH_COMPLETION}
          -P ${PROJECT_SOURCE_DIR}/cmake/run_to_file.cmake -- $<TARGET_FILE:plancheck> completion zsh
  DEPENDS plancheck ${PROJECT_SOURCE_DIR}/cmake/run_to_file.cmake
  COMMENT "plancheck completion bash, zsh"
  VERBATIM)
add_custom_target(plancheck_completions ALL
                  DEPENDS ${PLANCHECK_BASH_COMPLETION} ${PLANCHECK_ZSH_COMPLETION})

install(TARGETS plancheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PLANCHECK_BASH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PLANCHECK_ZSH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/plancheck/schemas
        FILES_MATCHING PATTERN "*.schema.json" PATTERN "README.md")
install(FILES ${PLANCHECK_MO} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/zh_CN/LC_MESSAGES)

# The Debian package. dpkg-shlibdeps reads the binary's libraries into Depends, so the
# list is the one the linker used, not one kept by hand.
set(CPACK_PACKAGE_NAME plancheck)
set(CPACK_PACKAGE_VENDOR "plancheck developers")
set(CPACK_PACKAGE_CONTACT "plancheck developers <dev@plancheck.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Checks Chinese government work plans written as YAML like a compiler checks source, resolves their units and compiles their deadline phrases to calendar dates.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Opened with dlopen (src/io/shared_library.h), so dpkg-shlibdeps cannot see it; the
# libraries it finds are added after this.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libxlsxwriter4")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "man-db, bash-completion")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
include(CPack)
