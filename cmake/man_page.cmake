# cmake -DHELP2MAN=… -DGZIP=… -DBINARY=… -DINCLUDE=… -DNAME=… -DOUT=plancheck.1
#   -P man_page.cmake: the man page from `plancheck --help-all` and `--version`, in English
# whatever the builder's locale, marked UTF-8 for man-db (its Chinese examples), gzipped.
set(ENV{LANGUAGE} "")
set(ENV{LC_ALL} "C.UTF-8")
set(ENV{LANG} "C.UTF-8")
execute_process(
  COMMAND "${HELP2MAN}" --no-info --no-discard-stderr --section=1 "--name=${NAME}"
          --locale=C.UTF-8
          --help-option=--help-all --version-option=--version "--include=${INCLUDE}"
          "--output=${OUT}.body" "${BINARY}"
  RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "help2man: ${failed}")
endif()
file(READ "${OUT}.body" body)
file(WRITE "${OUT}" "'\\\" -*- coding: UTF-8 -*-\n${body}")
file(REMOVE "${OUT}.body")
execute_process(COMMAND "${GZIP}" -9nf "${OUT}" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "gzip: ${failed}")
endif()
