# host.cmake - CMake snippet for a host project that embeds libse3rt: runs `se3tc compile` at
# build time so NAME.c and NAME.json follow the spec, and tells the host where they are.
# Copy it into your project (or include() it from an se3tc checkout); docs/host.md explains it.
#
#   include(host.cmake)
#   se3tc_add_model(TARGET myhost MODEL nbody_se3 SPEC ${CMAKE_SOURCE_DIR}/nbody_se3.spec)
#   se3tc_add_model(TARGET mylib  MODEL tiny_conv SPEC ${CMAKE_SOURCE_DIR}/tiny_conv.spec AOT)
#
# Arguments:
#   TARGET      the host target (executable or library) that uses the model
#   MODEL       the model's name, as in `model NAME { ... }` in the spec (names the outputs)
#   SPEC        the spec file
#   OUTPUT_DIR  where NAME.c and NAME.json go (default: ${CMAKE_CURRENT_BINARY_DIR}/se3models)
#   GRAD        put the backward code in NAME.c too (se3tc compile --grad): gradients and
#               forces through se3rt_model_grad (docs/training.md)
#   AOT         also compile NAME.c into TARGET with the host's own compiler and flags (the
#               "ahead-of-time" build): the host then opens the model with
#               se3rt_model_new_static(ctx, manifest_text, &SE3RT_MODEL_CODE(NAME), &m) and no
#               compiler runs (docs/host.md, "Ahead of time"; examples/host_aot.cpp).
#
# It defines for TARGET:  SE3_MODEL_<NAME>_JSON="<OUTPUT_DIR>/<NAME>.json"  (NAME upper-cased),
# the path to give se3rt_model_open(). Set SE3TC_EXECUTABLE to the se3tc binary, or to
# $<TARGET_FILE:se3tc> with SE3TC_TARGET=se3tc inside the se3tc build itself.

if(NOT SE3TC_EXECUTABLE)
  find_program(SE3TC_EXECUTABLE se3tc REQUIRED)
endif()

function(se3tc_add_model)
  cmake_parse_arguments(ARG "AOT;GRAD" "TARGET;MODEL;SPEC;OUTPUT_DIR" "" ${ARGN})
  set(grad_flag)
  if(ARG_GRAD)
    set(grad_flag --grad)
  endif()
  if(NOT ARG_TARGET OR NOT ARG_MODEL OR NOT ARG_SPEC)
    message(FATAL_ERROR "se3tc_add_model: TARGET, MODEL and SPEC are required")
  endif()
  if(NOT ARG_OUTPUT_DIR)
    set(ARG_OUTPUT_DIR ${CMAKE_CURRENT_BINARY_DIR}/se3models)
  endif()
  get_filename_component(spec ${ARG_SPEC} ABSOLUTE)
  set(csrc ${ARG_OUTPUT_DIR}/${ARG_MODEL}.c)
  set(json ${ARG_OUTPUT_DIR}/${ARG_MODEL}.json)
  set(deps ${spec})
  if(SE3TC_TARGET)
    list(APPEND deps ${SE3TC_TARGET})
  endif()
  # se3tc writes both files atomically (temporary name, then rename), so an interrupted build
  # never leaves half a file for the next one to trust.
  add_custom_command(
    OUTPUT ${csrc} ${json}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${ARG_OUTPUT_DIR}
    COMMAND ${SE3TC_EXECUTABLE} compile ${spec} -o ${ARG_OUTPUT_DIR} ${grad_flag}
    DEPENDS ${deps}
    COMMENT "se3tc compile ${ARG_SPEC} -> ${ARG_MODEL}.c, ${ARG_MODEL}.json"
    VERBATIM)
  add_custom_target(${ARG_TARGET}_${ARG_MODEL}_model DEPENDS ${csrc} ${json})
  add_dependencies(${ARG_TARGET} ${ARG_TARGET}_${ARG_MODEL}_model)
  string(TOUPPER ${ARG_MODEL} upper)
  target_compile_definitions(${ARG_TARGET} PRIVATE SE3_MODEL_${upper}_JSON="${json}")

  if(ARG_AOT)
    # The generated code needs only libc, libm and (for its parallel loops) OpenMP.
    target_sources(${ARG_TARGET} PRIVATE ${csrc})
    set_source_files_properties(${csrc} PROPERTIES GENERATED TRUE)
    find_package(OpenMP COMPONENTS C)
    if(OpenMP_C_FOUND)
      target_link_libraries(${ARG_TARGET} PRIVATE OpenMP::OpenMP_C)
    endif()
    target_link_libraries(${ARG_TARGET} PRIVATE m)
  endif()
endfunction()
