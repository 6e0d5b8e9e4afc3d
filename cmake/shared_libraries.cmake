# Libraries plancheck opens with dlopen when a command needs them, instead of linking them
# (src/io/shared_library.h says why). plancheck_opened_library(PREFIX MODULE) makes
# plancheck_opened_PREFIX: the module's include directories and compile options, nothing to
# link, and PLANCHECK_<PREFIX>_SONAME, the name to open, read from the library's own
# SONAME so that it is the ABI the headers describe.
function(plancheck_opened_library prefix module)
  pkg_check_modules(OPENED_${prefix} REQUIRED ${module})
  set(library_name ${OPENED_${prefix}_LIBRARIES})
  list(GET library_name 0 library_name)
  find_library(PLANCHECK_${prefix}_LIBRARY NAMES ${library_name}
               HINTS ${OPENED_${prefix}_LIBRARY_DIRS} REQUIRED)
  execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${PLANCHECK_${prefix}_LIBRARY}
                  OUTPUT_VARIABLE dump COMMAND_ERROR_IS_FATAL ANY)
  if(NOT dump MATCHES "SONAME +([^\n ]+)")
    message(FATAL_ERROR "no SONAME in ${PLANCHECK_${prefix}_LIBRARY}")
  endif()
  add_library(plancheck_opened_${prefix} INTERFACE)
  target_include_directories(plancheck_opened_${prefix} SYSTEM INTERFACE
                             ${OPENED_${prefix}_INCLUDE_DIRS})
  target_compile_options(plancheck_opened_${prefix} INTERFACE ${OPENED_${prefix}_CFLAGS_OTHER})
  target_compile_definitions(plancheck_opened_${prefix} INTERFACE
                             PLANCHECK_${prefix}_SONAME="${CMAKE_MATCH_1}")
endfunction()
