# dd_add_test(tst_name SOURCES a.cpp [b.cpp] LIBS dd_domain [...] [ENV VAR=VALUE ...])
#
# One Qt Test executable per class. Every test runs offscreen with a fixed locale and
# its own runtime/config folders, so it never depends on the developer's desktop.
# Tests include their shared helpers as "tests/…", and see the layers through the libraries they link.
add_library(dd_tests_root INTERFACE)
dd_layer_include_root(dd_tests_root tests tests)

set(DD_TEST_TIMEOUT 300 CACHE STRING "Seconds each test may run (the sanitizer build gives more)")

function(dd_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;ENV" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE dd_settings dd_tests_root Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    DD_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
  add_test(NAME ${name} COMMAND ${name})
  set(rt "${CMAKE_BINARY_DIR}/test-home/${name}")
  file(MAKE_DIRECTORY "${rt}/runtime")
  file(CHMOD "${rt}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${DD_TEST_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_US.UTF-8;LC_ALL=en_US.UTF-8;LANGUAGE=en;TZ=UTC;XDG_RUNTIME_DIR=${rt}/runtime;XDG_CONFIG_HOME=${rt}/config;XDG_DATA_HOME=${rt}/data;HOME=${rt};QT_LOGGING_RULES=qt.qpa.*=false;${ARG_ENV}")
endfunction()
