# The architecture as the build knows it. Each folder of src/ is a layer: a static library
# of its .cpp files that may include its own headers and those of the layers it names as
# DEPENDS, and of theirs, nothing else. target_link_libraries keeps a cycle of layers from
# linking; plancheck_includes (tools: cmake/check_includes.cmake) fails the build on an
# #include against an arrow, before anything compiles, the way `gn check` does.

set_property(GLOBAL PROPERTY PLANCHECK_LAYERS "")

# plancheck_layer(NAME [EXECUTABLE] DEPENDS layer... [PUBLIC lib...] [PRIVATE lib...])
function(plancheck_layer name)
  cmake_parse_arguments(LAYER "EXECUTABLE" "" "DEPENDS;PUBLIC;PRIVATE" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cpp)
  if(LAYER_EXECUTABLE)
    set(target plancheck)
    add_executable(${target} ${sources})
    set(scope PRIVATE)
  else()
    set(target plancheck_${name})
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    set(scope PUBLIC)
  endif()
  list(TRANSFORM LAYER_DEPENDS PREPEND plancheck_ OUTPUT_VARIABLE layer_targets)
  target_link_libraries(${target} ${scope} ${layer_targets} ${LAYER_PUBLIC}
                        PRIVATE ${LAYER_PRIVATE} plancheck_warnings)
  add_dependencies(${target} plancheck_includes)
  set_property(GLOBAL APPEND PROPERTY PLANCHECK_LAYERS ${name})
  set_property(GLOBAL PROPERTY PLANCHECK_LAYER_DEPENDS_${name} ${LAYER_DEPENDS})
endfunction()

# Every layer `name` may reach, itself included, in `out`.
function(plancheck_reachable name out)
  set(seen ${name})
  set(queue ${name})
  while(queue)
    list(POP_FRONT queue current)
    get_property(next GLOBAL PROPERTY PLANCHECK_LAYER_DEPENDS_${current})
    foreach(layer IN LISTS next)
      if(NOT layer IN_LIST seen)
        list(APPEND seen ${layer})
        list(APPEND queue ${layer})
      endif()
    endforeach()
  endwhile()
  list(SORT seen)
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

# After every layer is declared: the rules file the include check reads, one line a
# layer ("load: io load model source text when yaml"), and the check itself.
function(plancheck_check_includes)
  get_property(layers GLOBAL PROPERTY PLANCHECK_LAYERS)
  set(rules "")
  set(checked_sources "")
  foreach(layer IN LISTS layers)
    plancheck_reachable(${layer} allowed)
    list(JOIN allowed " " allowed_text)
    string(APPEND rules "${layer}: ${allowed_text}\n")
    file(GLOB files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${layer}/*.cpp
         ${PROJECT_SOURCE_DIR}/src/${layer}/*.h)
    list(APPEND checked_sources ${files})
  endforeach()
  set(rules_file ${CMAKE_CURRENT_BINARY_DIR}/layers.txt)
  file(GENERATE OUTPUT ${rules_file} CONTENT "${rules}")
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/plancheck_includes.stamp)
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DSRC=${PROJECT_SOURCE_DIR}/src -DRULES=${rules_file}
            -DSTAMP=${stamp} -P ${PROJECT_SOURCE_DIR}/cmake/check_includes.cmake
    DEPENDS ${checked_sources} ${rules_file} ${PROJECT_SOURCE_DIR}/cmake/check_includes.cmake
    COMMENT "includes follow the layers"
    VERBATIM)
  add_custom_target(plancheck_includes_run DEPENDS ${stamp})
  add_dependencies(plancheck_includes plancheck_includes_run)
endfunction()

add_custom_target(plancheck_includes)
