# The Chinese message catalogue: po/zh_CN.po compiled by msgfmt into
# <build>/locale/zh_CN/LC_MESSAGES/plancheck.mo, where a just-built plancheck finds it.
# `cmake --build build --target update-po` extracts the English texts from the sources
# into po/plancheck.pot and merges them into po/zh_CN.po for translating.
find_package(Gettext REQUIRED)
find_program(PLANCHECK_XGETTEXT xgettext REQUIRED)
find_program(PLANCHECK_MSGATTRIB msgattrib REQUIRED)

# What xgettext reads as a translatable text: each function that takes one, and where
# (po/xgettext.args, which tests/e2e/catalogue.py reads too). Formats with {} are fmt's;
# that test checks each translation has the same placeholders.
file(STRINGS ${PROJECT_SOURCE_DIR}/po/xgettext.args PLANCHECK_XGETTEXT_OPTIONS)
file(GLOB_RECURSE PLANCHECK_MESSAGE_SOURCES CONFIGURE_DEPENDS
     RELATIVE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h)
list(SORT PLANCHECK_MESSAGE_SOURCES)
set(PLANCHECK_MESSAGE_SOURCES ${PLANCHECK_MESSAGE_SOURCES} CACHE INTERNAL "")

set(PLANCHECK_LOCALE_DIR ${CMAKE_CURRENT_BINARY_DIR}/locale)
set(PLANCHECK_MO ${PLANCHECK_LOCALE_DIR}/zh_CN/LC_MESSAGES/plancheck.mo)
add_custom_command(
  OUTPUT ${PLANCHECK_MO}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PLANCHECK_LOCALE_DIR}/zh_CN/LC_MESSAGES
  COMMAND ${GETTEXT_MSGFMT_EXECUTABLE} --check --statistics -o ${PLANCHECK_MO}
          ${PROJECT_SOURCE_DIR}/po/zh_CN.po
  DEPENDS ${PROJECT_SOURCE_DIR}/po/zh_CN.po
  COMMENT "msgfmt po/zh_CN.po")
add_custom_target(plancheck_catalogue ALL DEPENDS ${PLANCHECK_MO})

add_custom_target(update-po
  COMMAND ${PLANCHECK_XGETTEXT} ${PLANCHECK_XGETTEXT_OPTIONS}
          --package-version=${PROJECT_VERSION} -o po/plancheck.pot
          ${PLANCHECK_MESSAGE_SOURCES}
  COMMAND ${GETTEXT_MSGMERGE_EXECUTABLE} --quiet --update --backup=none --no-fuzzy-matching
          po/zh_CN.po po/plancheck.pot
  COMMAND ${PLANCHECK_MSGATTRIB} --no-obsolete -o po/zh_CN.po po/zh_CN.po
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "xgettext and msgmerge: po/plancheck.pot, po/zh_CN.po")
