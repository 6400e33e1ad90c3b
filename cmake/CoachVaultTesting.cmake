# coachvault_add_test(NAME <name> SOURCES <files...> LIBS <targets...>
#                     [LABEL core|ui|e2e] [GUI] [TIMEOUT seconds] [ENVIRONMENT k=v...])
# One Qt Test executable per unit, registered with CTest under its own name.
# GUI tests run on the offscreen platform; every test gets a fixed English
# locale and a private HOME so that nothing from the developer's desktop leaks in.
function(coachvault_add_test)
    cmake_parse_arguments(T "GUI" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    if(NOT T_LABEL)
        set(T_LABEL core)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE coachvault_settings Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "LANGUAGE=" "COACHVAULT_LANGUAGE=en"
            "HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}"
            "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/.config"
            "COACHVAULT_CLI=$<TARGET_FILE:coachvault-cli>"
            "COACHVAULT_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            ${T_ENVIRONMENT})
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/test-home/${T_NAME}")
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
