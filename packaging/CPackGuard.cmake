# CPACK_PROJECT_CONFIG_FILE: read by cpack before it packages. Refuses builds
# that must never ship (see packaging/CMakeLists.txt).
if(CPACK_COACHVAULT_TEST_CLOCK)
    message(FATAL_ERROR "this build honours COACHVAULT_NOW (COACHVAULT_TEST_CLOCK=ON) and must not be "
                        "packaged: use the 'release' preset (cmake --preset release)")
endif()
if(CPACK_COACHVAULT_SANITIZE)
    message(FATAL_ERROR "this build is sanitized (COACHVAULT_SANITIZE=ON) and must not be packaged: "
                        "use the 'release' preset (cmake --preset release)")
endif()
