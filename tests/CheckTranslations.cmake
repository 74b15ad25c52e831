# Fails when the Swedish translation is not complete: runs lupdate over the sources
# into a copy of translations/verkstan_sv.ts and looks for unfinished entries.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY ${SOURCE_DIR}/translations/verkstan_sv.ts DESTINATION ${WORK_DIR})
set(dirs)
foreach(d src ui)
  if(EXISTS ${SOURCE_DIR}/${d})
    list(APPEND dirs ${SOURCE_DIR}/${d})
  endif()
endforeach()
execute_process(
  COMMAND ${LUPDATE} -silent -locations none -no-obsolete ${dirs}
          -ts ${WORK_DIR}/verkstan_sv.ts
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS ${WORK_DIR}/verkstan_sv.ts unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished n)
if(n GREATER 0)
  message(FATAL_ERROR "${n} Swedish translations are missing: run 'cmake --build build --target update_translations' and translate them in translations/verkstan_sv.ts")
endif()
message(STATUS "Swedish translation complete")
